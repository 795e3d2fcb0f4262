import type { Line } from '../scan/scan-lines.js';
import { MUNICIPALITY } from './body-name.js';
import { BODY_NAME } from './header-words.js';
import { startsWithBullet } from '../text/bullets.js';

// "The Kentish Board of Examiners of Nurses met in Conference Room 102", "the Faculty Senate was called to order at 3pm",
// "The Elmton Housing Authority Board of Commissioners Regular Session was called to order": the minutes' opening
// sentence names the body that met, where no title or heading does.

// The opening sentence is among the first lines (a page flattened into one line holds it in its first).
const OPENING_REACH = 12;
// ... and within a flattened line, near its start: "the Board of Regents met" further on is news, not the opening.
const OPENING_CHARACTERS = 400;
const MET = /\s(?:met|convened|was\s+called\s+to\s+order)\b/;
// Small words inside a name ("Board of Examiners", "Parks and Recreation", "Council of The District Municipality").
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'de']);
// "Regular Session", "Special Meeting", "(HRC) meeting": the sitting, after the name, is no part of it.
const SITTING = /^(?:(?:regular|special|annual|adjourned|emergency|monthly|ordinary|extraordinary|work|business)\s+)?(?:session|meeting)$/i;
const ACRONYM_TAG = /^\(\p{Lu}{2,8}\)$/u;
const MOST_WORDS = 14;
// "The Story County Drainage District Trustees met", "the Combined Lake Delhi Recreational Facility and Water Quality District was
// called to order": a special district, or its trustees, named as the body that met (in the opening sentence only: "district"
// alone names places elsewhere).
const SPECIAL_DISTRICT = /\bDistrict(?:\s+(?:No\.\s?)?#?\d{1,3})?(?:\s+Trustees)?$/;
// "The regular meeting of the Henry Township Trustees was called to order": a township's or county's elected officers,
// named by the plural of their office, are the body (as "Board of Trustees" is).
const LOCAL_OFFICERS = /\b(?:Township|County|Village|Town|City|Borough)\s+(?:Trustees|Supervisors|Commissioners|Selectmen|Aldermen)$/;
// "The regular meeting of the Greenwood Township Board of Trustees ...": the sitting named before "of the" opens the sentence
// around the name; the name starts after its "the".
const SITTING_OF = /^(?:meeting|session)$/i;

/** The body the first sentence that says it met names, or null. */
export function bodyOfOpeningSentence(content: readonly Line[]): string | null {
  for (const line of content.slice(0, OPENING_REACH)) {
    // ("- Special Events Committee: The committee met ...": a bullet reports another body's meeting.)
    const m = startsWithBullet(line.text) ? null : MET.exec(line.text.slice(0, OPENING_CHARACTERS));
    if (!m) continue;
    const name = nameBefore(line.text.slice(0, m.index).split(' '));
    if (name) return name;
  }
  return null;
}

/** The capitalised name that ends `words`, after "the": "... The Ames City Council" -> "Ames City Council". */
function nameBefore(words: string[]): string | null {
  let end = words.length;
  // "... Board of Commissioners Regular Session", "... Commission (HRC) meeting": the sitting and a tag come off.
  if (end >= 2 && SITTING.test(`${words[end - 2]} ${words[end - 1]}`)) end -= 2;
  else if (end >= 1 && SITTING.test(words[end - 1]!)) end -= 1;
  if (end >= 1 && ACRONYM_TAG.test(words[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && end - start < MOST_WORDS) {
    const word = words[start - 1]!;
    // "The" opens the name's sentence, unless a name goes on before it ("Council of The District Municipality").
    if (/^the$/i.test(word) && (!CONNECTORS.has(words[start - 2]?.toLowerCase() ?? '') || sittingOfThe(words, start - 1))) break;
    if (!/^\p{Lu}/u.test(word) && !CONNECTORS.has(word.toLowerCase())) return null;
    start--;
  }
  if (start === 0 || !/^the$/i.test(words[start - 1]!)) return null;
  const name = words.slice(start, end).join(' ');
  return end - start >= 2 && (BODY_NAME.test(name) || MUNICIPALITY.test(name) || SPECIAL_DISTRICT.test(name) || LOCAL_OFFICERS.test(name)) && !CONNECTORS.has(words[end - 1]!.toLowerCase()) ? name : null;
}

/** Whether the "the" at `at` follows "meeting of" / "session of": "The regular meeting of the ...". */
function sittingOfThe(words: readonly string[], at: number): boolean {
  return /^of$/i.test(words[at - 1] ?? '') && SITTING_OF.test(words[at - 2] ?? '');
}

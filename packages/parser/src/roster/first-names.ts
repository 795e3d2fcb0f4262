import { looksLikeInitials, looksLikeSurname } from '../text/names.js';
import { describe, isChairWord, readsAsPost } from './describe.js';
import { readRosterHeading } from './headings.js';
import { cellsOf, parseEntry, type RosterEntry, withoutBullet } from './parse-entry.js';
import { startsWithBullet } from '../text/bullets.js';
import { readPluralTitle } from './run-on-marks.js';
import { isAttendanceMark } from './attendance-marks.js';

const HYPHEN_BETWEEN_INITIALS = /(?<=^\p{Lu})-(?=\p{Lu}$)/u;
// Words a list heading is followed by that stand for no one person.
const NOBODY = new Set(['all', 'everyone', 'everybody', 'nobody', 'none', 'nil', 'various', 'tbc', 'tba', 'unknown']);
// "Dan", "Dan (dka)", "Jeni (ODI)": one capitalised word, and perhaps a bracket after it;
// "@oskarl (Acme)": a code host's handle alone stands for its person the same way.
// "Alex D.": the surname's initial after the given name tells two of a name apart.
// "McLeod", "DeSousa": a surname alone may have a capital inside it; "Stephen [host]": who they were at the meeting in square brackets.
// "Cheryl (a little late).": the full stop ending the list after the last name's bracket.
const GIVEN_NAME = /^(\p{Lu}\p{Lu}?[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?(?: \p{Lu}\.?(?=$|\s))?|@[A-Za-z0-9][A-Za-z0-9_-]*)(?:\s*\(([^()]*)\)\.?|\s*\[([^[\]]*)\])?$/u;

/**
 * "Present: Lukasz, Kenneth, Peter", "Chair: Esther": teams that know each other list
 * members by their given names (or handles) alone. Read only after a list heading, and only when
 * every part is such a name: one word that reads as a name, and perhaps a bracket
 * (a lower-case one is a chat handle, left out; capitals are initials). `withFullNames` lets a list
 * heading's given names have full names among them ("Pat, Phil Stewart, Hunter").
 */
export function readGivenNames(parts: readonly string[], withFullNames = false): RosterEntry[] | null {
  const entries: RosterEntry[] = [];
  let givenOnly = 0;
  let fullNames = 0;
  let handles = 0;
  for (const part of parts.flatMap(splitOneWordNames)) {
    // "Mr W Bingley, Chairman": a chair word after a person is their post, no given name (the run-on reading gives it them).
    if (isChairWord(part.trim())) return null;
    const m = GIVEN_NAME.exec(part.trim());
    const given = m ? m[1]!.split(' ')[0]! : '';
    if (!m || (!m[1]!.startsWith('@') && !looksLikeSurname(given)) || NOBODY.has(given.toLowerCase())) {
      // "Pat, Phil Stewart, Hunter": a full name among the given names, with nothing else written with it;
      // "Luther, LJ, Valentine", "J-M, Tim": initials a member goes by (joined by a hyphen, as "Jean-Michel" shortens).
      const nickname = withFullNames && looksLikeInitials(part.trim().replace(HYPHEN_BETWEEN_INITIALS, '')) ? part.trim() : null;
      // ("Cllrs Oakley, Finch and Reed": a plural title before the surnames makes them a titled list, read as such.)
      const full = nickname ? { name: nickname, honorific: null, initials: null, chairColumn: false, description: describe('') } : withFullNames && readPluralTitle(part.trim()).title === null ? parseEntry([part]) : null;
      if (!full || full.initials || full.description.role || full.description.organisation) return null;
      entries.push(full);
      fullNames++;
      continue;
    }
    if (m[1]!.startsWith('@')) handles++;
    else givenOnly++;
    const bracket = (m[2] ?? m[3])?.trim() ?? '';
    // "@mhdawson (Michael Dawson)": the handle's owner named in full in the bracket.
    const owner = m[1]!.startsWith('@') && FULL_NAME.test(bracket) ? parseEntry([bracket]) : null;
    if (owner && !owner.initials && !owner.description.role && !owner.description.organisation) {
      entries.push(owner);
      continue;
    }
    const initials = looksLikeInitials(bracket) && bracket.startsWith(m[1]!.charAt(0)) ? bracket : null;
    // "Nicolò (@nicolo-ribaudo)": a handle in the bracket says who, not what.
    // (A square bracket holds no handle: "[host]", "[documenter]" are what they did.)
    // ("Graham(minutes)", "Dom (absent)", "Sue (chair)": a lower-case mark of the minute taker, an absence or the chair is no handle, and is kept.)
    const handle = m[3] === undefined && !/\p{Lu}/u.test(bracket) && !isAttendanceMark(bracket) && !isChairWord(bracket);
    const note = initials || handle || bracket.startsWith('@') ? '' : bracket;
    entries.push({ name: m[1]!.replace(/\.$/, ''), honorific: null, initials, chairColumn: false, description: describe(note) });
  }
  // Handles beside full names are a list of another kind ("Ben Michel @obensource", "@zkeaton (Zibby Keaton)").
  return entries.length > 0 && (fullNames === 0 || (givenOnly > 0 && handles === 0)) ? entries : null;
}

// "and Voorhees", "Griffiths and Hitzman", "Christian & Wittstock": the list's last "and" beside one-word names,
// which the run-on split keeps (it splits at "and" only between names it reads as whole people).
const ONE_WORD_AND = /^(?:(?:and|&)\s+)?(\p{Lu}[\p{L}'’-]+)(?:\s+(?:and|&)\s+(\p{Lu}[\p{L}'’-]+))?\.?$/u;

/** A part of one-word names joined by "and" ("Reid and Hale", "and Hale") as the names alone. */
function splitOneWordNames(part: string): string[] {
  const m = part.includes('and') || part.includes('&') ? ONE_WORD_AND.exec(part.trim()) : null;
  return m ? (m[2] ? [m[1]!, m[2]] : [m[1]!]) : [part];
}

/** "- Dustin", "- Sumana": a bulleted list of given names alone, read only when every line is one. */
export function readGivenNameLines(texts: readonly string[]): RosterEntry[] | null {
  const unlisted = texts.map(withoutBullet);
  if (texts.length === 0 || unlisted.some((t, k) => t === texts[k])) return null;
  // "- + some others (apologies going off memory)": a note that more came, no one person.
  const people = unlisted.filter((t) => !OTHERS_NOTE.test(t));
  return people.length > 0 ? readGivenNames(people, true) : null;
}

const OTHERS_NOTE = /^(?:\+\s*|and\s+)?(?:(?:some|a few|several|many|\d{1,3})\s+)?others\b/i;
// "Michael Dawson", "Ana de la Cruz": two to four words, the first and last capitalised.
const FULL_NAME = /^\p{Lu}[\p{L}'’-]+(?: [\p{L}'’-]+){0,2} \p{Lu}[\p{L}'’-]+$/u;

// "* Pratham - Rep-at-large" among "* Jack Harrhy - President": a given name alone, then its post after a dash as the
// entries around it write theirs (a short capitalised phrase, no sentence).
const DASHED_POST = /^(\p{Lu}[\p{Ll}'’-]+)\s[-–]\s(\p{Lu}[\p{L}'’&/-]*(?:\s[\p{L}'’&/-]+){0,5})$/u;

/** "* Pratham - Rep-at-large" -> "* Pratham (Rep-at-large)": the post written as the bracket a given name may have. */
function withDashedPostBracketed(text: string): string {
  const bare = withoutBullet(text).trim();
  const m = DASHED_POST.exec(bare);
  return m ? `${text.slice(0, text.length - withoutBullet(text).length)}${m[1]} (${m[2]})` : text;
}

/** An entry written as `text` is: a bullet, or (no bullet) a name with a bracket after it. */
const isEntryLike = (other: string | undefined, bulleted: boolean) =>
  other !== undefined && startsWithBullet(other) === bulleted && (bulleted || other.endsWith(')')) && parseEntry(cellsOf(other)) !== null;

/**
 * "- Ademola" between "- Jo Finch" and "- Sam Poe": a given name alone among the bullets of full
 * names is a person too (the list's lines straight above and below it are entries, or it ends the list: nothing or a blank line below;
 * or it opens the list with its post in brackets, an entry below it).
 * So is "Peter (Acme Advisors)" among lines "Jo Finch (Acme)": a given name with its organisation. Null otherwise.
 */
export function readGivenNameAmongEntries(text: string, above: string | undefined, below: string | undefined): RosterEntry | null {
  const bulleted = startsWithBullet(text);
  // ("- Paul (Vice President)" first under the list's label: its post in brackets, and the entry below, say it is a person.)
  const amongAbove = above === undefined ? text.endsWith(')') && isEntryLike(below, bulleted) : isEntryLike(above, bulleted);
  if (!(bulleted || text.endsWith(')')) || !amongAbove || (below?.trim() && !isEntryLike(below, bulleted))) return null;
  const entry = bulleted ? readGivenNameLines([withDashedPostBracketed(text)])?.[0] : readGivenNames([text])?.[0];
  // "- Chairman", "- Observers", "- Absent": a post or a list's label, not a name.
  return entry && !isChairWord(entry.name) && !readsAsPost(entry.name) && !readRosterHeading(entry.name, false) ? entry : null;
}

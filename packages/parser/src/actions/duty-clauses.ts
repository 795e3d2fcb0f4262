import type { OwnerResolver } from './owners.js';
import { SENTENCE_STOP } from '../text/names.js';

// A town board's "Review of duties" writes who does what in one run of clauses, each led by the
// people who do it: "Dick and Gary - change oil on generator, Janet get resolution to CLP.",
// "Carrie: create the newsletter, create a notice.", "Jan to post the budget notice."

export interface DutyClause {
  text: string;
  owners: string[];
}

/**
 * The duties a paragraph assigns, one per clause that names its owners first; a clause that does not
 * ("pick up and deliver the safe") goes on with the one before. Null where the paragraph does not open so.
 */
export function readDutyClauses(paragraph: string, resolver: OwnerResolver): DutyClause[] | null {
  const duties: DutyClause[] = [];
  const sentences = paragraph.split(SENTENCE_STOP);
  for (const [k, sentence] of sentences.entries()) {
    // The split took the full stop of each sentence but the last.
    const pieces = (k < sentences.length - 1 ? `${sentence}.` : sentence).split(', ');
    // A sentence that names no owner first ("The next meeting is ...") is no duty.
    if (!ownedClause(pieces[0]!.trim(), resolver)) {
      if (k === 0) return null;
      continue;
    }
    for (const piece of pieces) {
      // "..., and Jan set up an interview": the last clause of a list.
      const bare = piece.trim();
      const led = ownedClause(bare.startsWith('and ') ? bare.slice(4) : bare, resolver);
      const last = duties[duties.length - 1]!;
      if (led) duties.push(led);
      else last.text = `${last.text}, ${bare}`;
    }
  }
  return duties;
}

/** "Dick and Gary - change oil", "Carrie: create ...", "Jan purchase ...": names of one or two words, then the task in lower case. */
function ownedClause(clause: string, resolver: OwnerResolver): DutyClause | null {
  const words = clause.split(' ').filter(Boolean);
  const owners: string[] = [];
  let name: string[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const word = words[k]!;
    if ((word === 'and' || word === '&') && name.length > 0) {
      owners.push(name.join(' '));
      name = [];
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || name.length === 2) break;
    const bare = word.endsWith(':') ? word.slice(0, -1) : word;
    name.push(bare);
    if (bare !== word) {
      k++;
      break;
    }
  }
  if (name.length === 0) return null;
  owners.push(name.join(' '));
  // "Dick - Knight Electric", "Carrie: Resolutions to sign": after a dash or a colon the task may open with a capital.
  const marked = words[k] === '-' || words[k] === '–' || clause.startsWith(':', clause.indexOf(name[name.length - 1]!) + name[name.length - 1]!.length);
  if (words[k] === '-' || words[k] === '–') k++;
  const task = words.slice(k).join(' ');
  // "Linda to post the sign": a sentence of its own, kept whole as other action lists keep it.
  const text = words[k] === 'to' || words[k] === 'will' ? clause : task;
  // A first name alone may lead ("Jan"); two words must name someone on the roster ("Meeting Minutes to SLC" names no one).
  const known = owners.every((o) => (o.includes(' ') ? resolver.person(o) !== null : resolver.isOwner(o)));
  return task && (marked || /^\p{Ll}/u.test(task)) && known ? { text, owners } : null;
}

/** "Linda Britton/Carrie Landman/Ray Barnes": a line of owners alone, over the bullets of their duties. */
export function ownersLine(line: string, resolver: OwnerResolver): string[] | null {
  if (line.length > 80 || !/^\p{Lu}/u.test(line)) return null;
  const owners = line.split(/\/| and /).map((o) => o.trim());
  return owners.every((o) => o.split(' ').length <= 3 && resolver.isOwner(o)) ? owners : null;
}

// "REVIEW OF DUTIES", "Review of job duties", "Monthly duties".
const DUTY_CAPTION = /^(?:review of )?(?:(?:job|monthly) )?duties:?$/i;

/** A caption over the duties the meeting gave out. */
export function isDutyCaption(text: string): boolean {
  return text.length <= 24 && DUTY_CAPTION.test(text);
}

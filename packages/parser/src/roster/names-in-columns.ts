import { isPostNominal, looksLikePersonName } from '../text/names.js';
import { parseEntry } from './parse-entry.js';

/**
 * "Paul Cuttill OBE      Barry Francis", "Chris Hayes*      Paul Head**": a list laid out two names to a row (a Word or
 * PDF table saved as text). Two cells that are each a name and nothing else are two people where one of them carries
 * what only a person's name does (letters after it, a footnote mark, an initial before a surname), or where a row above was read so; "Mick Hickey |
 * Jobcentre Plus" with nothing to tell them apart stays a name and its organisation.
 */
export function namesInColumns(cells: readonly string[], rowsOfPeople: boolean): boolean {
  if (cells.length !== 2 || cells.some((c) => /[,(:]/.test(c))) return false;
  const entries = cells.map((c) => parseEntry([c]));
  if (!entries.every((e) => e !== null && !e.description.role && !e.description.organisation && looksLikePersonName(e.name))) return false;
  return rowsOfPeople || cells.some(marksAPerson);
}

// "T. Dooley", "H.Reynolds": an initial and a surname, as only a person is written.
const INITIAL_AND_SURNAME = /^\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+$/u;

/** A name written with letters after it ("OBE"), a footnote mark ("*"), or as an initial and a surname ("T. Dooley"). */
function marksAPerson(cell: string): boolean {
  const text = cell.trimEnd();
  if (text.endsWith('*') || INITIAL_AND_SURNAME.test(text.trim())) return true;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return isPostNominal(last);
}

import { isPostNominal, looksLikePersonName } from '../text/names.js';
import { parseEntry } from './parse-entry.js';

/**
 * "Paul Cuttill OBE      Barry Francis", "Chris Hayes*      Paul Head**": a list laid out two names to a row (a Word or
 * PDF table saved as text). Two cells that are each a name and nothing else are two people where one of them carries
 * what only a person's name does (letters after it, a footnote mark), or where a row above was read so; "Mick Hickey |
 * Jobcentre Plus" with nothing to tell them apart stays a name and its organisation.
 */
export function namesInColumns(cells: readonly string[], rowsOfPeople: boolean): boolean {
  if (cells.length !== 2 || cells.some((c) => /[,(:]/.test(c))) return false;
  const entries = cells.map((c) => parseEntry([c]));
  if (!entries.every((e) => e !== null && !e.description.role && !e.description.organisation && looksLikePersonName(e.name))) return false;
  return rowsOfPeople || cells.some(marksAPerson);
}

/** A name written with letters after it ("OBE") or a footnote mark ("*"). */
function marksAPerson(cell: string): boolean {
  const text = cell.trimEnd();
  if (text.endsWith('*')) return true;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return isPostNominal(last);
}

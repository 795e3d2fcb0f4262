import type { Line } from '../scan/scan-lines.js';
import { looksLikeInitials, looksLikePersonName, splitPersonName } from '../text/names.js';
import { hasCellBreak } from './parse-entry.js';

const GAPS = /\t+| {2,}/;
const TWO_SPACES = /\S {2}\S/;

/**
 * "RB  Richard Barnes      Deputy Mayor", "Shanthi Gunesequera  Senior Policy Officer": a table's columns padded
 * with spaces (HTML or PDF to text), where the widest cell left only two before the next column. The line's cells
 * parted at tabs, when the two-space gaps part a person's name (after initials, if any) from what stands beside it.
 */
export function twoSpaceCells(line: Line): Line {
  const { text } = line;
  // Gaps of three spaces or a tab are cell breaks already (cellsOf): only a gap of two is read here.
  if (!text.includes('  ') || !TWO_SPACES.test(text)) return line;
  const cells = text.split(GAPS);
  if (cells.length < 2 || cells.length > 3 || cells.some((c) => c === '' || c.startsWith('('))) return line;
  const name = cells.length === 3 || looksLikeInitials(cells[0]!) ? cells[1]! : cells[0]!;
  if (cells.length === 3 && !looksLikeInitials(cells[0]!)) return line;
  if (!looksLikePersonName(splitPersonName(name).name)) return line;
  return { ...line, text: cells.join('\t') };
}

const GAP_AFTER_COMMA = /,\s{3,}(?=\S)/g;

/**
 * "Commissioners Arthur Bishop, Rick Velasquez, Julie Biehl,   Edith Crigler, George Hill": a run-on list whose
 * converter left a wide gap after a comma. Where every wide gap follows a comma, no column parts the line: the gaps
 * close to one space, so that the list is not read as a table's cells.
 */
export function withGapsAfterCommasClosed(line: Line): Line {
  const { text } = line;
  if (!text.includes(',   ') || !hasCellBreak(text)) return line;
  const closed = text.replace(GAP_AFTER_COMMA, ', ');
  return hasCellBreak(closed) ? line : { ...line, text: closed };
}

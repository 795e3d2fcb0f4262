import type { Line } from '../scan/scan-lines.js';
import { looksLikeInitials, looksLikePersonName, splitPersonName } from '../text/names.js';

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

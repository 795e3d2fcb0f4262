import type { Line } from '../scan/scan-lines.js';
import { COLUMN_CAPTION } from './caption-row.js';
import { hasCellBreak, parseEntry, type RosterEntry } from './parse-entry.js';

/** The lines between blank lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (!line.blank) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** A short line that names no person and says nothing: a description cell ("Home Office", "Deputy Mayor (Chair)"). */
export function readsAsDescriptionCell(text: string): boolean {
  return /\p{L}/u.test(text) && !hasCellBreak(text) && text.split(' ').length <= 10 && !/[.!?:;]$/.test(text) && !/\b(?:minutes|agenda|notes)\b/i.test(text) && parseEntry([text]) === null;
}

/**
 * "Matthew Pennycook" / "Deputy Mayor (Chair)", then a blank line: a table exported one cell to
 * a line, each row a block of the name and its description (a "Name" / "Organisation" caption
 * block first, when there is one). Null unless every block reads so and one has a description.
 */
export function readStackedCells(lines: Line[]): { entry: RosterEntry; line: Line }[] | null {
  const blocks = blocksOf(lines);
  if (!blocks.some((b) => b.length === 2) || blocks.some((b) => b.length > 2)) return null;
  const placed: { entry: RosterEntry; line: Line }[] = [];
  for (const [first, second] of blocks) {
    if (second && COLUMN_CAPTION.test(first!.text) && COLUMN_CAPTION.test(second.text)) continue;
    // A name cell holds one person: "A (AB), C (CD)" is a list of its own.
    if (!parseEntry([first!.text]) || /[,;]/.test(first!.text) || hasCellBreak(first!.text) || (second && !readsAsDescriptionCell(second.text))) return null;
    const entry = parseEntry(second ? [first!.text, second.text] : [first!.text]);
    if (!entry) return null;
    placed.push({ entry, line: first! });
  }
  return placed;
}

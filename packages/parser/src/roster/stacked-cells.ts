import type { Line } from '../scan/scan-lines.js';
import { COLUMN_CAPTION } from './caption-row.js';
import { looksLikeInitials } from '../text/names.js';
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
  if (!blocks.some((b) => b.length >= 2) || blocks.some((b) => b.length > 3)) return null;
  const placed: { entry: RosterEntry; line: Line }[] = [];
  for (const block of blocks) {
    if (block.length >= 2 && block.every((l) => COLUMN_CAPTION.test(l.text))) continue;
    // "RB" / "Richard Barnes" / "Deputy Mayor": an initials cell first.
    const initials = block.length === 3 && looksLikeInitials(block[0]!.text);
    if (block.length === 3 && !initials) return null;
    const [name, description] = initials ? block.slice(1) : block;
    if (!isNameCell(name!.text) || (description && !readsAsDescriptionCell(description.text))) return null;
    const entry = parseEntry(block.map((l) => l.text));
    if (!entry) return null;
    placed.push({ entry, line: name! });
  }
  return placed;
}

/** A name cell holds one person: "A (AB), C (CD)" is a list of its own. */
function isNameCell(text: string): boolean {
  return parseEntry([text]) !== null && !/[,;]/.test(text) && !hasCellBreak(text);
}

/**
 * Whether `line` goes on a row block of such a table: the description under a name, or under an
 * initials cell and a name, as the block's last line; or a caption under captions. `block` holds
 * the row's lines so far (after a blank line or the heading).
 */
export function continuesCellBlock(block: Line[], line: Line, lastOfBlock: boolean): boolean {
  if (block.length === 0 || block.length > 2) return false;
  if (block.every((l) => COLUMN_CAPTION.test(l.text)) && COLUMN_CAPTION.test(line.text)) return true;
  const [first, second] = block;
  const name = second ? (looksLikeInitials(first!.text) ? second : null) : first!;
  return lastOfBlock && name !== null && parseEntry([name.text]) !== null && readsAsDescriptionCell(line.text);
}

import { type Block, joinLines } from '../agenda/blocks.js';
import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces } from '../text/clean.js';
import { splitOwners } from './owners.js';
import type { ReadAction } from './read-action.js';

// "Action Point 12" alone on its line: the label and number of an action set out over the lines below it.
const POINT_LABEL = /^action\s+points?\s+(\d{1,3}[a-z]?)$/i;
// "Owner: Lorraine Forrester", "Owners: JM, LF": the line that closes the record with who holds the action.
const OWNER_LINE = /^owners?\s*:\s*(\S.{0,80})$/i;
// The task takes a few lines at most: more, and the label heads something else.
const MAX_TASK_LINES = 4;

/** Whether the block opens with an action point's label alone on its line. */
export const opensActionPoint = (block: Block): boolean => (block.text.charCodeAt(0) | 0x20) === 97 && POINT_LABEL.test(block.lines[0]!.text.trim());

/**
 * "Action Point 1" / "Papers to be issued to attendees." / "Owner: Lorraine Forrester", in one block or parted by blank
 * lines: the action's number from its label, its task from the lines between and its owners from the closing line, as
 * Scottish Government groups' minutes record their actions. How many blocks it takes, or null where no owner line
 * closes a block within reach.
 */
export function readActionPoint(blocks: readonly Block[], at: number): { action: ReadAction; blocks: number; last: Line } | null {
  const label = POINT_LABEL.exec(blocks[at]!.lines[0]!.text.trim());
  if (!label) return null;
  const task: string[] = [];
  let lines = blocks[at]!.lines.slice(1);
  for (let k = at; k < blocks.length; k++) {
    if (k > at) {
      if (opensActionPoint(blocks[k]!)) return null;
      lines = blocks[k]!.lines;
    }
    for (const [n, line] of lines.entries()) {
      const owner = OWNER_LINE.exec(line.text.trim());
      if (!owner) {
        task.push(line.text.trim());
        if (task.length > MAX_TASK_LINES) return null;
        continue;
      }
      // The owner line closes its block, and a task came before it.
      if (n !== lines.length - 1 || task.length === 0) return null;
      const owners = splitOwners(owner[1]!.trim().replace(/\.$/, ''));
      if (owners.length === 0) return null;
      return { action: { number: label[1]!, text: collapseSpaces(task.join(' ')), owners, status: null, outstanding: false }, blocks: k - at + 1, last: line };
    }
  }
  return null;
}

/**
 * "The Chair welcomed members." / "Action Point 1" / "Papers to be issued." / "Owner: Jo Finch" / "Finance" with no blank
 * lines: the action point parted from the lines around it, as blank lines part it elsewhere.
 */
export function partAtActionPoints(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.lines.length < 2 || !block.lines.some((line) => POINT_LABEL.test(line.text.trim()))) {
      out.push(block);
      continue;
    }
    let part: Line[] = [];
    let inPoint = false;
    const flush = () => {
      if (part.length > 0) out.push({ lines: part, text: joinLines(part) });
      part = [];
    };
    for (const line of block.lines) {
      const text = line.text.trim();
      if (POINT_LABEL.test(text)) {
        flush();
        inPoint = true;
      }
      part.push(line);
      if (inPoint && OWNER_LINE.test(text)) {
        flush();
        inPoint = false;
      }
    }
    flush();
  }
  return out;
}

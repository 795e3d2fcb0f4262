import type { Block } from '../agenda/blocks.js';
import { cellsOf, hasCellBreak } from '../roster/parse-entry.js';
import { splitOwners } from './owners.js';
import type { ReadAction } from './read-action.js';

const ACTION_COLUMN = /^(?:actions?|action points?|agreed actions?|tasks?|what)$/i;
const OWNER_COLUMN = /^(?:owners?|leads?|by whom|who|responsible|responsibility|action by|actioned by|by)$/i;
const NUMBER_COLUMN = /^(?:no\.?|number|#|ref\.?|action no\.?)$/i;
const STATUS_COLUMN = /^(?:status|update|progress|comments?)$/i;

/** An action log table ("No | Action | Owner | Status"): one action per row. */
export function readActionTable(block: Block): (ReadAction & { line: number })[] | null {
  // "ACTION POINTS" above the table: a caption line of one cell before the header.
  const at = block.lines.length > 2 && !hasCellBreak(block.lines[0]!.text) && hasCellBreak(block.lines[1]!.text) ? 1 : 0;
  // One cell is no table: most blocks have no tab or run of spaces at all.
  if (!hasCellBreak(block.lines[at]!.text)) return null;
  const header = cellsOf(block.lines[at]!.text);
  if (header.length < 2) return null;
  const actionAt = header.findIndex((c) => ACTION_COLUMN.test(c));
  const ownerAt = header.findIndex((c) => OWNER_COLUMN.test(c));
  if (header.length < 2 || actionAt === -1 || ownerAt === -1) return null;
  const numberAt = header.findIndex((c) => NUMBER_COLUMN.test(c));
  const statusAt = header.findIndex((c) => STATUS_COLUMN.test(c));
  const rows: (ReadAction & { line: number })[] = [];
  for (const line of block.lines.slice(at + 1)) {
    const cells = cellsOf(line.text);
    // Rows may leave leading columns empty; align from the right when a cell is missing.
    const shift = header.length - cells.length;
    const cell = (at: number) => (at < 0 ? undefined : shift > 0 && at >= shift ? cells[at - shift] : cells[at]);
    const text = cell(actionAt);
    if (!text || cells.length < 2) continue;
    const number = cell(numberAt);
    rows.push({
      number: number && /^\d+[a-z]?[.)]?$/i.test(number) ? number.replace(/[.)]$/, '') : null,
      text,
      owners: splitOwners(cell(ownerAt) ?? ''),
      status: cell(statusAt) ?? null,
      outstanding: false,
      line: line.index,
    });
  }
  return rows;
}

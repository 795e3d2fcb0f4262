import type { Block } from '../agenda/blocks.js';
import type { Line } from '../scan/scan-lines.js';
import { cellsOf, hasCellBreak } from '../roster/parse-entry.js';
import { stripMarks } from '../text/clean.js';
import { splitOwners } from './owners.js';
import type { ReadAction } from './read-action.js';

// ("Action items" / "Person responsible" / "Deadline": the columns of Word's own template of minutes.)
const ACTION_COLUMN = /^(?:actions?|action points?|action items?|agreed actions?|tasks?|what|details?|description)$/i;
const OWNER_COLUMN = /^(?:owners?|leads?|by whom|who|responsible|persons? responsible|responsibility|resp\.?|action by|actioned by|by)$/i;
const NUMBER_COLUMN = /^(?:no\.?|number|#|ref\.?|action no\.?)$/i;
const STATUS_COLUMN = /^(?:status|update|progress|comments?)$/i;
const DATE_COLUMN = /^(?:deadline|due|due date|date|by when|when|timescales?|target date)$/i;

/** Where each column of an action table's caption row stands (-1: no such column). */
interface Columns {
  width: number;
  action: number;
  owner: number;
  number: number;
  status: number;
}

/** The caption row's cells as an action table's columns, or null when it has no action and owner column. */
function readColumns(header: readonly string[]): Columns | null {
  const action = header.findIndex((c) => ACTION_COLUMN.test(c));
  const owner = header.findIndex((c) => OWNER_COLUMN.test(c));
  if (header.length < 2 || action === -1 || owner === -1) return null;
  return { width: header.length, action, owner, number: header.findIndex((c) => NUMBER_COLUMN.test(c)), status: header.findIndex((c) => STATUS_COLUMN.test(c)) };
}

function rowOf(columns: Columns, cell: (at: number) => string | undefined, line: number): ReadAction & { line: number } {
  const number = cell(columns.number);
  return {
    // "3", "3a", "A1", "AP-12", "2.10": under the number column, a reference with a letter prefix or a point is the number too.
    number: number && /^(?:[a-z]{1,3}-?)?\d+(?:\.\d+)?[a-z]?[.)]?$/i.test(number) ? number.replace(/[.)]$/, '') : null,
    text: cell(columns.action)!,
    owners: splitOwners(cell(columns.owner) ?? ''),
    status: cell(columns.status) ?? null,
    outstanding: false,
    line,
  };
}

// A caption row of cells ("No. | Action | Owner | Due"): longer lines are never split to look.
export const MAX_TABLE_CAPTION = 80;

/** "No.<tab>Action<tab>Owner<tab>Due": an action table's caption row, its cells parted by tabs or wide gaps. */
export const isActionTableCaption = (text: string): boolean => (text.includes('\t') || text.includes('   ')) && readColumns(cellsOf(text)) !== null;

/** A caption an action table's column may carry ("Action", "Owner", "No.", "Deadline"). */
export const isColumnCaption = (text: string) => [ACTION_COLUMN, OWNER_COLUMN, NUMBER_COLUMN, STATUS_COLUMN, DATE_COLUMN].some((re) => re.test(text));

/**
 * "No." / "Action" / "Owner", then "1" / "Circulate the report" / "GLA": an action table exported one
 * cell to a line, its caption row and each row a block of as many lines. Returns the rows and how many
 * blocks (the caption's included) they took, or null when `blocks[at]` is no such caption.
 */
export function readStackedActionTable(blocks: Block[], at: number): { rows: (ReadAction & { line: number })[]; blocks: number } | null {
  const caption = blocks[at]!.lines;
  if (caption.length < 2 || caption.length > 6 || !caption.every((l) => !hasCellBreak(l.text) && isColumnCaption(l.text.trim()))) return null;
  const columns = readColumns(caption.map((l) => l.text.trim()));
  if (!columns) return null;
  const rows: (ReadAction & { line: number })[] = [];
  let k = at + 1;
  for (; k < blocks.length && blocks[k]!.lines.length === columns.width; k++) {
    const cells = blocks[k]!.lines.map((l) => l.text.trim());
    rows.push(rowOf(columns, (c) => (c < 0 ? undefined : cells[c]), blocks[k]!.lines[Math.max(columns.action, 0)]!.index));
  }
  return rows.length > 0 ? { rows, blocks: k - at } : null;
}

// Captions are single short words or phrases: longer lines are never looked at with the patterns.
export const MAX_CAPTION = 20;
const ROW_NUMBER = /^\d{1,3}[.)]?$/;

/**
 * "No." / "Action" / "Owner" / "1" / "Circulate the report" / "GLA" / "2" / ...: an action table
 * exported one cell to a line with no blank line anywhere, its rows told apart by counting cells.
 * `lines[at]` must start the caption run. Returns the rows and the index after the table's last
 * line, or null. Rows are taken while every cell is filled and, where the table has a number
 * column, its cell is a number; without one the table must end at a blank line or the end.
 */
export function readContinuousStackedTable(lines: readonly Line[], at: number): { rows: (ReadAction & { line: number })[]; end: number } | null {
  let width = 0;
  while (width < 6 && at + width < lines.length && isCaptionLine(lines[at + width]!)) width++;
  if (width < 2) return null;
  const columns = readColumns(lines.slice(at, at + width).map((l) => l.text.trim()));
  if (!columns) return null;
  const rows: (ReadAction & { line: number })[] = [];
  let k = at + width;
  for (; k + width <= lines.length; k += width) {
    const row = lines.slice(k, k + width);
    if (row.some((l) => l.blank || l.heading > 0)) break;
    const cells = row.map((l) => l.text.trim());
    if (columns.number >= 0 && !ROW_NUMBER.test(cells[columns.number]!)) break;
    rows.push(rowOf(columns, (c) => (c < 0 ? undefined : cells[c]), row[Math.max(columns.action, 0)]!.index));
  }
  const endsTable = k === lines.length || lines[k]!.blank || lines[k]!.heading > 0;
  return rows.length > 0 && (columns.number >= 0 || endsTable) ? { rows, end: k } : null;
}

function isCaptionLine(line: Line): boolean {
  return !line.blank && line.text.length <= MAX_CAPTION && !hasCellBreak(line.text) && isColumnCaption(line.text.trim());
}

/** An action log table ("No | Action | Owner | Status"): one action per row. */
export function readActionTable(block: Block): (ReadAction & { line: number })[] | null {
  // "ACTION POINTS" above the table: a caption line of one cell before the header.
  const at = block.lines.length > 2 && !hasCellBreak(block.lines[0]!.text) && hasCellBreak(block.lines[1]!.text) ? 1 : 0;
  // One cell is no table: most blocks have no tab or run of spaces at all.
  if (!hasCellBreak(block.lines[at]!.text)) return null;
  const columns = readColumns(cellsOf(block.lines[at]!.text));
  if (!columns) return null;
  const rows: (ReadAction & { line: number })[] = [];
  for (const line of block.lines.slice(at + 1)) {
    // A markdown row, or a row of a Word text's tabs, keeps its empty cells in place ("| 2.4 | Check |  | Done |",
    // "3<tab>Book the hall<tab><tab>May"): only its last ones may go missing.
    const placed = cellsInPlace(line.raw);
    const cells = placed && placed.length <= columns.width ? placed : cellsOf(line.text);
    // Rows may leave leading columns empty; align from the right when a cell is missing.
    const shift = cells === placed ? 0 : columns.width - cells.length;
    const cell = (at: number) => (at < 0 ? undefined : shift > 0 && at >= shift ? cells[at - shift] : cells[at]);
    if (!cell(columns.action) || cells.length < 2) continue;
    rows.push(rowOf(columns, cell, line.index));
  }
  return rows;
}

/** A markdown row's cells between its pipes, or a row's cells between single tabs, empty ones kept; null for other rows. */
function cellsInPlace(raw: string): string[] | null {
  const row = raw.trim();
  const pipes = row.startsWith('|');
  if (!pipes && (!raw.includes('\t') || raw.includes('   '))) return null;
  const cells = pipes ? row.slice(1, row.endsWith('|') ? -1 : undefined).split('|') : raw.split('\t');
  return cells.map((c) => stripMarks(c.trim()));
}

/**
 * "Action Log" / "Action by / Action / Deadline" / "JR / Send the plan to the Board. / 28.6.12": an action log that a Word
 * export flattened with slashes, inside a block of other lines. The rows under the caption row (each with its slashes), and
 * the block's lines before and after the table; null where the block holds no such caption row.
 */
export function readSlashActionTable(block: Block): { rows: (ReadAction & { line: number })[]; before: Line[]; after: Line[] } | null {
  // Most blocks hold no caption: the pattern runs only on short lines with a spaced slash.
  const at = block.lines.findIndex((l) => l.text.length <= MAX_TABLE_CAPTION && l.text.includes(' / ') && isSlashCaption(l.text));
  if (at === -1) return null;
  const columns = readColumns(slashCellsOf(block.lines[at]!.text));
  if (!columns) return null;
  const rows: (ReadAction & { line: number })[] = [];
  let k = at + 1;
  for (let row = wrappedRow(block.lines, k, columns.width); row; row = wrappedRow(block.lines, k, columns.width)) {
    const { cells } = row;
    if (!cells[columns.action]) break;
    const line = block.lines[k]!.index;
    for (const text of listedTasks(cells[columns.action]!)) {
      rows.push(rowOf(columns, (c) => (c < 0 ? undefined : c === columns.action ? text : cells[c]?.replaceAll('\n', ' ')), line));
    }
    k = row.end;
  }
  // ("Action Log" over the caption row names the table, no action of the lines above.)
  const titled = at > 0 && TABLE_TITLE.test(block.lines[at - 1]!.text.trim());
  return rows.length > 0 ? { rows, before: block.lines.slice(0, titled ? at - 1 : at), after: block.lines.slice(k) } : null;
}

// A row whose cells hold line breaks goes on over the lines below it: at most this many lines make one row.
const MAX_ROW_LINES = 4;

/**
 * "3 / Members to email venues to FN." + "/ All / Ongoing": the row starting at `lines[at]`, its lines joined until its
 * cells fill the caption's width; null where they never do (more cells, a blank line, the block's end), the table ended.
 */
function wrappedRow(lines: readonly Line[], at: number, width: number): { cells: string[]; end: number } | null {
  // ("1<tab>Book the hall.": the reader turned a row number's lone slash into a tab; it parts the cells here as well.)
  const first = (lines[at]?.text.trim() ?? '').replace(NUMBER_TAB, '$1 / ');
  // (A row's first line holds a cell break, or opens a listed cell: the lines after the table are left alone.)
  if (!first.includes(' / ') && !LISTED_LINE.test(first)) return null;
  let text = first;
  for (let k = at; k < lines.length && k < at + MAX_ROW_LINES && !lines[k]!.blank; k++) {
    if (k > at) text = `${text}\n${lines[k]!.text.trim()}`;
    // ("... for the group.\n/ All / Ongoing": the slash opening a line parts the cells as a spaced one does.)
    const cells = text.replace(/\n\/ /g, ' / ').split(' / ');
    if (cells.length > width) return null;
    if (cells.length === width) return { cells: cells.map((c) => c.trim()), end: k + 1 };
  }
  return null;
}

const NUMBER_TAB = /^(\d{1,3}\.?)\t/;

// "-Letter of thanks to the staff": a line of a cell opening with a dash or a bullet, glued to its capital or spaced.
const LISTED_LINE = /^[-•·▪]\s*(?=\p{Lu})/u;

/** "-Thank the staff\n-Thank the volunteer": a cell of listed lines holds one task per line, each for the row's owners. */
function listedTasks(cell: string): string[] {
  const parts = cell.split('\n');
  if (!parts.every((p) => LISTED_LINE.test(p))) return [parts.join(' ')];
  return parts.map((p) => p.replace(LISTED_LINE, ''));
}

const TABLE_TITLE = /^(?:action\s+(?:log|points?|sheet|plan)|actions?|summary\s+of\s+actions)$/i;

/** "Action by / Action / Deadline": every cell a column's caption. */
const isSlashCaption = (text: string) => slashCellsOf(text).every((c) => isColumnCaption(c));

/** "JR / Update on Resettlement. / 28.6.12" -> its cells. */
const slashCellsOf = (text: string) => text.trim().split(' / ').map((c) => c.trim());

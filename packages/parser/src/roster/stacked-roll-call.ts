import type { Line } from '../scan/scan-lines.js';
import { isArrivalCaption, isAttendanceCaption, isColumnCaption, namesRollCallColumns } from './caption-row.js';

// A roll-call table as clerks' meeting software prints it ("Attendee Name | Title | Status | Arrived"), extracted one
// cell to a line: the captions, then each member's name, post and status, and the time they came when they came late.
// ("Ida Fox" / "Councilmember" / "Late" / "7:15 PM".)

// The words a status cell holds: each row ends with one, which is how the rows are told apart.
const STATUS = /^(?:present|absent|excused|late|tardy|remote|not\s+present|absent\s+excused|excused\s+absence|unexcused(?:\s+absence)?)$/i;
const CLOCK = /^\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?$/i;
// Captions one to a line: the name's, the status's and one more at least.
const LEAST_CAPTIONS = 3;

/** The captions' lines from `at`, when they make a roll-call table's caption row: a name's caption first, a status's among them. */
function captionsAt(lines: readonly Line[], at: number): string[] | null {
  const captions: string[] = [];
  for (let k = at; k < lines.length && isColumnCaption(lines[k]!.text); k++) captions.push(lines[k]!.text);
  if (captions.length < LEAST_CAPTIONS || !namesRollCallColumns(captions)) return null;
  return captions;
}

interface StackedTable {
  captions: string[];
  /** Each row's lines, from the name to the status or the time after it. */
  rows: Line[][];
  /** The index after the table's last line. */
  end: number;
}

function readStackedTable(lines: readonly Line[], at: number): StackedTable | null {
  // (A name's caption opens the table: other lines are passed over before their captions are read.)
  if (lines[at]!.blank || !lines[at]!.text.toLowerCase().endsWith('name')) return null;
  const captions = captionsAt(lines, at);
  if (!captions) return null;
  const status = captions.findIndex(isAttendanceCaption);
  const timesAfter = captions.slice(status + 1).every(isArrivalCaption) ? captions.length - 1 - status : 0;
  const rows: Line[][] = [];
  let k = at + captions.length;
  while (k < lines.length) {
    // A row: the name and the cells up to the status, each on a line of its own.
    let end = k;
    while (end < lines.length && end - k < status && !lines[end]!.blank && !STATUS.test(lines[end]!.text)) end++;
    if (end === k || end >= lines.length || !STATUS.test(lines[end]!.text)) break;
    let last = end;
    for (let t = 0; t < timesAfter && last + 1 < lines.length && CLOCK.test(lines[last + 1]!.text); t++) last++;
    rows.push(lines.slice(k, last + 1));
    k = last + 1;
  }
  return rows.length > 0 ? { captions, rows, end: k } : null;
}

/** The index after a roll-call table extracted one cell to a line that starts at `at`, or -1. */
export function stackedRollCallEnd(lines: readonly Line[], at: number): number {
  return readStackedTable(lines, at)?.end ?? -1;
}

/**
 * The lines with a roll-call table extracted one cell to a line turned into its rows, each row's cells on one line
 * parted by tabs as a table's are ("Ida Fox\tCouncilmember\tLate\t7:15 PM"); the lines as they are when there is none.
 */
export function withStackedRollCallRows(lines: Line[]): Line[] {
  for (let start = 0; start < lines.length; start++) {
    const table = readStackedTable(lines, start);
    if (!table) continue;
    const row = (cells: Line[]): Line => ({ ...cells[0]!, text: cells.map((line) => line.text).join('\t'), end: cells[cells.length - 1]!.end });
    const captionRow = row(lines.slice(start, start + table.captions.length));
    return [...lines.slice(0, start), captionRow, ...table.rows.map(row), ...lines.slice(table.end)];
  }
  return lines;
}

import type { Description } from './describe.js';
import { cellsOf } from './parse-entry.js';

/** The captions a roster table's columns carry ("| Name | Organisation | Role |"). */
export const COLUMN_CAPTION = /^(?:names?|(?:attendee|member|full)\s+name|organi[sz]ations?|affiliations?|roles?|titles?|positions?(?:\/functions?)?|initials|abbreviations?|representing|agency|body|attendance|attended|status|job titles?|substitut(?:e|ing) for|deputising for|in place of)$/i;
const INITIALS_CAPTION = /^(?:initials|abbreviations?)$/i;
// "| Location |" (Remote, In-person): how each took part, which leaves them on the list.
const MODE_CAPTION = /^(?:location|attending|attendance mode|remote\/in[- ]person)$/i;
// "| Sector |" (Local government, Business): the group each seat is counted in, no part of the person's description.
// "| Username |" (@handle): the person's account, read as neither name nor description.
// "| Arrived |" (7:15 PM), "| Departed |": when a member came or went, as a roll-call table records it; no part of the entry.
const ARRIVAL_CAPTION = /^(?:arrived|departed|left|time\s+(?:arrived|departed|left)|(?:arrival|departure)(?:\s+time)?)$/i;
const GROUP_CAPTION = /^(?:sectors?|category|membership type|member type|constituency|username|github(?: (?:handle|username))?|handle)$/i;
const ORGANISATION_CAPTION = /^(?:organi[sz]ations?|agency|body|representing|affiliations?)$/i;
const ROLE_CAPTION = /^(?:roles?|titles?|positions?(?:\/functions?)?|job titles?)$/i;
// "| Substituting for |": whom each stood in for.
const SUBSTITUTE_CAPTION = /^(?:substitut(?:e|ing) for|deputising for|in place of)$/i;
// "| Attendance |" (Present, Apologies, In attendance): the list each row's person is on.
const ATTENDANCE_CAPTION = /^(?:attendance|attended|status)$/i;

/** A table's caption row, and which of its columns hold what (-1: no such column). */
export interface CaptionRow {
  /** Where the caption row stands among the lines read. */
  at: number;
  width: number;
  initials: number;
  organisation: number;
  role: number;
  substitute: number;
  /** The column saying which list each person is on. */
  attendance: number;
  modes: number[];
  /** How many of the last columns say when someone came or went, left empty for most rows ("Arrived"). */
  trailingTimes: number;
}

/** Whether the text is one column's caption ("Name", "Status", "Arrived", "Location"). */
export const isColumnCaption = (text: string): boolean => COLUMN_CAPTION.test(text) || MODE_CAPTION.test(text) || GROUP_CAPTION.test(text) || ARRIVAL_CAPTION.test(text);

/** Whether the caption says when someone came or went ("Arrived"). */
export const isArrivalCaption = (text: string): boolean => ARRIVAL_CAPTION.test(text);

/** Whether the caption names the column saying which list each person is on ("Status"). */
export const isAttendanceCaption = (text: string): boolean => ATTENDANCE_CAPTION.test(text);

function isCaptionRow(cells: readonly string[]): boolean {
  return cells.length >= 2 && cells.every(isColumnCaption);
}

function trailingArrivalColumns(cells: readonly string[]): number {
  let n = 0;
  while (n < cells.length && ARRIVAL_CAPTION.test(cells[cells.length - 1 - n]!)) n++;
  return n;
}

/** The first caption row among a list's lines. */
export function readCaptionRow(lines: readonly string[]): CaptionRow | null {
  for (let at = 0; at < lines.length; at++) {
    const cells = cellsOf(lines[at]!);
    if (!isCaptionRow(cells)) continue;
    return {
      at,
      width: cells.length,
      initials: cells.findIndex((c) => INITIALS_CAPTION.test(c)),
      organisation: cells.findIndex((c) => ORGANISATION_CAPTION.test(c)),
      role: cells.findIndex((c) => ROLE_CAPTION.test(c)),
      substitute: cells.findIndex((c) => SUBSTITUTE_CAPTION.test(c)),
      attendance: cells.findIndex((c) => ATTENDANCE_CAPTION.test(c)),
      modes: cells.flatMap((c, k) => (MODE_CAPTION.test(c) || GROUP_CAPTION.test(c) || ARRIVAL_CAPTION.test(c) ? [k] : [])),
      trailingTimes: trailingArrivalColumns(cells),
    };
  }
  return null;
}

/** Whether a row of `cells` cells fills the caption row's columns, those saying when someone came or went being left empty at the end. */
export function fillsColumns(cells: number, row: CaptionRow): boolean {
  return cells <= row.width && cells >= row.width - row.trailingTimes;
}

/**
 * "| Name | Organisation | Role |" with no list heading above it, and a row of as many cells below:
 * a table whose first column holds people is the list of those present.
 */
export function opensRosterTable(text: string, nextRow: string): boolean {
  const cells = cellsOf(text);
  return isCaptionRow(cells) && /^names?$/i.test(cells[0]!) && cellsOf(nextRow).length === cells.length;
}

/** Whether column captions are a roll-call table's: the name's caption first ("Attendee Name"), a status's among them. */
export const namesRollCallColumns = (captions: readonly string[]): boolean => /name$/i.test(captions[0] ?? '') && captions.some(isAttendanceCaption);

/** "Attendee Name | Title | Status | Arrived": a roll-call table's caption row. */
export function opensRollCallTable(text: string): boolean {
  const cells = cellsOf(text);
  return isCaptionRow(cells) && namesRollCallColumns(cells);
}

/**
 * A markdown table row's cells in their columns: "| Jo Finch | JF |  |" loses its empty cell when the
 * line is split at its gaps, and the cells after it would shift. The cells as read when none is empty
 * or the row is not a markdown one.
 */
export function cellsInColumns(raw: string, cells: readonly string[], width: number): readonly string[] {
  const row = raw.trim();
  if (cells.length >= width || !row.startsWith('|')) return cells;
  const rawCells = row.slice(1, row.endsWith('|') ? -1 : undefined).split('|');
  const filled = rawCells.map((c) => c.trim() !== '');
  if (rawCells.length !== width || filled.filter(Boolean).length !== cells.length) return cells;
  let k = 0;
  return filled.map((f) => (f ? cells[k++]! : ''));
}

/** Both an organisation and a role column: each row says which of its words are which. */
export function describesByColumns(row: CaptionRow): boolean {
  return row.organisation !== -1 && row.role !== -1;
}

/**
 * A person's description from the organisation and role columns of their row, each cell read for its
 * marks ("Director (chair)", "Acme (for Jo Finch)") and the rest taken whole as the column says; what
 * the name's own cell said ("Jo Finch (Chair)") stays.
 */
export function describeByColumns(own: Description, organisation: Description, role: Description): Description {
  const either = <K extends keyof Description>(key: K) => own[key] ?? organisation[key] ?? role[key];
  return {
    ...own,
    organisation: organisation.organisation ?? organisation.role ?? own.organisation,
    role: role.role ?? role.organisation ?? own.role,
    chair: own.chair || organisation.chair || role.chair,
    chairTitle: either('chairTitle'),
    substituteFor: either('substituteFor'),
    partial: own.partial || organisation.partial || role.partial,
  };
}

import type { Minutes } from '@lsmp/model';
import { ATTENDANCE_ORDER } from '../meeting/attendance-lists.js';
import { lineRange } from '../meeting/source-lines.js';
import { type CsvOptions, writeCsv } from '../shared/csv.js';

/** The columns of {@link renderAttendanceCsv}, in order. */
export const ATTENDANCE_CSV_COLUMNS = [
  'meeting_date',
  'body',
  'attendance',
  'name',
  'honorific',
  'initials',
  'organisation',
  'role',
  'chair',
  'substitute_for',
  'shadowing',
  'partial',
  'roster_heading',
  'source_line',
] as const;

/**
 * The roster of one meeting as CSV (RFC 4180, UTF-8, header row, formula-safe):
 * one row per list entry, grouped by list (present, apologies, in attendance,
 * secretariat, speakers, absent) in roster order. `attendance` is the model's
 * code; `chair` and `partial` are `true` or `false`.
 * @param minutes Parsed minutes.
 * @param options A byte order mark for spreadsheet programs.
 */
export function renderAttendanceCsv(minutes: Minutes, options: CsvOptions = {}): string {
  const ordered = ATTENDANCE_ORDER.flatMap((list) => minutes.attendees.filter((a) => a.attendance === list));
  const rows = ordered.map((a) => [
    minutes.date,
    minutes.body,
    a.attendance,
    a.name,
    a.honorific,
    a.initials,
    a.organisation,
    a.role,
    a.chair,
    a.substituteFor,
    a.shadowing,
    a.partial,
    a.list,
    lineRange(a.position)?.first ?? null,
  ]);
  return writeCsv(ATTENDANCE_CSV_COLUMNS, rows, options);
}

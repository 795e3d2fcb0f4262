import { findDates } from '../dates/parse-date.js';
import { isDateAlone } from '../dates/date-alone.js';
import { findTimes } from '../dates/parse-time.js';
import type { Line } from '../scan/scan-lines.js';

// "Date:" / "28 May 2020" / "9.00am" below the lists: a form's date field, its label and its value each on a line of
// their own (as a PDF converter writes a table's cells), in minutes whose header gave no date.
const DATE_LABEL = /^(?:meeting\s+)?date\s?:?$/i;
// Only the lines near the top: the form's fields stand among the lists, not deep in the minutes.
const MAX_LINES = 60;
const MAX_TIME = 12;

/** The date (and the time on the line after it) of a "Date:" label alone on its line; null where there is none. */
export function dateFieldBelow(lines: Line[]): { date: string; start: string | null } | null {
  const filled = lines.filter((l) => !l.blank).slice(0, MAX_LINES);
  for (let k = 0; k + 1 < filled.length; k++) {
    if (!DATE_LABEL.test(filled[k]!.text.trim())) continue;
    const value = filled[k + 1]!.text.trim();
    if (!isDateAlone(value)) return null;
    const next = filled[k + 2]?.text.trim() ?? '';
    const time = next.length <= MAX_TIME ? findTimes(next) : null;
    return { date: findDates(value)[0]!.iso, start: time?.start ?? null };
  }
  return null;
}

import type { Line } from '../scan/scan-lines.js';
import { findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';
import { datesAnotherMeeting } from './read-header.js';

// "The St Anne's Parish Council met under the Chair on Friday 13th October 2017 at 7.30pm.": minutes without a
// dated header say in their opening sentence when the meeting was.
const MET = /\b(?:met|was\s+held|took\s+place|convened)\b/i;

export interface StatedMeeting {
  date: string;
  start: string | null;
}

/** The date (and the start after "at") of the first sentence among the lines that says the meeting met on a date. */
export function statedMeeting(lines: readonly Line[]): StatedMeeting | null {
  for (const line of lines) {
    const met = line.blank ? null : MET.exec(line.text);
    if (!met) continue;
    // ("... the minutes of the last meeting held on 8 May were agreed": a date of another meeting.)
    const dates = findDates(line.text).filter((d) => d.index > met.index && !datesAnotherMeeting(line.text, d));
    if (dates.length !== 1) continue;
    const date = dates[0]!;
    const after = line.text.slice(date.index + date.length);
    const time = /^,?\s+at\s/i.test(after) ? findTimes(after) : null;
    return { date: date.iso, start: time?.start ?? null };
  }
  return null;
}

import type { Line } from '../scan/scan-lines.js';
import { findDates } from './parse-date.js';
import { findTimes } from './parse-time.js';

// "The St Anne's Parish Council met under the Chair on Friday 13th October 2017 at 7.30pm.": minutes without a
// dated header say in their opening sentence when the meeting was.
const MET = /\b(?:met|was\s+held|took\s+place|convened)\b/i;
// "... the minutes of the last meeting held on 8 May were agreed": a date of another meeting.
const OTHER_MEETING = /\b(?:last|previous|next|following|future)\s+meeting\b/i;

export interface StatedMeeting {
  date: string;
  start: string | null;
}

/** The date (and the start after "at") of the first sentence among the lines that says the meeting met on a date. */
export function statedMeeting(lines: readonly Line[]): StatedMeeting | null {
  for (const line of lines) {
    const met = line.blank ? null : MET.exec(line.text);
    if (!met || OTHER_MEETING.test(line.text)) continue;
    const dates = findDates(line.text).filter((d) => d.index > met.index);
    if (dates.length !== 1) continue;
    const date = dates[0]!;
    const after = line.text.slice(date.index + date.length);
    const time = /^,?\s+at\s/i.test(after) ? findTimes(after) : null;
    return { date: date.iso, start: time?.start ?? null };
  }
  return null;
}

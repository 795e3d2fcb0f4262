import type { SeriesMeeting } from './meetings.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FROM_MEETING = /\bfrom (?:the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{4}))?\s+(?:board\s+)?meeting\b/i;

/**
 * The earlier meeting a report names ("Action 1 from the January meeting",
 * "Outstanding action from March 2011 meeting"): the latest meeting before this one in
 * that month (and year, when given). Otherwise the meeting just before, since action
 * numbers restart at every meeting.
 * @param text The words of the report.
 * @param earlier The series meetings before the one reporting, in date order.
 */
export function referencedMeeting(text: string, earlier: readonly SeriesMeeting[]): string | null {
  const named = FROM_MEETING.exec(text);
  if (named) {
    const month = String(MONTHS.indexOf(named[1]!.toLowerCase()) + 1).padStart(2, '0');
    const year = named[2];
    const found = [...earlier].reverse().find((m) => m.date?.slice(5, 7) === month && (!year || m.date.startsWith(year)));
    return found?.id ?? null;
  }
  return earlier.at(-1)?.id ?? null;
}

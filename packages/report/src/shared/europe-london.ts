// UK civil time since 1996 (EU rules): BST (UTC+1) from 01:00 UTC on the last
// Sunday of March to 01:00 UTC on the last Sunday of October, GMT otherwise.
// Written out rather than through Intl time zones so every runtime agrees.

/** The IANA name of the zone meetings are held in. */
export const LONDON_TIME_ZONE = 'Europe/London';

/** Day of the month of the last Sunday of a month (month 1-12). */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * The UTC offset of a London wall-clock time, in hours (0 or 1). In the hour the
 * clocks go back, the first (summer-time) reading is taken.
 * @param isoDate "YYYY-MM-DD".
 * @param time "HH:MM".
 */
export function londonOffsetHours(isoDate: string, time: string): 0 | 1 {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const at = (d: number, hour: number) => d * 1440 + hour * 60;
  const now = at(day, 0) + minutes;
  if (month > 3 && month < 10) return 1;
  if (month === 3) return now >= at(lastSunday(year, 3), 1) ? 1 : 0;
  if (month === 10) return now < at(lastSunday(year, 10), 2) ? 1 : 0;
  return 0;
}

/**
 * A London wall-clock time as an ISO 8601 date-time with its offset,
 * "2025-06-09T14:00:00+01:00".
 */
export function londonDateTime(isoDate: string, time: string): string {
  return `${isoDate}T${time}:00${londonOffsetHours(isoDate, time) === 1 ? '+01:00' : '+00:00'}`;
}

/** The VTIMEZONE component for Europe/London (RFC 5545 §3.6.5), as content lines. */
export const LONDON_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

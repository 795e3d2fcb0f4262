const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2011-09-28" as "28 September 2011", written out rather than through `Intl` so
 * every runtime and locale gives the same text. Other text is returned unchanged.
 * @param isoDate A date as the model stores it.
 * @returns The date for people to read.
 */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * A start and end time as "10:00–12:00", "from 10:00", "until 12:00", or null.
 * @param start "HH:MM" or null.
 * @param end "HH:MM" or null.
 */
export function formatTimeRange(start: string | null, end: string | null): string | null {
  if (start && end) return `${start}–${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return null;
}

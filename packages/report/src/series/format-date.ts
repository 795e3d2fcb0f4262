import { formatLongDate } from '../meeting/format-date.js';

/**
 * "2011-09-28" as "28 Sep 2011": the one-meeting reports' long date with the month
 * shortened, so meeting labels fit chart columns. The same in every runtime and locale
 * (golden files depend on it). Text that is not an ISO date is returned unchanged.
 */
export function formatDate(isoDate: string): string {
  return formatLongDate(isoDate).replace(/^(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})$/, '$1 $2 $3');
}

/** Whole days from `from` to `to` (both ISO dates); null when either is not one. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

import type { Minutes } from '@lsmp/model';
import { formatDate } from './format-date.js';

/** One meeting of a series, as the series reports refer to it. */
export interface SeriesMeeting {
  /** `m1`, `m2`, ... in date order (undated meetings last, in input order). */
  id: string;
  /** Position of the document in the list given to the series functions, 0-based. */
  inputIndex: number;
  /** ISO date (YYYY-MM-DD), or null when the minutes give none. */
  date: string | null;
  title: string | null;
  /** "28 Sep 2011", or "Meeting 3" when undated. */
  label: string;
}

/** A document left out of the series, and why. */
export interface SkippedDocument {
  inputIndex: number;
  title: string | null;
  reason: string;
}

/** The meetings of a series in date order, with their minutes. */
export interface OrderedSeries {
  meetings: SeriesMeeting[];
  /** `minutes[i]` belongs to `meetings[i]`. */
  minutes: Minutes[];
  skipped: SkippedDocument[];
}

/**
 * Orders minutes by meeting date and names each meeting. Documents that are not
 * minutes (`kind: 'other'`, such as a report) are skipped with a reason, since
 * they have no roster or actions of their own.
 */
export function orderSeries(minutesList: readonly Minutes[]): OrderedSeries {
  if (!Array.isArray(minutesList)) throw new TypeError('Expected a list of parsed minutes (an array of Minutes).');
  const skipped: SkippedDocument[] = [];
  const kept: { minutes: Minutes; inputIndex: number }[] = [];
  minutesList.forEach((minutes, inputIndex) => {
    if (!looksLikeMinutes(minutes)) {
      skipped.push({ inputIndex, title: null, reason: 'not parsed minutes (no attendees, items and actions lists)' });
    } else if (minutes.kind !== 'minutes') {
      skipped.push({ inputIndex, title: minutes.title, reason: 'not minutes of a meeting' });
    } else kept.push({ minutes, inputIndex });
  });
  // Stable sort: same-day or undated meetings keep their input order.
  kept.sort((a, b) => compareDates(a.minutes.date, b.minutes.date));
  const meetings = kept.map(({ minutes, inputIndex }, index) => ({
    id: `m${index + 1}`,
    inputIndex,
    date: minutes.date,
    title: minutes.title,
    label: minutes.date ? formatDate(minutes.date) : `Meeting ${index + 1}`,
  }));
  return { meetings, minutes: kept.map((k) => k.minutes), skipped };
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

// The series reports read these lists; anything else (a ParseResult, JSON of another
// shape) is left out with a reason rather than crashing half-way through.
function looksLikeMinutes(value: unknown): value is Minutes {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Minutes, unknown>>;
  return Array.isArray(candidate.attendees) && Array.isArray(candidate.items) && Array.isArray(candidate.actions);
}

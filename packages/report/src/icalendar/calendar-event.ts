import type { Minutes } from '@lsmp/model';
import { formatLongDate } from '../meeting/format-date.js';
import { slugify } from '../shared/slug.js';

/** One meeting to put in a calendar. Dates and times are London wall-clock time. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar updates the event instead of adding a copy. */
  uid: string;
  summary: string;
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM", or null for an all-day event. */
  start: string | null;
  /** "HH:MM", or null. */
  end: string | null;
  location: string | null;
  description: string | null;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The next meeting the minutes announce, as a calendar event; null when they
 * announce none or give no valid date. Times that are not "HH:MM" are dropped, and
 * an end not after the start is dropped.
 * @param minutes Parsed minutes.
 */
export function nextMeetingEvent(minutes: Minutes): CalendarEvent | null {
  const next = minutes.nextMeeting;
  if (!next?.date || !ISO_DATE.test(next.date)) return null;
  const start = next.start && TIME.test(next.start) ? next.start : null;
  const end = start && next.end && TIME.test(next.end) && next.end > start ? next.end : null;
  const body = minutes.body ?? 'Board';
  const announced = minutes.date ? `Announced in the minutes of the meeting of ${formatLongDate(minutes.date)}.` : null;
  const moved = next.originalDate ? `Moved from ${formatLongDate(next.originalDate)}.` : null;
  const description = [announced, moved, next.note].filter((line): line is string => Boolean(line)).join('\n');
  return {
    uid: `${next.date}-${slugify(body)}@lsmp`,
    summary: `${body} meeting`,
    date: next.date,
    start,
    end,
    location: next.venue,
    description: description || null,
  };
}

import type { Minutes } from '@lsmp/model';
import { formatLongDate, formatTimeRange } from './format-date.js';

/** One labelled fact about the meeting ("Date", "28 September 2011"). */
export interface MeetingFact {
  label: string;
  value: string;
}

/**
 * The heading of a meeting's report: its title, else "<body> meeting", else
 * "Minutes" (or "Document" for a text that is not minutes).
 * @param minutes The parsed minutes.
 */
export function meetingTitle(minutes: Minutes): string {
  return minutes.title ?? (minutes.body ? `${minutes.body} meeting` : minutes.kind === 'other' ? 'Document' : 'Minutes');
}

/**
 * The facts a reader looks for first, in a fixed order, leaving out what the
 * minutes do not say.
 * @param minutes The parsed minutes.
 */
export function meetingFacts(minutes: Minutes): MeetingFact[] {
  const facts: MeetingFact[] = [];
  const add = (label: string, value: string | null) => {
    if (value) facts.push({ label, value });
  };
  add('Body', minutes.body);
  add('Date', minutes.date ? formatLongDate(minutes.date) : null);
  add('Time', formatTimeRange(minutes.start, minutes.end));
  add('Venue', minutes.venue);
  add('Status', minutes.status);
  if (minutes.kind === 'other') add('Document', 'not minutes (a report or notice that mentions a meeting)');
  if (!minutes.complete) add('Completeness', 'the text looks cut off');
  return facts;
}

/**
 * The next meeting's facts, or an empty list when the minutes announce none.
 * @param minutes The parsed minutes.
 */
export function nextMeetingFacts(minutes: Minutes): MeetingFact[] {
  const next = minutes.nextMeeting;
  if (!next) return [];
  const facts: MeetingFact[] = [];
  const add = (label: string, value: string | null) => {
    if (value) facts.push({ label, value });
  };
  add('Date', next.date ? formatLongDate(next.date) : null);
  add('Time', formatTimeRange(next.start, next.end));
  add('Venue', next.venue);
  add('Moved from', next.originalDate ? formatLongDate(next.originalDate) : null);
  add('Note', next.note);
  return facts;
}

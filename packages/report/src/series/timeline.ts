import { daysBetween } from './format-date.js';
import type { OrderedSeries } from './meetings.js';

/** What became of a next-meeting date a meeting announced. */
export type AnnouncementOutcome = 'held-as-announced' | 'held-on-another-date' | 'not-in-series' | 'after-series';

export interface TimelineEntry {
  meetingId: string;
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
  /** The next meeting these minutes announce, or null. */
  nextMeeting: {
    date: string | null;
    start: string | null;
    end: string | null;
    venue: string | null;
    /** The date first announced, where the meeting was moved. */
    originalDate: string | null;
    note: string | null;
    outcome: AnnouncementOutcome | null;
    /** The series meeting that followed the announcement, where there is one. */
    heldAs: string | null;
  } | null;
}

export interface Timeline {
  entries: TimelineEntry[];
  /** Meetings announced for one date and held on another, or moved by a note. */
  rescheduled: number;
}

// A following meeting held this close to the announced date is taken to be the
// announced meeting, moved; further away, it is another meeting.
const MOVED_WITHIN_DAYS = 92;

/** Meetings in date order with the next meeting each announced and what became of it. */
export function buildTimeline(series: OrderedSeries): Timeline {
  let rescheduled = 0;
  const entries = series.minutes.map((minutes, index): TimelineEntry => {
    const meeting = series.meetings[index]!;
    const next = minutes.nextMeeting;
    const following = series.meetings[index + 1] ?? null;
    let outcome: AnnouncementOutcome | null = null;
    let heldAs: string | null = null;
    if (next?.date) {
      const gap = following?.date ? daysBetween(next.date, following.date) : null;
      if (following && gap === 0) outcome = 'held-as-announced';
      else if (following && gap !== null && Math.abs(gap) <= MOVED_WITHIN_DAYS) outcome = 'held-on-another-date';
      else outcome = following ? 'not-in-series' : 'after-series';
      if (outcome.startsWith('held')) heldAs = following!.id;
    }
    if (next?.originalDate || outcome === 'held-on-another-date') rescheduled += 1;
    return {
      meetingId: meeting.id,
      date: minutes.date,
      start: minutes.start,
      end: minutes.end,
      venue: minutes.venue,
      nextMeeting: next
        ? { date: next.date, start: next.start, end: next.end, venue: next.venue, originalDate: next.originalDate, note: next.note, outcome, heldAs }
        : null,
    };
  });
  return { entries, rescheduled };
}

import { isDateAlone } from '../dates/date-alone.js';

// "Meeting:   6 March 2019", "Meeting date: 14 August 2024": the meeting's date given as a field under the
// group's name (a static site's page of working-group notes), no title though it says "meeting".
const MEETING_FIELD = /^meeting(?:\s+date)?\s*:\s*/i;

/** The line is a "Meeting:" field whose value is a date alone. */
export function isMeetingDateField(text: string): boolean {
  const m = MEETING_FIELD.exec(text);
  return m !== null && isDateAlone(text.slice(m[0].length).trim());
}

/**
 * "title: 2019-03-06", "title: 2019.05.02": a static site's front matter that titles each page of notes by its date.
 * A date is no title while a line of the text may name the meeting.
 */
export function isDateTitle(title: string | null): boolean {
  return title !== null && isDateAlone(title.trim());
}

import { findDates } from './parse-date.js';
import { type FoundTimes, to24 } from './parse-time.js';

// A line that states a date and nothing else of note: "February 22, 2011 - 2:00pm", "Tuesday, March 7, 2023",
// as the meeting's date line is written under a roster that opens the minutes.
export const WEEKDAY_BEFORE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?$/i;
// "Monday 8th August 2016, 7.30-9.30pm": or the range of clocks the meeting ran over.
const CLOCK_AFTER = /^(?:[,;–—-]\s?)?(?:(?:at\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?(?:[-–—]|to)\s?\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?)?)?$/i;

/** The line is a date with its year written, perhaps a weekday before it and a clock after it. */
export function isDateAlone(text: string): boolean {
  if (text.length > 60) return false;
  const dates = findDates(text);
  if (dates.length !== 1 || dates[0]!.yearInferred) return false;
  const { index, length } = dates[0]!;
  return WEEKDAY_BEFORE.test(text.slice(0, index).trim()) && CLOCK_AFTER.test(text.slice(index + length).trim());
}

// "6 Aug 2019 - 18:00": the 24-hour clock that ends a date line (a committee system's meeting line).
const TRAILING_CLOCK = /(?<![\d.:])(\d{1,2})[.:](\d{2})$/;

// "Date and time 9th May 2016, 10:30", "Date: 4 March 2016, 14:15": a header's date field (colon or not) whose value is the
// date and the 24-hour clock. A capital opens the label ("date: ..." in small letters is a page's metadata).
const DATE_FIELD_LABEL = /^(?:Date|DATE|Meeting\s[Dd]ate|MEETING\sDATE)(?:\s(?:and|&|AND)\s(?:time|Time|TIME))?\s?:?\s/;

/** The clock a date line ends with, where the line is a date and a clock alone (after a date label, perhaps); null otherwise. */
export function clockAfterDate(text: string): FoundTimes | null {
  const m = TRAILING_CLOCK.exec(text);
  if (!m || !isDateAlone(text.replace(DATE_FIELD_LABEL, ''))) return null;
  const start = to24(Number(m[1]), Number(m[2]), undefined);
  return start ? { start, end: null, index: m.index, length: m[0].length } : null;
}

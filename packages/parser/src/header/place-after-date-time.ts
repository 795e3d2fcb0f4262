import { WEEKDAY_BEFORE } from '../dates/date-alone.js';
import { findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';

// "Wednesday 4th June 2025 @ 19:00 in Fernhill Community Centre", "Monday, 3 March 2025 at 10.30 am in Larch Hall": a header
// line opening with the date and the time, then saying where.
const BETWEEN_DATE_AND_TIME = /^[\s,]*(?:at\s?|@\s?)?$/i;
const PLACE_PREPOSITION = /^\s(?:in|at)\s/i;
// ("7:00 PM at the Fruitville Library": the article before a named place is no part of it, as afterDateAndTime reads it.)
const ARTICLE_BEFORE_NAME = /^([Ii]n|[Aa]t)\s[Tt]he\s(?=\p{Lu})/u;

/** The words from "in" or "at" on, after a line's opening date and time ("in Fernhill Community Centre"), or null. */
export function placeAfterDateAndTime(text: string): string | null {
  const date = findDates(text)[0];
  if (!date || !WEEKDAY_BEFORE.test(text.slice(0, date.index).trim())) return null;
  const afterDate = date.index + date.length;
  const time = findTimes(text.slice(afterDate));
  if (!time || !BETWEEN_DATE_AND_TIME.test(text.slice(afterDate, afterDate + time.index))) return null;
  const rest = text.slice(afterDate + time.index + time.length);
  return PLACE_PREPOSITION.test(rest) ? rest.trim().replace(ARTICLE_BEFORE_NAME, '$1 ') : null;
}

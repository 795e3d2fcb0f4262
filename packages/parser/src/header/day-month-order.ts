import { findDates } from '../dates/parse-date.js';
import { writesAmerican } from '../text/american-writing.js';

// "11/07/2024": day and month both twelve or under, so either may come first (the reading takes the day first).
const EITHER_ORDER = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})$/;
// "2024/11/07", "2024-11-07": the year first, then the month, as recordings' and files' stamps write dates.
const YEAR_FIRST = /^(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}$/;
// "December 7, 2009", "7th Dec 2009": a date with its month in words, which has no order to doubt.
const MONTH_IN_WORDS = /[A-Za-z]{3}/;
// Only the head's dates in words count: later ones name other days (the next meeting, a deadline).
const HEAD_CHARS = 800;
// "8/25/19", "25/8/19": numeric dates anywhere in the text, whose order shows when one number passes twelve.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])/g;

/** The order the writer's other numeric dates show: 'month-first' where some put a number over twelve second and none first. */
function writtenOrder(text: string): 'month-first' | 'day-first' | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first >= 1 && first <= 12 && second > 12 && second <= 31) monthFirst = true;
    if (second >= 1 && second <= 12 && first > 12 && first <= 31) dayFirst = true;
  }
  if (monthFirst === dayFirst) return null;
  return monthFirst ? 'month-first' : 'day-first';
}

/**
 * The meeting's date read day first from "11/07/2024" (11 July), where the minutes also stamp the meeting
 * "2024/11/07" year first and never "2024/07/11": the writer put the month first, so the date is 7 November.
 * Likewise where the writer's other numeric dates put the month first ("7/12/19" beside "8/25/19": 12 July),
 * or where the minutes write the swapped date with its month in words ("12.07.09" above "December 7, 2009")
 * and never the date as read.
 * With no such evidence, the month comes first in minutes written the American way ("organized", "Board of Supervisors").
 * Otherwise the date as read.
 */
export function settleDayMonthOrder(date: string, text: string): string {
  const swapped = `${date.slice(0, 4)}-${date.slice(8, 10)}-${date.slice(5, 7)}`;
  if (swapped === date || Number(date.slice(8, 10)) > 12) return date;
  let readDayFirst = false;
  let stampedSwapped = false;
  for (const found of findDates(text)) {
    const written = text.slice(found.index, found.index + found.length);
    if (YEAR_FIRST.test(written) || (found.index < HEAD_CHARS && MONTH_IN_WORDS.test(written))) {
      if (found.iso === date) return date;
      stampedSwapped ||= found.iso === swapped;
    } else if (found.iso === date && EITHER_ORDER.test(written)) {
      readDayFirst = true;
    }
  }
  if (!readDayFirst) return date;
  const order = writtenOrder(text);
  // (With no date to show the order, an American text's "9/07/08" is 7 September.)
  return stampedSwapped || order === 'month-first' || (order === null && writesAmerican(text)) ? swapped : date;
}

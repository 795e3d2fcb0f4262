import { findDates } from '../dates/parse-date.js';

// "11/07/2024": day and month both twelve or under, so either may come first (the reading takes the day first).
const EITHER_ORDER = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})$/;
// "2024/11/07", "2024-11-07": the year first, then the month, as recordings' and files' stamps write dates.
const YEAR_FIRST = /^(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}$/;
// "8/25/19", "25/8/19": numeric dates anywhere in the text, whose order shows when one number passes twelve.
// "March 5, 1997", "5th Mar 1997": a date that names its month, so that its day and month cannot be read the other way round.
const MONTH_NAMED = /\p{L}{3}/u;
const NUMBERS_SLASHED = /\d[/.-]\d/;
const namesMonth = (written: string): boolean => MONTH_NAMED.test(written) && !NUMBERS_SLASHED.test(written);
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
 * Likewise where the minutes write the date out with its month's name ("03/05/1997" over "DATE: March 5, 1997": 5 March),
 * or where the writer's other numeric dates put the month first ("7/12/19" beside "8/25/19": 12 July).
 * Otherwise the date as read.
 */
export function settleDayMonthOrder(date: string, text: string): string {
  const swapped = `${date.slice(0, 4)}-${date.slice(8, 10)}-${date.slice(5, 7)}`;
  if (swapped === date || Number(date.slice(8, 10)) > 12) return date;
  let readDayFirst = false;
  let stampedSwapped = false;
  for (const found of findDates(text)) {
    const written = text.slice(found.index, found.index + found.length);
    // ("DATE: March 5, 1997" under "Minutes 03/05/1997": a date written with its month's name settles the order as a stamp does.)
    if (YEAR_FIRST.test(written) || namesMonth(written)) {
      if (found.iso === date) return date;
      stampedSwapped ||= found.iso === swapped;
    } else if (found.iso === date && EITHER_ORDER.test(written)) {
      readDayFirst = true;
    }
  }
  if (!readDayFirst) return date;
  return stampedSwapped || writtenOrder(text) === 'month-first' ? swapped : date;
}

import { findDates } from '../dates/parse-date.js';

// "11/07/2024": day and month both twelve or under, so either may come first (the reading takes the day first).
const EITHER_ORDER = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})$/;
// "2024/11/07", "2024-11-07": the year first, then the month, as recordings' and files' stamps write dates.
const YEAR_FIRST = /^(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}$/;

/**
 * The meeting's date read day first from "11/07/2024" (11 July), where the minutes also stamp the meeting
 * "2024/11/07" year first and never "2024/07/11": the writer put the month first, so the date is 7 November.
 * Otherwise the date as read.
 */
export function settleDayMonthOrder(date: string, text: string): string {
  const swapped = `${date.slice(0, 4)}-${date.slice(8, 10)}-${date.slice(5, 7)}`;
  if (swapped === date || Number(date.slice(8, 10)) > 12) return date;
  let readDayFirst = false;
  let stampedSwapped = false;
  for (const found of findDates(text)) {
    const written = text.slice(found.index, found.index + found.length);
    if (YEAR_FIRST.test(written)) {
      if (found.iso === date) return date;
      stampedSwapped ||= found.iso === swapped;
    } else if (found.iso === date && EITHER_ORDER.test(written)) {
      readDayFirst = true;
    }
  }
  return readDayFirst && (stampedSwapped || writesMonthFirst(text)) ? swapped : date;
}

// "01/28/08", "6-15-2024": a date of figures whose second number is past twelve, so the month came first.
// (Stops part version numbers as often as dates: "1.13.10" is no evidence.)
const FIGURE_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/g;

/**
 * "SUMMARY OF FACULTY SENATE MEETING 02/11/08" with "the minutes of the 01/28/08 meeting" below: the minutes write
 * dates month first (28 is no month), and none day first (a first number past twelve), so "02/11/08" is 11 February.
 */
function writesMonthFirst(text: string): boolean {
  let monthFirst = false;
  for (const m of text.matchAll(FIGURE_DATE)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) return false;
    if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true;
  }
  return monthFirst;
}

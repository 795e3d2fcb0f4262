import { findDates } from '../dates/parse-date.js';

// The days of the week by their stems, Sunday first (as getUTCDay counts them).
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
// "Wednesday 30th April": the day of the week written before a date that gives no year, or opening the date's match.
const WEEKDAY_ENDING = new RegExp(`\\b(${WEEKDAYS.join('|')})day,?\\s*$`, 'i');
const WEEKDAY_FIRST = new RegExp(`^(${WEEKDAYS.join('|')})day\\b`, 'i');
// "2014 April EGM Minutes": a year standing alone in the head (a date's own year is read with its date).
const LONE_YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])/g;
// The head's first lines: the title, the date line, the roster's label.
const HEAD_LINES = 8;

/**
 * "2014 April EGM Minutes" over "Wednesday 30th April 7:30 – 9:00pm": a date without its year, dated by a year the head
 * names elsewhere, where that year puts the day on the weekday written before it (30 April 2014 was a Wednesday).
 * Null where no year of the head does so, or where more than one does.
 */
export function weekdayYearDate(content: readonly { text: string }[]): string | null {
  const head = content.slice(0, HEAD_LINES);
  const years = new Set<number>();
  for (const line of head) for (const m of line.text.matchAll(LONE_YEAR)) years.add(Number(m[0]));
  const found = new Set<string>();
  for (const year of years) {
    for (const line of head) {
      for (const d of findDates(line.text, year)) {
        if (!d.yearInferred) continue;
        // (The date's match may open with the weekday, or the weekday stand just before it.)
        const written = WEEKDAY_FIRST.exec(line.text.slice(d.index, d.index + d.length)) ?? WEEKDAY_ENDING.exec(line.text.slice(Math.max(0, d.index - 12), d.index));
        if (written && WEEKDAYS.indexOf(written[1]!.toLowerCase()) === new Date(`${d.iso}T00:00:00Z`).getUTCDay()) found.add(d.iso);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

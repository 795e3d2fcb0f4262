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
 * Where no year of the head does, the years the rest of the header and `below` (the minutes' other lines) name ("TUESDAY 31ST JULY" over minutes that approve
 * those of "20th March 2018"). Null where no year does so, or where more than one does.
 */
export function weekdayYearDate(content: readonly { text: string }[], below: readonly { text: string }[] = []): string | null {
  const head = content.slice(0, HEAD_LINES);
  const inHead = datesOnWeekday(head, yearsIn(head));
  const found = inHead.size > 0 ? inHead : datesOnWeekday(head, yearsIn([...content.slice(HEAD_LINES), ...below]));
  return found.size === 1 ? [...found][0]! : null;
}

/** The years `lines` name standing alone. */
function yearsIn(lines: readonly { text: string }[]): Set<number> {
  const years = new Set<number>();
  for (const line of lines) if (line.text.includes('19') || line.text.includes('20')) for (const m of line.text.matchAll(LONE_YEAR)) years.add(Number(m[0]));
  return years;
}

/** The dates of the head written without a year that one of `years` puts on the weekday written with them. */
function datesOnWeekday(head: readonly { text: string }[], years: Set<number>): Set<string> {
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
  return found;
}

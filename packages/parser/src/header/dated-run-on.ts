import { findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';
import { isUpperAt } from '../text/clean.js';

// "... Minutes – Executive Meeting No. 4 Wednesday 31 October 2018 Brimbank City Council, 301 Hampshire Rd, Sunshine":
// a PDF's heading block flattened onto one line, the title, the day and date, then the place, with no word to link them
// ("held on", "at") as a title that says when and where would have.
const WEEKDAY_LAST = /(?:^|\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$/i;
const LINKING_LAST = /(?:^|\s)(?:on|of|held|for|dated|at|from|the|and|in)$|[,:;–—-]$/i;
// A place is a few words: more, or the words of a heading, are the page's next lines run on.
const MAX_PLACE = 80;
const NOT_PLACE = /\b(?:minutes|meeting|agenda|present|apologies|attendees)\b/i;

/** The title and the place of such a line; null where the line does not read so. */
export function splitDatedRunOn(line: string, namesPlace: (text: string) => boolean): { title: string; place: string } | null {
  const dates = findDates(line);
  if (dates.length !== 1 || dates[0]!.index === 0) return null;
  const date = dates[0]!;
  const before = line.slice(0, date.index).trimEnd();
  const weekday = WEEKDAY_LAST.exec(before);
  if (!weekday) return null;
  const title = before.slice(0, weekday.index).trim();
  const place = line.slice(date.index + date.length).trim();
  if (!title.includes(' ') || LINKING_LAST.test(title)) return null;
  if (place.length > MAX_PLACE || NOT_PLACE.test(place)) return null;
  return isUpperAt(place, 0) && findTimes(place) === null && namesPlace(place) ? { title, place } : null;
}

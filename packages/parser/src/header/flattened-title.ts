import { findDates } from '../dates/parse-date.js';
import { trimEndOf } from '../text/clean.js';

// A page flattened into one paragraph gives its whole first page as the title line: "MINUTES OF THE PLANNING AND ZONING
// COMMISSION FOR WEDNESDAY, APRIL 23, 1997 CALL TO ORDER The meeting was called to order ...". The title ends with its
// date, or before the first heading in capitals that follows words in lower case ("... Meeting Minutes MEETING CALLED TO
// ORDER The meeting ...").

// A title longer than this is a flattened page, not a title.
const FLATTENED = 200;

const isCapitalsWord = (word: string) => word.length >= 2 && /^\p{Lu}+$/u.test(word);

/** Where the first run of two words in capitals after a word in lower case starts, or -1. */
function capitalsHeadingAt(text: string): number {
  let lowerBefore = false;
  let at = 0;
  const words = text.split(' ');
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (lowerBefore && isCapitalsWord(word) && isCapitalsWord(words[k + 1] ?? '')) return at;
    lowerBefore = /\p{Ll}/u.test(word);
    at += word.length + 1;
  }
  return -1;
}

/** The title a flattened page's first line opens with; a title of ordinary length as it is. */
export function withoutFlattenedRun(title: string): string {
  if (title.length <= FLATTENED) return title;
  const date = findDates(title.slice(0, FLATTENED)).find((d) => d.index > 0);
  const ends = [date ? date.index + date.length : -1, capitalsHeadingAt(title.slice(0, FLATTENED))].filter((at) => at > 0);
  if (ends.length === 0) return title;
  const cut = trimEndOf(title.slice(0, Math.min(...ends)), ',;:–-').trim();
  return cut.includes(' ') ? cut : title;
}

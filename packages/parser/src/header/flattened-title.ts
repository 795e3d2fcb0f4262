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

// "ࡱ> #` Abjbjmm .9 *g*g*g*g$Ngd3h ~oii~o~o YORK HOUSING ASSOCIATION MINUTES of ...": an old Word file read as text opens
// with its binary header, tokens of symbols and digits among letters, before the page's first words.
const WORD_TOKEN = /^[\p{L}'’-]+[.,;:]?$/u;
// Fewer tokens than this before the heading are too few to call the run binary.
const LEAST_BINARY_TOKENS = 4;

/** A run of text of which fewer than half the tokens are words: a binary file's bytes, no title. */
function isBinaryRun(text: string): boolean {
  const tokens = text.split(' ').filter((t) => t !== '');
  return tokens.length >= LEAST_BINARY_TOKENS && tokens.filter((t) => WORD_TOKEN.test(t)).length * 2 < tokens.length;
}

/** The title a flattened page's first line opens with; a title of ordinary length as it is. */
export function withoutFlattenedRun(title: string): string {
  if (title.length <= FLATTENED) return title;
  const heading = capitalsHeadingAt(title.slice(0, FLATTENED));
  // After a binary header the page starts at the heading in capitals, and the header shows the page flattened, however long.
  return heading > 0 && isBinaryRun(title.slice(0, heading)) ? cutAtDateOrHeading(title.slice(heading)) : cutAtDateOrHeading(title);
}

/** A flattened page's first line up to the end of its date or the next heading in capitals, where either comes. */
function cutAtDateOrHeading(title: string): string {
  const date = findDates(title.slice(0, FLATTENED)).find((d) => d.index > 0);
  const ends = [date ? date.index + date.length : -1, capitalsHeadingAt(title.slice(0, FLATTENED))].filter((at) => at > 0);
  if (ends.length === 0) return title;
  const cut = trimEndOf(title.slice(0, Math.min(...ends)), ',;:–-').trim();
  return cut.includes(' ') ? cut : title;
}

import type { Line } from '../scan/scan-lines.js';
import { type ItemHeading, readItemHeading, numberedTextAfterBullet } from './headings.js';
import { startsWithPlainNumber } from './irregular-numbers.js';

// How far ahead the heading that confirms a number is looked for: an item's text is rarely longer.
const LOOKAHEAD = 120;

/**
 * A plain numbered line the walk turned down because its number is not the next one or its
 * text is a sentence, read as an item when the numbering goes on from it: the next numbered line
 * that is a heading of its own carries the number after it. "1. Apologies ..." then an unnumbered
 * declarations line, then "4. Matters arising", "5. Reports": the minutes skipped numbers the
 * agenda had. "3. The minutes of the last meeting were agreed." between "2." and "4. Matters
 * arising": a numbered sentence in the run of items is one of them.
 */
export function readConfirmedNumber(content: Line[], at: number, last: number): ItemHeading | null {
  const line = withoutNumberBullet(content[at]!);
  if (!startsWithCount(line.text)) return null;
  const n = Number.parseInt(line.text, 10);
  if (n <= last || n > last + 3) return null;
  // The walk has read the next number plainly and found no heading: only the relaxed reading is left for it.
  const heading = n === last + 1 ? readItemHeading(line, last, true) : readItemHeading(line, n - 1);
  if (!heading) return null;
  return confirmedBy(content, at, n) ? heading : null;
}

// "• 3)  Treasurer's Report £7838 in hand.": a web page's bullet before each item's number; the number counts as a plain one.
function withoutNumberBullet(line: Line): Line {
  const text = numberedTextAfterBullet(line.text);
  return text === null ? line : { ...line, text };
}

// "08/20 To approve ...": a minute number, the running count before the year, skips numbers as a plain one does.
const COUNT_YEAR_FIRST = /^\d{1,3}\/\d{2}\s+\S/;

const startsWithCount = (text: string): boolean => startsWithPlainNumber(text) || COUNT_YEAR_FIRST.test(text);

/** The first later numbered line that starts a heading is numbered `n + 1`. */
function confirmedBy(content: Line[], at: number, n: number): boolean {
  const end = Math.min(content.length, at + LOOKAHEAD);
  for (let k = at + 1; k < end; k++) {
    const line = content[k]!;
    if (line.blank || line.code) continue;
    const later = withoutNumberBullet(line);
    if (!startsWithCount(later.text)) continue;
    const m = Number.parseInt(later.text, 10);
    if (m === n + 1 && readItemHeading(later, n) !== null) return true;
    // A list's own "1.", "2." inside the item: look past it; any other number ends the search.
    if (m > n + 1 || (m === n && readItemHeading(later, n - 1) !== null)) return false;
  }
  return false;
}

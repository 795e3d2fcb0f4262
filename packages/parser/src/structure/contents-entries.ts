import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { isDigitAt } from '../text/clean.js';

// "49 Welcome, Introductions and Apologies ...... 3": a Word table of contents' entry, its dot leader and page number.
// (Three dots at least, or two ellipsis characters; the page a number of one to three digits standing alone.)
const MIN_DOTS = 3;
const MIN_ELLIPSES = 2;
const MAX_PAGE_DIGITS = 3;
// Two entries at least, on one line or on lines in a row: one leader may be a form's blank ("Signed ...... 2").
const MIN_ENTRIES = 2;

/**
 * Where each entry of `text` ends and its leader starts, and where the leader's page number ends. (A scan, not a global
 * pattern: a pattern tried at every dot of a long run of dots would take time as the run's square.)
 */
function leadersOf(text: string): { from: number; to: number }[] {
  if (!text.includes('...') && !text.includes('……')) return [];
  const found: { from: number; to: number }[] = [];
  let k = 0;
  while (k < text.length) {
    const mark = text[k];
    if (mark !== '.' && mark !== '…') {
      k++;
      continue;
    }
    const runFrom = k;
    while (k < text.length && text[k] === mark) k++;
    if (k - runFrom < (mark === '.' ? MIN_DOTS : MIN_ELLIPSES)) continue;
    let page = k;
    while (page < text.length && text[page] === ' ') page++;
    const digitsFrom = page;
    while (page < text.length && isDigitAt(text, page)) page++;
    const digits = page - digitsFrom;
    if (digits === 0 || digits > MAX_PAGE_DIGITS || (page < text.length && text[page] !== ' ')) continue;
    found.push({ from: runFrom > 0 && text[runFrom - 1] === ' ' ? runFrom - 1 : runFrom, to: page });
    k = page;
  }
  return found;
}

// "63 ...... 6": an entry with its number only, its title lost.
const NUMBER_ONLY = /^\d{1,3}(?:\.\d{1,2})?\.?$/;

/** The entry between `from` and `to` as a line of its own, unless it holds no title. */
function pushEntry(out: Line[], line: Line, from: number, to: number): void {
  const text = line.text.slice(from, to).trim();
  if (text && !NUMBER_ONLY.test(text)) out.push(partOf(line, from, to));
}

/**
 * A table of contents, its entries one a line or run into one line as a PDF's text flattens them: each entry on a line
 * of its own without its leader and page number, so that "49 Welcome ..." reads as the agenda's entry it is.
 */
export function splitContentsEntries(content: Line[]): Line[] {
  const leaders = content.map((line) => (line.blank || line.code ? [] : leadersOf(line.text)));
  const inRun = (k: number): boolean => leaders[k]!.length >= MIN_ENTRIES || (leaders[k]!.length > 0 && (leaders[k - 1]?.length ?? 0) + (leaders[k + 1]?.length ?? 0) > 0);
  if (!leaders.some((found, k) => found.length > 0 && inRun(k))) return content;
  const out: Line[] = [];
  content.forEach((line, k) => {
    const found = leaders[k]!;
    if (found.length === 0 || !inRun(k)) {
      out.push(line);
      return;
    }
    let from = 0;
    for (const leader of found) {
      pushEntry(out, line, from, leader.from);
      from = leader.to;
    }
    pushEntry(out, line, from, line.text.length);
  });
  return out;
}

import type { Context } from '../context.js';
import { isDigitAt } from '../text/clean.js';
import type { Line } from '../scan/scan-lines.js';
import { listIn } from '../map-lists.js';
import { findDates } from '../dates/parse-date.js';
import { isDateAlone } from '../dates/date-alone.js';

// Page furniture: running headers, page numbers and link residue that PDF and web exports repeat on every page.

// ("Loading...": a document repository's page while it loads; "Return to Minutes Menu", "Back to top": a web page's links.)
// ("Page | 3", "3 | Page": Word's own page-number footers, the bar between the word and the number.)
const FURNITURE = /^(?:loading(?:\.\.\.|…)|(?:return|back)\sto\s(?:[a-z]+\s){0,3}(?:menu|page|list|index|top|home)|page\s+\d+(?:\s+of\s+\d+|\s+\(\d{4}\))?|page\s?\|\s?\d+|\d+\s?\|\s?page|\d+\s*\/\s*\d+|-\s*\d+\s*-|\*?end\*?|pdf icon.*|\[?pdf\]?\s+\d+\s*kb|continued|cont(?:'|’)?d\.?)$/i;

/** "39/20" can be no page of 20: a minute's count and year ("39/20" alone above its title), not a page number. */
function isMinuteCount(text: string): boolean {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  return m !== null && Number(m[1]) > Number(m[2]);
}

/** Lines that repeat as page headers ("MAYOR OF LONDON"), page numbers and link residue. */
export function findFurniture(lines: Line[], ctx: Context): Set<number> {
  const counts = new Map<string, Line[]>();
  // Where pdftotext started a new page ("\f" before its first line).
  const pageStarts: number[] = [];
  lines.forEach((l, k) => {
    if (l.raw.charCodeAt(0) === 12) pageStarts.push(k);
    if (l.blank || l.text.length > 50) return;
    listIn(counts, l.text.toLowerCase()).push(l);
  });
  const out = new Set<number>();
  // "                3" / "\fNext page ...": the number alone at a page's foot is the page's number.
  for (const k of pageStarts) {
    let j = k - 1;
    while (j > 0 && j >= k - 3 && lines[j]!.blank) j--;
    if (j >= 0 && /^\d{1,3}$/.test(lines[j]!.text)) out.add(lines[j]!.index);
  }
  const first = firstPageNumber(lines);
  if (first !== null) out.add(first);
  let at: Map<number, number> | undefined;
  const positions = () => (at ??= new Map(lines.map((l, k) => [l.index, k])));
  for (const [, list] of counts) {
    const sample = list[0]!;
    let numbers: number[] | undefined;
    const pageNumbers = () => (numbers ??= pageNumbersBeside(lines, list, positions()));
    // A running header repeats on every page: a title heading, or several capitalised words ("MAYOR OF LONDON").
    // A sub-heading that repeats ("### harbour/core" under the review and again under the agenda) is the notes' structure.
    const shout = () => /^[\p{Lu}\d\s&'’.,-]+$/u.test(sample.text) && sample.text.trim().split(/\s+/).length >= 2;
    const spread = list.length >= 2 && list[list.length - 1]!.index - list[0]!.index > 10;
    // "LSMP minutes – draft" on every page: a line of three words or more naming the minutes repeats only as a header.
    // (On three pages, or beside a page's number: a line that merely comes twice is the minutes' own.)
    const namesMinutes = () =>
      /^\p{L}/u.test(sample.text) && !/[.!?:;,]$/.test(sample.text) && sample.heading === 0 && RUNNING_HEADER.test(sample.text) && sample.text.trim().split(/\s+/).length >= 3 &&
      (list.length >= 3 || pageNumbers().length > 0);
    const repeatedHeader = spread && (sample.heading === 1 || shout() || namesMinutes()) && /\p{L}{3}/u.test(sample.text);
    if (repeatedHeader || (FURNITURE.test(sample.text) && !isMinuteCount(sample.text))) {
      // A header naming the minutes stays where it first stands: there it may be the title.
      // ("20 FEBRUARY 2014" over the minutes, "20 February 2014" at each page's foot: the first is the meeting's date line.)
      // (Not a pack's date over minutes that date their meeting otherwise: "1 APRIL 2014" / "Committee Meeting - 28 February 2014".)
      const datesMeeting = () => isDateAlone(sample.text) && !otherDateBelow(lines, positions().get(sample.index)!, sample.text);
      const keepFirst = repeatedHeader && sample.heading !== 1 && (!shout() || datesMeeting());
      for (const l of list) if (!(keepFirst && l === sample)) out.add(l.index);
      ctx.report('LSMP1002', ctx.lineSpan(sample), { actual: sample.text });
    }
    if (repeatedHeader) for (const number of pageNumbers()) out.add(number);
  }
  if (out.size > 0) addRunningHeaders(lines, out, ctx);
  return out;
}

// The lines under a date line read for another date.
const DATE_REACH = 6;

/** A line of the few under `k` gives a date other than `text`'s. */
function otherDateBelow(lines: Line[], k: number, text: string): boolean {
  const own = findDates(text)[0]?.iso;
  let seen = 0;
  for (let j = k + 1; j < lines.length && seen < DATE_REACH; j++) {
    if (lines[j]!.blank) continue;
    seen++;
    if (findDates(lines[j]!.text).some((d) => d.iso !== own)) return true;
  }
  return false;
}

const ITEM_ONE = /^1(?:[.)]\s|[.)]?$|\s+\p{L})/u;

/**
 * "1" alone, the document's first line, over "19 November, 2014 – Ordinary Meeting of Council – Minutes": the first page's
 * number above a dated line naming the minutes, not an item numbered 1 (an item's number has its stop, or a title of its own).
 */
function firstPageNumber(lines: Line[]): number | null {
  const content = lines.filter((l) => !l.blank);
  const [number, next] = content;
  if (!number || !next || !/^\d{1,3}$/.test(number.text) || next.index > number.index + 3) return null;
  // ("1" / "Minutes of the previous meeting held on 4 May": the first item's own title is of another meeting.)
  if (!RUNNING_HEADER.test(next.text) || OTHER_MEETING_MINUTES.test(next.text) || findDates(next.text).length === 0) return null;
  // ("1" / "Minutes of the meeting held on 4 May" / "2" / "Budget": the items may start with the minutes' approval, unless an item 1 follows,
  // or the sentence under the line says the meeting was held on its date: then the line is the minutes' own title.)
  return number.text !== '1' || content.slice(2, FIRST_PAGE_REACH).some((l) => ITEM_ONE.test(l.text)) || opensOnTitleDate(next.text, content[2]?.text) ? number.index : null;
}

/**
 * "MINUTES OF THE MEETING OF GENERAL COUNCIL HELD ON THURSDAY, MAY 11, 2017" / "The monthly meeting of the Corporation was held on
 * Thursday, May 11, 2017 ...": the opening sentence says the meeting was held on the date of the line above it.
 */
function opensOnTitleDate(line: string, sentence: string | undefined): boolean {
  if (!sentence || !saysMeetingHeld(sentence) || RUNNING_HEADER.test(sentence)) return false;
  const stated = findDates(sentence)[0];
  return stated !== undefined && findDates(line).some((d) => d.iso === stated.iso);
}
// How far after "meeting" its "was held" may stand ("The monthly meeting of the St. Mary Corporation was held on ...").
const HELD_REACH = 100;
/** "The monthly meeting of ... was held on": a sentence saying a meeting was held. */
function saysMeetingHeld(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const at = lower.indexOf('meeting');
  const tail = at === -1 ? '' : lower.slice(at, at + HELD_REACH);
  return tail.includes(' was held') || tail.includes(' were held');
}
const OTHER_MEETING_MINUTES = /\b(?:previous|last|prior|earlier)\b|^(?:to\s|approv|confirm|adopt|receiv|accept|sign)/i;
// The lines after the first page's number searched for the minutes' own item 1.
const FIRST_PAGE_REACH = 80;

/**
 * "2" alone just above or below a running header: the page's number, not an item's. `at`: where each line stands in `lines`.
 * ("56" / "DPP 17.08.2004" / "2" / "Apologies": with a number on both sides, the one above is the last page's foot and the
 * one below the number of the item the new page opens with.)
 */
function pageNumbersBeside(lines: Line[], headers: Line[], at: Map<number, number>): number[] {
  const numbers: number[] = [];
  for (const header of headers) {
    const k = at.get(header.index)!;
    const [above, below] = [-1, 1].map((step) => {
      let j = k + step;
      while (j >= 0 && j < lines.length && Math.abs(j - k) <= 2 && lines[j]!.blank) j += step;
      const near = lines[j];
      return near && !near.blank && Math.abs(j - k) <= 2 && /^\d{1,3}$/.test(near.text) ? near : null;
    });
    if (above) numbers.push(above.index);
    else if (below) numbers.push(below.index);
  }
  return numbers;
}

const RUNNING_HEADER = /\b(?:minutes|notes)\b/i;

// "Page 2 of 4", "Page 3": a page's number past the first (before the first page's, the title may follow).
const LATER_PAGE = /^page\s+(?:[2-9]|\d{2,3})(?:\s+of\s+\d+)?$/i;
const FIRST_PAGE = /^page\s+1(?:\s+of\s+\d+)?$/i;

/**
 * "Page 2 of 4", then "LSMP minutes 11 October 2012": a short line naming the minutes right after a
 * later page's number is that page's running header, also when it does not repeat word for word.
 */
function addRunningHeaders(lines: Line[], furniture: Set<number>, ctx: Context): void {
  const headers = new Set<string>();
  // The first page's number counts too when the line after it is a header found after a later page's ("Page 1 of 6" as a footer).
  for (const later of [true, false]) {
    for (let k = 0; k < lines.length; k++) {
      const mark = lines[k]!;
      if (!furniture.has(mark.index) || !(later ? LATER_PAGE.test(mark.text) : FIRST_PAGE.test(mark.text))) continue;
      let next = k + 1;
      while (next < lines.length && next <= k + 2 && lines[next]!.blank) next++;
      const header = lines[next];
      if (!header || header.blank || furniture.has(header.index) || header.text.length > 60 || header.heading > 0) continue;
      if (later ? !RUNNING_HEADER.test(header.text) || isDigitAt(header.text, 0) || /[.!?:]$/.test(header.text) : !headers.has(header.text.toLowerCase())) continue;
      furniture.add(header.index);
      headers.add(header.text.toLowerCase());
      ctx.report('LSMP1002', ctx.lineSpan(header), { actual: header.text });
    }
    if (headers.size === 0) return;
  }
}

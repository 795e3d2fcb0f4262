import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { romanValue, runningCount } from '../agenda/headings.js';
import { isSpaceCode } from '../text/clean.js';
import { looksLikePersonName } from '../text/names.js';

// " 4. MEMBERS’ DECLARATION OF INTERESTS ...", " 8. Transport": a number and a capitalised title, inside a line.
const INNER_NUMBER = /\s(\d{1,2})\.\s(?=\p{Lu})/gu;
// "7\\. Odour": a markdown export escapes the number's stop.
const LINE_NUMBER = /^(\d{1,2})\\?[.)]\s/;
// "... (Standing Order 3d) Item 16/10/6/17. To consider ...", "... be late. Item 1/13: Minutes": a heading that names itself an item, inside a line.
// ("... were approved (7-0). AGENDA ITEM NO. 5: Presentation ...": the label may name the agenda and say "No." before the number.)
const INNER_ITEM = /\s(?:(?:Agenda|AGENDA)\s)?(?:Item|ITEM)\s(?:(?:No|NO)\.\s?)?(\d{1,4}(?:\/\d{1,4}){0,4})[.:]?\s(?=\p{Lu})/gu;
// "Item 16/10/6/16. Parish Matters", "Item 7: Budget": the count a line that opens with a labelled number gives.
const LINE_ITEM = /^(?:agenda\s)?Item\s(?:no\.\s?)?(\d{1,4}(?:\/\d{1,4}){0,4})[.:]?\s/i;
const MIN_RUN_AFTER_WORD = 3;
// " 03/20 To receive ...": a minute number (the count, then the year) inside a line.
const INNER_COUNT_YEAR = /\s(\d{1,3})\/(\d{2})\s(?=\p{Lu})/gu;
// "30/17 Apologies for absence ...": a line that opens with a minute number, the count then the year.
const LINE_COUNT_YEAR = /^(\d{1,3})\/(\d{2})\s/;
// " II. ROLL CALL", " IV. 5:20—OLD BUSINESS": a Roman number inside a flattened paragraph, a heading or its time after it.
const INNER_ROMAN = /\s([IVX]{1,5})\.\s(?=\p{Lu}|\d)/gu;
// A whole document flattened into one paragraph: its numbers are read as a chain only in a line this long.
const FLATTENED_LINE = 1000;
// The numbers a chain needs, each the next after the one before.
const MIN_CHAIN = 3;
// Minute numbers run on through the year and skip the numbers of business taken elsewhere.
const MAX_MINUTE_GAP = 3;

const TITLE_WINDOW = 200;
// A list's label in the text before the first item: the opening's lists, flattened into the same paragraph.
const LISTS_BEFORE = /\b(?:Present|Members|Apologies|In Attendance|Attendees|Secretariat)\s?:/;
const LISTS_REACH = 1500;
const LABELLED_ITEM = /\bItem\s\d{1,2}\s?:/;
// " AGENDA ITEM ", " ITEM ": an item's label in capitals, as a heading is written.
const CAPITALS_ITEM_LABEL = /^\s(?:AGENDA\s)?ITEM\s/;
// "1. The Chair welcomed ...": a numbered paragraph opens as a sentence does, a heading seldom.
const SENTENCE_OPENER = /^(?:The|This|It|He|She|They|We|There)\s/;
// "... 1. That the budget ... 2. That ...": a resolution's numbered clauses, no items.
const CLAUSE_OPENER = /^(?:That|To\s(?:note|agree|approve|receive))\s/;
// The mean distance between a chain's numbers, in characters, that items with bodies keep: a list run into a sentence
// ("1. Link Street, Burger King 2. Sidewalk Grant 3. Flood Study") keeps less.
const ITEM_SPACING = 60;

/** The last character other than white space in text[from, to), or '' when there is none. */
function lastCharBefore(text: string, from: number, to: number): string {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= from ? text.charAt(k) : '';
}

/** A few words with no stop or comma, alone after the number to the end of the line. */
const endsWithShortHeading = (tail: string) => tail.length <= 40 && tail.split(' ').length <= 4 && !/[.,;:!?]/.test(tail);

/** The number of words in capitals (two letters or more) at the start of `text`. */
function capitalsRun(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) {
    const word = w.replace(/:$/, '');
    if (!/^\p{Lu}[\p{Lu}'’&-]+$/u.test(word) && !/^(?:OF|TO|&)$/.test(word)) break;
    n++;
    if (w.endsWith(':')) break;
  }
  return n;
}

/**
 * Minutes typed as one paragraph per item sometimes run the next item on in the same
 * paragraph ("... accepted by all. 4. MEMBERS’ DECLARATION OF INTERESTS There were none."):
 * the line is cut before such a number when a sentence or a bracket ends before it and the
 * title is in capitals or the number is the next after the last line's (a word may end before
 * a title of three capitalised words or more), so that the heading starts a line of its own.
 * A heading labelled "Item" is cut off after a sentence or a bracket when its count is the next.
 */
export function splitMidLineItems(content: Line[]): Line[] {
  // `search` starts at 0 and leaves the global patterns' lastIndex alone, as `test` would not.
  // Minutes numbered "30/17", "31/17": the next such number may run on inside a line of any length.
  const byMinute = content.some((l) => !l.blank && !l.code && LINE_COUNT_YEAR.test(l.text));
  const inner = (text: string) =>
    text.search(INNER_NUMBER) !== -1 ||
    ((text.includes('Item ') || text.includes('ITEM ')) && text.search(INNER_ITEM) !== -1) ||
    ((text.length >= FLATTENED_LINE || byMinute) && text.includes('/') && text.search(INNER_COUNT_YEAR) !== -1) ||
    (text.length >= FLATTENED_LINE && text.includes('I. ') && text.search(INNER_ROMAN) !== -1);
  if (!content.some((l) => !l.blank && !l.code && inner(l.text))) return content;
  const out: Line[] = [];
  // The count the last line that starts with a number gave: the next number may run on inside a line in any case.
  let lastNumber = 0;
  // The year of the last minute number a line opened with ("17" of "30/17").
  let minuteYear: string | null = null;
  for (const line of content) {
    if (line.blank || line.code) {
      out.push(line);
      continue;
    }
    const minute = LINE_COUNT_YEAR.exec(line.text);
    const opening = LINE_NUMBER.exec(line.text) ?? LINE_ITEM.exec(line.text) ?? minute;
    if (opening) lastNumber = runningCount(opening === minute ? `${minute[1]}/${minute[2]}` : opening[1]!);
    if (minute) minuteYear = minute[2]!;
    let from = 0;
    const found = innerNumbers(line.text, minuteYear);
    const chain = line.text.length >= FLATTENED_LINE ? numberChain(found, lastNumber, line.text) : null;
    for (const m of chain ?? found) {
      // A chain's numbers were read as a whole; a number alone heads an item only where the text around it says so.
      // (A Roman number heads an item only in a chain: "I. " alone is as often a person's initial.)
      if (m.index < from || (!chain && (m.roman || !opensItemAt(line.text, from, m, lastNumber)))) continue;
      out.push(partOf(line, from, m.index));
      from = m.index + 1;
      lastNumber = m.count;
    }
    out.push(from === 0 ? line : partOf(line, from, line.text.length));
  }
  return out;
}

/**
 * A document flattened into one paragraph ("... Present: ... 1. Apologies ... 2. No Declarations ... 3. ..."): the
 * numbers inside it that go up by one from the count so far, three or more, are its items whatever stands before
 * them, when they run through half the paragraph or more. Minute numbers ("01/20", "02/20", "04/20", ...) may skip
 * a few; their chain is read first.
 */
function numberChain(found: InnerNumber[], lastNumber: number, text: string): InnerNumber[] | null {
  const length = text.length;
  // (Roman numbers first: under "V. STAFF REPORTS" a list "1. ... 2. ..." is the Roman item's.)
  for (const kind of ['roman', 'minute', 'plain'] as const) {
    const minutes = kind === 'minute';
    const chain: InnerNumber[] = [];
    for (const m of found) {
      if (m.labelled || m.minute !== minutes || m.roman !== (kind === 'roman')) continue;
      const expected = chain.length > 0 ? chain[chain.length - 1]!.count + 1 : lastNumber + 1;
      const fits = minutes ? chain.length === 0 || (m.count >= expected && m.count <= expected + MAX_MINUTE_GAP) : m.count === expected;
      if (fits) chain.push(m);
    }
    // The items run through the paragraph: a numbered list at its end ("10. Action points 1. ... 2. ...") is no chain of items.
    if (chain.length >= MIN_CHAIN && (chain[chain.length - 1]!.index - chain[0]!.index) * 2 >= length) return chain;
    // "... Present: ... Secretariat: ... 1. Chair’s Welcome ... 2. Apologies ...": items from 1 after the flattened lists,
    // running through the rest of the paragraph.
    const first = chain[0];
    // ("Agenda Item 1: Welcome 1. The Chair welcomed ...": under labelled items, the numbers are the paragraphs'.)
    const before = first ? text.slice(Math.max(0, first.index - LISTS_REACH), first.index) : '';
    if (chain.length >= MIN_CHAIN && first?.count === 1 && (chain[chain.length - 1]!.index - first.index) * 2 >= length - first.index && LISTS_BEFORE.test(before) && !LABELLED_ITEM.test(before) && !SENTENCE_OPENER.test(text.slice(first.after, first.after + 20))) return chain;
    if (chain.length >= MIN_CHAIN && first?.count === 1 && !LABELLED_ITEM.test(before) && spacedAsItems(chain, text)) return chain;
  }
  return null;
}

/**
 * "... Present were ... 1. Call to Order ... 2. Citizen comment ... 3. Consider ...", cut off where the page's text
 * ends: a chain from 1 whose numbers stand apart as items with bodies do, each heading written as a title, not a
 * sentence or a resolution's clause.
 */
function spacedAsItems(chain: InnerNumber[], text: string): boolean {
  // (A paragraph whose lines are kept apart by line separators was not flattened: its headings end where those lines do.)
  if (text.includes('\u2028')) return false;
  const span = chain[chain.length - 1]!.index - chain[0]!.index;
  if (span < ITEM_SPACING * (chain.length - 1)) return false;
  const headed = chain.every((m) => {
    const heading = text.slice(m.after, m.after + 20);
    return !SENTENCE_OPENER.test(heading) && !CLAUSE_OPENER.test(heading);
  });
  // ("1. Jo Bloggs of the Food Bank said ... 2. Sam Lee shared ...": the public's speakers, numbered, no items.)
  return headed && chain.filter((m) => opensWithSpeaker(text.slice(m.after, m.after + TITLE_WINDOW))).length * 2 < chain.length;
}

/** "Jo Bloggs of ...", "Sam Lee shared ...": a person's name, then the sentence they are the subject of. */
function opensWithSpeaker(heading: string): boolean {
  const [first, second, third] = heading.split(' ');
  return third !== undefined && /^\p{Ll}/u.test(third) && looksLikePersonName(`${first} ${second}`);
}

/** Whether the number inside the line heads an item: the sentence before it ended, and the heading after it reads as one. */
function opensItemAt(text: string, from: number, m: InnerNumber, lastNumber: number): boolean {
  // Only the character before the number and the words just after it are read: a long line costs one pass.
  const last = lastCharBefore(text, from, m.index);
  if (!last) return false;
  const endsSentence = /[.!?)]/.test(last);
  const next = m.count === lastNumber + 1;
  // ("... Others Present: Mrs. Lancaster AGENDA ITEM NO. 1: Call to order": a label in capitals heads an item after any word.)
  if (m.labelled) return next && (endsSentence || CAPITALS_ITEM_LABEL.test(text.slice(m.index, m.index + 14)));
  const run = capitalsRun(text.slice(m.after, m.after + TITLE_WINDOW));
  // "... Anglian Water £15.95 17. ITEMS FOR AGENDA ...": a sum in a flattened table may end before the next number.
  const wordEnds = /\p{Ll}/u.test(last) || (next && /\d/.test(last));
  // "No complaints 8. Transport": the next number and a short heading end the line.
  const headingEnds = next && wordEnds && endsWithShortHeading(text.slice(m.after));
  return endsSentence ? run >= 2 || next : (run >= MIN_RUN_AFTER_WORD && wordEnds) || headingEnds || (next && run >= 1 && endsEmptyHeading(text, from, m.index));
}

// "1. CALL TO ORDER: 2. PUBLIC FORUM: 3. APPROVAL OF AGENDA:": an agenda heading in capitals with nothing minuted under it
// ends in its colon, and the next number heads the next item.
const EMPTY_HEADING_END = /\s\p{Lu}{2,}:$/u;
// How far back the heading's last word is looked for.
const EMPTY_HEADING_REACH = 40;

/** Whether the text before the number (from `from`) ends with a capitals word and its colon. */
function endsEmptyHeading(text: string, from: number, at: number): boolean {
  return EMPTY_HEADING_END.test(text.slice(Math.max(from, at - EMPTY_HEADING_REACH), at).trimEnd());
}

interface InnerNumber {
  index: number;
  /** Where the title after the number starts. */
  after: number;
  count: number;
  /** Written "Item 7", not "7.". */
  labelled: boolean;
  /** Written "07/20", the count then the year. */
  minute: boolean;
  /** Written "IV.", read only in a flattened paragraph. */
  roman: boolean;
}

/**
 * The numbers inside `text` that may open a heading, in the order they stand. Minute numbers count in a flattened
 * paragraph, or where they are of the `minuteYear` the minutes' lines open with.
 */
function innerNumbers(text: string, minuteYear: string | null): InnerNumber[] {
  const found: InnerNumber[] = [];
  INNER_NUMBER.lastIndex = 0;
  for (let m = INNER_NUMBER.exec(text); m; m = INNER_NUMBER.exec(text)) {
    found.push({ index: m.index, after: m.index + m[0].length, count: Number(m[1]), labelled: false, minute: false, roman: false });
  }
  const flattened = text.length >= FLATTENED_LINE;
  if ((flattened || minuteYear !== null) && text.includes('/')) {
    INNER_COUNT_YEAR.lastIndex = 0;
    for (let m = INNER_COUNT_YEAR.exec(text); m; m = INNER_COUNT_YEAR.exec(text)) {
      if (flattened || m[2] === minuteYear) found.push({ index: m.index, after: m.index + m[0].length, count: Number(m[1]), labelled: false, minute: true, roman: false });
    }
  }
  if (flattened && text.includes('I. ')) {
    INNER_ROMAN.lastIndex = 0;
    for (let m = INNER_ROMAN.exec(text); m; m = INNER_ROMAN.exec(text)) {
      found.push({ index: m.index, after: m.index + m[0].length, count: romanValue(m[1]!), labelled: false, minute: false, roman: true });
    }
  }
  if (text.includes('Item ') || text.includes('ITEM ')) {
    INNER_ITEM.lastIndex = 0;
    for (let m = INNER_ITEM.exec(text); m; m = INNER_ITEM.exec(text)) {
      found.push({ index: m.index, after: m.index + m[0].length, count: runningCount(m[1]!), labelled: true, minute: false, roman: false });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

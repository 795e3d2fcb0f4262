import { DOTTED_MINUTE_NUMBER, type ItemHeading, mayStartItem, readItemHeading, runningCount, withItemLabelSpaced } from '../agenda/headings.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readRosterHeading } from '../roster/headings.js';
import type { Line } from '../scan/scan-lines.js';
import { isColumnCaption } from '../actions/action-table.js';
import { nextFilled } from '../scan/filled-lines.js';
import { firstDate } from '../dates/parse-date.js';

// Item numbers the line-by-line reading cannot see alone: the first number of a running count, a number and its title on two lines.

const FIRST_ITEM = /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+|[A-Z]{1,3}(?=\d))?(\d{1,5})(?:\/(?:\d{2}|(?:19|20)\d{2}))?[.):]?(?:\s+\d{1,3}[.)])?\s+\p{Lu}/iu;

/**
 * Councils number minutes on through the year ("45.", "46."): the first item is the
 * first numbered line whose successor number also heads a line later on.
 */
export function firstItemNumber(content: Line[]): number {
  const numbered: { n: number; at: number }[] = [];
  // "No. Item" over "87.": a committee page's table of items, whose first number needs no successor to count.
  let underCaption = false;
  // Positions are counted in `content`: the parts of a line cut before a number run on in it share its index.
  for (const [k, line] of content.entries()) {
    if (line.blank) continue;
    if (underCaption && LONE_RUNNING_COUNT.test(line.text)) return runningCount(line.text.replace(/\.$/, ''));
    underCaption = (line.text.charCodeAt(0) | 0x20) === 110 && ITEM_TABLE_CAPTION.test(line.text);
    const may = mayStartItem(line.text);
    const text = may ? withItemLabelSpaced(line.text) : line.text;
    const first = may ? FIRST_ITEM.exec(text) : null;
    // The pattern's "i" flag lets its capital match any letter: "6 members of the public attended" heads no item.
    const titled = first && /\p{Lu}/u.test(text.charAt(first[0].length - 1)) ? first : null;
    const m = titled ?? (may ? LONE_RUNNING_COUNT.exec(line.text) : null);
    const slashed = !m && may ? (SLASHED_FIRST.exec(line.text) ?? DOTTED_FIRST.exec(line.text)) : null;
    // ("133/23 Apologies: Cllr A Lee, Cllr B Hale ... sent their apologies.": a long line counts when its heading runs into its text.)
    const count = slashed ? runningCount(slashed[1]!) : 0;
    if (slashed && !line.code && (line.text.length <= 100 || readItemHeading(line, count - 1)?.rest)) numbered.push({ n: count, at: k });
    const n = m && !opensWithDate(line.text) ? Number(m[1] ?? m[2]) : 0;
    // A long line counts when it opens with a heading run into its text ("1. PUBLIC FORUM The new lamp ...").
    if (m && !line.code && (line.text.length <= 100 || readItemHeading(line, n - 1)?.rest)) numbered.push({ n, at: k });
  }
  for (const { n, at } of numbered) {
    if (n <= 2) return 1;
    if (numbered.some((o) => o.n === n + 1 && o.at > at)) return n;
  }
  return 1;
}

// A committee page's caption over its items: "No. Item" (the number's column, then the item's).
const ITEM_TABLE_CAPTION = /^No\.?\s+Items?$/i;

/** "6 Aug 2019 - 18:00": a meeting's date line, whose day is no item's number. */
function opensWithDate(text: string): boolean {
  const date = firstDate(text);
  return date !== null && date.index === 0 && !date.yearInferred;
}

// "1.", "Item 3", "1916." or "39/20" (count/year) alone on a line, the title on the next.
// "01/25/02" alone: a minute number in parts (count/year/item), the running count last.
// ("1.0" alone: the count written with its zero, as it stands over the item's numbered paragraphs.)
const SPLIT_NUMBER = /^(?:(?:agenda\s+)?item\s+)?(\d{1,4}(?:\/\d{2})?(?:\/\d{1,3})?|\d{1,3}\.0)[.)]?$/i;

// "1916." alone above its title: a council's running count (committee pages number minutes on for years).
// "Min 23/012 APOLOGIES", "16/10/6/1 Public Forum", "GB/2223/014: Minutes": slashed minute numbers, the running count last (or before a year).
// ("LAB/58/16-17 Apologies", "BD/05-06/112 Minutes": a governing body's letters, the count and the academic year.)
const SLASHED_FIRST = /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+)?([A-Z]{0,3}\d{1,4}(?:\/\d{1,4}){1,4}|[A-Z]{1,4}\/\d{2,4}\/\d{1,4}|[A-Z]{1,4}\/\d{1,4}\/\d{2}-\d{2}|[A-Z]{1,4}\/\d{2}-\d{2}\/\d{1,4})[.:]?\s+\p{Lu}/iu;

// "C.25.49 Prayer", "AB 14.52 MINUTES": a university body's minute numbers, the running count after the year (capitals only).
const DOTTED_FIRST = new RegExp(`^(${DOTTED_MINUTE_NUMBER})[.:]?\\s+\\p{Lu}`, 'u');

const LONE_RUNNING_COUNT = /^(\d{1,4})\.$|^(\d{1,3})\/\d{2}$/;

// "2.0 The minutes were agreed.": the first paragraph of item 2 where paragraphs are numbered 2.0, 2.1, ...
const ZERO_PARAGRAPH = /^(\d{1,3})\.0\s+\S/;

/**
 * "Introductions" on a line of its own, then "1.0 The Chair welcomed members.": the heading lost its
 * number, which its first paragraph still gives. The heading is item 1; the paragraph stays its text.
 */
export function readTitleAboveParagraph(content: Line[], at: number, last: number): { heading: ItemHeading; titleAt: number } | null {
  const text = content[at]!.text;
  if (text.length > 80 || !/^\p{Lu}/u.test(text) || /[.;,:]$/.test(text) || isLabelledItem(text)) return null;
  const next = nextFilled(content, at)?.text ?? '';
  const m = mayStartItem(next) ? ZERO_PARAGRAPH.exec(next) : null;
  if (!m || Number(m[1]) !== last + 1 || !(/[.!?]$/.test(next) || next.split(' ').length > 10)) return null;
  // ("Present: Ann Lee, Tom Holt" over "1.0 Apologies were received ...": a list of people is no title.)
  if (text.split(' ').length > 10 || parseEntry(cellsOf(text)) !== null || readRosterHeading(text, false) !== null) return null;
  return nextParagraphUntitled(content, at, Number(m[1]) + 1) ? null : { heading: { number: `${m[1]}.0`, title: text, rest: '' }, titleAt: at };
}

// "1.1 The Secretariat ...": a paragraph numbered under an item.
// "1.1  Apologies were received ...": a numbered paragraph of an item.
export const PARAGRAPH_NUMBER = /^\d{1,3}\.\d{1,2}\s+/;

/**
 * "August Meeting" over "1.0 Apologies ..." and "2.0 The minutes ..." straight after it: where the next item's "N.0" paragraph
 * follows another paragraph with no title above it, the paragraphs are the items, and the line above the first is no title.
 */
function nextParagraphUntitled(content: Line[], from: number, next: number): boolean {
  const opening = `${next}.0 `;
  let above: Line | undefined;
  for (let k = from + 1; k < content.length; k++) {
    const line = content[k]!;
    if (line.blank) continue;
    if (line.text.startsWith(opening)) return above !== undefined && PARAGRAPH_NUMBER.test(above.text);
    above = line;
  }
  return false;
}

/** "1." alone on a line with the title on the next: the number and title of one item. */
export function readSplitHeading(content: Line[], at: number, last: number): { heading: ItemHeading; titleAt: number } | null {
  const m = mayStartItem(content[at]!.text) ? SPLIT_NUMBER.exec(content[at]!.text) : null;
  if (!m || runningCount(m[1]!) !== last + 1 || isStackedTableRow(content, at)) return null;
  let j = at + 1;
  while (j < content.length && j <= at + 2 && content[j]!.blank) j++;
  const next = content[j];
  if (!next || next.blank) return null;
  // The title line read as the first item's, so that a running count of any size ("1916.") keeps its number.
  const heading = readItemHeading({ ...next, text: `1. ${next.text}` }, 0) ?? longTitleAlone(next.text);
  return heading ? { heading: { ...heading, number: m[1]! }, titleAt: j } : null;
}

// A title alone under its number runs to this length at most ("Code of Conduct - Declaration of Interests. Relevant
// Authorities (Disclosable Pecuniary Interests) Regulations 2012", as a committee page writes the standing item).
const MAX_TITLE_ALONE = 200;

/** The whole line as the title, where it is too long for a heading run into its text but reads as a title, no sentence. */
function longTitleAlone(text: string): ItemHeading | null {
  const title = text.trim();
  if (title.length > MAX_TITLE_ALONE || !/^\p{Lu}/u.test(title) || /[.!?;,:]$/.test(title)) return null;
  return { number: '1', title, rest: '' };
}

/** Cells a row of a table exported one cell to a line can have: a longer block is text. */
const MAX_ROW_CELLS = 12;

/** How many lines from `start` to the next blank line, or Infinity past MAX_ROW_CELLS (so a long block costs no walk). */
function rowWidth(content: Line[], start: number): number {
  let end = start;
  while (end + 1 < content.length && !content[end + 1]!.blank) {
    if (++end - start + 1 > MAX_ROW_CELLS) return Number.POSITIVE_INFINITY;
  }
  return end - start + 1;
}

/**
 * "2" / "Arrange a visit" / "GLA", under blocks of as many lines back to a caption block ("No." /
 * "Action" / "Owner"): a row of a table exported one cell to a line, not an item's number and title.
 */
function isStackedTableRow(content: Line[], at: number): boolean {
  const width = rowWidth(content, at);
  if (width < 3 || width > MAX_ROW_CELLS || (at > 0 && !content[at - 1]!.blank)) return false;
  let end = at - 1;
  for (;;) {
    while (end >= 0 && content[end]!.blank) end--;
    let start = end;
    while (start > 0 && !content[start - 1]!.blank) start--;
    if (end < 0 || end - start + 1 !== width) return false;
    const block = content.slice(start, end + 1);
    if (block.every((l) => isColumnCaption(l.text))) return true;
    if (!/^\d{1,3}[.)]?$/.test(block[0]!.text)) return false;
    end = start - 1;
  }
}

/** "Item 2: Finance", "Agenda item 3 – Housing": a heading that names itself an item. */
export const isLabelledItem = (text: string) => /^(?:agenda\s+)?item\s/i.test(text);

import type { Line } from '../scan/scan-lines.js';
import type { ItemSection } from './segment.js';

// Entries the minutes give again, at the least: two could be a coincidence.
const MIN_RESTATED = 3;
// A heading, not a paragraph that opens with a number.
const MAX_TITLE = 120;
// "52 Minutes of the previous meeting", "3. Finance:", "4) Reports".
const NUMBERED_LINE = /^(\d{1,3}(?:\.\d{1,2})?)[.):]?\s+(\S.*)$/;

/** A title as compared: one space between words, no closing stop or colon, any case. */
const keyOf = (title: string): string => withoutClosingMarks(title.trim()).replace(/\s+/g, ' ').toLowerCase();

/** The text without the stops, colons and commas that close it. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && '.:;,'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// A title given again with a word more or less ("Welcome the new member ..." for "Welcome new member ..."): one in five.
const WORDS_PER_CHANGE = 5;

/**
 * The same title; or one the start of the other, two words at least (a contents entry cut short, or the heading's date
 * left out); or the words of the shorter all in the longer, which has a word more in five at most.
 */
function sameTitle(listed: string, given: string): boolean {
  const a = keyOf(listed);
  const b = keyOf(given);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (a === b || (shorter.includes(' ') && longer.startsWith(`${shorter} `))) return true;
  const few = shorter.split(' ');
  const many = longer.split(' ');
  return few.length >= 3 && many.length - few.length <= Math.floor(many.length / WORDS_PER_CHANGE) && few.every((word) => many.includes(word));
}

/** The run of items with no text under them but the last, which holds the rest of the minutes: an agenda listed. */
function listingRun(items: ItemSection[]): { from: number; last: number } | null {
  for (let from = 0; from < items.length; from++) {
    let last = from;
    while (last < items.length - 1 && items[last]!.lines.every((l) => l.blank)) last++;
    if (last - from + 1 >= MIN_RESTATED) return { from, last };
    from = last;
  }
  return null;
}

/**
 * "49 Welcome ..." ... "68 Date of Next Meeting" listed as the agenda or its contents, then "49 Welcome ..." again over
 * that minute's text: the walk read the list as the items and, the numbers going back, the minutes as the last one's text.
 * The items are the entries the minutes give again, each over its text, and the entries they do not (a text cut short
 * still lists them); the lines above the first one given again come before the items. Null unless the items so read.
 */
export function readRestatedAgenda(items: ItemSection[]): { items: ItemSection[]; before: Line[] } | null {
  const run = listingRun(items);
  if (!run) return null;
  const listed = items.slice(run.from, run.last + 1).filter((item) => item.heading.number !== null);
  const below = items[run.last]!.lines;
  const restated = new Map<number, { line: Line; title: string; at: number; exact: boolean }>();
  let next = 0;
  below.forEach((line, at) => {
    if (line.blank || line.text.length > MAX_TITLE) return;
    const m = NUMBERED_LINE.exec(line.text);
    if (!m) return;
    const k = listed.findIndex((item, j) => j >= next && item.heading.number === m[1] && sameTitle(item.heading.title, m[2]!));
    if (k < 0) return;
    restated.set(k, { line, title: m[2]!.trim().replace(/[.:]$/, ''), at, exact: keyOf(m[2]!) === keyOf(listed[k]!.heading.title) });
    next = k + 1;
  });
  // (Fewer where the minutes stop short: the first entries given again, in a row; the first word for word where it is alone.)
  const cutShort = [...restated.keys()].every((k) => k < restated.size) && (restated.size > 1 || restated.get(0)?.exact === true);
  if (restated.size < MIN_RESTATED && !cutShort) return null;
  const starts = [...restated.values()].map((r) => r.at);
  const read = listed.map((item, k): ItemSection => {
    const given = restated.get(k);
    if (!given) return { ...item, lines: [] };
    const end = starts.find((at) => at > given.at) ?? below.length;
    return { heading: { ...item.heading, title: given.title, rest: '' }, line: given.line, lines: below.slice(given.at + 1, end) };
  });
  const before = below.slice(0, starts[0]);
  const ahead = items.slice(0, run.from);
  if (ahead.length > 0) ahead[ahead.length - 1] = { ...ahead[ahead.length - 1]!, lines: [...ahead[ahead.length - 1]!.lines, ...before] };
  return { items: [...ahead, ...read, ...items.slice(run.last + 1)], before: ahead.length > 0 ? [] : before };
}

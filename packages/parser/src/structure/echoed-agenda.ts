import type { Line } from '../scan/scan-lines.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import type { ItemSection } from './segment.js';

// Titles the agenda lists and the minutes give again, at the least: two could be a coincidence.
const MIN_ECHOED = 3;
// An agenda's entry is a title, not a paragraph.
const MAX_TITLE = 100;

/** A title as compared: no bullet, no closing colon or stop, one space between words, any case. */
const keyOf = (text: string): string =>
  withoutBulletMark(text)
    .trim()
    .replace(/[.:]$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * "- Minutes and matters arising", "- Mystery shopping", ... listed as the agenda, then "Minutes and matters arising" on a
 * line of its own over that minute's text, "Mystery shopping" over the next: minutes whose headings lost their marks.
 * The agenda's titles that come again below it, whole and in its order, three at least, head the items.
 * Null unless the lines so read.
 */
export function readEchoedAgenda(content: Line[]): { before: Line[]; items: ItemSection[] } | null {
  let lists = 0;
  for (let start = 0; start < content.length && lists < MAX_LISTS; start++) {
    if (!startsWithBullet(content[start]!.text)) continue;
    let end = start;
    while (end < content.length && (content[end]!.blank || startsWithBullet(content[end]!.text))) end++;
    const entries = content.slice(start, end).filter((l) => !l.blank && l.text.length <= MAX_TITLE).map((l) => keyOf(l.text));
    if (entries.length >= MIN_ECHOED) {
      lists++;
      const echoed = headingsAfter(content, end, entries);
      if (echoed.items.length >= MIN_ECHOED) return { before: content.slice(0, echoed.first), items: echoed.items };
    }
    start = end;
  }
  return null;
}

// The bulleted lists tried as the agenda (the lists of those there may come first): each is compared with the lines below it.
const MAX_LISTS = 3;

/** The lines from `from` on that give the entries again, each after the last, the text under each, and where the first stands. */
function headingsAfter(content: Line[], from: number, entries: string[]): { items: ItemSection[]; first: number } {
  const order = new Map<string, number>();
  for (let k = entries.length - 1; k >= 0; k--) order.set(entries[k]!, k);
  const items: ItemSection[] = [];
  let first = -1;
  let next = 0;
  for (let k = from; k < content.length; k++) {
    const line = content[k]!;
    const at = line.blank || startsWithBullet(line.text) || line.text.length > MAX_TITLE ? undefined : order.get(keyOf(line.text));
    if (at !== undefined && at >= next) {
      items.push({ heading: { number: null, title: line.text.trim().replace(/[.:]$/, ''), rest: '' }, line, lines: [] });
      if (first < 0) first = k;
      next = at + 1;
    } else items[items.length - 1]?.lines.push(line);
  }
  return { items, first };
}

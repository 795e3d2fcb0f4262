import type { ItemSection } from './segment.js';
import { readSubHeading, type SubHeading } from './parentless-sub-items.js';

/**
 * "1. Governance and Administration" / "1.1 Declarations of Interest" / "1.2 Chairperson's Remarks": sub-numbered headings on
 * lines of their own under a whole-numbered item, as a board's agenda numbers its parts. The walk reads whole numbers only and
 * leaves them in the item's text; they are items of their own, numbered as written. Numbered paragraphs ("1.1 The Chair
 * welcomed members.") are no headings: a heading is a few words with no sentence stop (see `readSubHeading`).
 */

// Sub-headings one item holds at least ("1.1", "1.2"), so that a stray numbered line or two ("3.1 The report was
// noted", "9.1 Future agenda items" under other items) is not taken for an agenda's parts.
const LEAST_SUB_HEADINGS = 2;

/** The items with each item's sub-numbered headings split out after it as items of their own. */
export function withSubItemHeadings(items: ItemSection[]): ItemSection[] {
  const found = items.map(subHeadingsOf);
  if (!found.some((run) => run.length >= LEAST_SUB_HEADINGS)) return items;
  return items.flatMap((item, k) => {
    const run = found[k]!;
    if (run.length === 0) return [item];
    const parts: ItemSection[] = run.map((h, n) => ({
      heading: { number: `${h.whole}.${h.part}`, title: h.title, rest: '' },
      line: item.lines[h.at]!,
      lines: item.lines.slice(h.at + 1, run[n + 1]?.at ?? item.lines.length),
    }));
    return [{ ...item, lines: item.lines.slice(0, run[0]!.at) }, ...parts];
  });
}

/** The sub-headings under a whole-numbered item, counting on from its ".1", each set apart by a blank line above it. */
function subHeadingsOf(item: ItemSection): SubHeading[] {
  const whole = item.heading.number;
  if (whole === null || !/^\d{1,2}$/.test(whole)) return [];
  const run: SubHeading[] = [];
  for (const [at, line] of item.lines.entries()) {
    const heading = readSubHeading(line, at);
    if (!heading || String(heading.whole) !== whole || heading.part !== run.length + 1) continue;
    if (at > 0 && !item.lines[at - 1]!.blank) continue;
    run.push(heading);
  }
  return run;
}

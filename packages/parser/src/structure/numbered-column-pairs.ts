import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';

// "1) Nay Linn (IRC, Field Manager)8) Htu Bu (Metta, Coordinator)": a list numbered down two columns, each line holding an
// entry of the first column and one of the second, as a Word table's text comes out. Each entry goes on a line of its own.
const FIRST = /^(\d{1,2})\)\s/;
// The second column's number after the first entry's closing bracket (the space between them often lost).
const SECOND = /\)\s?(\d{1,2})\)\s(?=\p{Lu})/u;
// Lines of the list that must read so before any is cut.
const MIN_ROWS = 2;

/** Where the second entry starts in a line of two numbered columns, or -1. */
function secondAt(text: string): number {
  const first = FIRST.exec(text);
  const second = first ? SECOND.exec(text) : null;
  return second && Number(second[1]) > Number(first![1]) ? second.index + 1 : -1;
}

/** The entry as a bullet of the list: its number, counted down the columns, would read as an item's. */
function asBullet(line: Line): Line {
  return { ...line, text: `- ${line.text.replace(FIRST, '')}` };
}

/** Cuts each line of a list numbered down two columns into its two entries, each a bullet. */
export function splitNumberedColumnPairs(content: Line[]): Line[] {
  let rows = 0;
  for (const l of content) if (!l.blank && !l.code && l.text.includes(') ') && secondAt(l.text) !== -1 && ++rows >= MIN_ROWS) break;
  if (rows < MIN_ROWS) return content;
  const out: Line[] = [];
  for (const line of content) {
    const at = line.blank || line.code ? -1 : secondAt(line.text);
    if (at === -1) out.push(line);
    else out.push(asBullet(partOf(line, 0, at)), asBullet(partOf(line, at, line.text.length)));
  }
  return out;
}

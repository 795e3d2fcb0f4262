import type { Line } from '../scan/scan-lines.js';

// "% MUN Chess Society" / "% Meeting Minutes" / "% October 17th, 2022": Pandoc's title block, up to three lines
// at the very top, each opened by "% " (title, authors, date). A minutes-writing society may put its name, the
// kind of record and the date there.
const TITLE_BLOCK_LINE = /^%\s+\S/;
const MOST_LINES = 3;

/** The lines of a Pandoc title block at the top, from `from`, stripped of their "%" marks in place: the header lines they are. */
export function stripPandocTitleMarks(lines: Line[], from: number): void {
  let k = from;
  while (k < lines.length && lines[k]!.blank) k++;
  for (let n = 0; n < MOST_LINES && k < lines.length && TITLE_BLOCK_LINE.test(lines[k]!.raw); n++, k++) {
    lines[k]!.text = lines[k]!.text.replace(/^%\s+/, '');
  }
}

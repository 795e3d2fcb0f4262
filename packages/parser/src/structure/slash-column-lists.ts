import { readRosterHeading } from '../roster/headings.js';
import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';

// "Present / Regrets" over "Ann Lee" / "Bo Chan / Cy Dunn" / "Ed Fox": a two-column table of two lists, as a
// converter that parts a row's cells with " / " gives it: each cell's names one a line, the slash where the first
// column's last name meets the second column's first.

// The row of captions: two list labels parted by the slash.
const CAPTIONS = /^(\S.{1,40}?) \/ (\S.{1,40})$/;
// Rosters stand near the top: the lines after these are not searched.
const SEARCHED = 80;
// The names a column holds, one a line.
const MAX_ROWS = 60;

/** The labels of a caption row "Present / Regrets", each a roster list's label alone; null when it is no such row. */
function captionsOf(line: Line): [number, number] | null {
  const m = line.blank || line.code || !line.text.includes(' / ') ? null : CAPTIONS.exec(line.text.trim());
  if (!m) return null;
  const left = readRosterHeading(m[1]!.replace(/:$/, ''), true);
  const right = readRosterHeading(m[2]!.replace(/:$/, ''), true);
  if (!left || !right || left.rest || right.rest || left.attendance === right.attendance) return null;
  const at = line.text.indexOf(' / ');
  return [at, at + 3];
}

/**
 * The caption row and the names under it rewritten as two lists, each under its own label: the first column's
 * names down to the line holding the slash, the second's from there to the blank line that ends the table.
 * Only where exactly one line under the captions holds the slash.
 */
export function splitSlashColumnLists(content: Line[]): Line[] {
  for (let k = 0; k < Math.min(content.length, SEARCHED); k++) {
    const captions = captionsOf(content[k]!);
    if (!captions) continue;
    let end = k + 1;
    while (end < content.length && end - k <= MAX_ROWS && !content[end]!.blank && !content[end]!.code) end++;
    const rows = content.slice(k + 1, end);
    const slashed = rows.filter((row) => row.text.includes(' / '));
    if (slashed.length !== 1 || rows.length < 2) return content;
    const meet = slashed[0]!;
    const s = k + 1 + rows.indexOf(meet);
    const cut = meet.text.indexOf(' / ');
    const caption = content[k]!;
    const left = partOf(meet, 0, cut);
    const right = partOf(meet, cut + 3, meet.text.length);
    return [
      ...content.slice(0, k),
      partOf(caption, 0, captions[0]),
      ...content.slice(k + 1, s),
      ...(left.text ? [left] : []),
      partOf(caption, captions[1], caption.text.length),
      ...(right.text ? [right] : []),
      ...content.slice(s + 1),
    ];
  }
  return content;
}

import type { Line } from '../scan/scan-lines.js';
import { filledFrom } from '../scan/filled-lines.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';

/**
 * "• Attendance details" above "• Agenda frontsheet PDF 268 KB" (a committee page's links), "• Attendance" above
 * "• Visitors" (a committee system's tabs): a list's label written as a bullet, with no colon, whose next bullet at
 * its level names no person, is a link among links, not the heading of a list of those attending.
 */
export function isLabelAmongLinks(content: readonly Line[], at: number): boolean {
  const line = content[at]!;
  if (!startsWithBullet(line.text) || line.text.includes(':')) return false;
  const next = content[filledFrom(content, at + 1)];
  if (!next || next.indent > line.indent || !startsWithBullet(next.text) || next.text.includes(':')) return false;
  return parseEntry(cellsOf(withoutBulletMark(next.text))) === null;
}

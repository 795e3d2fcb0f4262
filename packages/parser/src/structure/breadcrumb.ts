import { blankedLine } from '../scan/line-part.js';
import type { Line } from '../scan/scan-lines.js';

// "» Home  » Official  » Community Council  » Minutes, Nov 2013", "Home > Meetings > Annual Parish Meeting 2021": a web
// page's trail of links above the minutes. It names the page, not the meeting, so it is no title.
const SEPARATOR = /[»›>]/;
// A link's words are few.
const MAX_LINK = 60;

/** "Home", then two links or more, each after a separator (one may open the line). */
function isTrail(text: string): boolean {
  const parts = text.trim().split(SEPARATOR).map((p) => p.trim());
  if (parts[0] === '') parts.shift();
  return parts.length >= 3 && parts[0] === 'Home' && parts.every((p) => p !== '' && p.length <= MAX_LINK);
}

// The trail stands among the page's first lines.
const REACH = 5;

/** The lines with a breadcrumb trail at the top of a web page blanked. */
export function withoutBreadcrumb(lines: Line[]): Line[] {
  let seen = 0;
  for (let k = 0; k < lines.length && seen < REACH; k++) {
    const line = lines[k]!;
    if (line.blank || line.code) continue;
    seen++;
    if (isTrail(line.text)) return lines.map((l, j) => (j === k ? blankedLine(l) : l));
  }
  return lines;
}

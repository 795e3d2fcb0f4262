import type { RosterSection } from '../roster/read-roster.js';
import type { Line } from '../scan/scan-lines.js';

// Where the label's line leaves its list open for more below: a comma, a semicolon or a joining word last.
const LEFT_OPEN = /(?:[,;:&]|\sand)$/i;
// A paragraph's line: six words or more, one of them in lower case after the first.
const PROSE = /^\S+(?:\s+\S+){5,}/;
const LOWER_WORD = /\s\p{Ll}/u;
const MOST_HEADING_WORDS = 6;

/**
 * "Present: 24 residents, Mary Pike (chair), Tom Lark (Leasehold Services)", a blank line, then "Management Fees" straight
 * over the paragraph it heads: a list written whole on its label's line is closed, and a short line below it with a
 * paragraph under it is the first unnumbered heading, not one more entry (a name a line after the label's first entry has
 * another name, a blank line or nothing under it). The caller asks only while no entry stands below the label.
 */
export function headsParagraphAfterInlineList(line: Line, section: RosterSection, next: Line | undefined): boolean {
  const label = section.headingLine;
  if (label === null || section.heading.rest === '' || LEFT_OPEN.test(section.heading.rest)) return false;
  if (line.index - label.index < 2 || /[,;:()]/.test(line.text) || line.text.split(/\s+/).length > MOST_HEADING_WORDS) return false;
  return next !== undefined && !next.blank && next.index === line.index + 1 && PROSE.test(next.text) && LOWER_WORD.test(next.text);
}

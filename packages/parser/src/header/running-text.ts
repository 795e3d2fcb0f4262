import type { Line } from '../scan/scan-lines.js';
import { readsAsSentence } from '../agenda/run-in-title.js';
import { TITLE_OPENING_WORDS } from './header-words.js';

// A line this long that says something, in a paragraph of several lines, is a sentence of the text.
const LONG_LINE = 60;
// A line that opens as a title does ("Meeting of the Board held on ...", "Minutes of ...").
const TITLE_OPENING = new RegExp(`^(?:${TITLE_OPENING_WORDS})\\b`, 'i');

/**
 * Whether the line at `k` of the header's filled lines is running text, no title though it mentions the meeting:
 * the wrapped middle of a paragraph ("discussions from the All Hands' meeting), [a draft] was", in lower case under a
 * line that does not end its sentence), or a long line that says something among the lines of a paragraph
 * ("Following this, the main topic for the steering meeting, the policy was" / "discussed ...").
 */
export function isRunningText(content: Line[], k: number): boolean {
  const line = content[k]!;
  if (line.heading > 0 || line.bold) return false;
  const above = content[k - 1];
  const below = content[k + 1];
  const joinedAbove = above !== undefined && above.heading === 0 && above.index === line.index - 1;
  const joinedBelow = below !== undefined && below.heading === 0 && below.index === line.index + 1;
  if (joinedAbove && /^\p{Ll}/u.test(line.text) && !/[.:!?]$/.test(above.text)) return true;
  return (
    (joinedAbove || joinedBelow) &&
    line.text.length >= LONG_LINE &&
    !TITLE_OPENING.test(line.text) &&
    !/\b(?:minutes|notes)\b/i.test(line.text) &&
    line.text !== line.text.toUpperCase() &&
    readsAsSentence(line.text)
  );
}

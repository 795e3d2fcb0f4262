import type { Line } from '../scan/scan-lines.js';
import { partOf } from './mid-line-items.js';

// "... ON WEDNESDAY 15 MAY 2019 PRESENT (Four Councillors):- Annie Barber ...": the list's label in capitals, inside the title line.
const INNER_PRESENT = /\sPRESENT(?:\s?\([^()]{1,40}\))?\s?:/;

/**
 * A first line that runs on from the title into the list of those present is cut before the
 * label in capitals, so that the roster starts a line of its own. Only the first line is read.
 */
export function splitInnerRosterLabel(content: Line[]): Line[] {
  const at = content.findIndex((l) => !l.blank && !l.code);
  const line = content[at];
  if (!line?.text.includes(' PRESENT')) return content;
  const m = INNER_PRESENT.exec(line.text);
  if (!m) return content;
  return [...content.slice(0, at), partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length), ...content.slice(at + 1)];
}

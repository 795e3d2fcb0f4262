import type { Line } from '../scan/scan-lines.js';
import { partOf } from './mid-line-items.js';

// "... ON WEDNESDAY 15 MAY 2019 PRESENT (Four Councillors):- Annie Barber ...": the list's label in capitals, inside the title line.
const INNER_PRESENT = /\sPRESENT(?:\s?\([^()]{1,40}\))?\s?:/;

/**
 * A first line that runs on from the title into the list of those present is cut before the
 * label in capitals, so that the roster starts a line of its own. Only the first line is read.
 */
export function splitInnerRosterLabel(content: Line[]): Line[] {
  const glued = splitGluedLabels(content);
  const at = glued.findIndex((l) => !l.blank && !l.code);
  const line = glued[at];
  if (!line?.text.includes(' PRESENT')) return glued;
  const m = INNER_PRESENT.exec(line.text);
  if (!m) return glued;
  return [...glued.slice(0, at), partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length), ...glued.slice(at + 1)];
}

// "Chair: / Cllr Roger LawrenceMembers: / Cllr ...": a list's label run into the last word of the line before it,
// where a converter lost the line break (and the space) between two rows of a table.
const GLUED_LABEL = /(?<=\p{Ll})(?:Members|Officers|Officials|Apologies|Attendees|Present|Observers|Guests|Secretariat)\s?:/u;
// Rosters stand near the top: the lines after these are not searched.
const GLUED_SEARCHED = 80;

function splitGluedLabels(content: Line[]): Line[] {
  const gluedAt = (line: Line) => (!line.blank && !line.code && line.text.includes(':') ? GLUED_LABEL.exec(line.text)?.index : undefined);
  const first = content.slice(0, GLUED_SEARCHED).findIndex((line) => gluedAt(line) !== undefined);
  if (first === -1) return content;
  return content.flatMap((line, k) => {
    const at = k >= first && k < GLUED_SEARCHED ? gluedAt(line) : undefined;
    return at === undefined ? [line] : [partOf(line, 0, at), partOf(line, at, line.text.length)];
  });
}

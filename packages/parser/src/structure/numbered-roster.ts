import type { RosterSection } from '../roster/read-roster.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import type { Line } from '../scan/scan-lines.js';
import { nextFilled } from '../scan/filled-lines.js';
import { isSlashColumnCaptions, slashCells } from '../roster/slash-row.js';

const LIST_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;
const SHORT_NAME_LINE = /^\p{Lu}[^.!?:;]{0,60}$/u;

/**
 * The entry of a numbered line that goes on a list of people opened by a heading of its own: the
 * next number of the list, a person's entry after it (the first line only with a second such line below).
 */
export function numberedEntry(content: Line[], at: number, section: RosterSection): string | null {
  if (section.headingLine === null || section.heading.rest !== '') return null;
  const m = LIST_NUMBER.exec(content[at]!.text);
  // (A table's caption row, "Name / Organization / Position", heads the numbered rows and is none of them.)
  const filled = section.lines.filter((l) => !l.blank && !isSlashColumnCaptions(l.text));
  if (!m || Number(m[1]) !== filled.length + 1) return null;
  // Under "Name / Organization / Position": a row whose first cell is a person ("1. Tom Hale / IFRC / Coordinator").
  if (filled.length < section.lines.filter((l) => !l.blank).length) {
    const cells = slashCells(content[at]!.text.slice(m[0].length));
    return cells.length >= 2 && parseEntry([cells[0]!]) !== null ? content[at]!.text.slice(m[0].length) : null;
  }
  // The list's lines so far were numbered too (read as bullets): "Andrea Sife, Lucy Lepchani" then "2. Review of minutes" is the next item.
  if (!filled.every((l) => l.text.startsWith('- '))) return null;
  const entry = content[at]!.text.slice(m[0].length);
  // Further down the list, a one-word name counts too ("17. Alexei (Privacy Badger)").
  if (filled.length > 0) return parseEntry(cellsOf(entry)) !== null || SHORT_NAME_LINE.test(entry) ? entry : null;
  if (parseEntry(cellsOf(entry)) === null) return null;
  const next = nextFilled(content, at);
  const second = next ? LIST_NUMBER.exec(next.text) : null;
  return second && second[1] === '2' && parseEntry(cellsOf(next!.text.slice(second[0].length))) !== null ? entry : null;
}

import type { Line } from '../scan/scan-lines.js';
import { COLUMN_CAPTION } from '../roster/caption-row.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readsAsDescriptionCell } from '../roster/stacked-cells.js';
import { trimEndOf } from '../text/clean.js';
import { filledFrom } from '../scan/filled-lines.js';

// Captions are short: a longer line is not read for one.
const MAX_CAPTION_LINE = 80;
// The last word of a caption over a column of descriptions: the cheap test before the line's cells are read.
const DESCRIPTION_CAPTION_WORDS = new Set(['role', 'roles', 'organisation', 'organisations', 'organization', 'organizations', 'title', 'titles', 'position', 'positions', 'representing', 'agency']);

/** "Role", or "Staff members in attendance  Role": a line whose last cell captions a column of descriptions. */
function endsWithCaption(line: Line): boolean {
  if (line.blank || line.code || line.text.length > MAX_CAPTION_LINE) return false;
  const text = trimEndOf(line.text, ' \t|');
  const lastWord = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'), text.lastIndexOf('|')) + 1).toLowerCase();
  if (!DESCRIPTION_CAPTION_WORDS.has(lastWord)) return false;
  const cells = cellsOf(line.text);
  return cells.length > 0 && COLUMN_CAPTION.test(cells[cells.length - 1]!);
}

/** A short line with no sentence's stop, as a post is written ("Registered Nurse"), under a rhythm of name and post. */
const readsAsPostLine = (text: string) => text.split(' ').length <= 14 && !/[.!?:;]$/.test(text) && /^\p{Lu}/u.test(text);

/** "Non-members in attendance:-", "Apologies:": a list's label, under which the rows go on. */
const isListLabel = (line: Line) => line.text.length <= MAX_CAPTION_LINE && /:-?$/.test(line.text);

/** A lone person, in a cell of their own: one cell that reads as a roster entry. */
function isPersonCell(line: Line): boolean {
  // ("Jo FINCH, Vice Chair, in the Chair." is a sentence about a person, no cell.)
  return !line.code && line.heading === 0 && !line.text.endsWith('.') && cellsOf(line.text).length === 1 && parseEntry([line.text]) !== null;
}

/**
 * "Role" under the list's heading, then "Jo FINCH" / "Director of Finance" / "Sam POE" / "Audit Office", each
 * cell a paragraph of its own: a table a web page or a converter wrote one cell to a line, blank lines between.
 * Each name and the description under it are joined into one row ("Jo FINCH<tab>Director of Finance"), as a
 * table's row is written, so that the lists read them as the rows they were. Only lines after such a caption are read.
 */
export function joinOneCellRows(content: Line[]): Line[] {
  if (!content.some(endsWithCaption)) return content;
  const out: Line[] = [];
  let pairing = false;
  // Rows joined since the caption: once the rhythm is set, a post that reads like a name ("Registered Nurse") is still the description.
  let rows = 0;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (endsWithCaption(line)) {
      pairing = true;
      rows = 0;
    }
    // Once the rhythm is set, a name the roster reader doubts ("Anne Marie MACHAN") still opens a row.
    // (A heading in capitals, "II DECLARATION OF INTEREST", opens no row.)
    if (!pairing || !(isPersonCell(line) || (rows >= 2 && !isListLabel(line) && readsAsPostLine(line.text) && /\p{Ll}/u.test(line.text)))) {
      if (!line.blank && !endsWithCaption(line) && !isListLabel(line)) pairing = false;
      out.push(line);
      continue;
    }
    const d = filledFrom(content, i + 1);
    const description = content[d];
    // Each cell a paragraph: a blank line parts the name from the description, and ends the description.
    // (Name and description on lines one under the other are a row the lists read as it stands.)
    const lone = description && d > i + 1 && (d + 1 >= content.length || content[d + 1]!.blank);
    if (!description || !lone || description.heading > 0 || isListLabel(description) || !(readsAsDescriptionCell(description.text) || (rows >= 2 && readsAsPostLine(description.text)))) {
      pairing = false;
      out.push(line);
      continue;
    }
    rows++;
    out.push({ ...line, text: `${line.text}\t${description.text}`, raw: `${line.raw}\t${description.raw}`, end: description.end });
    i = d;
  }
  return out;
}

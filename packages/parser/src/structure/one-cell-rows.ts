import type { Line } from '../scan/scan-lines.js';
import { COLUMN_CAPTION } from '../roster/caption-row.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readsAsDescriptionCell, readsAsPairedDescription } from '../roster/stacked-cells.js';
import { isChairWord } from '../roster/describe.js';
import { looksLikeInitials } from '../text/names.js';
import { readRosterHeading } from '../roster/headings.js';
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
 * The indexes of `count` cells written one to a paragraph from `at` on (one blank line between cells, and one after the
 * last), or null where the lines do not stand so.
 */
function cellParagraphs(content: Line[], at: number, count: number): number[] | null {
  const cells: number[] = [];
  for (let k = at; cells.length < count; k += 2) {
    if (content[k] === undefined || content[k]!.blank || (k > at && !content[k - 1]!.blank)) return null;
    cells.push(k);
  }
  const after = content[cells[cells.length - 1]! + 1];
  return after === undefined || after.blank ? cells : null;
}

/** The name and description cells of a row written a cell to a paragraph, opening at `at`, or null. */
function pairedParagraphsAt(content: Line[], at: number): number[] | null {
  const cells = cellParagraphs(content, at, 2);
  if (!cells) return null;
  const [name, description] = [content[cells[0]!]!, content[cells[1]!]!];
  return isPersonCell(name) && !isPersonCell(description) && description.heading === 0 && !isListLabel(description) && readsAsPairedDescription(description.text) ? cells : null;
}

const isMarkedHeading = (line: Line | undefined) => line !== undefined && !line.blank && (line.heading > 0 || line.bold);

/**
 * "LSMP members" (a marked heading, or a label with its colon), then "Ann Lee" / "Home Office" / "Tom Hall" / "London
 * Councils", each a paragraph: the list's table written a cell to a paragraph, as its caption row would say. Two rows so,
 * or one alone between marked headings ("Chair" over the chair's row, then "Attendance").
 */
function headsPairedParagraphs(content: Line[], at: number): boolean {
  const label = content[at]!;
  if (!(isMarkedHeading(label) || label.text.endsWith(':')) || label.text.length > MAX_CAPTION_LINE) return false;
  const first = pairedParagraphsAt(content, filledFrom(content, at + 1));
  if (first === null) return false;
  const after = filledFrom(content, first[1]! + 1);
  return (pairedParagraphsAt(content, after) !== null || (isMarkedHeading(label) && isMarkedHeading(content[after]))) && readRosterHeading(label.text, true)?.rest === '';
}

/**
 * "Role" under the list's heading, then "Jo FINCH" / "Director of Finance" / "Sam POE" / "Audit Office", each
 * cell a paragraph of its own: a table a web page or a converter wrote one cell to a line, blank lines between.
 * Each name and the description under it are joined into one row ("Jo FINCH<tab>Director of Finance"), as a
 * table's row is written, so that the lists read them as the rows they were. Only lines after such a caption are read.
 */
export function joinOneCellRows(content: Line[]): Line[] {
  if (!content.some((line, k) => endsWithCaption(line) || headsPairedParagraphs(content, k))) return content;
  const out: Line[] = [];
  let pairing = false;
  // Rows joined since the caption: once the rhythm is set, a post that reads like a name ("Registered Nurse") is still the description.
  let rows = 0;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    const opens = endsWithCaption(line) || headsPairedParagraphs(content, i);
    if (opens) {
      pairing = true;
      rows = 0;
    }
    // Once the rhythm is set, a name the roster reader doubts ("Anne Marie MACHAN") still opens a row.
    // (A heading in capitals, "II DECLARATION OF INTEREST", opens no row.)
    if (!pairing || !(isPersonCell(line) || (rows >= 2 && !isListLabel(line) && readsAsPostLine(line.text) && /\p{Ll}/u.test(line.text)))) {
      if (!line.blank && !opens && !isListLabel(line)) pairing = false;
      out.push(line);
      continue;
    }
    const d = filledFrom(content, i + 1);
    const description = content[d];
    // Each cell a paragraph: a blank line parts the name from the description, and ends the description.
    // (Name and description on lines one under the other are a row the lists read as it stands.)
    const lone = description && d > i + 1 && (d + 1 >= content.length || content[d + 1]!.blank);
    if (!description || !lone || description.heading > 0 || isListLabel(description) || !(readsAsDescriptionCell(description.text) || readsAsPairedDescription(description.text) || (rows >= 2 && readsAsPostLine(description.text)))) {
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

/** The row of three cells, each a paragraph, that opens at `at`: the indexes of its initials, name and description cells. */
function initialledRowAt(content: Line[], at: number): number[] | null {
  const initials = content[at];
  // "RB", or "Chair" in the initials column of the chair's row.
  if (!initials || initials.blank || initials.heading > 0 || !(looksLikeInitials(initials.text) || isChairWord(initials.text))) return null;
  const cells = cellParagraphs(content, at, 3);
  if (!cells) return null;
  const [name, description] = [content[cells[1]!]!, content[cells[2]!]!];
  return isPersonCell(name) && description.heading === 0 && !isListLabel(description) && readsAsDescriptionCell(description.text, true) ? cells : null;
}

/**
 * "RB" / "Richard Barnes" / "Deputy Mayor of London" / "HH" / ..., each cell a paragraph of its own: a table with an
 * initials column that a converter wrote one cell to a paragraph (a .docx's raw text, a PDF's text boxes). Two such rows
 * or more, one after the other, are joined into rows ("RB<tab>Richard Barnes<tab>Deputy Mayor of London") as the table
 * wrote them; a lone "AB" over a name is left as it stands.
 */
export function joinInitialledOneCellRows(content: Line[]): Line[] {
  const out: Line[] = [];
  let inRows = false;
  for (let i = 0; i < content.length; i++) {
    const row = initialledRowAt(content, i);
    if (!row || !(inRows || initialledRowAt(content, row[2]! + 2))) {
      if (!content[i]!.blank) inRows = false;
      out.push(content[i]!);
      continue;
    }
    const cells = row.map((k) => content[k]!);
    out.push({ ...cells[0]!, text: cells.map((c) => c.text).join('\t'), raw: cells.map((c) => c.raw).join('\t'), end: cells[2]!.end });
    inRows = true;
    i = row[2]!;
  }
  return out;
}

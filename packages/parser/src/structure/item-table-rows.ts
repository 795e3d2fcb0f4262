import type { Line } from '../scan/scan-lines.js';
import { ROW_LABEL_WORDS, readRowTitle, readsAsTitle } from '../agenda/row-title.js';
import type { ItemSection } from './segment.js';
import { findDates } from '../dates/parse-date.js';

/**
 * A committee website's "No. | Item" table saved as text (modern.gov's agenda and minutes pages): the number
 * column is lost, and each row runs the item's title, the agenda's note and the record ("Minutes: ...",
 * "Decision: ...") together, the rows parted by blank lines (the empty "|" rows) or, where the pipes were lost
 * too, one row after another. Each row whose first line opens with a title is an item; a row whose title was
 * lost ("To consider the report ...") goes on the item above.
 */

// The table's caption row: "No. | Item |", "| No. | Item |", "No.<tab>Item" (its empty cells aside).
const CAPTION_CELLS = /^(?:no\.?|item\s+no\.?)$/i;
// "No. Item", "Note No. Item": the same captions where the page's cells were saved as spaces.
const SPACED_CAPTION = /^(?:note\s+)?(?:item\s+)?no\.?\s+items?$/i;
// "70." on a line of its own: the number cell of a row whose title follows.
const BARE_NUMBER = /^\d{1,4}\.?$/;
// A caption row is short, whatever empty cells trail it.
const MAX_CAPTION = 80;
// "Minutes: The draft minutes were noted.": the record's label parts a line, as the page printed it on a line of its own.
const LABEL = new RegExp(`(?:^|\\s)((?:${ROW_LABEL_WORDS}):)\\s*`, 'g');
// "1.<tab>Apologies ...": a row that kept its number cell.
const NUMBER_CELL = /^(\d{1,4}(?:\.\d{1,2})?)\.?\t+/;
const RECORD_PARAGRAPH = /^\d{1,3}\.\d{1,2}\s/;
// "To receive ...", "To confirm ...": how an agenda's note opens.
const NOTE_ROW = /^To\s\p{Ll}/u;
// Rows a title alone may make: a short line ("Apologies for Absence").
const MAX_ALONE_WORDS = 12;

/** The table's rows as items, and the lines before its caption; null where the content holds no such table. */
export function readItemTableRows(content: readonly Line[]): { before: Line[]; orphans: Line[]; items: ItemSection[] } | null {
  const at = content.findIndex(isCaptionRow);
  if (at < 0) return null;
  const rows = content.slice(at + 1);
  // Under "No. Item" written with spaces, numbers on lines of their own ("70.") head the items: the walk reads those.
  // (Nor where the page's text was saved wrapped, a line to a paragraph: "... as a member of" over "the Baring Trust".)
  if (!/[\t|]/.test(content[at]!.text) && rows.some((l) => BARE_NUMBER.test(l.text) || /^\p{Ll}/u.test(l.text))) return null;
  // With no empty rows between them, any line may open a row: only a title read from it does.
  const parted = rows.some((l) => l.blank);
  // Rows with no "Minutes:" or "Decision:" anywhere: the page lost its labels with the numbers, and may end its titles with a
  // full stop ("Appointment of Chairman."), as its first row shows ("None received." below a title is the record).
  const first = rows.find((l) => !l.blank);
  const stopped =
    parted && first !== undefined && stoppedTitle(first.text, true) !== first.text && !rows.some((l) => LABEL_ALONE.test(l.text) || ROW_LABEL_INSIDE.test(l.text));
  const items: ItemSection[] = [];
  // Rows above the first title read (the first row's title lost: "1.1 Apologies were received from ..."): text before the items.
  const orphans: Line[] = [];
  let rowStart = true;
  // "23-24/FRA/1" in a row of its own: the number cell, saved on a line above its row's title.
  let numberCell: string | null = null;
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k]!;
    if (line.blank) {
      rowStart = true;
      continue;
    }
    if (parted && rowStart && soleLine(rows, k) && isNumberCell(line.text)) {
      numberCell = line.text.replace(/\.$/, '');
      continue;
    }
    const opened = rowStart || !parted ? openRow(line, rowStart && soleLine(rows, k), labelFollows(rows, k), stopped) : null;
    rowStart = false;
    if (opened && opened !== 'section' && numberCell !== null) opened.heading = { ...opened.heading, number: opened.heading.number ?? numberCell };
    numberCell = null;
    if (opened === 'section') continue;
    if (opened) items.push(opened);
    else if (items.length > 0) items[items.length - 1]!.lines.push(...atLabels(line, line.text));
    else orphans.push(line);
  }
  return items.length >= 2 ? { before: content.slice(0, at + 1), orphans, items } : null;
}

// "23-24/FRA/1", "CAB 12/23", "45/23": a minute's reference, parts joined by "/", "-" or "." with a number among them.
const REFERENCE_CELL = /^[A-Z\d]{1,6}(?:[ /.-][A-Z\d]{1,6}){1,3}\.?$/;

/** A row's number cell alone on its line: "70." or a minute's reference; no date ("30/03/2023"). */
function isNumberCell(text: string): boolean {
  return BARE_NUMBER.test(text) || (REFERENCE_CELL.test(text) && /\d/.test(text) && /[/-]/.test(text) && findDates(text).length === 0);
}

/** "No. | Item |": a row of two captions, the number's and the item's. */
function isCaptionRow(line: Line): boolean {
  if (line.blank || line.code || line.text.length > MAX_CAPTION || !/item/i.test(line.text)) return false;
  const cells = line.text.split(/[\t|]/).map((c) => c.trim()).filter(Boolean);
  if (cells.length === 1) return SPACED_CAPTION.test(cells[0]!);
  return cells.length === 2 && CAPTION_CELLS.test(cells[0]!) && /^items?$/i.test(cells[1]!);
}

// "Additional documents:", "Minutes:": a row's label on a line of its own.
const LABEL_ALONE = new RegExp(`^(?:${ROW_LABEL_WORDS}):$`);

/** Whether the next filled line after `k` is a row's label alone. */
function labelFollows(rows: readonly Line[], k: number): boolean {
  let j = k + 1;
  while (j < rows.length && rows[j]!.blank) j++;
  return j < rows.length && LABEL_ALONE.test(rows[j]!.text);
}

/** A line with blank lines (or the table's end) on both sides: a row of one line. */
function soleLine(rows: readonly Line[], k: number): boolean {
  return rows[k + 1] === undefined || rows[k + 1]!.blank;
}

/**
 * The item a row's first line opens, 'section' for a caption in capitals over a group of rows ("PROCEDURAL
 * MATTERS"), or null where the line opens with no title.
 */
function openRow(line: Line, alone: boolean, labelled: boolean, stopped: boolean): ItemSection | 'section' | null {
  const numbered = NUMBER_CELL.exec(line.text);
  const text = stoppedTitle(numbered ? line.text.slice(numbered[0].length) : line.text, alone && stopped);
  // "3.1  The minutes were agreed.": a numbered paragraph of the record, no title.
  if (RECORD_PARAGRAPH.test(text)) return null;
  const row = readRowTitle(text);
  if (row) return { heading: { number: numbered?.[1] ?? null, title: row.title, rest: '' }, line, lines: atLabels(line, row.rest) };
  // "Apologies for Absence |": a row of an agenda, its title alone.
  // (A longer one where the row's label follows it: "Minutes of the meetings held on ... (Part Reserved)" over "Additional documents:".)
  // ("To confirm the Minutes of the meeting held on ...": the agenda's note in a row of its own below the title.)
  if (!alone || (text.split(/\s+/).length > MAX_ALONE_WORDS && !labelled) || !readsAsTitle(text) || NOTE_ROW.test(text)) return null;
  if (!numbered && !/\p{Ll}/u.test(text)) return 'section';
  return { heading: { number: numbered?.[1] ?? null, title: text, rest: '' }, line, lines: [] };
}

// "Minutes: The draft minutes were noted.": a label inside a row's line.
const ROW_LABEL_INSIDE = new RegExp(`(?:^|\\s)(?:${ROW_LABEL_WORDS}):`);
// "Key updates on contracts. pdf icon PDF 218 KB": a title's full stop, what follows it on the line a document's size.
const TITLE_STOP = /^([^.]+)\.((?:\s+pdf icon)?(?:\s+(?:PDF|DOCX?)\s+[\d.]+\s*[KM]B)?)$/i;

// A stopped title is a short phrase ("Key updates on contracts."), no sentence of the record.
const MAX_STOPPED_WORDS = 8;
// "The Board considered a report.", "It was noted.": a record's sentence opens with its subject.
const SENTENCE_SUBJECT = /^(?:the|a|an|it|this|there|they|we|he|she)\s/i;

/**
 * "Appointment of Chairman." alone in its row of a table that lost its labels: the title without its full stop.
 * (A title of two words or more, no sentence: "Noted." is a record's line.)
 */
function stoppedTitle(text: string, stopped: boolean): string {
  const m = stopped ? TITLE_STOP.exec(text) : null;
  const words = m ? m[1]!.trim().split(/\s+/).length : 0;
  if (!m || words < 2 || words > MAX_STOPPED_WORDS || SENTENCE_SUBJECT.test(m[1]!)) return text;
  return `${m[1]!.trim()}${m[2]}`;
}

/** The text as the lines the page printed: the note, then each label on a line of its own above what it labels. */
function atLabels(line: Line, text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const m of text.matchAll(LABEL)) {
    const before = text.slice(from, m.index).trim();
    if (before) out.push({ ...line, text: before });
    out.push({ ...line, text: m[1]! });
    from = m.index + m[0].length;
  }
  const after = text.slice(from).trim();
  if (after) out.push({ ...line, text: after });
  return out;
}

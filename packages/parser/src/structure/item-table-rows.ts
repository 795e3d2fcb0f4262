import type { Line } from '../scan/scan-lines.js';
import { ROW_LABEL_WORDS, readRowTitle, readsAsTitle } from '../agenda/row-title.js';
import type { ItemSection } from './segment.js';

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
  const items: ItemSection[] = [];
  // Rows above the first title read (the first row's title lost: "1.1 Apologies were received from ..."): text before the items.
  const orphans: Line[] = [];
  let rowStart = true;
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k]!;
    if (line.blank) {
      rowStart = true;
      continue;
    }
    const opened = rowStart || !parted ? openRow(line, rowStart && soleLine(rows, k), labelFollows(rows, k)) : null;
    rowStart = false;
    if (opened === 'section') continue;
    if (opened) items.push(opened);
    else if (items.length > 0) items[items.length - 1]!.lines.push(...atLabels(line, line.text));
    else orphans.push(line);
  }
  return items.length >= 2 ? { before: content.slice(0, at + 1), orphans, items } : null;
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
function openRow(line: Line, alone: boolean, labelled: boolean): ItemSection | 'section' | null {
  const numbered = NUMBER_CELL.exec(line.text);
  const text = numbered ? line.text.slice(numbered[0].length) : line.text;
  // "3.1  The minutes were agreed.": a numbered paragraph of the record, no title.
  if (RECORD_PARAGRAPH.test(text)) return null;
  const row = readRowTitle(text);
  if (row) return { heading: { number: numbered?.[1] ?? null, title: row.title, rest: '' }, line, lines: atLabels(line, row.rest) };
  // "Apologies for Absence |": a row of an agenda, its title alone.
  // (A longer one where the row's label follows it: "Minutes of the meetings held on ... (Part Reserved)" over "Additional documents:".)
  if (!alone || (text.split(/\s+/).length > MAX_ALONE_WORDS && !labelled) || !readsAsTitle(text)) return null;
  if (!numbered && !/\p{Ll}/u.test(text)) return 'section';
  return { heading: { number: numbered?.[1] ?? null, title: text, rest: '' }, line, lines: [] };
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

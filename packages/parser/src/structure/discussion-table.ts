import type { Line } from '../scan/scan-lines.js';
import type { ItemSection } from './segment.js';

/**
 * Minutes kept as one table, a row per topic discussed: "Discussion Points | Notes/Action Items | Actions:
 * Responsible" (working groups' templates). Each row's first cell is an item's title and its other cells the
 * item's text; a column captioned "Actions" holds the item's actions, read under that caption.
 */

// The first column's caption: what each row is about.
const TOPIC_CAPTION = /^(?:discussion\s+points?|discussion\s+topics?|topics?(?:\s+discussed)?|agenda\s+items?|subjects?)$/i;
// "Actions: Responsible/None", "Actions / Owner", "Action": the column of what was left to do.
const ACTION_CAPTION = /^actions?(?=$|[\s:/])/i;
// An action cell saying there is none.
const NO_ACTION = /^(?:n\/?a|none|-|–)\.?$/i;

/** The rows of a table captioned so, as items; null where `lines` hold no such table. */
export function readDiscussionTable(lines: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  const at = lines.findIndex((l) => l.text.includes('\t') && TOPIC_CAPTION.test(l.text.slice(0, l.text.indexOf('\t')).trim()));
  if (at < 0) return null;
  const captions = lines[at]!.text.split('\t').map((c) => c.trim());
  const actionColumn = captions.findIndex((c, k) => k > 0 && ACTION_CAPTION.test(c));
  const items: ItemSection[] = [];
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k]!;
    // A markdown table's rule reads as a blank line, but the table goes on.
    if (line.blank && line.raw.includes('|')) continue;
    // A row whose other cells are empty lost its tabs with its trailing white space: its markup still shows it is a row.
    if (line.blank || !(line.text.includes('\t') || line.raw.includes('|') || line.raw.includes('<td'))) break;
    const cells = line.text.split('\t').map((c) => c.trim());
    const title = cells[0]!;
    if (title === '') continue;
    const notes = cells.filter((c, j) => j > 0 && j !== actionColumn && c !== '');
    const action = actionColumn > 0 ? (cells[actionColumn] ?? '') : '';
    const body: Line[] = notes.map((text) => ({ ...line, text }));
    // The action cell read under the column's caption, as a list of its own after the notes.
    if (action !== '' && !NO_ACTION.test(action)) body.push({ ...line, text: '', blank: true }, { ...line, text: 'Actions:' }, { ...line, text: action });
    items.push({ heading: { number: null, title, rest: '' }, line, lines: body });
  }
  return items.length >= 2 ? { before: lines.slice(0, at), items } : null;
}

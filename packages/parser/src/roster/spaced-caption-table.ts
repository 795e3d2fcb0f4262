import type { Line } from '../scan/scan-lines.js';
import { looksLikeSurname, splitPersonName } from '../text/names.js';

// "Name Agency" over "Cllr Jo Finch Borough Council (Chair)": a web page's table of the people and whom they come from,
// its cells parted by one space when the page was turned into text. The caption says every row below is a name, then its
// description; with no caption, a row's words cannot be parted so surely (see name-before-body.ts).
const SPACED_CAPTION = /^names?\s(?:agency|organi[sz]ations?|representing|affiliations?|roles?|titles?|positions?|body)$/i;
const MAX_CAPTION = 24;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** "Name Agency", "Name Organisation": the caption row of such a table. */
export function isSpacedCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_CAPTION && !t.includes('\t') && SPACED_CAPTION.test(t);
}

/**
 * "Cllr Jo Finch Borough Council (Chair)" -> ["Cllr Jo Finch", "Borough Council (Chair)"]: the honorifics, a given name and a
 * surname, then the rest; null where the row is not so shaped (a row with its tab kept is parted already).
 */
export function splitCaptionedRow(text: string): [string, string] | null {
  if (text.includes('\t')) return null;
  const words = text.trim().split(/\s+/);
  const honorific = splitPersonName(text).honorific;
  const at = honorific ? honorific.split(' ').length : 0;
  const given = words[at];
  const surname = words[at + 2] === undefined ? undefined : words[at + 1];
  if (!given || !surname || !NAME_WORD.test(given) || !looksLikeSurname(surname) || !/^[\p{Lu}(]/u.test(words[at + 2]!)) return null;
  return [words.slice(0, at + 2).join(' '), words.slice(at + 2).join(' ')];
}

/** The caption and the rows under it parted with a tab, as the table's cells were; other lines as they are. */
export function withCaptionedRowsParted(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => isSpacedCaption(l.text));
  if (at === -1) return lines;
  const out = lines.slice();
  out[at] = { ...lines[at]!, text: lines[at]!.text.trim().replace(' ', '\t') };
  for (let k = at + 1; k < lines.length; k++) {
    const split = splitCaptionedRow(lines[k]!.text);
    if (!split) continue;
    out[k] = { ...lines[k]!, text: `${split[0]}\t${split[1]}` };
  }
  return out;
}

/** Whether the list's lines so far hold such a caption, and the line is a row that fits under it. */
export function goesOnCaptionedRows(text: string, lines: readonly Line[]): boolean {
  return splitCaptionedRow(text) !== null && lines.some((l) => isSpacedCaption(l.text));
}

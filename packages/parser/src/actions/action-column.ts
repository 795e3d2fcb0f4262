import type { Block } from '../agenda/blocks.js';
import type { OwnerResolver } from './owners.js';

const COLUMN_LINE = /^(\p{Lu}[\p{L}&]{1,7})\s+(?:to\s+\p{Ll}|[–—-]\s*will\s+\p{Ll})/u;
const ORGANISATION_ACRONYM = /^[\p{Lu}&]{2,8}$/u;

/**
 * A line of the right-hand action column that PDF extraction cut into the text:
 * a short block of its own whose subject is roster initials or an organisation's
 * acronym, followed by "to <verb>" or "– will <verb>" ("RS to contact JR").
 */
export function isActionColumnBlock(block: Block, resolver: OwnerResolver): boolean {
  // The pattern needs "to" or "will", which most blocks do not have.
  if (block.lines.length > 3 || block.text.length > 140 || !(block.text.includes('to') || block.text.includes('will'))) return false;
  const m = COLUMN_LINE.exec(block.text);
  if (!m) return false;
  const subject = m[1]!;
  return resolver.hasInitials(subject) || ORGANISATION_ACRONYM.test(subject) || resolver.person(subject) !== null;
}

// "RS to contact JR", "RBe to send", "GLA to circulate": initials or an acronym (two capitals or more), then "to" and a
// verb, as the column's lines open; the roster's own initials are checked later, with the block.
const INITIALLED_COLUMN_LINE = /^\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{Ll}]{0,4}\s+(?:to\s+\p{Ll}|[–—-]\s*will\s+\p{Ll})/u;
// A column's cell is narrow: a longer line is prose that happens to open with initials.
const COLUMN_LINE_MAX = 80;

/**
 * In a text with no blank lines between its paragraphs, where a line of the action column stands
 * ("... on indicators." / "JE to contribute data" / "RS to contact JR"): after a sentence's end or
 * another such line, or cut into a sentence that goes on below it in lower case, a short line whose
 * subject is initials is a block of its own. Returns 'alone' when the line below goes on with the
 * sentence the column line was cut into, 'start' when the line only starts a block, null otherwise.
 */
export function columnLineCut(above: string, text: string, below: string | undefined): 'alone' | 'start' | null {
  if (!isColumnLine(text)) return null;
  if (/[.!?]$/.test(above) || INITIALLED_COLUMN_LINE.test(above)) return 'start';
  // ("... focus on what the LSMP will do" / "DW to follow up as required" / "with information. She ..."): the line of
  // the paragraph above is wider than the column's.
  const cutInto = below !== undefined && /^\p{Ll}/u.test(below) && above.length >= text.length * 2;
  return cutInto ? 'alone' : null;
}

/** "RS to contact JR": a short line that reads as one cell of the action column. */
export function isColumnLine(text: string): boolean {
  // ("MG to follow up. Meeting closed ...": a cell holds one task; a second sentence on the line makes it prose.)
  return text.length <= COLUMN_LINE_MAX && INITIALLED_COLUMN_LINE.test(text) && !/[.!?]\s/.test(text);
}

/** A paragraph the column line was cut into continues after it. */
export function continuesAcross(before: Block, after: Block): boolean {
  return !/[.!?:;)"”]$/.test(before.text) || /^\p{Ll}/u.test(after.text);
}

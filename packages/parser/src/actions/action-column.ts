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

/** A paragraph the column line was cut into continues after it. */
export function continuesAcross(before: Block, after: Block): boolean {
  return !/[.!?:;)"”]$/.test(before.text) || /^\p{Ll}/u.test(after.text);
}

import type { OwnerResolver } from '../actions/owners.js';
import { dashOwners } from '../actions/closing-owners.js';
import { type Block, joinLines } from './blocks.js';

/** The fewest entries closed by their owners that make the lines under a caption a list. */
const MIN_OWNED_ENTRIES = 2;

/**
 * "Action:" over "Put the rides on the website – JW" / "Redesign the form – JW" with no blank line between: the caption
 * and its entries one block, which parts into the caption and a block a line, as blank lines would have parted them.
 * Every entry but the last must close with owners the roster knows ("– JW"), so that a wrapped sentence stays whole;
 * the last may have lost its owners to a cut.
 */
export function partCaptionEntries(blocks: Block[], resolver: OwnerResolver, isCaption: (text: string) => boolean): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const entries = block.lines.slice(1);
    const owned = entries.length >= MIN_OWNED_ENTRIES && isCaption(block.lines[0]!.text) ? entries.map((line) => dashOwners(line.text, resolver) !== null) : [];
    const parted = owned.length > 0 && owned.slice(0, -1).every(Boolean) && owned.filter(Boolean).length >= MIN_OWNED_ENTRIES;
    if (!parted) {
      out.push(block);
      continue;
    }
    for (const line of block.lines) out.push({ lines: [line], text: joinLines([line]) });
  }
  return out;
}

import type { Line } from '../scan/scan-lines.js';
import { looksLikeInitials } from '../text/names.js';

/** Initials set in bold in a line's source ("**QZ** reported"), with their offsets in the whole text. */
export interface BoldInitials {
  initials: string;
  start: number;
  end: number;
}

/**
 * Every "**XY**" that stands before a lower-case word, as minutes attribute remarks
 * mid-paragraph ("**AF** opened the item. **QZ** reported ..."). One pass per line.
 */
export function findBoldInitials(lines: readonly Line[]): BoldInitials[] {
  const found: BoldInitials[] = [];
  for (const line of lines) {
    const { raw } = line;
    for (let open = raw.indexOf('**'); open !== -1; ) {
      const close = raw.indexOf('**', open + 2);
      if (close === -1) break;
      const inner = raw.slice(open + 2, close);
      const after = raw.charAt(close + 3);
      if (looksLikeInitials(inner) && raw.charAt(close + 2) === ' ' && after !== after.toUpperCase()) {
        found.push({ initials: inner, start: line.start + open + 2, end: line.start + close });
        open = raw.indexOf('**', close + 2);
      } else open = close;
    }
  }
  return found;
}

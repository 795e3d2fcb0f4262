import type { Line } from '../scan/scan-lines.js';

const SENTENCE_END = /[.!?:;]$/;
const LOWER_START = /^\p{Ll}/u;

/**
 * Drops the blank lines a page break left inside a sentence: where removed page
 * furniture stands between a line that stops mid-sentence and a line that goes on
 * in lower case, the two lines become one paragraph again. Furniture lines are
 * already blank in `content`; `furniture` holds their indexes.
 */
export function rejoinAcrossPageBreaks(content: Line[], furniture: Set<number>): Line[] {
  if (furniture.size === 0) return content;
  const dropped = new Set<number>();
  let lastText = -1; // index in content of the last non-blank line
  let sawFurniture = false;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (line.blank) {
      if (furniture.has(line.index)) sawFurniture = true;
      continue;
    }
    if (sawFurniture && lastText !== -1 && !SENTENCE_END.test(content[lastText]!.text) && LOWER_START.test(line.text)) {
      for (let k = lastText + 1; k < i; k++) dropped.add(k);
    }
    lastText = i;
    sawFurniture = false;
  }
  return dropped.size === 0 ? content : content.filter((_, k) => !dropped.has(k));
}

import type { Position } from '@lsmp/model';
import type { LineIndex } from '../position/line-index.js';

/**
 * Finds phrases of a paragraph's cleaned text in its source, left to right, so that a
 * record can point at its own words rather than the whole paragraph. Searches only the
 * paragraph's source, and gives up on the paragraph at the first phrase the cleaning
 * changed (a no-break space, a mark): the caller keeps the paragraph's span then.
 */
export class PhraseLocator {
  private readonly source: string;
  private from = 0;
  private lost = false;

  constructor(
    text: string,
    private readonly index: LineIndex,
    private readonly within: Position,
  ) {
    this.source = text.slice(within.start.offset, within.end.offset);
  }

  locate(phrase: string): Position | null {
    if (this.lost || !phrase) return null;
    const at = this.source.indexOf(phrase, this.from);
    if (at === -1) {
      this.lost = true;
      return null;
    }
    this.from = at + phrase.length;
    const start = this.within.start.offset + at;
    return this.index.span(start, start + phrase.length);
  }
}

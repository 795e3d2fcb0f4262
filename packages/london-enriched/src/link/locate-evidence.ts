import type { Position } from '@lsmp/model';
import { LineIndex } from '@lsmp/parser';
import { eachMatch } from './each-match.js';

// The same words are found in meeting after meeting: each pattern is made once, in a cache that is emptied when full.
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 1000;

function flexible(words: string): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    pattern = new RegExp(words.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    patterns.set(words, pattern);
  }
  return pattern;
}

/**
 * Finds evidence words in the source text. A node's text may differ from its span in
 * the source (joined lines, a dropped number or bullet), so the words are looked up in
 * that span: the n-th occurrence in the text is taken to be the n-th in the span.
 */
export class EvidenceLocator {
  readonly #source: string | undefined;
  #index: LineIndex | undefined;

  constructor(source?: string) {
    this.#source = source;
  }

  /** The span of `text.slice(start, end)` in the source, or undefined when it cannot be told. */
  locate(text: string, start: number, end: number, position: Position | undefined): Position | undefined {
    if (!position) return undefined;
    if (this.#source === undefined) {
      // Without the source, only a one-line node whose text fills its span maps directly.
      const fills = position.start.line === position.end.line && position.end.offset - position.start.offset === text.length;
      if (!fills) return undefined;
      const at = (offset: number) => ({ line: position.start.line, column: position.start.column + offset, offset: position.start.offset + offset });
      return { start: at(start), end: at(end) };
    }
    const pattern = flexible(text.slice(start, end));
    let occurrence = 0;
    eachMatch(text.slice(0, start), pattern, 0, () => void occurrence++);
    let found: RegExpExecArray | undefined;
    eachMatch(this.#source.slice(position.start.offset, position.end.offset), pattern, 0, (match) => {
      if (occurrence-- > 0) return true;
      found = match;
      return false;
    });
    if (!found) return undefined;
    const from = position.start.offset + found.index;
    // Made at the first evidence found: a meeting without any needs no index of its lines.
    this.#index ??= new LineIndex(this.#source);
    return this.#index.span(from, from + found[0].length);
  }
}

import type { Position } from '@lsmp/model';
import { LineIndex } from '@lsmp/parser';

function flexible(words: string): RegExp {
  return new RegExp(words.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
}

/**
 * Finds evidence words in the source text. A node's text may differ from its span in
 * the source (joined lines, a dropped number or bullet), so the words are looked up in
 * that span: the n-th occurrence in the text is taken to be the n-th in the span.
 */
export class EvidenceLocator {
  readonly #source: string | undefined;
  readonly #index: LineIndex | undefined;

  constructor(source?: string) {
    this.#source = source;
    this.#index = source === undefined ? undefined : new LineIndex(source);
  }

  /** The span of `text.slice(start, end)` in the source, or undefined when it cannot be told. */
  locate(text: string, start: number, end: number, position: Position | undefined): Position | undefined {
    if (!position) return undefined;
    if (this.#source === undefined || this.#index === undefined) {
      // Without the source, only a one-line node whose text fills its span maps directly.
      const fills = position.start.line === position.end.line && position.end.offset - position.start.offset === text.length;
      if (!fills) return undefined;
      const at = (offset: number) => ({ line: position.start.line, column: position.start.column + offset, offset: position.start.offset + offset });
      return { start: at(start), end: at(end) };
    }
    const pattern = flexible(text.slice(start, end));
    const occurrence = [...text.slice(0, start).matchAll(pattern)].length;
    const span = this.#source.slice(position.start.offset, position.end.offset);
    const found = [...span.matchAll(pattern)][occurrence];
    if (!found) return undefined;
    const from = position.start.offset + found.index;
    return this.#index.span(from, from + found[0].length);
  }
}

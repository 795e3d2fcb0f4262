import type { CompiledTerm } from './compile-vocabulary.js';

// Keys are spelled in a-z and 0-9: one trie row of 36 slots per node.
const SLOTS = 36;

/**
 * The slot of a character in a key (-1 for none): a-z, then 0-9. A pattern that ignores
 * case also takes the long s for "s" and the Kelvin sign for "k" (Unicode case folding).
 */
function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  if (code === 0x17f) return 18;
  if (code === 0x212a) return 10;
  return -1;
}

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => Number(slot(code) !== -1));
// The patterns' own class, without case folding: the narrower set, so no word start is missed.
const WORD = /[\p{L}\p{N}]/uy;

/**
 * Finds, in one pass over a text, the terms that may match it: those whose keys all begin
 * words there. Running only their patterns, each from the first place its match can start,
 * gives the same matches as running every pattern over the whole text.
 */
export class TermIndex {
  /** The trie: row `node * SLOTS` holds the child of each slot, 0 for none (node 0 is the root). */
  readonly #children: Int32Array;
  /** The key spelled by each node, -1 for none. */
  readonly #keyAt: number[] = [-1];
  /** For each term, its keys; the first of them starts its matches when `#anchored`. */
  readonly #termKeys: number[][];
  readonly #anchored: boolean[];
  /** Per text: where each key first begins a word (-1: nowhere), and where each term's search starts. */
  readonly #firstAt: Int32Array;
  readonly #starts: Int32Array;

  constructor(terms: readonly CompiledTerm[]) {
    const keyIds = new Map<string, number>();
    for (const term of terms) for (const key of term.keys) if (!keyIds.has(key)) keyIds.set(key, keyIds.size);
    this.#children = new Int32Array(([...keyIds.keys()].reduce((sum, key) => sum + key.length, 0) + 1) * SLOTS);
    for (const [key, id] of keyIds) this.#keyAt[this.#insert(key)] = id;
    this.#termKeys = terms.map((term) => term.keys.map((key) => keyIds.get(key)!));
    this.#anchored = terms.map((term) => term.keyStartsMatch);
    this.#firstAt = new Int32Array(keyIds.size);
    this.#starts = new Int32Array(terms.length);
  }

  #insert(key: string): number {
    let node = 0;
    for (let at = 0; at < key.length; at++) {
      const cell = node * SLOTS + slot(key.charCodeAt(at));
      if (this.#children[cell] === 0) {
        this.#children[cell] = this.#keyAt.length;
        this.#keyAt.push(-1);
      }
      node = this.#children[cell]!;
    }
    return node;
  }

  /**
   * For each term, by index, the offset to start its search from, or -1 when it cannot
   * match the text. The array is reused by the next call.
   */
  starts(text: string): Int32Array {
    this.#firstAt.fill(-1);
    let afterWord = false;
    for (let at = 0; at < text.length; ) {
      const code = text.charCodeAt(at);
      if (!afterWord) this.#walk(text, at);
      if (code < 128) {
        afterWord = ASCII_WORD[code] === 1;
        at++;
      } else {
        WORD.lastIndex = at;
        afterWord = WORD.test(text);
        // A pattern with the u flag reads a surrogate pair as one character.
        const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
        at += pair ? 2 : 1;
      }
    }
    const firstAt = this.#firstAt;
    this.#termKeys.forEach((keys, term) => {
      let start = keys.every((key) => firstAt[key]! !== -1) ? 0 : -1;
      if (start === 0 && this.#anchored[term]) start = firstAt[keys[0]!]!;
      this.#starts[term] = start;
    });
    return this.#starts;
  }

  /** Records the keys the text spells from `start` on. */
  #walk(text: string, start: number): void {
    const children = this.#children;
    let node = 0;
    for (let at = start; at < text.length; at++) {
      const next = slot(text.charCodeAt(at));
      if (next === -1) return;
      node = children[node * SLOTS + next]!;
      if (node === 0) return;
      const key = this.#keyAt[node]!;
      if (key !== -1 && this.#firstAt[key] === -1) this.#firstAt[key] = start;
    }
  }
}

import type { CompiledTerm } from './compile-vocabulary.js';

// Keys are spelled in a-z and 0-9: one trie row of 36 slots per node.
const SLOTS = 36;

/**
 * The slot of each ASCII character in a key, -1 for none: a-z (either case), then 0-9.
 * A pattern that ignores case also takes the long s for "s" and the Kelvin sign for "k"
 * (Unicode case folding); those are the only other characters that can spell a key.
 */
const ASCII_SLOTS = Int8Array.from({ length: 128 }, (_, code) => {
  const lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  if (lower >= 97 && lower <= 122) return lower - 97;
  return code >= 48 && code <= 57 ? code - 22 : -1;
});
const LONG_S = 0x17f;
const KELVIN = 0x212a;

function slot(code: number): number {
  if (code < 128) return ASCII_SLOTS[code]!;
  return code === LONG_S ? 18 : code === KELVIN ? 10 : -1;
}

// The patterns' own class, without case folding: the narrower set, so no word start is missed.
const WORD = /[\p{L}\p{N}]/uy;

/** A term that may match a text, and the offset its search can start from. */
export interface Candidate {
  term: number;
  start: number;
}

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
  /** The terms that have each key, and how many distinct keys each term has. */
  readonly #termsOfKey: number[][] = [];
  readonly #keyCounts: Int32Array;
  /** The key whose first place starts each term's matches, -1 for none. */
  readonly #anchors: Int32Array;
  /** Terms without keys: tried on every text. */
  readonly #unkeyed: number[] = [];
  /** Per text: where each key first begins a word (-1: not yet), how many keys each term still lacks, the terms with none missing. */
  readonly #firstAt: Int32Array;
  readonly #missing: Int32Array;
  #found: number[] = [];

  constructor(terms: readonly CompiledTerm[]) {
    const keyIds = new Map<string, number>();
    for (const term of terms) for (const key of term.keys) if (!keyIds.has(key)) keyIds.set(key, keyIds.size);
    this.#children = new Int32Array(([...keyIds.keys()].reduce((sum, key) => sum + key.length, 0) + 1) * SLOTS);
    for (const [key, id] of keyIds) {
      this.#keyAt[this.#insert(key)] = id;
      this.#termsOfKey.push([]);
    }
    this.#keyCounts = new Int32Array(terms.length);
    this.#anchors = new Int32Array(terms.length).fill(-1);
    terms.forEach(({ keys, keyStartsMatch }, term) => {
      const distinct = new Set(keys.map((key) => keyIds.get(key)!));
      for (const key of distinct) this.#termsOfKey[key]!.push(term);
      this.#keyCounts[term] = distinct.size;
      if (distinct.size === 0) this.#unkeyed.push(term);
      if (keyStartsMatch) this.#anchors[term] = keyIds.get(keys[0]!)!;
    });
    this.#firstAt = new Int32Array(keyIds.size);
    this.#missing = new Int32Array(terms.length);
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

  /** The terms that may match the text, in vocabulary order. */
  candidates(text: string): Candidate[] {
    this.#firstAt.fill(-1);
    this.#missing.set(this.#keyCounts);
    this.#found = [...this.#unkeyed];
    for (let at = 0; at < text.length; ) at = this.#readWord(text, at);
    if (this.#found.length === 0) return [];
    return this.#found.sort((a, b) => a - b).map((term) => ({ term, start: this.#anchors[term] === -1 ? 0 : this.#firstAt[this.#anchors[term]!]! }));
  }

  /**
   * Reads the word that may start at `start` (none if a non-letter is there), recording
   * the keys it begins with, and returns where the next word may start: after the
   * character that ends this one. One loop does both, as this runs on every word of every text.
   */
  #readWord(text: string, start: number): number {
    const children = this.#children;
    const keyAt = this.#keyAt;
    let node = 0;
    for (let at = start; at < text.length; ) {
      const code = text.charCodeAt(at);
      let word: boolean;
      if (code < 128) word = ASCII_SLOTS[code] !== -1;
      else {
        WORD.lastIndex = at;
        word = WORD.test(text);
        // A pattern with the u flag reads a surrogate pair as one character.
        if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) at++;
      }
      if (node !== -1) {
        const next = slot(code);
        node = next === -1 ? -1 : children[node * SLOTS + next]! || -1;
        if (node !== -1 && keyAt[node] !== -1 && this.#firstAt[keyAt[node]!] === -1) this.#keyFound(keyAt[node]!, start);
      }
      at++;
      if (!word) return at;
    }
    return text.length;
  }

  #keyFound(key: number, at: number): void {
    this.#firstAt[key] = at;
    for (const term of this.#termsOfKey[key]!) if (--this.#missing[term]! === 0) this.#found.push(term);
  }
}

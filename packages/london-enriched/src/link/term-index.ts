import type { CompiledTerm } from './compile-vocabulary.js';

// Keys are spelled in a-z and 0-9: one trie row of 36 slots per node.
const SLOTS = 36;

/** The slot of a letter or digit of a key, in either case: a-z, then 0-9; -1 for anything else. */
function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  return code >= 48 && code <= 57 ? code - 22 : -1;
}

/** A regex source matching any of the keys, as a trie ("mrco(?:s)?") so the engine tries each letter once. */
function alternation(keys: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const key of keys) if (key !== '') byFirst.set(key[0]!, [...(byFirst.get(key[0]!) ?? []), key.slice(1)]);
  const branches = [...byFirst].map(([first, rests]) => first + alternation(rests));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return keys.includes('') ? `(?:${body})?` : body;
}

/**
 * The text as the key regex (ASCII letters in either case) should read it, the same
 * length. A pattern that ignores case takes the long s for "s" and the Kelvin sign for
 * "k" (Unicode case folding): they are made s and k. "_" is a word character for `\b`
 * but not for the patterns: it is made a space.
 */
function keyText(text: string): string {
  if (!text.includes('_') && !text.includes('\u017f') && !text.includes('\u212a')) return text;
  return text.replaceAll('_', ' ').replaceAll('\u017f', 's').replaceAll('\u212a', 'k');
}

/** A term that may match a text, and the offset its search can start from. */
export interface Candidate {
  term: number;
  start: number;
}

const NONE: readonly Candidate[] = Object.freeze([]);

/**
 * Finds the terms that may match a text: those whose keys all begin words there. One
 * regex finds the places where a key begins a word; running only those terms' patterns,
 * each from the first place its match can start, gives the same matches as running every
 * pattern over the whole text.
 */
export class TermIndex {
  /** Where any key begins a word (null when there are no keys). */
  readonly #keyStarts: RegExp | null;
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
    const keys = [...keyIds.keys()];
    this.#keyStarts = keys.length === 0 ? null : new RegExp(`\\b${alternation(keys)}`, 'gi');
    this.#children = new Int32Array((keys.reduce((sum, key) => sum + key.length, 0) + 1) * SLOTS);
    for (const [key, id] of keyIds) {
      this.#keyAt[this.#insert(key)] = id;
      this.#termsOfKey.push([]);
    }
    this.#keyCounts = new Int32Array(terms.length);
    this.#anchors = new Int32Array(terms.length).fill(-1);
    terms.forEach(({ keys, startKey }, term) => {
      const distinct = new Set(keys.map((key) => keyIds.get(key)!));
      for (const key of distinct) this.#termsOfKey[key]!.push(term);
      this.#keyCounts[term] = distinct.size;
      if (distinct.size === 0) this.#unkeyed.push(term);
      if (startKey !== undefined) this.#anchors[term] = keyIds.get(startKey)!;
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
  candidates(text: string): readonly Candidate[] {
    const keyed = keyText(text);
    this.#firstAt.fill(-1);
    this.#missing.set(this.#keyCounts);
    this.#found = this.#unkeyed.length === 0 ? [] : [...this.#unkeyed];
    const keyStarts = this.#keyStarts;
    if (keyStarts) {
      keyStarts.lastIndex = 0;
      for (let match = keyStarts.exec(keyed); match; match = keyStarts.exec(keyed)) this.#walk(keyed, match.index);
    }
    if (this.#found.length === 0) return NONE;
    return this.#found.sort((a, b) => a - b).map((term) => ({ term, start: this.#anchors[term] === -1 ? 0 : this.#firstAt[this.#anchors[term]!]! }));
  }

  /** Records every key the text spells from `start` on (the regex found the longest). */
  #walk(text: string, start: number): void {
    let node = 0;
    for (let at = start; at < text.length; at++) {
      const next = slot(text.charCodeAt(at));
      node = next === -1 ? 0 : this.#children[node * SLOTS + next]!;
      if (node === 0) return;
      const key = this.#keyAt[node]!;
      if (key !== -1 && this.#firstAt[key] === -1) this.#keyFound(key, start);
    }
  }

  #keyFound(key: number, at: number): void {
    this.#firstAt[key] = at;
    for (const term of this.#termsOfKey[key]!) if (--this.#missing[term]! === 0) this.#found.push(term);
  }
}

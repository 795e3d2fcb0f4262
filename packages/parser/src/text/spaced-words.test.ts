import { describe, expect, it } from 'vitest';
import { findSpacedWord, listSeparatorSpans, removeHandles, replaceSpacedWord, splitAt, splitAtOwnerSeparators } from './spaced-words.js';

function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 9;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(14) }, () => alphabet[random(alphabet.length)]).join(''));
}

const PREPOSITIONS = ['of', 'in', 'for', 'at', 'to', 'on', 'with', 'from'];

// Each loop stands for the regex in its comment; random texts over a small alphabet cover the edges.
describe('spaced words equal the regexes they replace', () => {
  const texts = randomStrings([' ', '\t', '\u00a0', 'and', 'And', 'of', 'OF', 'for', 'in', 'to', 'x', 'a', 'n', 'd', '@', 'b', '-', '_', 'é', ','], 6000);

  it('findSpacedWord: text before the first preposition', () => {
    for (const s of texts) {
      const found = findSpacedWord(s, PREPOSITIONS, true);
      expect(s.slice(0, found ? found.start : s.length)).toBe(s.split(/\s+(?:of|in|for|at|to|on|with|from)\s+/i)[0]);
    }
  });

  it('replaceSpacedWord', () => {
    for (const s of texts) expect(replaceSpacedWord(s, 'and', ', ')).toBe(s.replace(/\s+and\s+/g, ', '));
  });

  it('removeHandles', () => {
    for (const s of texts) expect(removeHandles(s)).toBe(s.replace(/\s*@[\w-]+/g, ''));
  });
});

describe('separators equal the regexes they replace', () => {
  const texts = randomStrings([' ', '\t', ',', ';', '/', '&', 'and', 'band', 'andy', 'x', 'A', '_', ', '], 20000);

  it('splitAtOwnerSeparators', () => {
    for (const s of texts) expect(splitAtOwnerSeparators(s), JSON.stringify(s)).toEqual(s.split(/\s*(?:,|\/|&|;|\band\b)\s*/));
  });

  it('listSeparatorSpans', () => {
    for (const s of texts) {
      expect(splitAt(s, listSeparatorSpans(s)), JSON.stringify(s)).toEqual(s.split(/\s*[,;]\s+/));
      expect(listSeparatorSpans(s)).toEqual([...s.matchAll(/\s*[,;]\s+/g)].map((m) => [m.index, m.index + m[0].length]));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { collapseSpaces, splitTopLevel, stripMarks, trimEndColon, trimEndOf, trimListPunctuation } from './clean.js';

/** Random strings over a small alphabet, so that every edge (runs, ends, mixes) turns up. */
function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 42;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join(''));
}

const texts = randomStrings(['a', ' ', '\t', '\u00a0', '\u2003', ',', ';', '.', ':', '-', '–', '#', '!', '’', '(', ')', '\n'], 5000);

// The helpers stand for these regexes, which backtrack on long runs of white space.
describe('trailing trims equal the regexes they replace', () => {
  it('trimEndOf', () => {
    for (const s of texts) {
      expect(trimEndOf(s, ',;.')).toBe(s.replace(/[\s,;.]+$/, ''));
      expect(trimEndOf(s, ':–-')).toBe(s.replace(/[\s:–-]+$/, ''));
      expect(trimEndOf(s, '.,;:!?\'"’”', false)).toBe(s.replace(/[.,;:!?'"’”]+$/, ''));
    }
  });

  it('trimEndColon', () => {
    for (const s of texts) expect(trimEndColon(s)).toBe(s.replace(/\s*:\s*$/, ''));
  });
});

describe('collapseSpaces and splitTopLevel', () => {
  it('collapseSpaces equals replacing every run of white space with one space', () => {
    for (const s of texts) expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('splitTopLevel splits outside brackets only', () => {
    expect(splitTopLevel('A (x, y), B; C', ',;')).toEqual(['A (x, y)', 'B', 'C']);
    expect(splitTopLevel('[a;b]; c', ';')).toEqual(['[a;b]', 'c']);
  });
});

describe('trimListPunctuation', () => {
  it('drops the commas and full stops a cell ends with, but keeps an abbreviation\'s full stop', () => {
    expect(trimListPunctuation(' Quayside Trust., ')).toBe('Quayside Trust');
    expect(trimListPunctuation('Harbour Int.')).toBe('Harbour Int.');
    expect(trimListPunctuation(' Acme Ltd.,')).toBe('Acme Ltd.');
    expect(trimListPunctuation('Print.')).toBe('Print');
  });
});

describe('stripMarks', () => {
  it('keeps a link\'s words, also where a space was typed before its web target', () => {
    expect(stripMarks('Add a cache [#12](https://example.org/12)')).toBe('Add a cache #12');
    expect(stripMarks('Add a cache [#12] (https://example.org/12)')).toBe('Add a cache #12');
    expect(stripMarks('see [note] (below)')).toBe('see [note] (below)');
  });
});

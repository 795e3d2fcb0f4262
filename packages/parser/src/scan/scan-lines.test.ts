import { describe, expect, it } from 'vitest';
import { isPipeSeparator, withoutTags } from './scan-lines.js';

function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 3;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(16) }, () => alphabet[random(alphabet.length)]).join(''));
}

// The loops stand for these regexes, which backtracked on long runs of white space or "<".
describe('line helpers equal the regexes they replace', () => {
  it('isPipeSeparator', () => {
    for (const s of randomStrings(['|', '-', '---', ':', ' ', '\t', 'a', '\u00a0'], 20000)) {
      expect(isPipeSeparator(s), JSON.stringify(s)).toBe(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(s));
    }
  });

  it('withoutTags', () => {
    for (const s of randomStrings(['<', '>', 'td', ' ', 'a', '/'], 5000)) expect(withoutTags(s)).toBe(s.replace(/<[^>]*>/g, ''));
  });
});

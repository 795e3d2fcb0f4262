import { describe, expect, it } from 'vitest';
import { unwrapAutolinks } from '../text/clean.js';
import { hasTableTag, splitAtCellTags, withoutTableTags } from './html-tags.js';

function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 5;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(14) }, () => alphabet[random(alphabet.length)]).join(''));
}

// The loops stand for these regexes, which were quadratic on a line of unclosed tags or links.
describe('tag and link loops equal the regexes they replace', () => {
  it('table and cell tags', () => {
    for (const s of randomStrings(['<', '>', '/', 'td', 'TH', 'tr', 'table', 'tbody', 'thead', 'x', ' ', 'a', '_', '1', 'tdx'], 20000)) {
      expect(splitAtCellTags(s), s).toEqual(s.split(/<\/?t[dh]\b[^>]*>/gi));
      expect(hasTableTag(s), s).toBe(/<\/?(?:table|tbody|thead|tr)\b[^>]*>/i.test(s));
      expect(withoutTableTags(s), s).toBe(s.replace(/<\/?(?:table|tbody|thead|tr)\b[^>]*>/gi, ''));
    }
  });

  it('autolinks', () => {
    for (const s of randomStrings(['<', '>', 'http:', 'https:', 'mailto:', 'http', 'x', ' ', '\t', 's:'], 20000)) {
      expect(unwrapAutolinks(s), s).toBe(s.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1'));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { tagThenStatus, trailingTag } from './trailing-tag.js';

function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 11;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(14) }, () => alphabet[random(alphabet.length)]).join(''));
}

describe('trailingTag', () => {
  it('equals the regex it replaces', () => {
    const regex = /\s*\(([^()]{1,80})\)\s*[.]?\s*$/;
    for (const s of randomStrings(['(', ')', '.', ' ', '\t', 'GLA', 'x', ', '], 30000)) {
      const m = regex.exec(s);
      expect(trailingTag(s), JSON.stringify(s)).toEqual(m ? { index: m.index, inner: m[1] } : null);
    }
  });

  it('reads brackets of up to 80 characters', () => {
    expect(trailingTag(`Do it (${'a'.repeat(80)}).`)?.inner).toHaveLength(80);
    expect(trailingTag(`Do it (${'a'.repeat(81)}).`)).toBeNull();
  });
});

describe('tagThenStatus', () => {
  it('equals the regex it replaces', () => {
    const regex = /^(.*?)\s*\(([^()]{1,80})\)\s*[-–—]\s+(.+)$/s;
    for (const s of randomStrings(['(', ')', '-', '–', ' ', '\t', '\n', 'GLA', 'x', '.'], 40000)) {
      const m = regex.exec(s);
      expect(tagThenStatus(s), JSON.stringify(s)).toEqual(m ? { text: m[1], inner: m[2], status: m[3] } : null);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isPipeSeparator, scanLines, withoutTags } from './scan-lines.js';

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

describe('an HTML table written on one line', () => {
  it('is read row by row, each row spanning its own part of the line', () => {
    const text = 'Present:\n<table><tr><td>Ada Finch</td><td>Chair</td></tr><tr><td>Tom Reedbank</td></tr></table>\nEnd';
    const lines = scanLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Present:', '', 'Ada Finch\tChair', 'Tom Reedbank', 'End']);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
    expect(text.slice(lines[2]!.start, lines[2]!.end)).toBe('<tr><td>Ada Finch</td><td>Chair</td></tr>');
    expect(text.slice(lines[3]!.start, lines[3]!.end)).toBe('<tr><td>Tom Reedbank</td></tr></table>');
  });
});

describe('an HTML table flattened one cell to a line', () => {
  it('reads "Introductions |" as its cell and "|" alone as an empty one, and leaves other pipes alone', () => {
    const lines = scanLines('1 |\nIntroductions |\n|\nAll were welcomed. |\nA | B\nOn hold|\n| a | b |');
    expect(lines.map((l) => l.text)).toEqual(['1', 'Introductions', '', 'All were welcomed.', 'A | B', 'On hold|', 'a\tb']);
  });
});

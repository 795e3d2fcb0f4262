import { describe, expect, it } from 'vitest';
import { splitRunInTitle, wordsOf } from './run-in-title.js';

describe('wordsOf', () => {
  it('finds the words /\\S+/g finds, where it finds them', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const alphabet = ['a', 'B', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '.', '–', '\n', '😀'];
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: random(20) }, () => alphabet[random(alphabet.length)]).join('');
      const expected = [...text.matchAll(/\S+/g)];
      expect(wordsOf(text), JSON.stringify(text)).toEqual({ words: expected.map((m) => m[0]), starts: expected.map((m) => m.index) });
    }
  });
});

describe('splitRunInTitle', () => {
  it('ends a one-word standing heading before the sender named after it', () => {
    expect(splitRunInTitle('Correspondence Ashby Rural Trust: invitation to the spring fair. Noted.').title).toBe('Correspondence');
    expect(splitRunInTitle('Correspondence Received A letter from the school was read. Noted.').title).toBe('Correspondence Received');
  });

  it('ends a title where a clause opened by a conjunction starts', () => {
    expect(splitRunInTitle('To review the mowing contract As no tenders had arrived, the item was deferred.').title).toBe('To review the mowing contract');
  });
});

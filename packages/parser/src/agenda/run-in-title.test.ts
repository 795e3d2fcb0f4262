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

  it('ends a title before a clause whose verb is a modal one', () => {
    expect(splitRunInTitle('Budget Planning The 2020 budget will be set at the January meeting.')).toMatchObject({ title: 'Budget Planning', sentence: false });
  });

  it('ends a title before two councillors joined by "and" who do something', () => {
    expect(splitRunInTitle('Phone box defibrillator Cllrs Hale and Dunn are asking whether the village wants one.').title).toBe('Phone box defibrillator');
  });

  it('keeps a one-word title before a clause that opens with its own subject word', () => {
    expect(splitRunInTitle('Noise There were two complaints about the conveyor.')).toMatchObject({ title: 'Noise', sentence: false });
    expect(splitRunInTitle('London Enriched is the strategy.').sentence).toBe(true);
  });

  it('ends a title at the post it names, before the name of the person who then does something', () => {
    expect(splitRunInTitle('Election of Chairman Ada Reed was nominated and seconded.').title).toBe('Election of Chairman');
  });

  it('starts the text at the initial of a person named after the title', () => {
    expect(splitRunInTitle('Any Other Business R Lowe proposed that the chairs be cleaned.').title).toBe('Any Other Business');
  });
});

describe('a possessive title closed by a full stop', () => {
  it("ends the title with the noun after the possessive, not before it", () => {
    expect(splitRunInTitle("Secretary's Report. Jo Finch.(Copy attached)")).toMatchObject({ title: "Secretary's Report", rest: 'Jo Finch.(Copy attached)' });
    expect(splitRunInTitle('Warden’s Update. Al Reed.')).toMatchObject({ title: 'Warden’s Update', rest: 'Al Reed.' });
  });
});

// Parks and open spaces bodies' minutes (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const gap = (n: number) => ' '.repeat(n);

describe('an action tag set at the right of a numbered item line', () => {
  it('reads the item title before the text and the tag as an action of the sentences before it', () => {
    const text = [
      'Millbrook Playing Field Committee',
      '',
      'Present: Ann Hale, Tom Finch, Rob Dyer',
      '',
      `1.      Grass cutting – The contractor has missed two cuts.  RD to write to him.${gap(40)}Action RD`,
      '',
      `2.      Painting of the pavilion.  TF had found a painter.${gap(50)}Action: All`,
      '',
      `3.      Benches.  TF to order two more.  AH has the catalogue.${gap(30)}Action TF`,
      '',
      '4.      Any other business',
    ];
    const m = minutes(text);
    expect(m.items.map((i) => i.title)).toEqual(['Grass cutting', 'Painting of the pavilion', 'Benches', 'Any other business']);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([
      ['RD to write to him.', ['RD']],
      ['Painting of the pavilion. TF had found a painter.', ['All']],
      [expect.stringMatching(/^TF to order two more/), ['TF']],
    ]);
  });
});

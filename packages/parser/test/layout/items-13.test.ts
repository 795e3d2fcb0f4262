// Agenda items of session 13. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((i) => `${i.number} ${i.title}`);

describe('a standard item whose text runs on after a dash', () => {
  it('reads the label before the dash as the title', () => {
    expect(
      items([
        'MINUTES of Bowls Club AGM 8pm 14 Feb 2017 at The Pavilion',
        '1. Members Present – Chairman AH, Treasurer TF, Jo Reed JR.',
        '2. Declarations of Interest – AH in relation to the green',
        '3. Minutes of the previous AGM – were read by Tom',
        '4. Matters Arising – Sam Poe potential captain next year?',
        '5. Elections',
        'Ann Hale voted in unopposed.',
      ]),
    ).toEqual(['1 Members Present', '2 Declarations of Interest', '3 Minutes of the previous AGM', '4 Matters Arising', '5 Elections']);
  });

  it('keeps a title whose second part follows the dash', () => {
    expect(items(['Minutes of the Bowls Club, 14 Feb 2017', 'Present: Ann Hale, Tom Finch', '', '1. Welcome', 'Welcomed.', '2. Green – summer opening', 'Agreed for May.'])).toEqual([
      '1 Welcome',
      '2 Green – summer opening',
    ]);
  });
});

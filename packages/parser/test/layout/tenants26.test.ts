// Housing minutes: tenants' and residents' associations, tenant management organisations, housing co-operatives and
// housing association boards (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('item numbers written with ".0" and a colon', () => {
  it('reads "2.0: Apologies" as item 2.0, as "2.0 Apologies" is read', () => {
    const lines = [
      'Minutes of the Larkfield Housing Co-operative members meeting held on 3 March 2021',
      '',
      'Attendees: Nora Peel (Chair), Colm Bright, Ivy Marsh',
      '',
      '1.0: Welcome by the Chair',
      'The chair welcomed the members.',
      '2.0: Apologies for Absence',
      'None were received.',
      '3.0: Repairs update The boiler in block C has been replaced.',
    ];
    expect(items(lines)).toEqual([
      ['1.0', 'Welcome by the Chair'],
      ['2.0', 'Apologies for Absence'],
      ['3.0', 'Repairs update'],
    ]);
  });

  it('still reads "2.1: ..." under an item as a point of its text, not as an item', () => {
    const lines = [
      'Minutes of the Larkfield Housing Co-operative members meeting held on 3 March 2021',
      '',
      '1.0 Welcome by the Chair',
      '1.1: The chair welcomed two new members.',
      '2.0 Rent review',
      'The review was deferred.',
    ];
    expect(items(lines)).toEqual([
      ['1.0', 'Welcome by the Chair'],
      ['2.0', 'Rent review'],
    ]);
  });
});

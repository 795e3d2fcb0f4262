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

describe('the body named in a "meeting of" title', () => {
  it('reads a company name whose "Ltd." stands before its initials in brackets', () => {
    const lines = [
      'Minutes of the Board Meeting of Elm Quay Residents Association Ltd. (EQRA) held at the Hub on 4 May 2019',
      '',
      'Present: Ann Lee (Chair), Bob Hart',
      '',
      '1. Minutes of the previous meeting',
      'Approved.',
    ];
    expect(minutes(lines).body).toBe('Elm Quay Residents Association Ltd. (EQRA)');
  });

  it('reads the association at the top, not "Open Committee", the kind of meeting the title names', () => {
    const lines = [
      'Harbour Mews Residents Association',
      'Minutes of the Open Committee Meeting held on',
      'Wednesday 12th March 2014 at 7.00pm',
      'The Ship Inn, Dunmere.',
      'Present:',
      'Ann Lee (Chair), Bob Hart (Treasurer).',
      '1. Welcome',
      'The chair welcomed residents.',
    ];
    expect(minutes(lines).body).toBe('Harbour Mews Residents Association');
  });
});

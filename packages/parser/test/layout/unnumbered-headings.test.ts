// Minutes whose items are plain headings with no numbers: Word's list numbers lost in the export, or
// never written. Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const OPENING = [
  'Minutes of the Northbridge Refugee Forum meeting',
  '',
  '14 March 2023',
  'Town Hall',
  '',
  'Present:',
  '',
  'AF\tAda Finch\tNorthbridge Council (chair)',
  'BO\tBernard Oakes\tRefugee Action Northbridge',
  'PV\tPriya Venn\tJobcentre Plus',
  '',
];

const headingsOf = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('plain headings after the roster', () => {
  it('keeps the paragraphs a blank line parts apart', () => {
    const { minutes } = parseLines([
      ...OPENING,
      'Welcome and introductions',
      '',
      'AF welcomed the members to the meeting.',
      '',
      'BO introduced the new caseworker.',
      '',
      'Housing update',
      '',
      'PV reported that twelve families had moved into settled homes.',
      '',
      'The forum thanked the council for its help.',
    ]);
    expect(minutes.items.map((item) => [item.title, item.paragraphs.map((p) => p.text)])).toEqual([
      ['Welcome and introductions', ['AF welcomed the members to the meeting.', 'BO introduced the new caseworker.']],
      ['Housing update', ['PV reported that twelve families had moved into settled homes.', 'The forum thanked the council for its help.']],
    ]);
  });

  it('keeps a heading over nothing, blank lines standing before the next heading', () => {
    expect(
      headingsOf([...OPENING, 'Minutes of the last meeting', '', 'Agreed as a correct record.', '', 'Matters arising', '', '', '', 'Housing update', '', 'PV reported on the new homes.']),
    ).toEqual([
      [null, 'Minutes of the last meeting'],
      [null, 'Matters arising'],
      [null, 'Housing update'],
    ]);
  });
});

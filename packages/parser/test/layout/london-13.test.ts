// London-wide and borough partnership bodies' minutes (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a committee page whose "No. Item" table was saved with spaces and without its numbers', () => {
  const lines = [
    'Agenda and minutes',
    '',
    'Brookfield Partnership Board - Thursday 6 March 2008 6.00 pm',
    '',
    'Venue: Room 4, Brookfield Civic Centre',
    '',
    'Contact: Ann Pike, Partnership Officer',
    '',
    'No. Item',
    '',
    '',
    '1.1  Apologies were received from Councillor Tom Reed, Dr Jane Hale and Sam Cole.',
    '',
    '',
    'Declarations of Interest',
    '',
    'Members are asked to declare any interests.',
    '',
    '',
    '2.1  There were none.',
    '',
    '',
    'Minutes of the meetings held on 4 December 2007 and 15 January 2008 (Part Exempt)',
    '',
    'Additional documents:',
    '',
    '',
    '3.1  The minutes were agreed.',
    '',
    '',
    'Housing Strategy Update',
    '',
    '',
    '4.1  The Board noted the update.',
  ];

  it('reads the rows as items, a long title too where the row label follows it', () => {
    expect(items(lines)).toEqual([
      [null, 'Declarations of Interest'],
      [null, 'Minutes of the meetings held on 4 December 2007 and 15 January 2008 (Part Exempt)'],
      [null, 'Housing Strategy Update'],
    ]);
  });

  it('keeps the page heading and venue above the caption as the header', () => {
    const m = minutes(lines);
    expect([m.body, m.date, m.start, m.venue]).toEqual(['Brookfield Partnership Board', '2008-03-06', '18:00', 'Room 4, Brookfield Civic Centre']);
  });

  it('reads the apologies of the first row, its title lost', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Councillor', 'Tom Reed'],
      ['apologies', 'Dr', 'Jane Hale'],
      ['apologies', null, 'Sam Cole'],
    ]);
  });

  it('leaves the walk to pages whose rows keep their numbers on lines of their own', () => {
    const numbered = ['Agenda and minutes', '', 'No. Item', '', '12.', '', 'Apologies', '', 'Minutes:', '', 'None.', '', '13.', '', 'Minutes', '', 'Minutes:', '', 'Agreed.'];
    expect(items(numbered)).toEqual([['12', 'Apologies'], ['13', 'Minutes']]);
  });
});

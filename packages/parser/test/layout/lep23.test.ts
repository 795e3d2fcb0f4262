// Economic and skills partnership boards' minutes: LEP boards, growth boards, employment and skills boards, city deal
// joint committees, local community development committees (session 23). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a city deal joint committee numbers its minutes with the committee\'s capitals', () => {
  const lines = [
    'MINUTES of MEETING of the RIVERTON AND DALEHAM GROWTH DEAL JOINT COMMITTEE held via MS Teams on 9 March 2022 at 10.00 am',
    '',
    'Present',
    '',
    'Councillor Amy Lark (In the Chair)',
    'Councillor Tom Birch',
    '',
    'In Attendance',
    '',
    'Ruth Kerr, Programme Manager, Riverton Council',
    '',
    'GDJ12     APOLOGIES AND SUBSTITUTIONS',
    '',
    'Apologies for absence were submitted on behalf of Councillor Fay Rook (Daleham Council).',
    '',
    'GDJ13     DECLARATIONS OF INTEREST',
    '',
    'None.',
    '',
    'GDJ14 MINUTES – JOINT COMMITTEE MEETING 2 FEBRUARY 2022',
    '',
    'The minutes were agreed as a correct record.',
  ];

  it('reads "GDJ12     APOLOGIES AND SUBSTITUTIONS" as item GDJ12, the count running on', () => {
    expect(items(lines)).toEqual([
      ['GDJ12', 'APOLOGIES AND SUBSTITUTIONS'],
      ['GDJ13', 'DECLARATIONS OF INTEREST'],
      ['GDJ14', 'MINUTES – JOINT COMMITTEE MEETING 2 FEBRUARY 2022'],
    ]);
  });

  it('reads the apologies "submitted on behalf of" a councillor in the first item', () => {
    expect(people(lines)).toEqual([
      ['present', 'Amy Lark'],
      ['present', 'Tom Birch'],
      ['in-attendance', 'Ruth Kerr'],
      ['apologies', 'Fay Rook'],
    ]);
  });

  it('still reads no item in a road\'s name that opens a line of an item\'s text', () => {
    const road = ['Minutes of the Riverton Growth Board', '', '1. Welcome', '', 'The Chair welcomed members.', '', '2. Transport', '', 'AB3 Improvements were discussed at length by the board.'];
    expect(items(road)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Transport'],
    ]);
  });
});

describe('apologies "submitted on behalf of" members, as Scottish committees word them', () => {
  it('reads those named after "submitted on behalf of" as apologies', () => {
    const lines = ['Minutes of the Northbridge Regional Economic Partnership', '', '1. Welcome', '', 'The Chair welcomed members.', '', '2. Apologies', '', 'Apologies for absence were submitted on behalf of Councillor Ann Vey and Professor Lou Hart.', '', '3. Minutes', '', 'Agreed.'];
    expect(people(lines)).toEqual([
      ['apologies', 'Ann Vey'],
      ['apologies', 'Lou Hart'],
    ]);
  });
});

describe('a local community development committee groups its members by sector', () => {
  const lines = [
    'Northbridge Local Community Development Committee (LCDC)',
    '',
    'Minutes of Meeting',
    '',
    'Thursday 14th May 2015',
    '',
    'Members in attendance:',
    '',
    'Public sector representatives:',
    '',
    '1.  Cllr Nora Quill',
    '2.  Pat Rowe, HSE',
    '',
    'Community and voluntary representatives:',
    '',
    '1.  Lia Marsh, Northbridge Partnership',
    '2.  Don Pike, Tenants Forum',
    '',
    'Also in attendance:',
    '',
    'Jo Vale, Chief Officer',
    '',
    'Item 1 Minutes',
    '',
    'The minutes of 9 April were agreed.',
  ];

  it('reads "Public sector representatives:" under "Members in attendance:" as a group of the members, its numbered names no items', () => {
    expect(people(lines)).toEqual([
      ['present', 'Nora Quill'],
      ['present', 'Pat Rowe'],
      ['present', 'Lia Marsh'],
      ['present', 'Don Pike'],
      ['in-attendance', 'Jo Vale'],
    ]);
    expect(items(lines)).toEqual([['1', 'Minutes']]);
  });

  it('still reads an organisation\'s representatives after the members as in attendance', () => {
    const visitors = ['Minutes of the Northbridge Growth Board', '', 'Members present:', 'Cllr Nora Quill', 'Pat Rowe', '', 'Acme Ltd representatives:', 'Lia Marsh', '', '1. Welcome', '', 'The Chair welcomed all.'];
    expect(people(visitors)).toEqual([
      ['present', 'Nora Quill'],
      ['present', 'Pat Rowe'],
      ['in-attendance', 'Lia Marsh'],
    ]);
  });
});

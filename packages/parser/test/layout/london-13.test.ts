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

describe('a joint committee listing its members a borough to a line, the borough in capitals', () => {
  const lines = [
    'Brookshire Councils',
    '',
    'Minutes of the meeting of the Joint Leaders’ Committee held on 3 May 2011',
    '',
    'Present:',
    '',
    'ASHFORD Cllr Amy Lane',
    '',
    'BRIDGE END -',
    '',
    'CASTLE & MOOR Cllr Ben Rice',
    '',
    'DALE VALE Mayor Cara Ince',
    '',
    'FENWICK -',
    '',
    'CITY OF GLENFORD Mr Dev Shah',
    '',
    'Apologies:',
    '',
    'HOLMWOOD Cllr Ed Frost',
    '',
    '1.  Declarations of interest',
    '',
    'None were made.',
  ];
  const listed = () => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.organisation]);

  it('reads the borough as the organisation and the titled name after it', () => {
    expect(listed()).toEqual([
      ['present', 'Cllr', 'Amy Lane', 'ASHFORD'],
      ['present', 'Cllr', 'Ben Rice', 'CASTLE & MOOR'],
      ['present', 'Mayor', 'Cara Ince', 'DALE VALE'],
      ['present', 'Mr', 'Dev Shah', 'CITY OF GLENFORD'],
      ['apologies', 'Cllr', 'Ed Frost', 'HOLMWOOD'],
    ]);
    // (A post that names its unit, "EMS Director Tom Lyle", stays whole: no title follows the capitals.)
    const staff = minutes(['Minutes of the Board', '', 'Present: EMS Director Tom Lyle', '', '1. Welcome']).attendees;
    expect(staff.map((a) => [a.name, a.organisation])).toEqual([['Tom Lyle', null]]);
  });
});

describe('an assembly committee\'s apologies, each member with the one who substituted', () => {
  const lines = [
    'Minutes of the Housing Committee',
    '',
    'Tuesday 9 February 2016',
    '',
    '1.  Apologies for Absence and Chair\'s Announcements',
    '',
    '1.1  Apologies for absence were received from Ann Hale AM, for whom Ben Cole AM substituted, and from Cara Dunn OBE AM, for whom Dev Moss AM substituted.',
    '',
    '2.  Declarations of Interests',
    '',
    '2.1  There were none.',
  ];

  it('reads both members as sending apologies and each substitute as present for them', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.substituteFor])).toEqual([
      ['apologies', 'Ann Hale', null],
      ['present', 'Ben Cole', 'Ann Hale'],
      ['apologies', 'Cara Dunn', null],
      ['present', 'Dev Moss', 'Cara Dunn'],
    ]);
  });
});

describe('a board\'s lists laid out two names to a row, with footnote marks', () => {
  const lines = [
    'Date                 4 March 2009',
    'Subject              Brookshire Skills Board',
    '',
    'Present              Ann Hale – Vice Chair',
    '                     Cllr Ben Rice          Cara Dunn OBE**',
    '                     Dev Moss               Eve Lind',
    '                     Fay Cole*              Gil Hart',
    '',
    'Apologies            Ian Pike – Chair',
    '                     Jo Reed                Kim Shaw',
    '                     Lee Tate               Max Ward CBE',
    '',
    '1. Welcome',
    '',
    'The Vice Chair welcomed members.',
  ];

  it('reads each name of a row as a person, without its footnote mark', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ann Hale'],
      ['present', 'Cllr', 'Ben Rice'],
      ['present', null, 'Cara Dunn'],
      ['present', null, 'Dev Moss'],
      ['present', null, 'Eve Lind'],
      ['present', null, 'Fay Cole'],
      ['present', null, 'Gil Hart'],
      ['apologies', null, 'Ian Pike'],
      ['apologies', null, 'Jo Reed'],
      ['apologies', null, 'Kim Shaw'],
      ['apologies', null, 'Lee Tate'],
      ['apologies', null, 'Max Ward'],
    ]);
  });
});

describe('a document-sharing site\'s page: its navigation and the file\'s name above the minutes', () => {
  const table = [
    '\t\t\t\tDate                 5 May 2009',
    'Subject              Brookshire Employment Board',
    'Location             Room 2, Brook House',
    'Time                 9:00am – 11:00am',
    '',
    'Present              Ann Hale – Chair',
    '                     Ben Rice',
    '',
    '1. Welcome',
    '',
    'The Chair welcomed members.',
  ];
  const meeting = (lines: string[]) => {
    const m = minutes(lines);
    return [m.body, m.date, m.start, m.end, m.venue, m.items.map((i) => i.title)];
  };
  const expected = ['Brookshire Employment Board', '2009-05-05', '09:00', '11:00', 'Room 2, Brook House', ['Welcome']];

  it('leaves out the site\'s sign-in lines', () => {
    expect(meeting(['Learning Center', 'Plans & pricing Sign in', 'Sign Out', '', '', ...table])).toEqual(expected);
  });

  it('leaves out the file\'s name the site prints above the text', () => {
    expect(meeting(['brook board minutes', '', 'Document Sample', 'brook board minutes Powered By Docstoc', ...table])).toEqual(expected);
  });
});

describe('a board whose minutes name its chair only by the post', () => {
  it('marks as chair the one present who holds the post that opened the meeting', () => {
    const lines = [
      'Brookshire Safety Board meeting minutes - 3 May 2022',
      '',
      'Present',
      '',
      'Ann Hale (AH) Mayor',
      '',
      'Ben Rice (BR) Deputy Mayor, Brook Police',
      '',
      'Welcome and apologies',
      '',
      'The Mayor opened the meeting welcoming new members.',
      '',
      '1. Minutes of the previous meeting',
      '',
      'Agreed.',
    ];
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ann Hale']);
  });
});

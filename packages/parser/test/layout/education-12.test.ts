// Education governance minutes: university councils and senates, school governing boards, PTAs (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

describe('a university council\'s membership list, an absent member marked "– A"', () => {
  const lines = [
    'Brookfield University Council',
    '',
    'Minutes of the meeting held on 12 May 2021 at 10.00 am via MS Teams',
    '',
    'Membership:',
    '',
    'Ada Finch – A',
    'Ben Rowe',
    'Cara Lind (Chair)',
    'Dan Moss – A',
    'Eve Hale',
    '',
    'In attendance:',
    '',
    'Fay Dunn, Chief Operating Officer',
    '',
    'C.21.01 Welcome',
  ];

  it('reads "Membership" as the members\' list and the mark as an absence', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['present', 'Cara Lind'],
      ['apologies', 'Dan Moss'],
      ['present', 'Eve Hale'],
      ['in-attendance', 'Fay Dunn'],
    ]);
  });

  it('keeps a club\'s report on its membership for no list', () => {
    expect(people(['Brook Walkers', '', 'Present: Jo Finch, Al Reed', '', '1. Membership: 45 paid-up members this year'])).toEqual([
      ['present', 'Jo Finch'],
      ['present', 'Al Reed'],
    ]);
  });
});

describe('a faculty senate\'s roll: absent senators by surname, the officers and guests', () => {
  const lines = [
    'Faculty Senate Minutes',
    '',
    'The regular meeting of the Faculty Senate was called to order on May 3, 2001, at 3:00 PM.',
    '',
    'Roll Call',
    '',
    'Senators Absent Without Representation:',
    'Abbot, Barlow, Hall, S. Crane, T. Crane, deWitt, Ewing, and Frost.',
    '',
    'Senate Officers, Ex-Officios and Staff Present:',
    'J. Marsh, President; K. Noble, President-Elect; and L. Tate, Parliamentarian.',
    '',
    'Guests of the Senate:',
    'P. Quill, R. Stone, and V. Wade.',
    '',
    'REPORTS',
    '',
    'The President reported on the budget.',
  ];

  it('reads each list under its heading, surnames alone and with an initial', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Abbot'],
      ['apologies', 'Barlow'],
      ['apologies', 'Hall'],
      ['apologies', 'S. Crane'],
      ['apologies', 'T. Crane'],
      ['apologies', 'deWitt'],
      ['apologies', 'Ewing'],
      ['apologies', 'Frost'],
      ['present', 'J. Marsh'],
      ['present', 'K. Noble'],
      ['present', 'L. Tate'],
      ['in-attendance', 'P. Quill'],
      ['in-attendance', 'R. Stone'],
      ['in-attendance', 'V. Wade'],
    ]);
  });

  it('reads a present list of surnames with its count after the last', () => {
    expect(people(['Senate', '', 'Present: Gilbert, Hall, Irwin, Jarvis, Kemp (5)', 'Senators absent: Lowe, Mills', '', 'Chair\'s report: nothing to add.'])).toEqual([
      ['present', 'Gilbert'],
      ['present', 'Hall'],
      ['present', 'Irwin'],
      ['present', 'Jarvis'],
      ['present', 'Kemp'],
      ['apologies', 'Lowe'],
      ['apologies', 'Mills'],
    ]);
  });

  it('reads no roll where the list names topics rather than people', () => {
    expect(people(['Board', '', 'Present: Jo Finch', '', 'Apologies: Finance, Planning, Housing, Roads, Parks'])).toEqual([['present', 'Jo Finch']]);
  });
});

describe('an academic board\'s members grouped by rank under plural titles', () => {
  const lines = [
    'Academic Board',
    '',
    'Minutes of the meeting held on 3 March 2016',
    '',
    'Present: Professor G Hale (Acting Chair); Professors R Lind, J Moss and T Reed; Associate Professors H Dunn and I Kay; Drs S Poe and J Rowe; S Finch and L Tate',
    '',
    'Apologies: Professors M Bell and D Carr; Distinguished Professor P Stone; S Wade (Vice-Chancellor)',
    '',
    '1. Welcome',
    '',
    'The Chair welcomed members.',
  ];

  it('gives each name of a group the group\'s title, and none to the names after it', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name])).toEqual([
      ['present', 'Professor', 'G Hale'],
      ['present', 'Professor', 'R Lind'],
      ['present', 'Professor', 'J Moss'],
      ['present', 'Professor', 'T Reed'],
      ['present', 'Associate Professor', 'H Dunn'],
      ['present', 'Associate Professor', 'I Kay'],
      ['present', 'Dr', 'S Poe'],
      ['present', 'Dr', 'J Rowe'],
      ['present', null, 'S Finch'],
      ['present', null, 'L Tate'],
      ['apologies', 'Professor', 'M Bell'],
      ['apologies', 'Professor', 'D Carr'],
      ['apologies', 'Distinguished Professor', 'P Stone'],
      ['apologies', null, 'S Wade'],
    ]);
  });

  it('gives a council\'s plural title to each councillor named in full', () => {
    expect(minutes(['Licensing Committee', '', 'Present: Councillors A.B. Hale, C.D. Lind and E.F. Moss', '', '1. Apologies']).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Councillor', 'A.B. Hale'],
      ['Councillor', 'C.D. Lind'],
      ['Councillor', 'E.F. Moss'],
    ]);
  });
});

describe('minutes numbered by a university body\'s letters, the year and a running count', () => {
  const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

  it('reads "C.25.49 Prayer" on as the count goes up', () => {
    const lines = [
      'University Council',
      '',
      'Minutes of the meeting held on 24 June 2025',
      '',
      'Present: Ada Finch (Chair), Ben Rowe',
      '',
      'C.25.49 Prayer',
      'The Revd Cara Lind led the meeting in a prayer.',
      '',
      'C.25.50 Welcome, Apologies and Quorum',
      'Received: apologies from Dan Moss.',
      '',
      'C.25.51 Business of the Agenda',
      'Noted: no item was unstarred.',
    ];
    expect(items(lines)).toEqual([
      ['C.25.49', 'Prayer'],
      ['C.25.50', 'Welcome, Apologies and Quorum'],
      ['C.25.51', 'Business of the Agenda'],
    ]);
  });

  it('reads "AB 14.52 MINUTES" likewise, the letters parted by a space', () => {
    const lines = [
      'ACADEMIC BOARD',
      '',
      'Monday 8 December 2014 Roscoe Room',
      '',
      'Present: Professor A Finch (Chair), Mr B Rowe',
      '',
      'AB 14.52 MINUTES',
      '',
      'The minutes of the last meeting were approved.',
      '',
      'AB 14.53 MATTERS ARISING',
      '',
      'There were none.',
    ];
    expect(items(lines)).toEqual([
      ['AB 14.52', 'MINUTES'],
      ['AB 14.53', 'MATTERS ARISING'],
    ]);
  });

  it('reads no minute number from a time in a line', () => {
    expect(items(['Board', '', 'Present: Ada Finch', '', '1. Programme', '', 'At 10.30 coffee was served.', 'At 10.31 the talks began.'])).toEqual([['1', 'Programme']]);
  });
});

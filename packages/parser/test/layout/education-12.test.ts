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

describe('a governing board\'s table of two governors a row under paired captions', () => {
  const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.organisation, a.chair]);
  const expected = [
    ['present', 'Jo Hale', 'Co-opted', null, true],
    ['present', 'Ann Lee', 'Parent', null, false],
    ['present', 'Nick Rowe', 'Staff', null, false],
    ['present', 'Rob Kidd', 'Parent', null, false],
  ];

  it('reads each pair of cells as one governor, from tabs', () => {
    expect(who(['Minutes of Brook Primary School Governing Body', '', 'Name\tType of Governor\tName\tType of Governor', 'Jo Hale\tChair and Co-opted\tAnn Lee\tParent', 'Nick Rowe\tStaff\tRob Kidd\tParent', '', '1. Welcome', '', 'Text.'])).toEqual(expected);
  });

  it('reads the same table flattened with slashes under its own captions', () => {
    const lines = [
      'LGB Minutes of Brook Primary School held on 4 February 2015',
      'Attendees / Attendees',
      'Name / Type of Governor / Name / Type of Governor',
      'Jo Hale / Chair and Co-opted / Ann Lee / Parent',
      'Nick Rowe / Staff / Rob Kidd / Parent',
      'Four members of the LGB attended the meeting.',
      '',
      '1. Welcome',
      'The Chair welcomed everyone.',
    ];
    expect(who(lines)).toEqual(expected);
  });

  it('reads a markdown table\'s pairs too', () => {
    expect(who(['Minutes of Brook Primary School Governing Body', '', 'Present:', '| Name | Category | Name | Category |', '| --- | --- | --- | --- |', '| Jo Hale | Chair and Co-opted | Ann Lee | Parent |', '| Nick Rowe | Staff | Rob Kidd | Parent |', '', '1. Welcome'])).toEqual(expected);
  });
});

describe('American senate and PTA minutes: the call to order, dates written month first, liaisons', () => {
  it('takes the start from a "Call to Order:" field', () => {
    expect(minutes(['PTA Board Meeting Minutes', '', 'Tuesday, August 15, 2006', '', 'Call to Order: 6:55 pm', '', 'General Business:', '', 'Dates were set.']).start).toBe('18:55');
  });

  it('reads "02/11/08" month first where another date of the minutes has its day second, past twelve', () => {
    const lines = ['SUMMARY OF FACULTY SENATE MEETING 02/11/08', '', 'CALL TO ORDER', 'Chair Lind called the meeting to order at 3:20 P.M.', '', 'APPROVAL OF THE MINUTES', 'The minutes of the 01/28/08 meeting were approved.'];
    expect(minutes(lines).date).toBe('2008-02-11');
    expect(minutes(lines.slice(0, 4)).date).toBe('2008-11-02');
  });

  it('keeps the day first where the minutes write another date day first', () => {
    expect(minutes(['Minutes of the meeting 02/11/08', '', 'Present: Jo Finch', '', '1. Minutes', 'The minutes of 28/10/08 and of 01/28/08 were approved.']).date).toBe('2008-11-02');
  });

  it('reads liaisons "in attendance" as there beside the senators', () => {
    const lines = ['THE UNIVERSITY SENATE OF BROOK UNIVERSITY', '', 'Minutes of Meeting 400', '', '11 February 2004', '', 'President Ada Finch called University Senate Meeting 400 to order at 5:38 p.m.', '', '1. ROLL CALL OF SENATORS', 'Secretary Ben Rowe called roll. Liaisons in attendance were Cara Lind (USG) and Dan Moss (Staff Council).', '', '2. RECOGNITION OF VISITORS', 'None.'];
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'in-attendance').map((a) => a.name)).toEqual(['Cara Lind', 'Dan Moss']);
    expect(minutes(lines).body).not.toBe('Meeting 400');
  });
});

describe('a university council\'s members listed without commas, and senators present run into a sentence', () => {
  it('parts the names at every title, a professor\'s, a peer\'s and a knight\'s too', () => {
    const lines = ['COUNCIL Wednesday 27 November 2013 MINUTES', '', 'PRESENT: Sir Alan Hale (Chair) Professor Ben Rowe (Provost) Ms Cara Lind Dr Dan Moss Professor Eve Dunn Lord Kay Baroness Finch Mr Gil Poe (Treasurer)', '', '1. Welcome', '', 'Text.'];
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Sir', 'Alan Hale'],
      ['Professor', 'Ben Rowe'],
      ['Ms', 'Cara Lind'],
      ['Dr', 'Dan Moss'],
      ['Professor', 'Eve Dunn'],
      ['Lord', 'Kay'],
      ['Baroness', 'Finch'],
      ['Mr', 'Gil Poe'],
    ]);
  });

  it('reads "Senators present:" after the sentence that opened the meeting', () => {
    expect(people(['Faculty Senate', '', 'March 5, 2013', '', 'The meeting was called to order at 4:00 p.m. Senators present: Ann Lee, Tom Hale, Jo Finch.', '', 'I. Minutes', '', 'Approved.'])).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Tom Hale'],
      ['present', 'Jo Finch'],
    ]);
  });
});

describe('a faculty senate\'s absent members with the representatives who sat for them', () => {
  it('reads each absent senator and the stand-in named after the comma', () => {
    const lines = [
      'Faculty Senate Minutes',
      '',
      'Roll Call',
      '',
      'Members Absent With Representation:',
      'Abbot, M.A. Crane; Barlow, N. Dunn; and Ewing, C. Frost.',
      '',
      'Members Absent Without Representation:',
      'Gale, Hume, Irwin, Jarvis, and Kemp.',
      '',
      'REPORTS',
      '',
      'The President reported.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.substituteFor])).toEqual([
      ['apologies', 'Abbot', null],
      ['present', 'M.A. Crane', 'Abbot'],
      ['apologies', 'Barlow', null],
      ['present', 'N. Dunn', 'Barlow'],
      ['apologies', 'Ewing', null],
      ['present', 'C. Frost', 'Ewing'],
      ['apologies', 'Gale', null],
      ['apologies', 'Hume', null],
      ['apologies', 'Irwin', null],
      ['apologies', 'Jarvis', null],
      ['apologies', 'Kemp', null],
    ]);
  });
});

describe('apologies as school governing boards word them', () => {
  const apologies = (sentence: string) =>
    minutes(['Minutes of the Full Governing Board', '', 'Present: Mr A Finch (Chair), Mrs B Hale', '', '1. Apologies', '', sentence, '', '2. Minutes', '', 'Agreed.'])
      .attendees.filter((a) => a.attendance === 'apologies')
      .map((a) => a.name);

  it('reads apologies received "with consent", "and consented" or "and accepted", with their reasons', () => {
    expect(apologies('Apologies for absence were received, with consent, from Mr C Lowe (Chair of Trustees), Ms D Reed, and Ms E Kay.')).toEqual(['C Lowe', 'D Reed', 'E Kay']);
    expect(apologies('Apologies were received and consented from Mrs J Lowe and Mr K Reed.')).toEqual(['J Lowe', 'K Reed']);
    expect(apologies('Apologies and reasons for absence were received and accepted from Mrs J Lowe and Mr K Reed.')).toEqual(['J Lowe', 'K Reed']);
  });

  it('reads the governors consenting to the apologies of those absent', () => {
    expect(apologies('Governors consented to the apologies of Mrs J Lowe and Mr K Reed.')).toEqual(['J Lowe', 'K Reed']);
  });
});

describe('the place written after the date on the line under the title', () => {
  it('takes the place after "Monday 8 December 2014", the weekday and date no part of it', () => {
    expect(minutes(['DRAFT MINUTES', '', 'ACADEMIC BOARD', '', 'Monday 8 December 2014 Roscoe Room, Egerton Court', '', 'Present: Professor A Finch (Chair), Mr B Rowe', '', 'AB 14.52 MINUTES', '', 'Approved.']).venue).toBe('Roscoe Room, Egerton Court');
  });
});

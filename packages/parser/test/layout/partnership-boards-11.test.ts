// Strategic partnerships' and multi-agency boards' minutes (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.organisation ?? a.role ?? null]);

describe('a list of people each followed by their body, flattened into one paragraph', () => {
  const lines = [
    'MEETING OF THE BROOK SAFETY PANEL',
    '',
    'Present: Cllr A Hale, Brook District Council Cllr Mrs B Rowe, Council Cllr C Lind, Fenwick Borough Council Ms D Moss, Co-opted Member Cllr E Finch (substitute), Borough Council (Chairman) Cllr F Dunn, Borough Council Cty Cllr G Poe, Brookshire County Council',
    '',
    'Also Present: H Kay, Brook Police Authority J Reed, Fenwick Borough Council K L Moor, Fenwick Borough Council',
    '',
    '1 WELCOME',
    '',
    'A welcome was extended to all.',
  ];

  it('parts the people where the next title or initials start after the body of the one before', () => {
    expect(people(lines)).toEqual([
      ['present', 'Cllr', 'A Hale', 'Brook District Council'],
      ['present', 'Cllr Mrs', 'B Rowe', 'Council'],
      ['present', 'Cllr', 'C Lind', 'Fenwick Borough Council'],
      ['present', 'Ms', 'D Moss', 'Co-opted Member'],
      ['present', 'Cllr', 'E Finch', 'Borough Council'],
      ['present', 'Cllr', 'F Dunn', 'Borough Council'],
      ['present', 'Cty Cllr', 'G Poe', 'Brookshire County Council'],
      ['in-attendance', null, 'H Kay', 'Brook Police Authority'],
      ['in-attendance', null, 'J Reed', 'Fenwick Borough Council'],
      ['in-attendance', null, 'K L Moor', 'Fenwick Borough Council'],
    ]);
  });

  it('keeps the chair mark in the body run together with the next person for the one before', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['E Finch']);
  });

  it('still reads one person described at length as one person', () => {
    expect(people(['Present: Jo Finch, Deputy Mayor for Housing, Planning and Transport', '', '1. Welcome'])).toEqual([['present', null, 'Jo Finch', 'Deputy Mayor for Housing, Planning and Transport']]);
  });
});

describe('a list of people written "Name – post" straight under the title, its heading lost', () => {
  const lines = [
    'Minutes of the Meeting held',
    'on Friday 4 July 2014',
    'in the Oak Room, Brook House, Fenwick',
    'Ada Finch – Independent Chair',
    'Ben Rowe – Brook Health Trust (rep Cara Lind)',
    'Dan Moss – Head of Service, Community Services, Adult Care (also',
    'rep Eve Hale)',
    'Fay Dunn – Detective Inspector, Brook Constabulary (rep Gil',
    'Hal Poe – Chief Executive Officer, Brook Care',
    'Ian Kay – Manager, Brook Housing',
    'Declarations of Interest',
    'None reported',
    'Apologies for Absence',
    'Cara Lind – Director, Brook Health Trust',
  ];

  it('reads the block as those present, the wrapped lines going on with the entries above them', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ada Finch', 'Independent Chair'],
      ['present', null, 'Ben Rowe', 'Brook Health Trust'],
      ['present', null, 'Dan Moss', 'Community Services, Adult Care'],
      ['present', null, 'Fay Dunn', 'Brook Constabulary (rep Gil'],
      ['present', null, 'Hal Poe', 'Brook Care'],
      ['present', null, 'Ian Kay', 'Brook Housing'],
      ['apologies', null, 'Cara Lind', 'Brook Health Trust'],
    ]);
  });

  it('reads "(rep X)" and "(also rep X)" as standing in for X', () => {
    expect(minutes(lines).attendees.map((a) => a.substituteFor)).toEqual([null, 'Cara Lind', 'Eve Hale', null, null, null, null]);
  });

  it('needs five people so written: two are no list', () => {
    expect(minutes(['Minutes of the Meeting held', 'on Friday 4 July 2014', 'Ada Finch – Independent Chair', 'Ben Rowe – Brook Health Trust', 'Declarations of Interest']).attendees).toEqual([]);
  });
});

describe('a list whose rows end with the initials the minutes use', () => {
  const lines = [
    'Notes from the Brook Housing Partnership',
    '',
    'Committee Room 5',
    '',
    '25th January 2011',
    '',
    '',
    'Cllr Ada Finch (Chair) Brook Council AF',
    '',
    'Ben Rowe, Director of Housing Brook Council BR',
    '',
    'Cara Lind Westlea CL',
    '',
    'Dan Moss (for Eve Hale) Aster DM',
    '',
    'Fay Dunn Brook Advice Partnership (BAP) FD',
    '',
    '1. / Introductions and Apologies',
    'The Chair opened the meeting.',
  ];

  it('reads the block under the date as those present, the initials last on each line spelling the name it opens with', () => {
    const m = minutes(lines);
    expect(m.attendees.map((a) => [a.name, a.initials, a.organisation ?? a.role, a.substituteFor])).toEqual([
      ['Ada Finch', 'AF', 'Brook Council', null],
      ['Ben Rowe', 'BR', 'Director of Housing Brook Council', null],
      ['Cara Lind', 'CL', 'Westlea', null],
      ['Dan Moss', 'DM', 'Aster', 'Eve Hale'],
      ['Fay Dunn', 'FD', 'Brook Advice Partnership (BAP)', null],
    ]);
    expect(m.attendees[0]!.chair).toBe(true);
  });

  it('does not take capitals that spell no name on the line for initials', () => {
    const m = minutes(['Minutes of the Brook Board', '', 'Present:', 'Ann Lee Brook Council BC', 'Jo Rowe Acme JR', '', '1. Welcome']);
    expect(m.attendees.map((a) => [a.name, a.initials])).toEqual([['Jo Rowe', 'JR']]);
  });
});

describe('two lists side by side whose headings and cells the converter joined with one space', () => {
  const lines = [
    'Executive Meeting: Room 2, Civic Centre, Brookport, Tuesday 30th September 2008',
    '',
    'Members Present Confirmed Apologies',
    '',
    'Cllr, Ada Finch; Chair BSMP (AF) Ben Rowe',
    '',
    'Cara Lind; BSMP (CL) Cllr Dan Moss',
    '',
    'Eve Hale; Brook Red Cross (EH)',
    '',
    'ACC Fay Dunn; Brook Police (FD) Gil Poe',
    '',
    '1. Welcomes & Apologies. / Introductions were given.',
  ];

  it('parts each row into the person present and the apology after them', () => {
    expect(people(lines)).toEqual([
      ['present', 'Cllr', 'Ada Finch', 'BSMP'],
      ['present', null, 'Cara Lind', 'BSMP'],
      ['present', null, 'Eve Hale', 'Brook Red Cross'],
      ['present', 'ACC', 'Fay Dunn', 'Brook Police'],
      ['apologies', null, 'Ben Rowe', null],
      ['apologies', 'Cllr', 'Dan Moss', null],
      ['apologies', null, 'Gil Poe', null],
    ]);
    expect(minutes(lines).attendees.map((a) => a.initials)).toEqual(['AF', 'CL', 'EH', 'FD', null, null, null]);
  });
});

describe('a list of apologies run in after an item that opens the roster', () => {
  const lines = [
    'Minutes of meeting of the Brook Welcome Group',
    '',
    '1. Present:',
    'Ada Finch, Ben Rowe (chair), Cara Lind',
    '',
    'Specific Apologies:',
    'Dan Moss, Eve Hale, Gil Poe',
    '',
    '2. Review of minutes from last meeting (04/11/2015)',
    'Action: investigate hosting the minutes on the website',
    '',
    '3. Matters Arising',
    'None.',
  ];

  it('reads "Specific Apologies" as the apologies, and the next numbered line as the next item, not a person', () => {
    const m = minutes(lines);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Ben Rowe', 'present'],
      ['Cara Lind', 'present'],
      ['Dan Moss', 'apologies'],
      ['Eve Hale', 'apologies'],
      ['Gil Poe', 'apologies'],
    ]);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(m.actions.map((a) => a.text)).toEqual(['investigate hosting the minutes on the website']);
  });
});

describe('a table of names, initials and bodies flattened into one paragraph', () => {
  const lines = [
    'BROOK LEP BOARD OF DIRECTORS',
    '',
    'Minutes of the Meeting',
    '',
    '6 August 2019',
    '',
    'Attendance and Apologies:',
    '',
    'Directors Representing Ada Finch AF Private Sector BLEP Chair Ben Rowe BR Private Sector Cllr Cara Lind CL District Councils Dan Moss OBE DM Further Education',
    '',
    'In Attendance Eve Hale EH BLEP Fay Dunn FD Chamber of Commerce Gil Poe GP Brook County Council',
    '',
    '1. Welcome and Apologies',
    '',
    '1.1 AF welcomed those present.',
  ];

  it('cuts the paragraph before each person whose initials follow their name, titles and letters after the name kept apart', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ada Finch', 'Private Sector BLEP Chair'],
      ['present', null, 'Ben Rowe', 'Private Sector'],
      ['present', 'Cllr', 'Cara Lind', 'District Councils'],
      ['present', null, 'Dan Moss', 'Further Education'],
      ['in-attendance', null, 'Eve Hale', 'BLEP'],
      ['in-attendance', null, 'Fay Dunn', 'Chamber of Commerce'],
      ['in-attendance', null, 'Gil Poe', 'Brook County Council'],
    ]);
    expect(minutes(lines).attendees.map((a) => a.initials)).toEqual(['AF', 'BR', 'CL', 'DM', 'EH', 'FD', 'GP']);
  });

  it('does not take the post at the end of one cell ("BLEP Chair") for a sentence naming the next person the chair', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual([]);
  });

  it('reads initials written before each name the same way', () => {
    expect(people(['Minutes of the Brook Partnership', '', 'Present:', '', 'AF Ada Finch Brook First BR Ben Rowe MRAP CL Cara Lind Refugee Action', '', '1. Welcome'])).toEqual([
      ['present', null, 'Ada Finch', 'Brook First'],
      ['present', null, 'Ben Rowe', 'MRAP'],
      ['present', null, 'Cara Lind', 'Refugee Action'],
    ]);
  });
});

describe('a chair named by the kind of chair', () => {
  it('marks "Independent Chair" and "Clinical Chair" the chair, keeping the post', () => {
    const m = minutes(['Minutes of the Brook Board', '', 'Present:', 'Dr Ada Finch AF Clinical Chair', 'Ben Rowe BR Lay Member', '', '1. Welcome']);
    expect(m.attendees.map((a) => [a.name, a.role, a.chair])).toEqual([
      ['Ada Finch', 'Clinical Chair', true],
      ['Ben Rowe', 'Lay Member', false],
    ]);
    expect(minutes(['Minutes of the Brook Board', '', 'Present: Jo Finch – Independent Chair, Sam Poe – Vice Chair', '', '1. Welcome']).attendees.map((a) => a.chair)).toEqual([true, false]);
  });
});

describe('where and what the header says', () => {
  const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

  it('takes the call\'s platform for the venue of a meeting held "via Microsoft Teams" or "over Zoom"', () => {
    expect(minutes(['Brook CCG Governing Body Meeting in Public', 'Held on 13th January 2022 via Microsoft Teams', '', ...ROSTER]).venue).toBe('Microsoft Teams');
    expect(minutes(['Brook Group – Extraordinary General Meeting', 'Monday 17 January 2022, 4:30 -5.30pm', 'Held virtually over Zoom', '', ...ROSTER]).venue).toBe('Zoom');
  });

  it('leaves the meeting\'s name before a colon out of the place on a dated line', () => {
    expect(minutes(['Executive Meeting: Committee Room 2, Civic Centre, Brookport, Tuesday 30th September 2008', '', ...ROSTER]).venue).toBe('Committee Room 2, Civic Centre, Brookport');
  });

  it('takes a company\'s name ending "Inc." between two title lines for the body', () => {
    const m = minutes(['Minutes of Meeting held February 2, 2019', '', '', 'Brook Refugee Support Group Inc.', 'Minutes of Meeting held 2nd February 2019 10am at the Arts Hall', '', ...ROSTER]);
    expect(m.body).toBe('Brook Refugee Support Group Inc.');
  });

  it('reads "Notes from the <body>" as the title, naming the body', () => {
    const m = minutes(['Notes from the Brook Housing Partnership', '', 'Committee Room 5', '', '25th January 2011', '', ...ROSTER]);
    expect([m.title, m.body]).toEqual(['Notes from the Brook Housing Partnership', 'Brook Housing Partnership']);
  });
});

describe('a list of "Name – post" entries flattened into one paragraph', () => {
  const lines = [
    'Minutes of the Meeting held on Thursday 16 April 2015 in the Oak Room, Brook House',
    '',
    'Present: Ada Finch – Independent Chair Ben Rowe – Tenancy Support Manager, Brook City Council Cara Lind – Head of Social Care – Southern, Adult Social Care (representing Dan Moss) Cllr Eve Hale – County Councillor, Brook County Council',
    '',
    '1. Apologies for Absence',
  ];

  it('cuts it before each name that a dash follows, titles kept with the name, a dash inside a post no cut', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ada Finch', 'Independent Chair'],
      ['present', null, 'Ben Rowe', 'Brook City Council'],
      ['present', null, 'Cara Lind', 'Head of Social Care – Southern, Adult Social Care'],
      ['present', 'Cllr', 'Eve Hale', 'Brook County Council'],
    ]);
    expect(minutes(lines).attendees.map((a) => a.substituteFor)).toEqual([null, null, 'Dan Moss', null]);
  });
});

describe('a sentence about others who sent apologies', () => {
  it('names no one sending apologies when a clause comes before the verb', () => {
    const m = minutes([
      'Minutes of the Brook Housing Partnership',
      '',
      'Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)',
      '',
      '1. Tenants Voice',
      'Cara Lind (CL) advised that she would not normally attend as two tenant representatives will attend but who had sent their apologies for today.',
    ]);
    expect(m.attendees.filter((a) => a.attendance === 'apologies')).toEqual([]);
  });
});

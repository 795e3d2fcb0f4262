// Community safety and safeguarding partnerships' minutes (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('an Irish joint policing committee listing members of the Dáil and Seanad', () => {
  const lines = [
    'Minutes of Joint Policing Committee held on 4th May 2011',
    '',
    'Attendance: Deputies Ann Keane; Tom Furlong; Cllrs Mary Rafter; Senator Liam Doyle.',
    'Apologies: Deputy Peadar Kinsella Cllr Nora Byrne.',
    '',
    'Election of Chair',
    '',
    'Cllr Rafter was elected.',
  ];

  it('reads "Deputies" as the title of the deputies after it and "Senator" as a title', () => {
    expect(people(lines).slice(0, 4)).toEqual([
      ['present', 'Deputy', 'Ann Keane'],
      ['present', null, 'Tom Furlong'],
      ['present', 'Cllr', 'Mary Rafter'],
      ['present', 'Senator', 'Liam Doyle'],
    ]);
  });

  it('reads "Deputy" before a name as a title, which parts two titled people run together', () => {
    expect(people(lines).slice(4)).toEqual([
      ['apologies', 'Deputy', 'Peadar Kinsella'],
      ['apologies', 'Cllr', 'Nora Byrne'],
    ]);
  });

  it('still reads "Deputy" before a post as part of the post', () => {
    const one = minutes(['Minutes of the Safety Panel, 4 May 2011', '', 'Present:', 'Deputy Leader Ann Keane', '', '1. Welcome']).attendees[0]!;
    expect([one.honorific, one.name]).not.toEqual(['Deputy', 'Leader Ann Keane']);
  });
});

describe('a list grouped under a plural house title with a dash', () => {
  it('gives each deputy the title', () => {
    const lines = ['Minutes of Joint Policing Committee Meeting, 6th March 2015', '', 'PRESENT: Councillors - Ann Lee, Tom Hale.', '', 'Deputies - Jim Rowe, Kate Moss and Sean Dunne.', '', '1 ADOPTION OF MINUTES'];
    expect(people(lines).filter((p) => p[1] === 'Deputy').map((p) => p[2])).toEqual(['Jim Rowe', 'Kate Moss', 'Sean Dunne']);
  });
});

describe('an Irish joint policing committee header and its lists of officials', () => {
  const lines = [
    'Minutes of Joint Policing Committee held on 9th June 2012',
    'at 10.30 a.m. in Ardmore House Kells',
    '',
    'PRESIDING: Councillor Rory Gallen.',
    '',
    'Attendance: Cllrs Ann Keane; Tom Furlong.',
    'In attendance: Superintendent Liam Burke; Mary Tierney County Manager; Mr Denis Whelan Director of Service; Rose Quirke Administrative Officer.',
    '',
    'MEETINGS ADMINISTRATOR: Ms. Una Lally.',
    '',
    'Correspondence',
    '',
    'A letter was noted.',
  ];
  const m = minutes(lines);
  const row = (name: string) => m.attendees.find((a) => a.name === name);

  it('reads the place after the time on the line under the dated title', () => {
    expect(m.venue).toBe('Ardmore House Kells');
  });

  it('reads "PRESIDING:" as the chair', () => {
    expect([row('Rory Gallen')?.attendance, row('Rory Gallen')?.chair]).toEqual(['present', true]);
  });

  it('reads a name then its post between semicolons as a person of their own', () => {
    expect(m.attendees.filter((a) => a.attendance === 'in-attendance').map((a) => [a.honorific, a.name, a.role])).toEqual([
      ['Superintendent', 'Liam Burke', null],
      [null, 'Mary Tierney', 'County Manager'],
      ['Mr', 'Denis Whelan', 'Director of Service'],
      [null, 'Rose Quirke', 'Administrative Officer'],
    ]);
  });

  it('reads the meetings administrator as secretariat', () => {
    expect(row('Una Lally')?.attendance).toBe('secretariat');
  });
});

describe('a titled list of posts after names in a parish council', () => {
  it('keeps a place word with the post after a surname alone', () => {
    const lines = ['Minutes of the Parish Council, 4 May 2011', '', 'Present: Mr Reed Parish Clerk, Mrs Hale, Mr Lowe.', '', '1. Welcome'];
    const first = minutes(lines).attendees[0]!;
    expect([first.name, first.role]).toEqual(['Reed', 'Parish Clerk']);
  });
});

describe('a board\'s attendance table flattened with slashes, its tick columns mostly empty', () => {
  const lines = [
    '9th Meeting of the Safeguarding Board for Larchshire',
    '',
    'To be held on 4th June 2014 at 2.00pm-4.00pm, The Mill Room, Larch House',
    '',
    'Name / Title & Organisation / Present / Apology',
    'Ann Lee / Independent Chair Safeguarding Board for Larchshire / ',
    'Tom Hale / Lay Member / ',
    'Dr Jo Reed / Director of Public Health / By Phone',
    'Sam Poe / Operational Director Action for Children NI / ',
    'Kay Lund / Chief Executive, Larch Council / ',
    'In Attendance',
    'Una Moss / Professional Officer',
    '',
    'Summary of Actions',
  ];
  const m = minutes(lines);

  it('reads each row under the caption row as a person present, the rows ending in empty cells included', () => {
    expect(m.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Tom Hale'],
      ['present', 'Jo Reed'],
      ['present', 'Sam Poe'],
      ['present', 'Kay Lund'],
      ['in-attendance', 'Una Moss'],
    ]);
  });

});

describe('a description with "for" before a region or a group named with an acronym', () => {
  it('keeps it as part of the description: no one stood in for them', () => {
    const lines = ['Minutes of the Larch Partnership, 4 May 2014', '', 'Present:', 'Ann Lee - Chair, Safeguarding Board for Northern Ireland', 'Sam Poe - Director, Action for Children NI', 'Jo Reed for Kay Lund', '', '1. Welcome'];
    expect(minutes(lines).attendees.map((a) => [a.name, a.substituteFor])).toEqual([
      ['Ann Lee', null],
      ['Sam Poe', null],
      ['Jo Reed', 'Kay Lund'],
    ]);
  });
});

describe('a roster whose initials stand before the chair\'s or minute taker\'s mark', () => {
  const lines = [
    'Larch Youth Offending Service',
    '',
    'YOS Management Board',
    '',
    '12th March 2010',
    '',
    'Mark Bell – Head of Community Safety, LBC (MB) (Chair)',
    'Jane Bradley – Operations Manager, YOS (JB)',
    'Joan Bright – Court Legal Manager, Larch Youth Court (JBR)',
    'Kay Ellis – Admin Officer, YOS (Minutes) (KE)',
    '',
    '1. Minutes of the last meeting',
  ];
  const m = minutes(lines);

  it('reads the initials, the chair and the minute taker', () => {
    expect(m.attendees.map((a) => [a.name, a.initials, a.organisation, a.chair, a.attendance])).toEqual([
      ['Mark Bell', 'MB', 'LBC', true, 'present'],
      ['Jane Bradley', 'JB', 'YOS', false, 'present'],
      ['Joan Bright', 'JBR', 'Larch Youth Court', false, 'present'],
      ['Kay Ellis', 'KE', 'YOS', false, 'secretariat'],
    ]);
  });
});

describe('an action log flattened with slashes among the lines of a board\'s table', () => {
  const lines = [
    'Minutes of the YOT Management Board Meeting',
    '',
    '14 May 2013',
    '',
    'Present: Ann Lee (Chair), Tom Hale',
    '',
    '1. Minutes of the last meeting',
    'Agreed as correct.',
    'Action Log',
    'Action by / Action / Deadline',
    'KT / Circulate the youth justice plan. / 1.7.13',
    'KT & PL / Report back on the custody figures. / 1.7.13',
    'Review of the plan went well.',
    '',
    'AGENDA',
  ];

  it('reads each row under the caption row as an action, the owners from the first cell', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Circulate the youth justice plan.', ['KT']],
      ['Report back on the custody figures.', ['KT', 'PL']],
    ]);
  });
});

describe('a New Zealand council committee\'s captions over its members', () => {
  it('reads "Deputy Chairperson" and "Ex-officio" as captions of members present, not as items', () => {
    const lines = [
      'Community Safety Committee',
      'OPEN MINUTES',
      'Minutes of a meeting of the Community Safety Committee held in Room 2, 10 Quay Street on Thursday, 7 March 2019 at 9.30am.',
      'Chairperson |',
      'Cr Ann Lee |',
      '|',
      'Deputy Chairperson |',
      'Cr Tom Hale |',
      '|',
      'Members |',
      'Cr Jo Reed |',
      '|',
      'Ex-officio |',
      'Mayor Kay Lund |',
      '|',
      '1 Apologies',
      'There were no apologies.',
    ];
    const m = minutes(lines);
    expect(m.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Tom Hale'],
      ['present', 'Jo Reed'],
      ['present', 'Kay Lund'],
    ]);
  });
});

describe('a police accountability board\'s attendees by rank', () => {
  it('reads the commissioner\'s and chief officers\' abbreviated ranks as titles, and capitals that spell a name as initials', () => {
    const lines = [
      'ACCOUNTABILITY BOARD',
      'Minutes',
      '9th March 2022',
      '1. Welcome and introductions',
      'Attendees:',
      'PFCC Ann Lee (AL)',
      'CC Tom Hale (TH)',
      'ACO Jo Reed (JR)',
      'Sam Poe (SP)',
      '2. Previous minutes and action log',
    ];
    const found = minutes(lines).attendees.map((a) => [a.honorific, a.name, a.initials]);
    expect(found).toEqual([
      ['PFCC', 'Ann Lee', 'AL'],
      ['CC', 'Tom Hale', 'TH'],
      ['ACO', 'Jo Reed', 'JR'],
      [null, 'Sam Poe', 'SP'],
    ]);
  });

  it('still reads capitals before a name they spell as its initials', () => {
    const lines = [
      'Safer Larch Partnership meeting minutes',
      'Tuesday 24 January 2023 – 2.00pm',
      'MS Teams virtual meeting',
      'AC Cllr. Ann Cole (Chair)',
      'CC Clare Cole (WSCC)',
      'NB Nick Bowman (Sussex Police)',
      'AC welcomed everyone to the meeting.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name, a.initials])).toEqual([
      ['Cllr', 'Ann Cole', 'AC'],
      [null, 'Clare Cole', 'CC'],
      [null, 'Nick Bowman', 'NB'],
    ]);
  });
});

describe('a police rank held as detective, temporarily or acting', () => {
  it('reads the letter and slash before the rank as part of the title', () => {
    const lines = ['Minutes of the Larch Safeguarding Board, 4 May 2014', '', 'Present:', 'D/Chief Superintendent Ann Lee, Larch Police', 'T/DCI Tom Hale, Larch Police', 'A/Insp Jo Reed, Larch Police', '', '1. Welcome'];
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['D/Chief Superintendent', 'Ann Lee'],
      ['T/DCI', 'Tom Hale'],
      ['A/Insp', 'Jo Reed'],
    ]);
  });
});

// Councils and boards of every kind: city, town, county and district councils, parish councils, boards of selectmen,
// supervisors and education, in Britain, Ireland, Australia, New Zealand, Canada and the United States (session 21).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a council lists a member whose given name is a rank\'s letters', () => {
  it('reads "Di" before a surname as her given name, not as a detective inspector', () => {
    const lines = [
      'MINUTES OF THE MEETING OF THE KOWHAI BAY DISTRICT COUNCIL HELD ON TUESDAY 4 MAY 2021',
      'PRESENT:',
      'Deputy Mayor Rena Toll',
      'Di Warrender',
      'Ken Ashby',
      'APOLOGIES:',
      'Nil',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Deputy Mayor', 'Rena Toll'],
      ['present', null, 'Di Warrender'],
      ['present', null, 'Ken Ashby'],
    ]);
  });

  it('still reads the rank written in capitals ("DI Jo Bell")', () => {
    const lines = ['Minutes of the Kowhai Bay Safety Partnership, 4 May 2021', 'Present:', 'DI Jo Bell, Kowhai Bay Police', 'Cllr Ann Rowe', '', '1. Welcome'];
    expect(people(lines)).toEqual([
      ['present', 'DI', 'Jo Bell'],
      ['present', 'Cllr', 'Ann Rowe'],
    ]);
  });
});

describe('a county council says which of two members with one surname presided', () => {
  const lines = [
    'Minutes of the March Ordinary Meeting of Glenmore County Council held on Monday 4th March, 2019 at 11.00 am in the Council Chamber',
    '',
    'MEMBERS PRESENT:',
    '  • Councillor Boyle,',
    '  • Councillor P. Devane,',
    '  • Councillor T. Devane,',
    '  • Councillor Hurley.',
    '',
    'CATHAOIRLEACH:',
    'The Cathaoirleach, Councillor T. Devane presided.',
    '',
    '1.  MINUTES OF THE ORDINARY MEETING HELD ON 4TH FEBRUARY, 2019:',
  ];

  it('gives the chair to the member whose initial is written before the surname', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['T. Devane']);
  });
});

describe('an Irish county council lists its officials by post', () => {
  const lines = [
    'Ordinary Meeting',
    '3rd March 2014, Council Chamber',
    'Members Present',
    'Councillors Aine Brophy, Colm Tierney, Nora Walsh.',
    'Officials in Attendance',
    'Chief Executive: Declan Furlong',
    'Directors of Service: Ruth Kinsella, Enda Moran',
    'Head of Finance: Orla Quinn',
    'Senior Executive Officers: Tom Gahan, Una Lacey.',
    'Apologies',
    'Councillor Pat Heffernan',
    '1.0 Confirmation of Minutes',
    'The minutes were confirmed.',
  ];
  const officials = () => minutes(lines).attendees.filter((a) => !a.honorific).map((a) => [a.attendance, a.name, a.role]);

  it('keeps a line keyed by a post in the plural on the list of officials, each person holding the post', () => {
    expect(officials()).toEqual([
      ['secretariat', 'Declan Furlong', 'Chief Executive'],
      ['secretariat', 'Ruth Kinsella', 'Director of Service'],
      ['secretariat', 'Enda Moran', 'Director of Service'],
      ['secretariat', 'Orla Quinn', 'Head of Finance'],
      ['secretariat', 'Tom Gahan', 'Senior Executive Officer'],
      ['secretariat', 'Una Lacey', 'Senior Executive Officer'],
    ]);
  });

  it('reads "Directors:" as a post under the officials, not as a list of directors present', () => {
    const directors = ['Annual Meeting', '1st July 2013, Council Chamber', 'Members Present', 'Councillors Aine Brophy, Colm Tierney.', 'Officials in Attendance', 'County Manager: Declan Furlong', 'Directors: Ruth Kinsella, Enda Moran', 'Meetings Administrator: Liam Roche.', '1.0 Election of Cathaoirleach', 'Text.'];
    expect(minutes(directors).attendees.filter((a) => a.name === 'Ruth Kinsella' || a.name === 'Enda Moran').map((a) => [a.attendance, a.honorific, a.role])).toEqual([
      ['secretariat', null, 'Director'],
      ['secretariat', null, 'Director'],
    ]);
  });

  it('still reads "Councillors:" as everyone\'s title, and "Members:" after the officials as a list of its own', () => {
    const members = ['Annual Meeting', '1st July 2013, Council Chamber', 'In attendance: Declan Furlong (Chief Executive)', 'Members: Aine Brophy, Colm Tierney', 'Councillors: Nora Walsh', '1.0 Election of Cathaoirleach', 'Text.'];
    expect(minutes(members).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role])).toEqual([
      ['in-attendance', null, 'Declan Furlong', 'Chief Executive'],
      ['present', null, 'Aine Brophy', null],
      ['present', null, 'Colm Tierney', null],
      ['present', 'Councillor', 'Nora Walsh', null],
    ]);
  });
});

describe('a New Zealand city council opens with a prayer after its lists', () => {
  const lines = [
    'Minutes of a meeting of the Kahikatea City Council',
    '',
    'Held in the Council Chamber, Civic House, 12 Rata Street, Kahikatea',
    '',
    'On Thursday 9 March 2017, commencing at 9.06am',
    '',
    'Present:               Her Worship the Mayor R Tamihana (Chairperson), Councillors L Acton, I Barr, P Mathews (Deputy Mayor) and M Warr',
    '',
    'In Attendance:     Chief Executive (C Hadlow), Group Manager Infrastructure (A Louis), Manager Administration (P Lang)',
    '',
    '',
    '',
    'Opening Prayer',
    '',
    'Councillor Barr gave the opening prayer.',
    '',
    '1.       Apologies',
    '',
    'There were no apologies.',
  ];
  const read = () => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.chair]);

  it('reads the mayor styled "Her Worship the Mayor" with the chair mark after the name', () => {
    expect(read()[0]).toEqual(['present', 'R Tamihana', 'Mayor', true]);
  });

  it('leaves the "Opening Prayer" heading out of the people in attendance', () => {
    expect(read().map((a) => a[1])).not.toContain('Opening Prayer');
    expect(read()).toHaveLength(8);
  });

  it('reads a post written before the name with the chair mark after it ("Town Administrator Tim Smith (Chair)")', () => {
    const board = ['Minutes of the Elm Falls Board of Selectmen, May 2, 2016', 'Present: Town Administrator Tim Roper (Chair), Ann Dow, Bo Hill', '', '1. Minutes'];
    expect(minutes(board).attendees.map((a) => [a.name, a.role, a.chair])).toEqual([
      ['Tim Roper', 'Town Administrator', true],
      ['Ann Dow', null, false],
      ['Bo Hill', null, false],
    ]);
  });
});

describe('an Australian council lists its staff in attendance by post, the holder in brackets', () => {
  const lines = [
    'Minutes of the Ordinary Meeting of Council held on Monday 10 September 2018.',
    '',
    'Present',
    '',
    'The Mayor, Councillor Glen Corby',
    '',
    'Councillor Yvette Brand',
    '',
    'In Attendance',
    '',
    'General Manager                                                                    (Mr P Tomkins)',
    '',
    'Manager Audit, Risk & Governance                                    (Mrs N Jonas)',
    '',
    'Director Finance, Property and Assets                              (Ms T Hale)',
    '',
    'Confirmation of Minutes',
    '',
    'The minutes were confirmed.',
  ];

  it('reads a post whose area runs over commas as the role of the titled holder in brackets', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'in-attendance').map((a) => [a.honorific, a.name, a.role])).toEqual([
      ['Mr', 'P Tomkins', 'General Manager'],
      ['Mrs', 'N Jonas', 'Manager Audit, Risk & Governance'],
      ['Ms', 'T Hale', 'Director Finance, Property and Assets'],
    ]);
  });
});

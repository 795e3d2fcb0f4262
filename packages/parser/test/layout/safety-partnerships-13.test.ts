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

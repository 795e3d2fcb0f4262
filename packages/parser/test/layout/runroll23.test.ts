// Attendance lists that PDF extraction ran into one line, the commas between people lost (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('titled names run together on one line, the last member without a title', () => {
  const lines = (roster: string) => [
    'MINUTES of MEETING of the NORTHBRIDGE JOINT COMMITTEE held via MS Teams on 12 May 2020 at 2.30 pm',
    '',
    'Present',
    '',
    'Councillor Ada Marsh (In the Chair) Councillor Tom Hale',
    '',
    roster,
    '',
    'In Attendance',
    '',
    'Ola Reed, Senior Manager, Legal Services, Northbridge Council',
    '',
    'NJ45     APOLOGIES AND SUBSTITUTIONS',
    '',
    'Apologies for absence were submitted on behalf of Max Rowe.',
  ];

  it('reads every councillor and the untitled member who closes the line', () => {
    expect(people(lines('Councillor Rhea Finch Councillor Sol Pryce Councillor Ben Dunmore Councillor Kit Lowry Ivy Fairbairn'))).toEqual([
      ['present', 'Councillor', 'Ada Marsh'],
      ['present', 'Councillor', 'Tom Hale'],
      ['present', 'Councillor', 'Rhea Finch'],
      ['present', 'Councillor', 'Sol Pryce'],
      ['present', 'Councillor', 'Ben Dunmore'],
      ['present', 'Councillor', 'Kit Lowry'],
      ['present', null, 'Ivy Fairbairn'],
      ['in-attendance', null, 'Ola Reed'],
      ['apologies', null, 'Max Rowe'],
    ]);
  });

  it('reads a short line of titled names run together as people, not as a heading that ends the roster', () => {
    const names = people(lines('Councillor Rhea Finch Councillor Sol Pryce Councillor Ben Dunmore')).map((p) => p[2]);
    expect(names).toEqual(['Ada Marsh', 'Tom Hale', 'Rhea Finch', 'Sol Pryce', 'Ben Dunmore', 'Ola Reed', 'Max Rowe']);
  });

  it('still leaves a closing post ("Parish Clerk") out of the names', () => {
    const names = people(lines('Councillor Rhea Finch Councillor Sol Pryce Councillor Ben Dunmore Councillor Kit Lowry Parish Clerk')).map((p) => p[2]);
    expect(names).not.toContain('Parish Clerk');
  });
});

describe('titled names run together, each followed by the council the person sits for', () => {
  const lines = (row: string) => [
    'Minutes of the ordinary meeting held on Monday 16th April 2012 at 7.30pm at the Mill Hall, Eastbrook.',
    '',
    'Present: Tom Hale (Chairman), Ann Finch, Rhea Pryce',
    '',
    row,
    '',
    'Two members of the public',
    '',
    '1 Apologies: Max Rowe, Ivy Reed.',
    '',
    '2 Police Report: Constable Ola Lane attended.',
  ];
  const councillors = (row: string) =>
    parseLines(lines(row))
      .minutes.attendees.filter((a) => a.honorific === 'Cllr')
      .map((a) => [a.attendance, a.name, a.organisation]);

  it('reads each councillor with the council after the name', () => {
    expect(councillors('Cllr Ada Marsh Northshire Council Cllr Ben Dunmore Northshire Council Cllr Kit Lowry Lea Town Council')).toEqual([
      ['present', 'Ada Marsh', 'Northshire Council'],
      ['present', 'Ben Dunmore', 'Northshire Council'],
      ['present', 'Kit Lowry', 'Lea Town Council'],
    ]);
  });
});

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

  it('still leaves a closing post ("Parish Clerk") out of the names', () => {
    const names = people(lines('Councillor Rhea Finch Councillor Sol Pryce Councillor Ben Dunmore Councillor Kit Lowry Parish Clerk')).map((p) => p[2]);
    expect(names).not.toContain('Parish Clerk');
  });
});

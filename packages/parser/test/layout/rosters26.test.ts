// Attendance rosters of many kinds of body that the parser still misread (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('an Australian council list run together with "Cr" before each councillor', () => {
  // A flattened table: no commas, each person opened by a title; "Cr" is how Australian councils write "Councillor".
  const lines = [
    'Lachlan River Association Regional Meeting',
    '',
    'Present',
    '',
    'Mr Gus Tolley Chair Ms Edna Broome Mr Des Birket Cr Colm Jarvis Cr Bernie Curran Mr Viv McGeady',
    '',
    '2. Minutes of the last meeting',
    'Confirmed.',
  ];

  it('reads each "Cr" as the title opening the next person', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mr', 'Gus Tolley'],
      ['present', 'Ms', 'Edna Broome'],
      ['present', 'Mr', 'Des Birket'],
      ['present', 'Cr', 'Colm Jarvis'],
      ['present', 'Cr', 'Bernie Curran'],
      ['present', 'Mr', 'Viv McGeady'],
    ]);
  });
});

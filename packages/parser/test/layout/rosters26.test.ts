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

describe('the label "Present" flowed onto the end of the title line above its people', () => {
  // A joint committee's converted minutes: the first list's label cell ends the line that names the meeting.
  const lines = [
    'MINUTES of MEETING of the LARCHFORD AND BROOKVALE CITY REGION',
    'DEAL JOINT COMMITTEE held via video call on 9 May 2022 at 2.30 pm Present',
    'Councillor Dora Balfour (Substitute) Councillor Mina Benn',
    'Councillor Ned Carew (In the Chair) Mr Moss Mulroy',
    'In Attendance',
    'Jim Bowe, Chief Officer - Finance, Larchford Council',
    'Nia Brindle, Chief Executive, Brookvale Council',
    'CRD201 APOLOGIES AND SUBSTITUTIONS',
    'Apologies were received from Councillor Ellis Fenn.',
  ];

  it('reads the people under it as those present, and keeps "In Attendance" for the officers', () => {
    expect(people(lines)).toEqual([
      ['present', 'Councillor', 'Dora Balfour'],
      ['present', 'Councillor', 'Mina Benn'],
      ['present', 'Councillor', 'Ned Carew'],
      ['present', 'Mr', 'Moss Mulroy'],
      ['in-attendance', null, 'Jim Bowe'],
      ['in-attendance', null, 'Nia Brindle'],
      ['apologies', 'Councillor', 'Ellis Fenn'],
    ]);
  });

  it('still leaves a sentence ending in "present" over the minutes\' prose alone', () => {
    const prose = ['Harbour Board Minutes', '', 'The meeting opened with all members Present', 'The chair welcomed everyone.', '', '1. Minutes', 'Approved.'];
    expect(people(prose)).toEqual([]);
  });
});

// Town, parish and community councils and their committees, Irish municipal districts and New Zealand local boards (session 25).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('minute numbers of the council year and a three-digit running count', () => {
  it('reads "17/204 Apologies" headings, the year before the slash, as items', () => {
    const lines = [
      'Minutes of the Harrowby Community Council meeting held at 7.00pm on Tuesday 14th March 2018 at Elmford Village Hall',
      '',
      'Present: Cllr Ann Lee (Chair), Cllr Tom Holt',
      '',
      '17/204 Apologies for absence',
      '',
      'Cllr Ray Dunn sent apologies.',
      '',
      '17/205 Declarations of interest',
      '',
      'None were made.',
      '',
      '17/206 Highways report',
      '',
      'The potholes on Mill Lane were reported again.',
    ];
    expect(items(lines)).toEqual([
      ['17/204', 'Apologies for absence'],
      ['17/205', 'Declarations of interest'],
      ['17/206', 'Highways report'],
    ]);
  });

  it('reads a committee letter before the year ("P22/014") and a year-and-month number ("1103/051")', () => {
    const lettered = ['Planning Committee, 9 June 2022', '', 'Present: Cllr Ann Lee, Cllr Tom Holt', '', 'P22/014 APOLOGIES FOR ABSENCE', '', 'None.', '', 'P22/015 PLANNING APPLICATIONS', '', 'No objection was raised.', '', 'P22/016 TREE WORKS', '', 'Noted.'];
    expect(items(lettered).map(([n]) => n)).toEqual(['P22/014', 'P22/015', 'P22/016']);
    const monthly = ['Present: Cllrs Lee (Chairman), Holt, Dunn', '', '1103/051 Apologies', '', 'None.', '', '1103/052 Accounts for payment', '', 'Approved.'];
    expect(items(monthly)).toEqual([
      ['1103/051', 'Apologies'],
      ['1103/052', 'Accounts for payment'],
    ]);
  });

  it('still reads no item in a ratio or a score opening a line', () => {
    const lines = ['Minutes of the Harrowby Bowls Club, 3 May 2019', '', 'Present: Ann Lee, Tom Holt', '', '1. Results', '', '18/120 ends were played in the cup.', '', '2. Fixtures', '', 'Noted.'];
    expect(items(lines)).toEqual([
      ['1', 'Results'],
      ['2', 'Fixtures'],
    ]);
  });
});

describe('the first count/year minute runs its apologies on after a colon', () => {
  const lines = [
    'Draft Minutes of the Ordinary Meeting held on Thursday 9th March 2023 at the Memorial Hall, Pentre Isaf, commencing at 7.00 pm',
    'Present: Cllr D Rees (Chair), Cllr M Owen, Cllr T Price and Cllr S Lloyd.',
    'Council Employees Present: Clerk/RFO Nia Morgan',
    '121/22 Apologies: Cllr G Howells, Cllr B Jenkins, Cllr E Parry and Cllr W Rowlands sent their apologies for the meeting.',
    '122/22 Declarations of Interest: There were no declarations of interest at this meeting.',
    '123/22 County Councillor`s Report: The County Councillor reported on the school crossing and the bus timetable.',
  ];

  it('reads the long first line as minute 121/22, its title the label before the colon', () => {
    expect(items(lines)).toEqual([
      ['121/22', 'Apologies'],
      ['122/22', 'Declarations of Interest'],
      ['123/22', 'County Councillor`s Report'],
    ]);
  });

  it('reads the names run on after "Apologies:" as apologies, not as employees in attendance', () => {
    const apologies = minutes(lines).attendees.filter((a) => a.name.includes('Howells') || a.name.includes('Jenkins'));
    expect(apologies.map((a) => [a.attendance, a.name])).toEqual([
      ['apologies', 'G Howells'],
      ['apologies', 'B Jenkins'],
    ]);
  });
});

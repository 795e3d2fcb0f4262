// Migration and refugee bodies' minutes: immigrant rights commissions, refugee action groups, resettlement committees
// (session 25). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) =>
  minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.organisation]);

describe('a commission lists its staff by post and surname', () => {
  const lines = [
    'Harbour Newcomers Commission',
    'Full Commission Meeting Minutes',
    'March 3, 2021',
    '1. Call to Order and Roll Call',
    'Chair Okafor called the meeting to order at 6:10 p.m.',
    'Present: Chair Okafor, Commissioners Barros, Mehta.',
    'Staff present: Executive Director Halloran, Commission Clerk Briggs, Office Manager Yoon, Outreach Specialist Deane.',
    '2. Public Comment',
    'There was no public comment.',
  ];

  it('reads a post of two words before a surname as the post and the person', () => {
    expect(people(lines).filter((p) => p[0] === 'secretariat')).toEqual([
      ['secretariat', null, 'Halloran', 'Executive Director', null],
      ['secretariat', null, 'Briggs', 'Commission Clerk', null],
      ['secretariat', null, 'Yoon', 'Office Manager', null],
      ['secretariat', null, 'Deane', 'Outreach Specialist', null],
    ]);
  });

  it('still reads a one-word post and a full name after a two-word post', () => {
    const staff = ['Staff present: Director Halloran, Deputy Director Ruiz Cortes.'];
    expect(people([...lines.slice(0, 6), ...staff]).filter((p) => p[0] === 'secretariat')).toEqual([
      ['secretariat', null, 'Halloran', 'Director', null],
      ['secretariat', null, 'Ruiz Cortes', 'Deputy Director', null],
    ]);
  });

  it('leaves a roll label before a full name out of the post ("Members Dean Hutton")', () => {
    const roll = ['Present: Board Members Dean Hutton, Lee Park.'];
    expect(people([...lines.slice(0, 5), ...roll]).filter((p) => p[2] === 'Hutton')).toEqual([]);
  });

  it('reads "Staff present for all or part of the meeting:" as the staff list', () => {
    const staff = ['Absent: None', 'Staff present for all or part of the meeting: City Manager Halloran, Finance Director Briggs.'];
    expect(people([...lines.slice(0, 6), ...staff]).filter((p) => p[2] === 'Halloran' || p[2] === 'Briggs')).toEqual([
      ['secretariat', null, 'Halloran', 'City Manager', null],
      ['secretariat', null, 'Briggs', 'Finance Director', null],
    ]);
  });

  it('leaves a titled "Deputy Mayor Rowe" an honorific', () => {
    const roll = ['Present: Mayor Hale, Deputy Mayor Rowe, Councillors Finch and Lind.'];
    expect(people([...lines.slice(0, 5), ...roll]).slice(0, 2).map((p) => [p[1], p[2], p[3]])).toEqual([
      ['Mayor', 'Hale', null],
      ['Deputy Mayor', 'Rowe', null],
    ]);
  });

  it('leaves a name of three words with no post in it a name', () => {
    const staff = ['Staff present: Anna Marie Halloran, Jo Briggs.'];
    expect(people([...lines.slice(0, 6), ...staff]).filter((p) => p[0] === 'secretariat').map((p) => p[2])).toEqual(['Anna Marie Halloran', 'Jo Briggs']);
  });
});

describe('a roll call marks arrival times and excused absences in brackets', () => {
  const lines = [
    'Harbour Newcomers Commission',
    'Full Commission Meeting Minutes',
    'March 3, 2021',
    '1. Call to Order and Roll Call',
    'Vice Chair Lindqvist called the meeting to order at 6:10 p.m.',
    'Present: Vice Chair Lindqvist, Commissioners Barros (6:25), Mehta (late), Tanaka (6:31 pm).',
    'Not present: Chair Okafor (excused), Commissioners Dube (excused), Farrow.',
    '2. Public Comment',
    'There was no public comment.',
  ];

  it('reads a bracketed arrival time as no organisation', () => {
    expect(people(lines).filter((p) => p[0] === 'present')).toEqual([
      ['present', null, 'Lindqvist', 'Vice Chair', null],
      ['present', 'Commissioner', 'Barros', null, null],
      ['present', 'Commissioner', 'Mehta', null, null],
      ['present', 'Commissioner', 'Tanaka', null, null],
    ]);
  });

  it('reads "Chair Okafor (excused)" as the absent chair', () => {
    expect(people(lines).filter((p) => p[0] === 'apologies').map((p) => [p[2], p[3]])).toEqual([
      ['Okafor', 'Chair'],
      ['Dube', null],
      ['Farrow', null],
    ]);
  });
});

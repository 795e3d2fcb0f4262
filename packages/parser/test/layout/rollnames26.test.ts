// Roster lines of American commissions and councils that lost people (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.chair]);

describe('a presiding officer, "and", then the members under a plural title', () => {
  it('reads "Chair Tarrant and Commissioners ..." under "Present:" as the chair and each commissioner', () => {
    const lines = [
      'CITY OF ORLEY PLANNING COMMISSION',
      'Minutes of March 4, 2019',
      'Present: Chair Tarrant and Commissioners Linden, Greer, Vale and Bosk',
      'Absent: Commissioner Moray',
      '1. MINUTES',
      'The minutes were approved.',
    ];
    expect(people(lines)).toEqual([
      ['present', null, 'Tarrant', true],
      ['present', 'Commissioner', 'Linden', false],
      ['present', 'Commissioner', 'Greer', false],
      ['present', 'Commissioner', 'Vale', false],
      ['present', 'Commissioner', 'Bosk', false],
      ['apologies', 'Commissioner', 'Moray', false],
    ]);
  });

  it('reads "Mayor Tarrant and Council Members ..." as the mayor and each council member', () => {
    const lines = ['CITY OF ORLEY COUNCIL', 'Minutes of March 4, 2019', 'Present: Mayor Tarrant and Council Members Linden, Greer and Bosk', '1. MINUTES', 'The minutes were approved.'];
    expect(people(lines).map(([attendance, honorific, name]) => [attendance, honorific, name])).toEqual([
      ['present', 'Mayor', 'Tarrant'],
      ['present', 'Council Member', 'Linden'],
      ['present', 'Council Member', 'Greer'],
      ['present', 'Council Member', 'Bosk'],
    ]);
  });

  it('reads the same roll answered in a sentence ("... answered the roll.")', () => {
    const lines = [
      'VILLAGE OF ELMSTEAD PLANNING COMMISSION',
      'MARCH 4, 2019',
      '1. CALL TO ORDER AND ROLL CALL: Chair Tarrant called the meeting to order at 7:00 p.m. Chair Tarrant and Commissioners Linden, Greer, Vale, and Bosk answered the roll. Commissioner Moray was absent.',
      '2. MINUTES: The minutes were approved.',
    ];
    expect(people(lines).map(([attendance, , name]) => [attendance, name])).toEqual([
      ['present', 'Tarrant'],
      ['present', 'Linden'],
      ['present', 'Greer'],
      ['present', 'Vale'],
      ['present', 'Bosk'],
      ['apologies', 'Moray'],
    ]);
  });

  it('still reads "Commissioners" after "and" in lower case as a word of a sentence, not a list', () => {
    const lines = ['CITY OF ORLEY PLANNING COMMISSION', 'Minutes of March 4, 2019', 'Present: Chair Tarrant, Ann Linden', '1. MINUTES', 'The chair and commissioners discussed the minutes.'];
    expect(people(lines).map(([, , name]) => name)).toEqual(['Tarrant', 'Ann Linden']);
  });
});

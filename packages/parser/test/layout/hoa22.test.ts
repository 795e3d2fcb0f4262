// Homeowners' associations, condominium boards, strata councils and residents' management companies (session 22).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role]);

describe('a board that lists its officers as "Post – Name" bullets', () => {
  const lines = [
    'Board Meeting Minutes 06/11/14',
    '',
    'Board Members in Attendance:',
    '',
    '  • President – Dale Ostrow',
    '  • Vice President – Nina Farrow',
    '  • Secretary – Paul Whitcombe (absent)',
    '  • Board Member – Ivy Landers',
    '',
    'The meeting was called to order at 7:04 pm.',
    '',
    'Old Business:',
    '',
    'Pool – The pool opens next week.',
  ];

  it('reads a post that could be a name ("Vice President") as the post of the name after the dash', () => {
    expect(people(lines)).toContainEqual(['present', 'Nina Farrow', 'Vice President']);
  });

  it('reads "(absent)" after the holder as an absence, and goes on reading the list after it', () => {
    expect(people(lines)).toEqual([
      ['present', 'Dale Ostrow', 'President'],
      ['present', 'Nina Farrow', 'Vice President'],
      ['apologies', 'Paul Whitcombe', 'Secretary'],
      ['present', 'Ivy Landers', 'Board Member'],
    ]);
  });
});

describe('a housing co-op that lists its members by their given names', () => {
  const lines = ['May 8, 2021', '', 'Present: Rowan(minutes), Tess, Idris (absent), Mabel (chair), Otto', '', 'Meet and Greet', '', 'Review of Minutes', '', 'Minutes pass'];

  it('reads a lower-case bracket that marks the minute taker, an absence or the chair, not as a chat handle', () => {
    const read = minutes(lines).attendees.map((a) => [a.attendance, a.name, a.chair]);
    expect(read).toEqual([
      ['secretariat', 'Rowan', false],
      ['present', 'Tess', false],
      ['apologies', 'Idris', false],
      ['present', 'Mabel', true],
      ['present', 'Otto', false],
    ]);
  });

  it('still leaves a lower-case chat handle in brackets out of the description', () => {
    const read = minutes(['May 8, 2021', '', 'Present: Rowan (rowanq), Tess (tbell), Otto', '', 'Review of Minutes']).attendees;
    expect(read.map((a) => [a.attendance, a.name, a.role, a.organisation])).toEqual([
      ['present', 'Rowan', null, null],
      ['present', 'Tess', null, null],
      ['present', 'Otto', null, null],
    ]);
  });
});

describe('a residents\' management company\'s annual general meeting', () => {
  it('reads the apologies under an item headed with the common misspelling "absense"', () => {
    const lines = [
      'Minutes of the Annual General Meeting',
      '',
      'On 12th June 2019 at 7.30pm',
      '',
      '1. Apologies for absense',
      'Orla Quint',
      'Basil Tarrant',
      'Hester Vane',
      '',
      '2. Election of directors',
      'The directors were re-elected.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['apologies', 'Orla Quint'],
      ['apologies', 'Basil Tarrant'],
      ['apologies', 'Hester Vane'],
    ]);
  });

  it('reads the company named on a line of its own above the title, "Ltd" its last word, as the body', () => {
    const lines = ['ELMSTEAD COURT MANAGEMENT COMPANY LTD', '', 'Minutes of the Annual General Meeting', '', 'On 12th June 2019 at 7.30pm', '', '1. Accounts', 'The accounts were approved.'];
    expect(minutes(lines).body).toBe('ELMSTEAD COURT MANAGEMENT COMPANY LTD');
    expect(minutes(['Larkfield Residents Limited', '', 'Minutes of the Directors Meeting', '', '3 March 2015', '', '1. Accounts']).body).toBe('Larkfield Residents Limited');
  });
});

describe('a strata council that closes with when it will meet again', () => {
  it('reads "Council will meet on DATE at TIME" as the next meeting', () => {
    const lines = [
      'Strata Council Minutes - April 9, 2013',
      '',
      'Attendees: Vera Molnar, Ike Pardo, Lise Tran',
      '',
      'Meeting called to order at 6:02 pm',
      '',
      'Maintenance Report',
      'The gutters were cleaned.',
      '',
      'Meeting ended at 7:10 pm',
      'Council will meet on May 14, 2013 at 6:00 pm',
    ];
    const next = minutes(lines).nextMeeting;
    expect([next?.date, next?.start]).toEqual(['2013-05-14', '18:00']);
  });

  it('still reads no next meeting from a member who will meet a contractor on a weekday', () => {
    const lines = ['Strata Council Minutes - April 9, 2013', '', 'Attendees: Vera Molnar, Ike Pardo', '', 'Ike will meet on Monday with the roofer.'];
    expect(minutes(lines).nextMeeting).toBeNull();
  });
});

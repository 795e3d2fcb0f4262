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

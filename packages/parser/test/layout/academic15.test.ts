// University and college minutes: senates, academic boards, graduate councils, library committees (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.substituteFor]);

describe('a roll of surnames where a member was represented by someone named by title and surname', () => {
  const lines = [
    'Graduate Studies Council Meeting',
    '',
    '14 October 2010',
    '',
    'Members present: Aldous (represented by Dr. Pennick), Barlow, Corrie, Dunmore (represented by Ms. Fairweather), Eccles, Garside',
    '',
    'Members absent: Hollins',
    '',
    'Meeting called to order at 3:05 p.m.',
  ];

  it('reads the stand-in as present for the member, and the member as away', () => {
    expect(people(lines)).toEqual([
      ['apologies', null, 'Aldous', null],
      ['present', 'Dr', 'Pennick', 'Aldous'],
      ['present', null, 'Barlow', null],
      ['present', null, 'Corrie', null],
      ['apologies', null, 'Dunmore', null],
      ['present', 'Ms', 'Fairweather', 'Dunmore'],
      ['present', null, 'Eccles', null],
      ['present', null, 'Garside', null],
      ['apologies', null, 'Hollins', null],
    ]);
  });
});

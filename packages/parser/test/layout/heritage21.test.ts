// Heritage bodies' minutes: historic preservation and landmarks commissions, conservation area advisory committees,
// local history and archaeological societies, museum boards (session 21). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.initials, a.organisation]);

describe('an archaeological society lists its committee two people a row, each with initials', () => {
  const lines = [
    'COMMITTEE MEETING',
    '                      MINUTES',
    '              14 March 2018 at 7: 30 pm',
    '',
    '   1. Present',
    '      Alan Pettifer (AP)              Moira Quennell(MQ)',
    '      Rhys Gadsby (RG)                Nell Oakshott (NO)',
    '      Tessa Varley(TV)',
    '',
    '   2. Minutes of the last meeting',
    '      Approved as distributed.',
  ];

  it('reads the right-hand column as people, not as the organisations of the left', () => {
    expect(people(lines)).toEqual([
      ['present', 'Alan Pettifer', 'AP', null],
      ['present', 'Moira Quennell', 'MQ', null],
      ['present', 'Rhys Gadsby', 'RG', null],
      ['present', 'Nell Oakshott', 'NO', null],
      ['present', 'Tessa Varley', 'TV', null],
    ]);
  });

  it('still reads one row of a name beside a body\'s acronym as a name and its organisation', () => {
    const table = ['Minutes of the Westmarch Forum', '', 'Present:', 'Alan Pettifer (AP)      Harbour Board (HB)', '', '1. Welcome'];
    expect(people(table)).toEqual([['present', 'Alan Pettifer', 'AP', 'Harbour Board (HB)']]);
  });
});

// Strategic migration partnerships', refugee forums' and integration boards' minutes (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation ?? a.role ?? null]);

describe('a roster table whose tab between name and organisation the export lost', () => {
  const lines = [
    'Minutes',
    '',
    'Friday, March 4th 2016',
    '',
    '1. Present',
    '',
    'Alma FerrisRVN, Manager North Office',
    'Ben O’HaraAMES Settlement, Case Worker',
    'Cora TamHillside Faith network',
    '',
    'Apologies',
    '',
    'Dev PatelBrightwater, Director',
    'Edna Lyle Eastern Health, Nurse',
    '',
    '2. Minutes of the last meeting',
    '',
    'Agreed.',
  ];

  it('ends the surname where an acronym or a capitalised word runs into it', () => {
    expect(people(lines).slice(0, 3)).toEqual([
      ['present', 'Alma Ferris', 'RVN, Manager North Office'],
      ['present', 'Ben O’Hara', 'AMES Settlement, Case Worker'],
      ['present', 'Cora Tam', 'Hillside Faith network'],
    ]);
  });

  it('ends it there though the organisation’s first word is unknown, when more follows', () => {
    expect(people(lines)[3]).toEqual(['apologies', 'Dev Patel', 'Brightwater, Director']);
  });

  it('keeps a surname with a capital inside it, and a last word alone, whole', () => {
    const row = (text: string) => people(['Minutes', '', 'Present:', '', text, 'Cora TamHillside Faith network', '', '1. Welcome', '', 'Text.'])[0]![1];
    expect(row('Mark DesRoches')).toBe('Mark DesRoches');
    expect(row('Ann VanderMeer')).toBe('Ann VanderMeer');
    expect(row('Rita LyleStone')).toBe('Rita LyleStone');
  });
});

describe('a date whose spaces the export lost', () => {
  it('reads "March4th2016" with the ordinal between day and year', () => {
    expect(minutes(['Minutes', '', 'Friday, March4th2016', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', '', 'Text.']).date).toBe('2016-03-04');
  });
});

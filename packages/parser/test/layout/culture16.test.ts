// Culture and sport bodies' minutes: library trustees, museum and heritage boards, arts councils, festival and
// club committees (session 16). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('the meeting date', () => {
  it('is the date the head writes with its month in words where a numeric date above could be read either way', () => {
    const page = ['Library Trustee Minutes 11.03.14', '', 'Elm Street Library', 'Draft Minutes from November 3, 2014 Trustee Meeting', '', 'Attendance: Ann Hale, Ben Rowe & Cara Lind', '', '1. The minutes were accepted.'];
    expect(minutes(page).date).toBe('2014-11-03');
  });

  it('stays as read where the month in words is only a later day the minutes name', () => {
    const lines = ['Brook Friends Minutes 11.03.14', '', 'Present: Ann Hale, Ben Rowe', '', '1. Welcome', ...Array.from({ length: 12 }, (_, i) => `The group discussed the stall rota and the raffle at some length, point ${i + 1}.`), 'Next meeting: November 3, 2014'];
    expect(minutes(lines).date).toBe('2014-03-11');
  });
});

describe('a paper reference over the minutes', () => {
  it('is no item where a minute number is followed by its year alone ("Minute 5 2016/17")', () => {
    const page = ['Minute 5 2016/17', '', 'UNCONFIRMED', '', 'Minutes of the meeting of the Board of the Brook Arts Trust held at The Mill, Ashford on Wednesday 6 July 2016 at 5pm', '', '1. ATTENDANCE', '', 'PRESENT Ann Hale (Chair), Ben Rowe, Cara Lind.', '', '2. DECLARATIONS OF INTEREST', '', 'None.'];
    const m = minutes(page);
    expect(m.date).toBe('2016-07-06');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 ATTENDANCE', '2 DECLARATIONS OF INTEREST']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind']);
  });
});

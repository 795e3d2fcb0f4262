// Times of session 17. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const ROSTER = ['', 'Present: Ann Lee (Chair), Rob Tull, Kay Pinder', '', '1. Welcome', 'The Chair welcomed members.'];
const minutes = (header: string[]) => parseLines([...header, ...ROSTER]).minutes;

describe('a clock written without "am" or "pm"', () => {
  it('is the afternoon\'s when its hour is one figure from one to six', () => {
    expect(minutes(['Staff Forum', 'Thursday 4 May 2023 at 4:30', 'Room 12']).start).toBe('16:30');
    const range = minutes(['Staff Forum, 4 May 2023, 2.00 - 3.45']);
    expect([range.start, range.end]).toEqual(['14:00', '15:45']);
  });

  it('is as written with a nought before the hour, or from seven on', () => {
    expect(minutes(['Staff Forum', 'Thursday 4 May 2023 at 04:30']).start).toBe('04:30');
    expect(minutes(['Staff Forum', 'Thursday 4 May 2023 at 9:30']).start).toBe('09:30');
    const range = minutes(['Staff Forum, 4 May 2023, 10.00 - 12.00']);
    expect([range.start, range.end]).toEqual(['10:00', '12:00']);
  });

  it('gives an afternoon end after a morning start', () => {
    const range = minutes(['Staff Forum, 4 May 2023, 9.30 - 1.00']);
    expect([range.start, range.end]).toEqual(['09:30', '13:00']);
  });
});

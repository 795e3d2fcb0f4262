// Meeting facts in a header's fields (session 26): a date field whose value is the date and the 24-hour clock.
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a date field gives the date and the 24-hour clock together', () => {
  it('reads the start from "Date and time 4th March 2016, 14:15", a label without its colon', () => {
    const m = minutes(['Minutes', '', 'Name of Committee Riverside Forum', 'Date and time 4th March 2016, 14:15', 'Place', 'Present Members', 'Chair Ann Lee']);
    expect([m.date, m.start]).toEqual(['2016-03-04', '14:15']);
  });

  it('reads the start from "Date: 4 March 2016, 10:30" with its colon', () => {
    const m = minutes(['Fernvale Forum', 'Date: 4 March 2016, 10:30', 'Location: Hall']);
    expect([m.date, m.start]).toEqual(['2016-03-04', '10:30']);
  });
});

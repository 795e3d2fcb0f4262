// Header lines of session 16. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const rest = ['', 'Present: Ann Hale (Chair), Tom Reed, Ida Mole', '', '1. Welcome', '', 'All welcomed.', '', '2. Finance', '', 'Accounts approved.'];

describe('a day whose ordinal a PDF set apart ("13 th December 2018")', () => {
  it('is read as the date', () => {
    expect(parseLines(['Riverside Trust Board', '13 th December 2018', ...rest]).minutes.date).toBe('2018-12-13');
    expect(parseLines(['Riverside Trust Board', 'Monday 1 st March 2021', ...rest]).minutes.date).toBe('2021-03-01');
  });
});

describe('a body before the date and the page number of a flattened first page', () => {
  it('is read without them', () => {
    const read = parseLines(['RTAT Board of Trustees 13 th December 2018 1 Minutes of the meeting of the Board of Trustees held on Thursday 13 th December at 6.30pm', ...rest]).minutes;
    expect(read.body).toBe('RTAT Board of Trustees');
    expect(read.date).toBe('2018-12-13');
  });
});

describe('a body before "Minutes" and a dash that names which of its meetings', () => {
  it('is read before the word', () => {
    expect(parseLines(['Riverside Taskforce Supporting Refugees Minutes – Executive Meeting No. 14 – Wednesday 4 December 2019', ...rest]).minutes.body).toBe(
      'Riverside Taskforce Supporting Refugees',
    );
    expect(parseLines(['Riverside Housing Forum Minutes - Ordinary Meeting', ...rest]).minutes.body).toBe('Riverside Housing Forum');
  });
});

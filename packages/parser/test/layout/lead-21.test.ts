// The lead's general rules of session 21. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('the start time an agenda heading gives ("Call to order 6:30 pm")', () => {
  const withOpening = (opening: string) => [
    'Fernvale Parks Board',
    'Regular Meeting Minutes',
    'March 3, 2031',
    '',
    'Board members present: Ann Lee, Tom Reed, Sol Park',
    'Staff present: Ida Fox, Parks Director',
    '',
    opening,
    'Chair Ann Lee presided.',
    '',
    '2. APPROVAL OF MINUTES',
    'The minutes were approved.',
  ];

  it('reads the heading written in capitals ("1. CALL TO ORDER 6:30 PM")', () => {
    expect(minutes(withOpening('1. CALL TO ORDER 6:30 PM')).start).toBe('18:30');
  });

  it('still reads it in small letters ("1. Call to order 6:30 pm")', () => {
    expect(minutes(withOpening('1. Call to order 6:30 pm')).start).toBe('18:30');
  });
});

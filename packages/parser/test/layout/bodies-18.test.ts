// The body that met, read from the title: session 18. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const bodyOf = (title: string) =>
  parseLines([title, '', 'Present: Ann Lee (Chair), Tom Holt', '', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Plans', 'Noted.']).minutes.body;

describe('the body in the title', () => {
  it('follows the kind of record with no "of" between ("Minutes National Council")', () => {
    expect(bodyOf('Minutes National Council')).toBe('National Council');
    expect(bodyOf('Minutes Riverside Residents Association')).toBe('Riverside Residents Association');
  });

  it('follows a bar after the kind of record, as a web page titles it', () => {
    expect(bodyOf('Minutes | Harbour Finance Committee (HFC) Meeting 19 October 2018')).toBe('Harbour Finance Committee (HFC)');
  });

  it('ends before the month and day of a date cut at its comma', () => {
    expect(bodyOf('Minutes of the Regular Meeting of the Riverside Utility Board January 9, 1989')).toBe('Riverside Utility Board');
  });

  it('leaves a sentence after the kind of record no body', () => {
    expect(bodyOf('Minutes taken by the Board')).toBeNull();
  });
});

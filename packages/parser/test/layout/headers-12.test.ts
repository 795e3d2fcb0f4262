// Header lines of session 12. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const title = (lines: string[]) => parseLines(lines).minutes.title;

describe('"MINUTES" alone as the title', () => {
  const rest = ['', 'Date: Wednesday 9 October 2013', '', 'Present: Ann Hale, Tom Finch, Jo Reed', '', '1. Welcome', 'The Chair welcomed members.'];

  it('is the title where the text has no other', () => {
    expect(title(['NORTHBRIDGE MIGRATION PARTNERSHIP BOARD', '', 'MINUTES', ...rest])).toBe('MINUTES');
    expect(title(['Northbridge Migration Partnership Board', '', 'Draft Minutes', ...rest])).toBe('Draft Minutes');
  });

  it('gives way to a title that names the meeting', () => {
    expect(title(['Minutes of the Northbridge Migration Partnership Board', '', 'MINUTES', ...rest])).toBe('Minutes of the Northbridge Migration Partnership Board');
  });
});

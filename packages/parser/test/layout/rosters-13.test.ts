// Roster lines of session 13. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const roll = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => `${a.name}|${a.attendance}|${a.organisation ?? ''}|${a.role ?? ''}`);
const header = ['Minutes of the Northbridge Library Board', '', '14 March 2023', ''];
const after = ['', '1. Welcome', 'The Chair welcomed members.'];

describe('a list of names parted by semicolons only where a post follows', () => {
  it('reads each name of a run of names alone as a person', () => {
    expect(roll([...header, 'Present: A. Hale, J. Finch, S. Reed, D. Moss; Tom Cole, Secretary', ...after])).toEqual([
      'A. Hale|present||',
      'J. Finch|present||',
      'S. Reed|present||',
      'D. Moss|present||',
      'Tom Cole|present||Secretary',
    ]);
  });

  it('keeps a name with its post and body as one entry', () => {
    expect(roll([...header, 'Present: Ann Hale, Chair, Northbridge Trust; Tom Cole, Treasurer', ...after])).toEqual([
      'Ann Hale|present|Northbridge Trust|Chair',
      'Tom Cole|present||Treasurer',
    ]);
  });
});

describe('a presence label that names the seats with their body', () => {
  it('reads "Library Trustees Present" as the members present', () => {
    expect(roll([...header, 'Library Trustees Present: Ann Hale, Tom Cole, Jo Reed', 'Absent: Sam Poe', ...after])).toEqual([
      'Ann Hale|present||',
      'Tom Cole|present||',
      'Jo Reed|present||',
      'Sam Poe|apologies||',
    ]);
  });
});

// Libraries', archives', museums' and heritage bodies' minutes (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance, a.chair, a.role]);

describe('captions of the members present', () => {
  it('reads "Acting Chairperson" over a name as who chaired, not as a person', () => {
    const text = ['Riverside Museum Board', '', 'MINUTES', '', 'PRESENT', '', 'Acting Chairperson', '', 'Harriet Vane', '', 'Members', '', 'Peter Wimsey', '', 'Mervyn Bunter', '', '1       Apologies', '', 'Apologies were received from Tom Lovell.'];
    expect(people(text).slice(0, 3)).toEqual([
      ['Harriet Vane', 'present', true, null],
      ['Peter Wimsey', 'present', false, null],
      ['Mervyn Bunter', 'present', false, null],
    ]);
    expect(people(text.map((l) => (l === 'Acting Chairperson' ? 'Interim Chair' : l)))[0]).toEqual(['Harriet Vane', 'present', true, null]);
  });
});

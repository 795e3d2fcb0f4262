// Planning and place bodies' minutes (session 17): planning committees and boards, zoning boards, licensing
// committees, neighbourhood plan groups, regeneration partnerships and development corporations. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a committee page whose only list is its venue', () => {
  it('reads "Venue: Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling" as the venue, not as five people', () => {
    const m = minutes([
      'Agenda and minutes',
      '',
      'Licensing Committee - Tuesday, 9th May, 2017 7.30 pm',
      '',
      'Venue: Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling',
      '',
      'Contact: Committee Services',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'There were no declarations of interest.',
    ]);
    expect(m.venue).toBe('Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling');
    expect(m.attendees).toEqual([]);
  });
});

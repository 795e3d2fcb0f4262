// Youth bodies' minutes: youth councils, youth parliaments and forums, scout and guide committees (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const names = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance]);

describe('a name the page width cut, its surname opening the next line of the list', () => {
  it('joins "..., Matt" / "Pecota, ..." under a roll call', () => {
    const text = ['YOUTH ADVISORY COMMITTEE MEETING', 'MINUTES OF MARCH 4, 2015', 'ROLL CALL',
      'Committee Members (CM) Present: Amy Bright, Ben Castle, Cora Dale Jr., Dan Eaves, Matt',
      'Quarry, Tessa Vale, Una West, Vic Yates,', 'Wes Zane, Abe Cole',
      'Committee Members Absent: Ivy Lane', 'NEW BUSINESS', 'The committee met.'];
    const present = names(text).filter(([, a]) => a === 'present').map(([n]) => n);
    expect(present).toContain('Matt Quarry');
    expect(present).not.toContain('Quarry');
    expect(present).toHaveLength(10);
  });

  it('joins it in a list run in after a numbered item\'s line', () => {
    const text = ['MINUTES: LAKESIDE GUIDE REGION', 'Meeting 3 May 2016', '1.', 'Meeting opened at 7.10pm', '2.',
      'Present: Anna Bellamy, Carl Dunnett, Erin Fordham, Gary Halliwell, Carol', 'Mathers, Ian Jones, Kim Lee, Mia Nash,',
      'Olga Pike, Pia Quinn, Rob Stone', '3.', 'Apologies: Oli Park', '4.', 'Treasurer', 'Report tabled.'];
    const present = names(text).filter(([, a]) => a === 'present').map(([n]) => n);
    expect(present).toContain('Carol Mathers');
    expect(present).not.toContain('Carol');
  });
});

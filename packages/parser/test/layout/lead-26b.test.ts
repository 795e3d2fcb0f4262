// The lead's general rules of session 26, second round. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('minute numbers with the academic year, as governing bodies write them', () => {
  const HEAD = ['Minutes of the Local Academy Board meeting held on Monday 15th May 2031 at 5pm in the Hub.', '', 'Present: Mrs C Dunn (Chair), Mr P Kirk', ''];

  it('reads "LAB/58/30-31 Apologies ..." as the items, the count before the year', () => {
    const text = [
      ...HEAD,
      'LAB/58/30-31 Apologies for absence No apologies for absence were received.',
      '',
      'LAB/59/30-31 Declaration of interest There were no declarations.',
      '',
      'LAB/60/30-31 Minutes of the last meeting The minutes were agreed.',
    ];
    expect(titles(text)).toEqual([
      ['LAB/58/30-31', 'Apologies for absence'],
      ['LAB/59/30-31', 'Declaration of interest'],
      ['LAB/60/30-31', 'Minutes of the last meeting'],
    ]);
  });

  it('reads "BD/30-31/112 Apologies" as the items, the year before the count', () => {
    const text = [...HEAD, 'BD/30-31/112 Apologies', 'None were received.', '', 'BD/30-31/113 Declarations of interest', 'There were none.', '', 'BD/30-31/114 Minutes of the last meeting', 'The minutes were agreed.'];
    expect(titles(text)).toEqual([
      ['BD/30-31/112', 'Apologies'],
      ['BD/30-31/113', 'Declarations of interest'],
      ['BD/30-31/114', 'Minutes of the last meeting'],
    ]);
  });

  it('still reads a reference with the year in a sentence as the text it is', () => {
    const text = [...HEAD, '1. Finance', 'The board noted paper FIN/12/30-31 and agreed it.', '', '2. Premises', 'The roof is mended.'];
    expect(titles(text)).toEqual([
      ['1', 'Finance'],
      ['2', 'Premises'],
    ]);
  });
});

describe('an alderman\'s title with its stop in a list of those present', () => {
  it('reads "Ald. Madden" as one person, the stop no sentence\'s end', () => {
    // (A web page's minutes flattened onto one line, as a committee's document site gives them.)
    const text = [
      'Quarry Liaison Committee Minutes - 3/3/2031 Quarry Liaison Committee MINUTES March 3, 2031 Chairman Reed called the meeting to order at 5:00 PM. PRESENT: Mr. Tom Reed, Mr. Sam Cole, Ms. Ann Vale, Ald. Madden, Mr. Ian Ross and Mr. Lee Hart. GUESTS: Mr. Al Hart of the quarry. APPROVAL OF MINUTES Mr. Ross moved to approve the minutes. Ald. Madden seconded. The motion carried.',
    ];
    expect(parseLines(text).minutes.attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['Tom Reed', 'Sam Cole', 'Ann Vale', 'Madden', 'Ian Ross', 'Lee Hart']);
  });
});

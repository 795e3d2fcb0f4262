// Councils and public boards outside the UK and US: Australian, New Zealand, Canadian, Irish, South African and
// Caribbean minutes (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.organisation]);

describe('officers listed "Title Name, Post" with the line breaks lost, each post run on into the next title', () => {
  const lines = [
    'MINUTES OF THE REGULAR MONTHLY MEETING OF THE BROOKVALE PARISH COUNCIL HELD ON MARCH 3, 2016',
    '',
    'Members present: Councillor F. Dale, Councillor G. Ward',
    '',
    'Officers in attendance were:',
    '',
    'Mr. A. Hale J.P., Secretary/Manager and Clerk to the Committee Mrs. B. Rowe, Director of Planning Mr. C. Finch, Superintendent of Roads and Works Ms. D. Moss, Ministry of Social Security Mrs. E. Lind, Parish Manager, Social Development Commission',
    '',
    'Devotion',
    '',
    'A prayer was said.',
  ];

  it('parts the people at each title and gives each the post after their comma', () => {
    expect(people(lines).slice(2)).toEqual([
      ['secretariat', 'Mr', 'A. Hale', 'Secretary/Manager and Clerk to the Committee', null],
      ['secretariat', 'Mrs', 'B. Rowe', 'Director of Planning', null],
      ['secretariat', 'Mr', 'C. Finch', 'Superintendent of Roads and Works', null],
      ['secretariat', 'Ms', 'D. Moss', null, 'Ministry of Social Security'],
      ['secretariat', 'Mrs', 'E. Lind', 'Parish Manager', 'Social Development Commission'],
    ]);
  });

  it('still reads a plain list of titled people, none with a post, as it did', () => {
    const plain = lines.map((l) => (l.startsWith('Mr. A. Hale') ? 'Mr. A. Hale, Mrs. B. Rowe, Mr. C. Finch, Ms. D. Moss' : l));
    expect(people(plain).map((p) => p[2])).toEqual(['F. Dale', 'G. Ward', 'A. Hale', 'B. Rowe', 'C. Finch', 'D. Moss']);
  });
});

describe('an In Attendance list of posts with the holder in brackets set off by a run of spaces', () => {
  const lines = [
    'Minutes of the Ordinary Meeting of Council held on Monday 3 March 2025.',
    '',
    'Present',
    '',
    'The Mayor, Councillor Ann Bell OAM',
    '',
    'Councillor Tom Reed',
    '',
    'In Attendance',
    '',
    'General Manager                                   (Mr P Hollis)',
    '',
    'Director Finance                                    (Mrs N Varga)',
    '',
    '1 APOLOGIES',
    '',
    'Nil',
  ];

  it('reads each line as the post, then its holder', () => {
    expect(people(lines).slice(2)).toEqual([
      ['in-attendance', 'Mr', 'P Hollis', 'General Manager', null],
      ['in-attendance', 'Mrs', 'N Varga', 'Director Finance', null],
    ]);
  });

  it('reads "The Mayor, Councillor ..." as the mayor, without the article or the honour after the name', () => {
    expect(people(lines)[0]).toEqual(['present', 'Councillor', 'Ann Bell', 'Mayor', null]);
  });
});

describe('the mayor styled "Her Worship" with the councillor in brackets', () => {
  const lines = [
    'MINUTES OF THE ORDINARY MEETING OF COUNCIL',
    'HELD ON WEDNESDAY, MARCH 5, 2008',
    '',
    'PRESENT',
    '',
    'Her Worship the Mayor (Clr Dunn), Councillors Ash, Birch (from 6.35pm) and Cole',
    '',
    'APOLOGY',
    '',
    'Nil.',
    '',
    '061/08       Disclosure of Interests',
    '',
    'There were no disclosures of interest.',
  ];

  it('takes "Clr" as the title and "Mayor" as the post', () => {
    expect(people(lines)[0]).toEqual(['present', 'Clr', 'Dunn', 'Mayor', null]);
  });
});

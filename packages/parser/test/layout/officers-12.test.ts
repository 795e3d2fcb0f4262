// Officers named after their posts, where the post's word is a lawyer's, a marshal's or a university head's (session 12).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.role, a.attendance]);

describe('a post before the name', () => {
  it('reads "City Attorney Stella Fry" as the attorney, not a person called so', () => {
    const read = people([
      'Minutes of the Regular Meeting of the Brookfield City Council held May 4, 2021',
      '',
      'Present: Mayor Ann Hale, Council Members Tom Finch, Jo Reed and Al Moss.',
      'Others present were: City Attorney Stella Fry, Fire Marshal Dan Cole, Public Works Director Jim Oak.',
      '',
      '1. Call to Order',
      'Mayor Hale called the meeting to order.',
    ]).filter((p) => p[2] === 'in-attendance');
    expect(read).toEqual([
      ['Stella Fry', 'City Attorney', 'in-attendance'],
      ['Dan Cole', 'Fire Marshal', 'in-attendance'],
      ['Jim Oak', 'Public Works Director', 'in-attendance'],
    ]);
  });

  it('reads "the Vice-Chancellor (Professor A Robson)" as the person in the bracket', () => {
    const read = people([
      'Minutes of the ordinary meeting of the Senate held on Monday 2 August 2004',
      '',
      'Present: the Chancellor (Dr J Wheel), the Vice-Chancellor (Professor A Robson), Dr S Baker, Mr R Batch',
      '',
      '1. Minutes',
      'Confirmed.',
    ]);
    expect(read.map((p) => p[0])).toEqual(['J Wheel', 'A Robson', 'S Baker', 'R Batch']);
  });

  it('reads "President Ann Hale", "Trustee Jo Reed" and "Director Kim Dale" as the post and the person', () => {
    const read = people([
      'Minutes of the Brookfield Library Board, May 4, 2021',
      '',
      'Present: President Ann Hale, Trustee Jo Reed, Vice President Tom Finch',
      'Staff present: Director Kim Dale',
      '',
      '1. Call to Order',
      'The meeting was called to order at 7 pm.',
    ]);
    expect(read.map((p) => [p[0], p[1]])).toEqual([
      ['Ann Hale', 'President'],
      ['Jo Reed', 'Trustee'],
      ['Tom Finch', 'Vice President'],
      ['Kim Dale', 'Director'],
    ]);
  });
});

describe('those absent, said under the list of those present', () => {
  const board = (line: string) =>
    people([
      'Minutes of the Regular Meeting of the Brookfield Library Board, May 4, 2021',
      '',
      'Present: Ann Hale, Kim Dale, Al Moss.',
      line,
      '',
      '1. Call to Order',
      'The meeting was called to order at 7 pm.',
    ]).filter((p) => p[2] === 'apologies');

  it('reads "Tom Finch was absent." and "Absent were: ..." as those absent', () => {
    expect(board('Tom Finch was absent.')).toEqual([['Tom Finch', null, 'apologies']]);
    expect(board('Tom Finch and Jo Reed were absent with notice.')).toEqual([
      ['Tom Finch', null, 'apologies'],
      ['Jo Reed', null, 'apologies'],
    ]);
    expect(board('Absent were: Tom Finch and Jo Reed.')).toEqual([
      ['Tom Finch', null, 'apologies'],
      ['Jo Reed', null, 'apologies'],
    ]);
    expect(board('Absent was: Public Information Officer Chris Coulson.')).toEqual([['Chris Coulson', 'Public Information Officer', 'apologies']]);
    // A post before the surname alone, as American minutes name their officers.
    expect(board('Secretary Rash was absent.')).toEqual([['Rash', 'Secretary', 'apologies']]);
    expect(board('Trustee Jones was absent.')).toEqual([['Jones', 'Trustee', 'apologies']]);
  });

  it('reads a sentence of anything else there as before', () => {
    expect(board('The room was cold.')).toEqual([]);
  });
});

describe('a plural title before the names', () => {
  it('"Commissioners Allen Ribbe, Jeff Thompson" names each, as "Councillors" does', () => {
    const read = (title: string) =>
      parseLines([
        'Minutes of the Brookfield Planning Commission, March 5, 1998',
        '',
        `PRESENT: Chairman Mike Stone, ${title} Allen Ribbe, Jeff Thompson and Roger Berk`,
        '',
        '1. Call to Order',
        'The meeting was called to order.',
      ]).minutes.attendees.map((a) => a.name);
    expect(read('Commissioners')).toEqual(['Mike Stone', 'Allen Ribbe', 'Jeff Thompson', 'Roger Berk']);
    expect(read('Commissioners')).toEqual(read('Councillors'));
  });
});

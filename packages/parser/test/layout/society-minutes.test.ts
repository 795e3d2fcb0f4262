// Minutes of societies, residents' associations, students' unions and clubs, as their web pages
// and converted documents give them: minute numbers with the year after a slash and a colon,
// items numbered "1/", whole openings run into one paragraph.
// Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (minutes: { items: { number: string | null; title: string }[] }) => minutes.items.map((i) => [i.number, i.title]);

describe('minute numbers with the year and a colon', () => {
  it('reads "Item 1/13:" as the first item, and a sentence-case label before the next colon as its title', () => {
    const { minutes } = parseLines([
      'Minutes of the Board Meeting of the Elm Vale Residents Association held on Tuesday 5th March 2013',
      '',
      'Present: Dan Tower, Lena Jakes',
      '',
      'Item 1/13: Minutes of the previous meeting: The minutes were approved as a true record.',
      'Item 2/13: Matters arising: Street lights on the quay Several lamps have failed again this month and the council was told.',
    ]);
    expect(items(minutes)).toEqual([
      ['1/13', 'Minutes of the previous meeting'],
      ['2/13', 'Matters arising'],
    ]);
  });

  it('cuts a paragraph before "Item 2/13:" run on after a sentence', () => {
    const { minutes } = parseLines([
      'Minutes of the Board Meeting held on Tuesday 5th March 2013 Present: Dan Tower, Lena Jakes. Apologies: Ann Cole. Item 1/13: Minutes of the previous meeting: The minutes were approved. Item 2/13: Matters arising: None were raised at all.',
    ]);
    expect(items(minutes)).toEqual([
      ['1/13', 'Minutes of the previous meeting'],
      ['2/13', 'Matters arising'],
    ]);
  });
});

describe('items numbered with a slash', () => {
  it('reads "2/ Title Text ..." as a numbered item run into its text', () => {
    const { minutes } = parseLines([
      'Union Council Minutes 4 May 2016',
      '',
      '1/ Welcome and Apologies: Apologies were received from Ann Cole.',
      '',
      '2/ Minutes of the last meeting (2 March 2016) The Chair asked for changes. There were none.',
      '',
      '3/ Budget update The Treasurer reported a small surplus for the year.',
    ]);
    expect(items(minutes)).toEqual([
      ['1', 'Welcome and Apologies'],
      ['2', 'Minutes of the last meeting (2 March 2016)'],
      ['3', 'Budget update'],
    ]);
  });
});

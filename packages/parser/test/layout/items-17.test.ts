// Items of session 17. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (opening: string[]) => [
  'Minutes of the Riverside Safety Board',
  '',
  '3 March 2022',
  '',
  'Present:',
  '',
  'Jo Finch (JF) Chair',
  '',
  'Al Reed (AR) Director, Riverside Police',
  '',
  ...opening,
  '1. Minutes of the previous meeting',
  '',
  'The minutes were approved.',
  '',
  '2. Budget update',
  '',
  'The budget was noted.',
];

describe("the meeting's opening, unnumbered, between the lists and the first numbered item", () => {
  for (const title of ['Welcome and apologies', 'Welcome, introductions and apologies', 'Introductions']) {
    it(`is an item of its own: "${title}"`, () => {
      const read = parseLines(minutes([title, '', 'The Chair opened the meeting and welcomed members.', ''])).minutes;
      expect(read.items.map((i) => [i.number, i.title])).toEqual([
        [null, title],
        ['1', 'Minutes of the previous meeting'],
        ['2', 'Budget update'],
      ]);
    });
  }

  it('is no item when no text follows it before the first number', () => {
    const read = parseLines(minutes(['Welcome and apologies', ''])).minutes;
    expect(read.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  it('leaves other text before the first number in no item', () => {
    const read = parseLines(minutes(['The meeting was held online.', ''])).minutes;
    expect(read.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('an agenda listed as bullets, then each of its titles again on a line of its own over the minute', () => {
  const text = (headings: string[]) => [
    'Residents Panel Meeting Minutes 4 February 2025.',
    'Present: Ann Lee (Chair), Rob Tull, Kay Pinder',
    'Ann opened the meeting and welcomed everybody.',
    '- Minutes and matters arising',
    '- Garden competition',
    '- Repairs survey',
    '- Any other business',
    headings[0]!,
    'The minutes were agreed as a true record.',
    headings[1]!,
    'Entries close at the end of May.',
    'Judging will be in June.',
    headings[2]!,
    'The survey forms were sent out last week.',
    'Next meeting: 4 March 2025.',
  ];

  it('reads those lines as the items, in order, each with the text under it', () => {
    const read = parseLines(text(['Minutes and matters arising', 'Garden competition', 'Repairs survey'])).minutes;
    expect(read.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Minutes and matters arising'],
      [null, 'Garden competition'],
      [null, 'Repairs survey'],
    ]);
  });

  it('reads no items where fewer than three titles come again', () => {
    const read = parseLines(text(['Minutes and matters arising', 'Entries are now open.', 'The survey is late.'])).minutes;
    expect(read.items).toEqual([]);
  });
});

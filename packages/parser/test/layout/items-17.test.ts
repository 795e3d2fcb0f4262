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

// The lead's general rules of session 22. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((item) => [item.number, item.title]);

// A partnership board's minutes as a Word-to-markdown converter writes them: pandoc's own markdown
// keeps underlining, highlights and bookmarks as bracketed spans and superscripts between carets;
// its GitHub flavour writes the same as HTML tags.
describe("Word's underlining, bookmarks and superscripts as a converter writes them", () => {
  const board = (dateLine: string, items: string[]) => [
    '**Thornbury Refugee Welcome Partnership**',
    '',
    dateLine,
    '',
    '**Present:** Ada Finch (Chair), Bo Lee, Cy Moss',
    '',
    ...items.flatMap((item, k) => [item, `Paragraph ${k + 1} of the minutes.`, '']),
  ];

  it('reads the date whose ordinal is a superscript ("Wednesday 11^th^ April 2029")', () => {
    expect(minutes(board('Wednesday 11^th^ April 2029, 2.00pm', ['1. Welcome'])).date).toBe('2029-04-11');
  });

  it('reads the date whose ordinal is a superscript tag ("11<sup>th</sup> April 2029")', () => {
    expect(minutes(board('Wednesday 11<sup>th</sup> April 2029, 2.00pm', ['1. Welcome'])).date).toBe('2029-04-11');
  });

  it('reads every item where one title is underlined ("[Housing]{.underline}") and one holds a bookmark', () => {
    const items = ['1. Welcome and apologies', '2. [Housing]{.underline}', '3. Health []{#_Toc4021 .anchor}', '4. [[Any]{.underline} other business]{.mark}'];
    expect(titles(board('11 April 2029', items))).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Housing'],
      ['3', 'Health'],
      ['4', 'Any other business'],
    ]);
  });

  it('reads every item where one title is underlined with a tag ("<u>Housing</u>")', () => {
    const items = ['1. Welcome and apologies', '2. <u>Housing</u>', '3. <span class="underline">Health</span>'];
    expect(titles(board('11 April 2029', items))).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Housing'],
      ['3', 'Health'],
    ]);
  });

  it("reads a roster whose lines end in pandoc's line-break backslash, and a paragraph without its footnote mark", () => {
    const text = [
      '**Thornbury Refugee Welcome Partnership**',
      '',
      '**12^th^ March 2029**',
      '',
      '**Present:**\\',
      'Ada Finch (Chair)\\',
      'Bo Lee, Chamber of Commerce\\',
      'Cy Moss, Housing Department',
      '',
      '**1. Welcome**',
      '',
      '1.1 AF welcomed members.[^1]',
    ];
    const read = minutes(text);
    expect(read.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', null],
      ['Bo Lee', 'Chamber of Commerce'],
      ['Cy Moss', 'Housing Department'],
    ]);
    expect(read.items[0]!.paragraphs[0]!.text).toBe('AF welcomed members.');
  });

  it('keeps a bracket that is no span ("[see annex]") and an escaped caret', () => {
    const items = ['1. Welcome', '2. Housing [see annex] {draft}', '3. Grades A\\^ and B\\^'];
    expect(titles(board('11 April 2029', items)).map(([, title]) => title)).toEqual(['Welcome', 'Housing [see annex] {draft}', 'Grades A^ and B^']);
  });
});

describe('a numeric date with a two-figure year and hyphens ("02-17-29")', () => {
  const board = (dateLine: string) => ['Fernvale Business Improvement District', 'Board Of Directors Meeting Minutes', dateLine, 'Present:', 'Ann Lee, Tom Reed, Sol Park', '', '1. Budget', 'Approved.'];

  it('reads it month first where the day cannot be a month', () => {
    expect(minutes(board('02-17-29')).date).toBe('2029-02-17');
  });

  it('reads it day first where the month comes second, as a UK writer does', () => {
    expect(minutes(board('17-02-29')).date).toBe('2029-02-17');
  });

  it('takes the date written again under the title for the header, not for a topic', () => {
    const text = ['Fernvale Electric Cooperative', '', '9/28/2029', '', 'Minutes of the Board of Directors’ Regular Meeting', '', 'September 28, 2029', '', 'The Board convened its regular meeting at the cooperative office.', '', 'Call to Order', 'The president called the meeting to order.', '', 'Approval of Minutes', 'Approved.'];
    expect(minutes(text).date).toBe('2029-09-28');
    expect(titles(text).map(([, title]) => title)).toEqual(['Call to Order', 'Approval of Minutes']);
  });

  it('leaves a longer run of figures and hyphens alone ("Ref 12-03-15-7")', () => {
    expect(minutes(board('Ref 12-03-15-7')).date).toBeNull();
  });
});

// The lead's general rules of session 23. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((item) => [item.number, item.title]);

describe("Word's page-number footers", () => {
  const board = (footer: (page: number) => string) => [
    'ELMSTEAD DRAINAGE BOARD',
    '',
    'MINUTES OF THE BOARD MEETING HELD ON 4 MARCH 2031',
    '',
    'PRESENT: Mr A Crane (Chair), Mrs B Dale, Mr C Ennis',
    '',
    'Minutes of the last meeting',
    '',
    'The minutes were approved.',
    '',
    footer(1),
    '',
    'Pumping station',
    '',
    'The engineer reported on the repairs.',
    '',
    footer(2),
    '',
    'Any other business',
    '',
    'There was none.',
  ];
  // Headings without numbers: a short line alone between paragraphs is read as one, so a footer must go first.
  const expected = [
    [null, 'Minutes of the last meeting'],
    [null, 'Pumping station'],
    [null, 'Any other business'],
  ];

  it('drops "Page | 2" between unnumbered headings', () => {
    expect(titles(board((page) => `Page | ${page}`))).toEqual(expected);
  });

  it('still reads no heading from "2 | Page" between unnumbered headings', () => {
    expect(titles(board((page) => `${page} | Page`))).toEqual(expected);
  });
});

// The right-hand action column that PDF extraction cuts into the text, in a conversion that keeps no blank lines
// between paragraphs (every paragraph a line, the column's cells lines of their own among them).
describe('the action column cut into minutes with no blank lines', () => {
  const minutesOf = (body: string[]) => [
    'Minutes of the Ashgrove Resettlement Partnership meeting',
    '12 May 2031',
    'Present:',
    'PK\tPia Kerr\tAshgrove Council (Chair)',
    'TO\tTam Orr\tRefugee Link',
    'LWi\tLou Wilde\tHealth Trust',
    '1. Housing update',
    ...body,
    '2. Date of next meeting',
    'The next meeting will be on 9 June 2031.',
  ];
  const actionsOf = (body: string[]) => minutes(minutesOf(body)).actions.map((a) => [a.text, a.owners]);

  it('reads each column line after a sentence as an action of its own', () => {
    const body = ['TO – reported that twelve families had been housed this quarter.', 'PK to write to the landlords', 'LWi to share the clinic list', 'TO – added that two more flats were expected.'];
    expect(actionsOf(body)).toEqual([
      ['PK to write to the landlords', ['PK']],
      ['LWi to share the clinic list', ['LWi']],
    ]);
  });

  it('reads a column line cut into a sentence that goes on below it, and keeps the sentence whole', () => {
    const body = ['TO – suggested that the partnership write to every housing provider in the borough and', 'PK to draft the letter', 'ask for their figures before the summer.'];
    const read = minutes(minutesOf(body));
    expect(read.actions.map((a) => a.text)).toEqual(['PK to draft the letter']);
    expect(read.items[0]!.paragraphs.map((p) => p.text)).toEqual(['TO – suggested that the partnership write to every housing provider in the borough and ask for their figures before the summer.']);
  });

  it('reads a bold column entry wrapped over two lines', () => {
    const body = ['TO – said that the waiting lists had grown since the winter, and that the', '**LWi to ask the trust', 'for its figures**', 'numbers would be known next month.'];
    expect(actionsOf(body)).toEqual([['LWi to ask the trust for its figures', ['LWi']]]);
  });

  it('leaves a line that opens with initials but holds two sentences', () => {
    const body = ['TO – reported that twelve families had been housed this quarter.', 'PK to follow up. The meeting then moved on to the next item.'];
    expect(actionsOf(body)).toEqual([]);
  });
});

// A long title in capitals that a PDF conversion cut at the page's width inside the place it names.
describe('a title in capitals cut inside its place', () => {
  const council = (title: string[]) => [...title, '', 'Councillors present: A Cole (Chair), B Dunn, C Eyre', '', '1. Apologies', '', 'None.'];

  it('joins the place\'s last words and the date on the next line to the title', () => {
    const read = minutes(council(['MINUTES OF ASHBY AND WELLOW PARISH COUNCIL MEETING HELD AT THE MEMORIAL', 'HALL, ASHBY Tuesday 4th October 2029 at 7.30pm']));
    expect([read.title, read.venue, read.date]).toEqual(['MINUTES OF ASHBY AND WELLOW PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL, ASHBY Tuesday 4th October 2029 at 7.30pm', 'THE MEMORIAL HALL, ASHBY', '2029-10-04']);
  });

  it('leaves a date line under a whole title out of it', () => {
    const read = minutes(council(['MINUTES OF ASHBY AND WELLOW PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL', 'TUESDAY, 4th October 2029 at 7.30pm']));
    expect([read.title, read.date]).toEqual(['MINUTES OF ASHBY AND WELLOW PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL', '2029-10-04']);
  });
});

// A parish council's minutes as a PDF lays them out: each item's heading runs into its text, and the page's width cuts
// the text's first sentence, so the heading's line holds the title and the sentence's first words.
describe('a run-in heading whose line the page width cut', () => {
  const council = (items: string[]) => ['MINUTES OF ASHBY PARISH COUNCIL MEETING HELD ON 4 OCTOBER 2029', '', 'Councillors present: A Cole (Chair), B Dunn, C Eyre', '', ...items];

  it('ends the title where the sentence starts, though the next line opens with a capital', () => {
    const items = ['Item 29/10/1 Public Forum A resident referred to an item in recently published', 'Minutes regarding the footpath by the mill.', '', 'Item 29/10/2 Finance The payments were approved.'];
    expect(titles(council(items))).toEqual([
      ['29/10/1', 'Public Forum'],
      ['29/10/2', 'Finance'],
    ]);
  });

  it('still keeps a list run in after its heading whole', () => {
    const items = ['1) Apologies – Councillors S Dale, N Marsh and B Ellison.', 'Members noted the apologies.', '', '2) Finance', '', 'The payments were approved.'];
    expect(titles(council(items))).toEqual([
      ['1', 'Apologies'],
      ['2', 'Finance'],
    ]);
  });
});

// A list written on its label's line, the page width cutting it after a person's initial.
describe("a list on its label's line cut after an initial", () => {
  const council = (others: string[]) => ['MINUTES OF ASHBY PARISH COUNCIL MEETING HELD ON 4 OCTOBER 2029', '', 'Councillors present: A Cole (Chair), B Dunn', '', ...others, '', '1. Apologies', '', 'None.'];
  const names = (others: string[]) => minutes(council(others)).attendees.map((a) => [a.name, a.attendance]);

  it('reads the surname on the next line ("..., Clerk J" / "Taylor")', () => {
    expect(names(['Others present: County Councillor M Storey, Clerk J', 'Taylor'])).toEqual([
      ['A Cole', 'present'],
      ['B Dunn', 'present'],
      ['M Storey', 'in-attendance'],
      ['J Taylor', 'in-attendance'],
    ]);
  });
});

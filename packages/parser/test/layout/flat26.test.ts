// Whole minutes flattened onto one long line (a web page's or a PDF's text that lost its line breaks), the numbered
// items run on inside it (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);

// Filler that makes a line as long as a flattened page's.
const talk =
  'Members discussed the matter at some length and asked staff to bring a fuller report to a later meeting, with costs, a timetable and the views of the residents consulted during the autumn.';

describe('Roman items flattened into one paragraph', () => {
  const page = [
    'Loading...',
    `ORCHARD VALE DEVELOPMENT BOARD - REGULAR MEETING MINUTES March 3, 2021 I. CALL TO ORDER Tilda Marsh called the meeting to order at 6:02 PM II. ROLL CALL Present: Tilda Marsh, Owen Pike, Rhea Cobb. Staff Present: Ned Faro III. MINUTES APPROVAL A. Consider approval of the minutes of the February meeting. ${talk} Motion passed unanimously IV. REGULAR ITEMS A. Review the financial report for January. ${talk} B. Set the meeting schedule. ${talk} V. STAFF REPORTS A. Updates from the director 1. Mill Lane opening 2. Grant bid 3. Flood study ${talk} VI. EXECUTIVE SESSION A. The board met in closed session. ${talk}`,
  ];

  it('cuts the line at each Roman number that follows the last, and reads the title in capitals before the text', () => {
    expect(items(page)).toEqual([
      ['I', 'CALL TO ORDER'],
      ['II', 'ROLL CALL'],
      ['III', 'MINUTES APPROVAL'],
      ['IV', 'REGULAR ITEMS'],
      ['V', 'STAFF REPORTS'],
      ['VI', 'EXECUTIVE SESSION'],
    ]);
  });

  it('reads a Roman item whose capitals title runs into its text on a line of its own', () => {
    const lines = ['Minutes of the Orchard Vale Board', 'I. CALL TO ORDER Tilda Marsh called the meeting to order at 6:02 PM', 'II. ROLL CALL', `III. MINUTES APPROVAL A. Consider approval of the minutes. ${talk}`];
    expect(items(lines)).toEqual([
      ['I', 'CALL TO ORDER'],
      ['II', 'ROLL CALL'],
      ['III', 'MINUTES APPROVAL'],
    ]);
  });
});

describe('numbered items flattened into a page cut off before its end', () => {
  it('reads a chain from 1 whose items have bodies, though it runs through less than half the line', () => {
    const page = [
      `MINUTES OF A SPECIAL MEETING OF THE BRINDLE ECONOMIC COUNCIL APRIL 9, 2011 10:00 A.M. The Council met at the Civic Hall to consider the following items: 1. Call to Order and Quorum. Chair Ivo Grant called the meeting to order at 10:04 am. Present were Ivo Grant, Lena Shaw and Pia Monk. 2. Citizen comment. None. 3. Consider amending the By-Laws. ${talk} ${talk} ${talk} ${talk} ${talk}`,
    ];
    expect(items(page)).toEqual([
      ['1', 'Call to Order and Quorum'],
      ['2', 'Citizen comment'],
      ['3', 'Consider amending the By-Laws'],
    ]);
  });

  it('leaves a short list run into a sentence whole', () => {
    const page = [`Minutes of the Brindle Economic Council. The director gave updates on 1. Mill Lane opening 2. Grant bid 3. Flood study and 4. Chamber news. ${talk} ${talk} ${talk} ${talk} ${talk} ${talk}`];
    expect(items(page)).toEqual([]);
  });

  it('still leaves a paragraph whose lines a line separator keeps apart to be read by those lines', () => {
    const page = [`Minutes of the Brindle Economic Council\u2028\u20281. Welcome\u2028The chair welcomed members. ${talk}\u20282. Minutes\u2028The minutes were agreed. ${talk}\u20283. Budget\u2028${talk} ${talk} ${talk} ${talk} ${talk}`];
    expect(items(page).every(([, title]) => (title ?? '').length < 40)).toBe(true);
  });

  it('leaves a numbered list of the public who spoke whole', () => {
    const page = [
      `Minutes of the Brindle Commission on Housing. CITIZEN COMMUNICATION 1. Dora Quint of Shelter Now said the waiting list had grown and asked the commission to press for more funding this year. 2. Abel Rusk shared concerns about the cost of rent in the east of the town and about repairs left undone. 3. Cleo Varga of the Tenants Forum invited members to a meeting on Thursday at the library. ${talk} ${talk} ${talk} ${talk}`,
    ];
    expect(items(page).filter(([n]) => n !== null)).toEqual([]);
  });
});

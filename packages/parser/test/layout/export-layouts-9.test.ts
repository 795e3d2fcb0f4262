// Minutes as other exports write them: a blog's HTML blocks with entities, a roster with initials before the
// names set apart by a dash, notes whose headings an export wrote as bold or plain lines, a word processor's
// horizontal line. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person, wordHeader } from './build.js';
import { decodeEntities, htmlBlockText } from '../../src/scan/html-blocks.js';

describe('a web export in HTML blocks', () => {
  it('reads tags as the marks they stand for and entities as characters', () => {
    expect(htmlBlockText('<p><strong>1. Apologies</strong><br />')).toBe('**1. Apologies** ');
    expect(htmlBlockText('<h2>Present</h2>')).toBe('## Present ');
    expect(htmlBlockText('<li>Mrs Ann Bell (Treasurer)</li>')).toBe('* Mrs Ann Bell (Treasurer) ');
    expect(htmlBlockText('See <https://example.org/a> and a < b')).toBe('See <https://example.org/a> and a < b');
    expect(decodeEntities('Children&#8217;s&nbsp;Services &amp; Health &#x2013; &bogus;')).toBe('Children’s Services & Health – &bogus;');
  });

  const { minutes } = parseLines([
    '<p>Minutes of Millbrook Parish Council Meeting held in the Village Hall<br />',
    'On Tuesday 4 March 2025 at 7.30pm</p>',
    '<p>Present:</p>',
    '<ul>',
    '<li>Mr Owen Price (Chairman)</li>',
    '<li>Mrs Nora Quinn (Clerk)</li>',
    '</ul>',
    '<p><strong>1.&nbsp;&nbsp;&nbsp; Apologies</strong></p>',
    '<p>Apologies were received from Cllr P Rowe.</p>',
    '<p><strong>2.&nbsp;&nbsp;&nbsp; Village Green &amp; Pond</strong></p>',
    '<p>The Clerk&#8217;s report was noted.</p>',
  ]);

  it('reads the roster and the items', () => {
    expect(people(minutes).map((p) => [p.name, p.attendance])).toEqual([
      ['Owen Price', 'present'],
      ['Nora Quinn', 'present'],
      ['P Rowe', 'apologies'],
    ]);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Village Green & Pond'],
    ]);
  });
});

describe('initials before each name, set apart by a dash', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    '**Present**',
    '',
    'AB – Ann Bell, Head of Housing, Northbridge Council (Chair)',
    'MR – Mona Reyes, Harbour Trust',
    'CD - Carl Dunn, Riverside Forum',
    '',
    '### **1. Welcome**',
    '',
    '1.1 AB welcomed members.',
  ]);

  it('reads the initials, the name and its description (initials that spell a title too)', () => {
    expect(people(minutes)).toEqual([
      person('Ann Bell', 'present', 'Present', { initials: 'AB', organisation: 'Northbridge Council', role: 'Head of Housing', chair: true }),
      person('Mona Reyes', 'present', 'Present', { initials: 'MR', organisation: 'Harbour Trust' }),
      person('Carl Dunn', 'present', 'Present', { initials: 'CD', organisation: 'Riverside Forum' }),
    ]);
  });
});

const notes = (head: (s: string) => string) => [
  head('Widget Project Steering Group Meeting 2025-03-04'),
  '',
  head('Present'),
  '',
  '* Ada Finch @afinch',
  '* Bo Reed @breed',
  '',
  head('Agenda'),
  '',
  head('Announcements'),
  '',
  '* The spring release ships next week.',
  '',
  head('widget/core'),
  '',
  '* build: move the loader into its own package #1201',
  '',
  'Ada: It is ready to land.',
  '',
  '* Governance review',
  '',
  'Bo: The draft needs another pass.',
  '',
  'Action item for Bo: Circulate the draft before the next meeting.',
  '',
  head('Q&A, Other'),
  '',
  'No questions.',
];

describe('notes whose headings an export wrote as bold lines or as plain lines', () => {
  for (const [layout, head] of [
    ['bold', (s: string) => `**${s}**`],
    ['plain', (s: string) => s],
  ] as const) {
    it(`reads the topics under the repository's heading (${layout})`, () => {
      const { minutes } = parseLines(notes(head));
      expect(minutes.items.map((i) => i.title)).toEqual(['build: move the loader into its own package #1201', 'Governance review']);
      expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Circulate the draft before the next meeting.', ['Bo']]]);
      expect(people(minutes).map((p) => p.name)).toEqual(['Ada Finch', 'Bo Reed']);
    });
  }
});

describe("a word processor's horizontal line below a run-on roster", () => {
  const { minutes } = parseLines([
    '# March 4, 2025 Meeting Notes',
    '________________',
    '',
    'Ada Finch (AF), Bo Reed (BR), Cy Tan (CT), Dana Ruiz (DR), Eli Moss (EM), Fay Lund (FL)',
    '',
    '________________',
    '',
    'Module loading order (AF)',
    '',
    'AF: presenting the loader change.',
    '',
    'Resolution',
    '',
    'Land the change behind a flag.',
    '',
    'Error stacks (BR)',
    '',
    'BR: the proposal keeps the frames.',
    '',
    'Caching rules (CT)',
    '',
    'CT: nothing new this time.',
  ]);

  it('ends the roster at the line, and the plain topic lines after it are the topics', () => {
    expect(people(minutes).map((p) => [p.name, p.initials])).toEqual([
      ['Ada Finch', 'AF'],
      ['Bo Reed', 'BR'],
      ['Cy Tan', 'CT'],
      ['Dana Ruiz', 'DR'],
      ['Eli Moss', 'EM'],
      ['Fay Lund', 'FL'],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Module loading order', 'Error stacks', 'Caching rules']);
  });
});

describe('council minute references with a wide gap after the title', () => {
  const { minutes } = parseLines([
    'Minutes of Millbrook Parish Council Meeting held in the Village Hall',
    '',
    'At 7.30pm on Tuesday 4 March 2025',
    '',
    'Minute 12/25 Those Present:      Cllr O Price (Chairman), Cllr Mrs N Quinn, Mrs R Hale (Clerk), 3 Members of the Public.   PCSO Dan Webb was present for part of the meeting.',
    '',
    'Minute 13/25 To Consider Apologies for Absence:      Apologies were received from Cllr P Rowe',
    '',
    'Minute 14/25 Village Green:',
    '',
    'The Clerk reported on the pond.',
  ]);

  it('parts the title from the list written beside it', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['12/25', 'Those Present'],
      ['13/25', 'To Consider Apologies for Absence'],
      ['14/25', 'Village Green'],
    ]);
    expect(people(minutes).map((p) => [p.name, p.attendance])).toEqual([
      ['O Price', 'present'],
      ['N Quinn', 'present'],
      ['R Hale', 'present'],
      ['Dan Webb', 'present'],
      ['P Rowe', 'apologies'],
    ]);
  });
});

describe('paragraphs that end without a blank line', () => {
  it('a web export closes each paragraph with its tag', () => {
    const { minutes } = parseLines([
      '<p>Minutes of Millbrook Parish Council Meeting held in the Village Hall on Tuesday 4 March 2025</p>',
      '<p>1. Those Attending: Cllr O Price (Chairman), Cllr Mrs N Quinn</p>',
      '<p>2. Apologies for Absence</p>',
      '<p>Apologies were received from Cllr P Rowe and Cllr S Tate</p>',
      '<p>Police Matters:</p>',
      '<p>There were no incidents.</p>',
      '<p>3. Village Green</p>',
    ]);
    expect(people(minutes).filter((p) => p.attendance === 'apologies').map((p) => p.name)).toEqual(['P Rowe', 'S Tate']);
  });

  it("a word processor's table saved as text writes a row a line, its empty cells as tabs", () => {
    const { minutes } = parseLines([
      'Minutes of Millbrook Parish Council Meeting held in the Village Hall on Tuesday 4 March 2025',
      '1\tThose Attending\tCllr O Price (Chairman), Cllr Mrs N Quinn',
      '2\tApologies for Absence\tApologies were received from Cllr P Rowe and Cllr S Tate',
      '\t\tThe Chairman welcomed the new Clerk.',
      '3\tVillage Green',
      '\t\tThe Clerk reported on the pond.',
    ]);
    expect(people(minutes).filter((p) => p.attendance === 'apologies').map((p) => p.name)).toEqual(['P Rowe', 'S Tate']);
    expect(minutes.items[1]!.paragraphs.map((p) => p.text)).toEqual(['Apologies were received from Cllr P Rowe and Cllr S Tate', 'The Chairman welcomed the new Clerk.']);
  });
});

describe('a list run in after an item heading, a wide gap inside it', () => {
  const { minutes } = parseLines([
    'Minutes of Millbrook Parish Council Meeting held in the Village Hall',
    '',
    'At 7.30pm on Tuesday 4 March 2025',
    '',
    '1. Those Attending: Cllr O Price (Chairman), Cllr Mrs N Quinn, Mrs R Hale (Clerk), 3 Members of the Public.   PCSO Dan Webb was present for part of the meeting.',
    '',
    '2. Village Green: The Clerk reported on the pond.',
  ]);

  it('reads each person of the list', () => {
    expect(people(minutes).map((p) => [p.honorific, p.name, p.role])).toEqual([
      ['Cllr', 'O Price', null],
      ['Cllr Mrs', 'N Quinn', null],
      ['Mrs', 'R Hale', 'Clerk'],
      ['PCSO', 'Dan Webb', null],
    ]);
  });
});

describe('topics written as bold lines of their own, one in lower case', () => {
  const { minutes } = parseLines([
    '# March 4, 2025 Meeting Notes',
    '',
    'Ada Finch (AF), Bo Reed (BR), Cy Tan (CT), Dana Ruiz (DR), Eli Moss (EM), Fay Lund (FL)',
    '',
    '**Module loading order (AF)**',
    '',
    'AF: presenting the loader change.',
    '',
    '**Error stacks (BR)**',
    '',
    'AF: presenting the loader change.',
    '',
    '**async iteration**',
    '',
    'BR: the proposal keeps the frames.',
  ]);

  it('reads the lower-case bold line as a topic too', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Module loading order', 'Error stacks', 'async iteration']);
  });
});

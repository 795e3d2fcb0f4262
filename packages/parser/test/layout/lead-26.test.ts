// The lead's general rules of session 26. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title, item.paragraphs.map((p) => p.text)]);
const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

const HEAD = ['ASHCOMBE LEVEL DRAINAGE BOARD', '', 'MINUTES OF THE FULL BOARD MEETING', '', 'MONDAY 3rd JUNE 2030', '', 'PRESENT: Mr Pike (Ch), Mr Lund, Mrs Orme', ''];

describe('a table of contents over the minutes', () => {
  it('reads the entries of a flattened contents line as the items, their leaders and page numbers dropped', () => {
    const text = [
      ...HEAD,
      'Contents',
      '',
      '71 Welcome and Apologies ...... 3 72 Declarations of Interest ...... 3 73 Finance Report ...... 4 74 Pumping Stations ...... 5',
      '',
      'Page | 2',
      '',
      '71 Welcome and Apologies',
      '',
      '71.1 The Chair welcomed members.',
      '',
      '72 Declarations of Interest',
      '',
      '72.1 None were made.',
    ];
    expect(items(text)).toEqual([
      ['71', 'Welcome and Apologies', ['The Chair welcomed members.']],
      ['72', 'Declarations of Interest', ['None were made.']],
      ['73', 'Finance Report', []],
      ['74', 'Pumping Stations', []],
    ]);
  });

  it('reads a contents list a line an entry, then each minute under the entry the minutes give again', () => {
    const text = [
      ...HEAD,
      'Contents',
      '12 Welcome and Apologies ........ 3',
      '13 Declarations of Interest ........ 3',
      '14 Finance Report ........ 4',
      '',
      '12 Welcome and Apologies',
      '12.1 The Chair welcomed members.',
      '',
      '13 Declarations of Interest',
      '13.1 None were made.',
      '',
      '14 Finance Report',
      '14.1 The accounts were noted.',
    ];
    expect(items(text)).toEqual([
      ['12', 'Welcome and Apologies', ['The Chair welcomed members.']],
      ['13', 'Declarations of Interest', ['None were made.']],
      ['14', 'Finance Report', ['The accounts were noted.']],
    ]);
  });

  it('leaves no item of an entry whose title the contents lost ("63 ...... 6")', () => {
    const text = [...HEAD, 'Contents', '', '61 Welcome ...... 3 62 Finance Report ...... 4 63 ...... 6 64 Any Other Business ...... 7', ''];
    expect(titles(text).map((t) => t[0])).not.toContain('63');
    expect(titles(text).map((t) => t[1])).not.toContain('64 Any Other Business');
  });

  it('leaves a single dotted blank with a number, as a form signs it, in the text', () => {
    const text = [...HEAD, '1. Finance', 'The balance was agreed.', '', 'Signed ........ 2', ''];
    expect(items(text)).toEqual([['1', 'Finance', ['The balance was agreed.', 'Signed ........ 2']]]);
  });
});

const SOCIETY = ['Ferncliff Allotment Society', '', 'Minutes of the committee meeting held on 4 May 2030', ''];
const AGENDA = ['Agenda', '1. Welcome and apologies', '2. Water supply', '3. Plot inspections'];
const FIRST_TWO = ['1. Welcome and apologies', 'The Chair welcomed everyone.', '', '2. Water supply', 'The new trough is in place.', ''];

describe('an agenda listed, then its entries given again over the minutes', () => {
  it('reads each minute under its entry, not the minutes as the last entry\'s text', () => {
    const text = [
      ...SOCIETY,
      'Present: Ann Pike (Chair), Tom Lund',
      '',
      ...AGENDA,
      '',
      ...FIRST_TWO,
      '3. Plot inspections',
      'Inspections will be in June.',
    ];
    expect(items(text)).toEqual([
      ['1', 'Welcome and apologies', ['The Chair welcomed everyone.']],
      ['2', 'Water supply', ['The new trough is in place.']],
      ['3', 'Plot inspections', ['Inspections will be in June.']],
    ]);
  });

  it('still lists an entry the minutes never give again, in its place', () => {
    const text = [
      ...SOCIETY,
      ...AGENDA,
      '4. Any other business',
      '',
      ...FIRST_TWO,
      '4. Any other business',
      'None.',
    ];
    expect(titles(text)).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Water supply'],
      ['3', 'Plot inspections'],
      ['4', 'Any other business'],
    ]);
  });

  it('still reads a numbered point that opens like an earlier item as the point it is', () => {
    const text = [
      ...SOCIETY,
      '1. Apologies',
      '2. Minutes',
      '3. Water supply',
      'The committee agreed:',
      '1. Apologies to be sent by email in future.',
    ];
    expect(titles(text)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['3', 'Water supply'],
    ]);
  });
});

describe('a header dated by weekday and day, with no year', () => {
  const minutes = (year: string) => [
    'ASHCOMBE LEVEL DRAINAGE BOARD',
    '',
    'MINUTES OF THE FULL BOARD MEETING',
    '',
    'WEDNESDAY 16TH JULY',
    '',
    'PRESENT: Mr Pike (Ch), Mr Lund',
    '',
    `1 Minutes of the previous meeting, 12th March ${year}`,
    'The minutes were agreed.',
  ];
  const dateOf = (lines: string[]) => parseLines(lines).minutes.date;

  it('takes the year the minutes name below that puts the day on its weekday', () => {
    expect(dateOf(minutes('2031'))).toBe('2031-07-16');
  });

  it('still leaves the date unset where the year named below puts the day on another weekday', () => {
    expect(dateOf(minutes('2030'))).toBeNull();
  });

  it('still leaves the date unset where two years named below would both do', () => {
    expect(dateOf([...minutes('2031'), '', '2 Accounts', 'The accounts for 2025 were noted.'])).toBeNull();
  });
});

describe('topic headings on lines of their own, the blank lines around them lost', () => {
  const minutes = [
    'Riverside Flood Committee Meeting Minutes',
    '12 October 2030',
    'PRESENT: Cr S Pike, Cr A Lund and Cr M Orme',
    'Cr A Lund (Chair) opened the meeting at 2:09 pm.',
    'There were apologies from Cr J Moss.',
    'Declarations of Interest – Pecuniary and Non-Pecuniary',
    'There were no declarations.',
    'Adoption of Minutes from Previous Meetings',
    'The minutes of the meeting held on 3 August 2030 were adopted as a true record.',
    'Staff Reports - Infrastructure Services',
    'The manager reported on the levee works and the new pump at the river mouth.',
  ];

  it('reads a standard item over a short sentence, and a title joined by "from", as topics', () => {
    expect(titles(minutes)).toEqual([
      [null, 'Declarations of Interest – Pecuniary and Non-Pecuniary'],
      [null, 'Adoption of Minutes from Previous Meetings'],
      [null, 'Staff Reports - Infrastructure Services'],
    ]);
  });

  it('still reads no topic from a short title-case line over a short sentence', () => {
    const text = [...minutes.slice(0, 5), 'Garden Party', 'It was fun.', 'Flood Walls', 'They held.'];
    expect(titles(text)).toEqual([]);
  });
});

// Council committee pages saved from modern.gov and like systems: "Agenda and decisions", a sub-committee's heading,
// a number column lost or saved as minute references (session 23). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a committee page captioned "Agenda and decisions"', () => {
  const page = [
    'Agenda and decisions',
    '',
    'Staff Forum - Tuesday, 12 March 2019 5.30pm',
    '',
    'Venue: Committee Room 2',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'APOLOGIES FOR ABSENCE',
    '',
    'Decision:',
    '',
    'Apologies were submitted on behalf of Ola Brenner.',
    '',
    '2.',
    '',
    'URGENT BUSINESS',
    '',
    'Decision:',
    '',
    'None.',
  ];

  it('reads the page as minutes of the meeting held: its items and the apologies', () => {
    expect(items(page)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'URGENT BUSINESS'],
    ]);
    expect(minutes(page).attendees.map((a) => [a.name, a.attendance])).toEqual([['Ola Brenner', 'apologies']]);
  });

  it('still rejects a page captioned "Agenda" alone with no roster', () => {
    expect(minutes(['Agenda', ...page.slice(1)]).kind).toBe('other');
  });
});

describe("a sub-committee's page heading", () => {
  it('reads the parent body and the committee before the dash that leads to the date', () => {
    const page = ['Agenda and minutes', '', 'Loch Fenna Partnership - Steering Group - Thursday, 2 May 2024 2:00 pm, NEW', '', 'Venue: online', '', 'Items', 'No. Item', '', '1.', '', 'Welcome', '', 'Minutes:', '', 'Everyone was welcomed.', '', '2.', '', 'Actions', '', 'Minutes:', '', 'The actions were reviewed.'];
    expect(minutes(page).body).toBe('Loch Fenna Partnership - Steering Group');
  });
});

describe('a page whose number column and labels were lost', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Wexmoor Community Safety Board - Monday, 8 July 2024 2.00 pm',
    '',
    'No. Item',
    '',
    '',
    'Welcome and apologies.',
    '',
    '',
    'The Chair welcomed everyone and the apologies were noted.',
    '',
    '',
    '',
    'Minutes of the last meeting. pdf icon PDF 71 KB',
    '',
    '',
    'The minutes of the meeting held on 2 February 2024 were confirmed as a correct record.',
    '',
    '',
    'Performance update.',
    '',
    '',
    'The Board considered a report of the Safety Manager on the quarter.',
  ];

  it('reads the titles that end with a full stop, one to a row, without the stop', () => {
    expect(items(page)).toEqual([
      [null, 'Welcome and apologies'],
      [null, 'Minutes of the last meeting'],
      [null, 'Performance update'],
    ]);
  });

  it('leaves a record\'s "None received." as no title where the first row has no full stop', () => {
    const plain = [...page.slice(0, 7), 'Declarations of interest', '', '', 'None received.', '', '', 'Performance update', '', '', 'A report was received.'];
    expect(items(plain).map((i) => i[1])).toEqual(['Declarations of interest', 'Performance update']);
  });
});

describe('a page whose number cells are minute references', () => {
  it('numbers each row by the reference on the line above its title', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Venue: Fenwick Fire Station',
      '',
      'Items',
      'No. Item',
      '',
      '24-25/FA/1',
      '',
      'Election of Chair',
      '',
      'Minutes:',
      '',
      'Councillor Pim was elected Chair.',
      '',
      '24-25/FA/2',
      '',
      'Apologies',
      '',
      'Minutes:',
      '',
      'An apology was received from Councillor Rudd.',
    ];
    expect(items(page)).toEqual([
      ['24-25/FA/1', 'Election of Chair'],
      ['24-25/FA/2', 'Apologies'],
    ]);
  });
});

describe("an agenda's note in a row of its own", () => {
  it('reads "To confirm ..." below a title as the note, no item', () => {
    const page = ['Agenda and minutes', '', 'Venue: Hall', '', 'Items', 'No. Item', '', '24-25/FA/7', '', 'Minutes pdf icon PDF 90 KB', '', 'To confirm the Minutes of the meeting held on 3 May 2024', '', 'Minutes:', '', 'RESOLVED: That the Minutes be confirmed.', '', '24-25/FA/8', '', 'Communications', '', 'Minutes:', '', 'There were none.'];
    expect(items(page)).toEqual([
      ['24-25/FA/7', 'Minutes'],
      ['24-25/FA/8', 'Communications'],
    ]);
  });
});

// Item numbers a converter glued to the title or wrote twice (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('a Word list whose numbers lost their tab', () => {
  const lines = [
    'Minutes of the Harwick Village Store Committee',
    'Tuesday 9th May 2023, 7pm at 4 Mill Row',
    '',
    '1Apologies - Ann Colby and Ted Rusk',
    '2Minutes of last Meeting – Approved and signed',
    '  • The summer fete was moved to 2nd July.',
    '3Manager’s Report (appended)',
    '  • The store had 3M rolls of tape delivered.',
    '4Treasurer’s Report',
    '  • The accounts were in order.',
  ];

  it('reads each number against its title as the item it numbers', () => {
    expect(items(lines)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes of last Meeting'],
      ['3', 'Manager’s Report (appended)'],
      ['4', 'Treasurer’s Report'],
    ]);
  });

  it('leaves a lone number against a word, no run counting on, as text ("3Com", "5Star")', () => {
    const lone = ['Minutes of the Harwick Village Store Committee', '', '1. Apologies', '', 'None.', '', '2. Tills', '', '3Com routers were bought.', '', '5Star Cleaning quoted again.'];
    expect(items(lone)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Tills'],
    ]);
  });
});

describe('minutes with no title that names them', () => {
  it('reads "Minutes of last Meeting – Approved and signed" as the record of a meeting held, so that its items stay', () => {
    const lines = ['Monday 3rd June 2024, 6pm at 12 Kiln Lane', '', '1. Apologies - Rose Penn', '2. Minutes of last Meeting – Approved and signed', '3. Stock Report', '  • Bread sales were up.'];
    expect(parseLines(lines).minutes.kind).toBe('minutes');
    expect(items(lines).map(([n]) => n)).toEqual(['1', '2', '3']);
  });

  it('still reads an agenda whose minutes are "to be approved and signed" as no minutes', () => {
    const lines = ['Monday 3rd June 2024, 6pm at 12 Kiln Lane', '', '1. Apologies', '2. Minutes of last Meeting – to be approved and signed', '3. Stock Report'];
    expect(parseLines(lines).minutes.kind).toBe('other');
  });
});

describe('a list number written twice over', () => {
  const lines = [
    'Minutes of the Oakmere Patient Group meeting',
    '',
    'Apologies: None',
    '',
    '11)    Welcome by the Practice Manager',
    '',
    'The manager welcomed the group.',
    '',
    '22)    Approval of previous minutes',
    '',
    'The minutes were agreed.',
    '',
    '33)    Items for discussion',
    '',
    'a.    A committee of up to ten patients would be sought.',
  ];

  it('reads "11)", "22)", "33)" as items 1, 2 and 3', () => {
    expect(items(lines)).toEqual([
      ['1', 'Welcome by the Practice Manager'],
      ['2', 'Approval of previous minutes'],
      ['3', 'Items for discussion'],
    ]);
  });

  it('still reads items 10, 11 and 12 as written', () => {
    const counted = ['Minutes of the Oakmere Patient Group meeting', '', '10. Finance', '', 'Noted.', '', '11. Premises', '', 'Noted.', '', '12. Any other business', '', 'None.'];
    expect(items(counted)).toEqual([
      ['10', 'Finance'],
      ['11', 'Premises'],
      ['12', 'Any other business'],
    ]);
  });
});

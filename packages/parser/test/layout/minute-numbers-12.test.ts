// Minutes numbered on through the year, the year first ("15.05", "09/70"), as Friends' meetings and some university
// councils number them (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('minute numbers with the year first', () => {
  it('reads "15.05  Matters arising" as a minute of 2015 (the fifth), its title before the colon', () => {
    const parsed = parseLines([
      'BROOKSIDE LOCAL MEETING',
      '',
      'Minutes of a meeting for worship for business held on 1 March 2015',
      '',
      '12 Friends were present.',
      '',
      '15.05  Matters arising',
      'a)  Away day: we agree to visit the mill in May.',
      '',
      '15.06  Accounts 2014: we receive the accounts from our treasurer and thank her.',
      '',
      '15.07  Children’s meeting',
      'We ask the elders to find helpers for the summer.',
    ]);
    expect(parsed.minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['15.05', 'Matters arising'],
      ['15.06', 'Accounts 2014'],
      ['15.07', 'Children’s meeting'],
    ]);
    // The count runs on by one: no numbering diagnostic.
    expect(parsed.minutes.diagnostics.filter((d) => d.code === 'LSMP3001' || d.code === 'LSMP3003')).toEqual([]);
  });

  it('reads "09/69" minute numbers in a cell of their own after the lists, the roster ending at the first', () => {
    const parsed = parseLines([
      'Minutes of the meeting of the College Council held on Friday 9 October 2009.',
      '',
      'Members:',
      '',
      'Sir Alan Reed (Chair); Dr Ann Hale; Tom Finch; Ruth Lind (ab)',
      '',
      'Apologies for absence were received from:',
      '',
      'Ruth Lind',
      '',
      '09/69       Chair’s Introduction',
      '',
      'The Chair welcomed new members.',
      '',
      '09/70       Minutes',
      '',
      'The minutes of the meeting held on 9 July 2009 were confirmed.',
    ]);
    expect(parsed.minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['09/69', 'Chair’s Introduction'],
      ['09/70', 'Minutes'],
    ]);
    expect(parsed.minutes.attendees.map((a) => a.name)).toEqual(['Alan Reed', 'Ann Hale', 'Tom Finch', 'Ruth Lind']);
    expect(parsed.minutes.diagnostics.filter((d) => d.code === 'LSMP2001' || d.code === 'LSMP3001')).toEqual([]);
  });

  it('reads no minutes where the year is not the meeting’s, or the count does not run on', () => {
    const opening = ['Minutes of the Brook Club committee held on 4 May 2021', '', 'Present: Ann Hale, Tom Finch, Jo Reed', ''];
    // "15.30" and "16.45": times of the day, the year named nowhere.
    expect(items([...opening, '15.30  Tea was served in the hall.', '', '16.45  The meeting resumed after the tour.'])).toEqual([]);
    // "21.04" and "21.09": not one minute after another.
    expect(items([...opening, '21.04  Treasurer’s report', 'Noted.', '', '21.09  Fixtures', 'Agreed.'])).toEqual([]);
  });
});

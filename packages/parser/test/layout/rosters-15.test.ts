// Rosters of session 15: names a converter ran together. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = ['', '1. Apologies', '', 'None were received.', '', '2. Finance', '', 'Accounts approved.'];
const attendees = (lines: string[]) =>
  parseLines([...lines, ...items]).minutes.attendees.map((a) => `${a.attendance} ${a.name}${a.initials ? ` ${a.initials}` : ''}${a.role ? ` (${a.role})` : ''}`);

describe('a column of names run into one line with no commas', () => {
  it('parts the line into its people, each with the bracket written after them', () => {
    expect(
      attendees([
        'Minutes of the Harbour Board meeting held on 3 May 2021',
        '',
        'Present: Alan Rook (items 1 to 4) Maria Penrose Dilys Okafor Graham Tull Susan Vane Peter Lomax (Vice Chair)',
      ]),
    ).toEqual(['present Alan Rook', 'present Maria Penrose', 'present Dilys Okafor', 'present Graham Tull', 'present Susan Vane', 'present Peter Lomax (Vice Chair)']);
  });

  it('takes a middle initial with its name, and a group caption before the people as no one', () => {
    expect(
      attendees(['Minutes of the Harbour Board meeting held on 3 May 2021', '', 'Present: Ann Hale Tom J Reed Ida Mole', '', 'In attendance: Special Advisors Bryn Heath Lyn Sollis']),
    ).toEqual(['present Ann Hale', 'present Tom J Reed', 'present Ida Mole', 'in-attendance Bryn Heath', 'in-attendance Lyn Sollis']);
  });

  it('leaves a run with a post or a longer name in it to the other readings', () => {
    const read = attendees(['Minutes of the Harbour Board meeting held on 3 May 2021', '', 'Present: Ann Hale Chief Executive Tom Reed Ida Mole']);
    expect(read).not.toContain('present Chief Executive');
  });
});

describe('a row of initials under the row of names', () => {
  it('gives each person on the line above their initials, in order', () => {
    expect(
      attendees(['Committee Meeting Minutes 3 May 2021', '', 'Present:', '', 'Joy Bell Lou Burr Sal Holt Jan Kerr', '', 'JB LB SH JK', '', 'Apologies:', '', 'Liz Ware']),
    ).toEqual(['present Joy Bell JB', 'present Lou Burr LB', 'present Sal Holt SH', 'present Jan Kerr JK', 'apologies Liz Ware']);
  });

  it('keeps initials that are not those of the names above as people of their own', () => {
    const read = attendees(['Committee Meeting Minutes 3 May 2021', '', 'Present:', '', 'Joy Bell Lou Burr Sal Holt', '', 'JB LB TR', '', 'Apologies:', '', 'Liz Ware']);
    expect(read).toContain('present TR TR');
  });
});

describe('a table exported a cell to a line: a name, then its post', () => {
  const stacked = (extra: string[] = []) =>
    attendees([
      'Board Meeting Minutes',
      'Held at 9:00AM, Friday 2 December 2022',
      'Present',
      'Board Members',
      'Rob Camp',
      'Chair',
      'Tia Wilson',
      'Deputy Chair',
      ...extra,
    ]);

  it('reads "Chair" under a name as that person\'s post, not as the heading of a chair\'s list', () => {
    expect(stacked()).toEqual(['present Rob Camp', 'present Tia Wilson (Deputy Chair)']);
    expect(parseLines(['Board Meeting Minutes', '', 'Present', 'Rob Camp', 'Chair', 'Tia Wilson', 'Deputy Chair', ...items]).minutes.attendees[0]!.chair).toBe(true);
  });

  it('keeps "Chair" a heading over a list of chairs, or before another list\'s heading', () => {
    expect(attendees(['Board Teleconference 2 December 2022', '', 'Present', 'Ann Hale, Tom Reed', 'Regrets', 'Ida Mole', 'Chair', 'Tom Reed, Ann Hale', 'Scribe', 'Ann Hale'])).not.toContain(
      'apologies Ida Mole (Chair)',
    );
  });

  it('reads "Part Attendance" as a list of those in attendance, the items they came for no part of their post', () => {
    expect(stacked(['Part Attendance', 'Paula Knapp', 'GM, Engagement – Item 13', 'Sara Watts', 'Head of Finance - Items 9,10 & 17'])).toEqual([
      'present Rob Camp',
      'present Tia Wilson (Deputy Chair)',
      'in-attendance Paula Knapp',
      'in-attendance Sara Watts (Head of Finance)',
    ]);
  });
});

describe('a cell-per-line roster with a cell cut short in the source', () => {
  it('reads the rows as they stand when joining the cut cell to the next line leaves a name without its post', () => {
    expect(
      attendees(['Board Meeting Minutes', 'Held at 9:00AM, Friday 2 December 2022', 'Present', 'Rob Camp', 'Chair', 'In Attendance', 'Ana Kerr', 'GM, Engagement', 'Alex Decker', 'Senior Advisor,', 'Ash Grenfell', 'Solicitor, Legal Services']),
    ).toEqual(['present Rob Camp', 'in-attendance Ana Kerr', 'in-attendance Alex Decker (Senior Advisor)', 'in-attendance Ash Grenfell (Solicitor)']);
  });

  it('does not read a solicitor\'s post as a person', () => {
    expect(attendees(['Board Meeting Minutes', 'Held at 9:00AM, Friday 2 December 2022', 'Present', 'Rob Camp', 'Chair', 'In Attendance', 'Ana Kerr', 'Principal Solicitor, Legal Services', 'Ash Grenfell', 'Senior Solicitor, Legal Services'])).toEqual([
      'present Rob Camp',
      'in-attendance Ana Kerr (Principal Solicitor)',
      'in-attendance Ash Grenfell (Senior Solicitor)',
    ]);
  });
});

describe('a long post with the items its person came for', () => {
  it('counts no words of the items when telling a post from text', () => {
    expect(
      attendees(['Board Meeting Minutes', 'Held at 9:00AM, Friday 2 December 2022', 'Present', 'Rob Camp', 'Chair', 'Part Attendance', 'Ana Kerr', 'Head of Hazardous Substances & New Organisms – Items 8, 9 & 12', 'Ash Grenfell', 'Advisor']),
    ).toEqual(['present Rob Camp', 'in-attendance Ana Kerr (Head of Hazardous Substances & New Organisms)', 'in-attendance Ash Grenfell (Advisor)']);
  });
});

describe('a list label flowed onto the end of the list above', () => {
  it('heads the list below it', () => {
    expect(
      attendees([
        'Minutes of the meeting of the Harbour Board held on 3 May 2021',
        '',
        'Present: Professor Ann Hale (Chair), Mr Tom Reed, Ms Ida Mole, Dr Sam Poe In Attendance',
        '',
        'Mr Bo Lee (Secretary), Ms Jo Finch, Mr Al Reed',
      ]),
    ).toEqual(['present Ann Hale', 'present Tom Reed', 'present Ida Mole', 'present Sam Poe', 'in-attendance Bo Lee (Secretary)', 'in-attendance Jo Finch', 'in-attendance Al Reed']);
  });

  it('leaves a sentence that ends with the words alone', () => {
    const read = attendees(['Minutes of the meeting of the Harbour Board held on 3 May 2021', '', 'Present: Professor Ann Hale (Chair), Mr Tom Reed, Ms Ida Mole', '', 'The clerk, the treasurer and the auditor were Absent']);
    expect(read.filter((a) => a.startsWith('apologies'))).toEqual([]);
  });
});

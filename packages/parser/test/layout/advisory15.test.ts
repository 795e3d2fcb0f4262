// Minutes of government scientific and advisory committees (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name} ${a.attendance}${a.chair ? ' chair' : ''}`);
const ITEMS = ['', '1. Apologies and announcements', 'The Chair welcomed members.', '', '2. Minutes of the last meeting', 'The minutes were agreed.'];

describe('the roster groups of a scientific advisory committee', () => {
  it('reads the assessors, the associate members and the committee chair under their own labels', () => {
    const m = who([
      'Minutes of the 40th meeting of the Brookfield Advisory Committee on Food Additives',
      '',
      'Attendance',
      'Committee Chair',
      'Dr Ann Hale',
      'Committee Members',
      'Professor Ben Rowe',
      'Ms Cara Lind',
      'Associate Members',
      'Dr Dan Moss',
      'Apologies',
      'Dr Eve Finch',
      'Assessor',
      'Mr Fred Gale - Head of Food Policy',
      'Observers Brookfield Agency',
      'Ms Gill Hart - Policy Advisor',
      'Observers Devolved administration',
      'Mr Huw Ives - Policy, Agency Wales',
      ...ITEMS,
    ]);
    expect(m).toEqual([
      'Ann Hale present chair',
      'Ben Rowe present',
      'Cara Lind present',
      'Dan Moss present',
      'Eve Finch apologies',
      'Fred Gale in-attendance',
      'Gill Hart in-attendance',
      'Huw Ives in-attendance',
    ]);
  });

  it('reads the members named by the committee’s acronym, a second secretariat, the assessors and the other officials', () => {
    const m = who([
      'Minutes of the 9th May 2024 BAF Meeting',
      '',
      'Present',
      'Chair:',
      'Professor Ann Hale',
      'BAF Members:',
      'Dr Ben Rowe',
      'Dr Cara Lind',
      'Secretariat:',
      'Ms Dan Moss - Scientific Secretary',
      'UK BHA Secretariat:',
      'Ms Eve Finch',
      'Assessors:',
      'Mr Fred Gale - (BHA)',
      'BFA and other Officials:',
      'Ms Gill Hart - BFA',
      ...ITEMS,
    ]);
    expect(m).toEqual([
      'Ann Hale present chair',
      'Ben Rowe present',
      'Cara Lind present',
      'Dan Moss secretariat',
      'Eve Finch secretariat',
      'Fred Gale in-attendance',
      'Gill Hart secretariat',
    ]);
  });

  it('reads an assessor named with the agency, and advisors, as in attendance', () => {
    const m = who(['ACFA Minutes: 2 May 2012', '', 'Present', 'Professor Ann Hale', 'Ms Ben Rowe', '', 'FSA Assessor', 'Ms Cara Lind', '', 'Advisors', '', 'Dan Moss (Data Protection, BSA)', '', 'Secretariat', 'Dr Eve Finch', ...ITEMS]);
    expect(m).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind in-attendance', 'Dan Moss in-attendance', 'Eve Finch secretariat']);
  });
});

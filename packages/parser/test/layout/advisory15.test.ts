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

describe('the roster of a US federal advisory council', () => {
  it('reads the council members absent as apologies, and lists headed with how long people stayed', () => {
    const m = who([
      'BROOK ADVISORY COUNCIL',
      'Summary of Meeting',
      'May 4, 2010',
      '',
      'Council members present were:',
      '',
      'Dr. Ann Hale',
      'Dr. Ben Rowe',
      '',
      'Council Members absent:',
      'Dr. Cara Lind',
      '',
      'Members of the public present for portions of the open meeting included:',
      '',
      'Mr. Dan Moss, Brook Alliance',
      '',
      'BNI employees present for portions of the meeting include:',
      '',
      'Dr. Eve Finch',
      ...ITEMS,
    ]);
    expect(m).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dan Moss in-attendance', 'Eve Finch secretariat']);
  });
});

describe('a committee paper’s reference after an item’s title', () => {
  it('is no part of the title', () => {
    const m = minutes([
      'Minutes of the Brookfield Food Committee, 4 May 2010',
      '',
      'Present: Ann Hale, Ben Rowe',
      '',
      '1. Apologies',
      'None were received.',
      '',
      '2. Minutes of the 96th meeting DRAFT/BFC/96/Min',
      'The minutes were agreed.',
      '',
      '3. Safeguarding update to the committee BFC(24)03',
      'The paper was noted.',
      '',
      '4. The Brookfield Longitudinal Study (BLS). BFC(22)10',
      'The paper was noted.',
    ]);
    expect(m.items.map((i) => i.title)).toEqual(['Apologies', 'Minutes of the 96th meeting', 'Safeguarding update to the committee', 'The Brookfield Longitudinal Study (BLS)']);
  });
});

describe('an agenda listed, indented, above the lists of those present', () => {
  const page = [
    'Twelfth meeting of the Brookfield Data Ethics Advisory Committee',
    '',
    'Meeting agenda:',
    '',
    '  1. Minutes and matters arising from the previous meeting and correspondence and the update to the terms of reference',
    '  2. Review of the data ethics policy',
    '  3. Any Other Business',
    '',
    'Present',
    '',
    'Members',
    '',
    'Ann Hale (Chair)',
    '',
    'Ben Rowe',
    '',
    'Apologies',
    '',
    'Cara Lind',
    '',
    '1. Minutes and matters arising from the previous meeting and correspondence and the update to the terms of reference BDEC(23)09',
    '',
    '  1. The meeting began with introductions for the benefit of the new members of the committee.',
    '  2. Cara Lind gave her apologies.',
  ];

  it('leaves the roster read, and the title is the committee’s heading, not an entry of the agenda', () => {
    const m = minutes(page);
    expect(who(page)).toEqual(['Ann Hale present chair', 'Ben Rowe present', 'Cara Lind apologies']);
    expect(m.title).toBe('Twelfth meeting of the Brookfield Data Ethics Advisory Committee');
    expect(m.body).toBe('Brookfield Data Ethics Advisory Committee');
  });

  it('names the body after the meeting’s count', () => {
    expect(minutes(['57th MEETING OF THE BROOK ADVISORY COMMITTEE FOR WALES', 'Wednesday, 3 February 2016', '', 'Present: Ann Hale, Ben Rowe', ...ITEMS]).body).toBe('BROOK ADVISORY COMMITTEE FOR WALES');
  });
});

describe('groups of attendees keyed on one line each under "Attendees"', () => {
  it('reads the list each key names, and takes no group name for an organisation', () => {
    const m = minutes([
      'Precautionary BRAG meeting on the Brook flood, 2 March 2019 Held in 10 River St, Ashford',
      'Attendees',
      'Scientific experts: Ann Hale (GCSA), Ben Rowe (Imperial), Cara Lind (Oxford).',
      'Observers and Government officials: Dan Moss (DfT), Eve Finch (GoS).',
      'Secretariat: Fred Gale',
      '',
      'Situation update',
      '  1. The Agency gave an update on the flood.',
    ]);
    expect(m.attendees.map((a) => `${a.name} ${a.attendance} ${a.organisation}`)).toEqual([
      'Ann Hale present GCSA',
      'Ben Rowe present Imperial',
      'Cara Lind present Oxford',
      'Dan Moss in-attendance DfT',
      'Eve Finch in-attendance GoS',
      'Fred Gale secretariat null',
    ]);
  });
});

describe('a surname that is also a word of minutes', () => {
  it('is read when the initials in brackets after the name spell it, and a body with its acronym stays no person', () => {
    const m = who(['Thursday, 4 May 2023 @ 10.30am', 'Members Present', '- Ann Hale (Chair) (AH)', '- Ben Rowe (BR)', '- Cara Jane Part (CJP)', '- Dan Moss (DM)', 'Apologies', '- Eve Finch (EF)', ...ITEMS]);
    expect(m).toEqual(['Ann Hale present chair', 'Ben Rowe present', 'Cara Jane Part present', 'Dan Moss present', 'Eve Finch apologies']);
    const bodies = minutes(['Present:', 'Ann Hale', 'Brookfield Commission (BC)', 'Ben Rowe', ...ITEMS]).attendees.map((a) => a.name);
    expect(bodies).not.toContain('Brookfield Commission');
  });
});

describe('the participants of a European scientific panel’s working group', () => {
  it('reads its members, the hearing experts, the Commission’s and member states’ representatives and the authority’s units', () => {
    const m = minutes([
      'Scientific Panel on Brook Contaminants',
      'Minutes of the 3rd meeting of the Working Group on Brook Water',
      '10-11 Oct 2018',
      '',
      'Participants',
      '',
      'Working Group Members:',
      '',
      'Ann Hale (chair)*',
      '',
      'Ben Rowe',
      '',
      'Hearing Experts:',
      '',
      'Cara Lind*',
      '',
      'European Commission and/or Member States representatives:',
      '',
      'Dan Moss*',
      '',
      'BFSA:',
      '',
      'BIOHAZ Unit: Eve Finch',
      '',
      '* Participated via teleconference',
      ...ITEMS,
    ]);
    expect(m.attendees.map((a) => `${a.name} ${a.attendance}${a.chair ? ' chair' : ''}`)).toEqual(['Ann Hale present chair', 'Ben Rowe present', 'Cara Lind in-attendance', 'Dan Moss in-attendance', 'Eve Finch secretariat']);
  });
});

describe('the venue after the time', () => {
  it('keeps the room named after "in", before the building', () => {
    const m = minutes(['Minutes of the Brook Committee', '', 'Notes of the meeting of the Committee at 9:30am on 4 May 2010 in Conference Room 5, Brook House, Kingsway, Ashford', '', 'Present: Ann Hale, Ben Rowe', ...ITEMS]);
    expect(m.venue).toBe('Conference Room 5, Brook House, Kingsway, Ashford');
  });
});

describe('the body named in the title', () => {
  it('is the acronym between the meeting’s date and "Meeting"', () => {
    expect(minutes(['Final Minutes of the 9th July 2024 BAF Meeting', '', 'Present: Ann Hale, Ben Rowe', ...ITEMS]).body).toBe('BAF');
  });

  it('ends before the time the meeting began', () => {
    const m = minutes(['Notes of the meeting of the Brook Panel at 9:30am in Conference Room 5, Brook House, Ashford', '4 May 2010', '', 'Present: Ann Hale, Ben Rowe', ...ITEMS]);
    expect(m.body).toBe('Brook Panel');
  });
});

describe('the venue of an opening sentence', () => {
  it('is the place after the date, not a part of the next sentence', () => {
    const m = minutes([
      'BROOK ADVISORY COUNCIL',
      'SUMMARY OF MEETING',
      'January 27, 1992',
      'The Brook Advisory Council was convened for its fourth meeting at 8:30 A.M. on January 27, 1992, at the Regency Hotel, Bethesda, Maryland. Dr. Ann Hale, Deputy Director of the Brook Research Center, introduced the consultants.',
      'Council members present:',
      'Dr. Ben Rowe',
      'Dr. Cara Lind',
      ...ITEMS,
    ]);
    expect(m.venue).toBe('Regency Hotel, Bethesda, Maryland');
  });
});

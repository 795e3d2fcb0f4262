// Minutes of international and inter-agency bodies: UN cluster and working-group meetings, EU and intergovernmental
// committees (session 16). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ITEMS = ['', '1. Welcome', 'The chair welcomed the partners.', '2. Partner updates', 'Partners gave updates.'];

describe('the meeting times', () => {
  it('read a morning meeting written to "12:00 AM" as ending at noon, not at midnight', () => {
    const m = minutes(['Brook Sector Working Group', 'Date: 20 February 2014', 'Time: 10:00AM - 12:00AM', 'Venue: Field Office', ...ITEMS]);
    expect([m.start, m.end]).toEqual(['10:00', '12:00']);
    expect(minutes(['Brook Sector Working Group', 'Date: 27th April, 2016', 'Time: 9:30 AM – 12:00 AM', ...ITEMS]).end).toBe('12:00');
  });

  it('still read an evening meeting to "12am" as ending at midnight', () => {
    expect(minutes(['Brook Club', 'Date: 2 May 2014', 'Time: 8pm - 12am', ...ITEMS]).end).toBe('00:00');
  });

  it('read hours and minutes parted by an "h"', () => {
    const m = minutes(['Brook Shelter Group', 'Date and time: Tuesday, 15 September 2015. 13h00-14h00 Geneva time', ...ITEMS]);
    expect([m.start, m.end]).toEqual(['13:00', '14:00']);
  });
});

describe('a meeting report under a case page', () => {
  const page = [
    'Report on the meeting in the Brook Ombudsman’s inquiry OI/2/2015 concerning the composition of advisory panels',
    '',
    'Case: OI/2/2015',
    'Opened on 3 March 2015 - Decision on 9 October 2018',
    '',
    'Date and time: 14 May 2017, 10:30 - 11:45',
    '',
    'Location: Rue Haute 12, Brussels, Room 4/B',
    '',
    '1. Introduction',
    'The team introduced itself.',
  ];

  it('is dated by its labelled date field, not by the case history above it', () => {
    const m = minutes(page);
    expect([m.date, m.start, m.end]).toEqual(['2017-05-14', '10:30', '11:45']);
    expect(minutes(['Brook Sector Group', 'Updated 2 June 2019', 'Meeting date: 20 May 2019', ...ITEMS]).date).toBe('2019-05-20');
  });

  it('takes its place from the location field, not from the inquiry its title names', () => {
    expect(minutes(page).venue).toBe('Rue Haute 12, Brussels, Room 4/B');
    expect(minutes(['Meeting at the King’s Head, Brook', 'Date: 2 May 2019', ...ITEMS]).venue).toBe('the King’s Head, Brook');
  });
});

describe('a list of the agencies that took part', () => {
  it('names no one when its entries are agencies, acronyms and names alike', () => {
    const m = minutes(['Brook Protection Working Group - Minutes', 'Date: 22 May 2013', 'Participants: UNHCR (chair), MOSA, ActionAid, DRC, Handicap International, HelpAge, ICRC (observer), Mercy Corps, NRC, Oxfam, UNICEF, UNRWA', ...ITEMS]);
    expect(m.attendees).toEqual([]);
    const merged = minutes(['Brook WASH Cluster Meeting', 'Date: 24 March 2016', 'Participants : OXFAM GB, ACF, Islamic Relief, Caritas Brook, World Vision, IOM, BRAC, UNICEF', ...ITEMS]);
    expect(merged.attendees).toEqual([]);
  });

  it('still reads the people of a list that names a few agencies beside them', () => {
    const m = minutes(['Brook Partnership Board', 'Date: 2 May 2019', 'Present: Ann Hale (UNHCR), Ben Rowe, Cara Lind, IOM, DRC, NRC', ...ITEMS]);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind']);
  });
});

describe('a list of attendees written as a table with slashes', () => {
  const table = ['Name / Organization / Position/Function', '1.  Tom Hale / Brook Shelter Team / Coordinator', '2.  Ann Reed / IFRC / Focal Person', '3.  Bo Finch / Save the Children / Shelter Officer'];

  it('reads the numbered rows by the caption row\'s columns, inside the first item too', () => {
    const m = minutes(['BROOK SHELTER CLUSTER MEETING', 'Friday January 18, 2013, 9:00AM', '', '1.  Introductions', '', 'List of Attendees:', '', ...table, '', '2.  Acceptance of last meeting minutes', 'Accepted.']);
    expect(m.attendees.map((a) => `${a.name}|${a.organisation}|${a.role}`)).toEqual(['Tom Hale|Brook Shelter Team|Coordinator', 'Ann Reed|IFRC|Focal Person', 'Bo Finch|Save the Children|Shelter Officer']);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Introductions', '2 Acceptance of last meeting minutes']);
  });

  it('reads the same rows unnumbered, under the list\'s heading at the top', () => {
    const m = minutes(['Brook Shelter Cluster', 'Date: 18 January 2013', '', 'List of participants', ...table.map((l) => l.replace(/^\d\.\s+/, '')), ...ITEMS]);
    expect(m.attendees.map((a) => `${a.name}|${a.organisation}|${a.role}`)).toEqual(['Tom Hale|Brook Shelter Team|Coordinator', 'Ann Reed|IFRC|Focal Person', 'Bo Finch|Save the Children|Shelter Officer']);
  });
});

describe('an agenda run into one line', () => {
  it('gives an item for each number of the list under the agenda\'s label alone on the line above', () => {
    const m = minutes(['Brook Education Cluster Minutes', 'Date: 23 June 2020', '', 'AGENDA', '', '1. Action Points 2. Working Group Updates 3. Funding Updates a. Pooled funds b. Grants 4. Any Other Business', '', 'MINUTES', 'The partners met online.']);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Action Points', '2 Working Group Updates', '3 Funding Updates', '4 Any Other Business']);
  });

  it('gives them after the label at the start of the same line, and not for a sentence that mentions the agenda', () => {
    const same = minutes(['Brook Cluster Minutes', 'Date: 2 May 2019', '', 'AGENDA: 1. Action Points 2. Updates 3. Funding 4. Any Other Business', '', 'The partners met.']);
    expect(same.items.map((i) => i.title)).toEqual(['Action Points', 'Updates', 'Funding', 'Any Other Business']);
    const sentence = minutes(['Brook Cluster Minutes', 'Date: 2 May 2019', '', 'The agenda 1. was agreed 2. in full 3. without change.', '', '1. Welcome', 'The chair welcomed everyone.']);
    expect(sentence.items.map((i) => i.title)).toEqual(['Welcome']);
  });
});

describe('a session over several days', () => {
  it('is dated by its first day when the days are written "from 28 to 30 May"', () => {
    const m = minutes(['Minutes of the Brook Committee of Deputies', 'held in Strasbourg from 28 to 30 May 1984', '', 'Present: Ann Hale, Ben Rowe', ...ITEMS]);
    expect(m.date).toBe('1984-05-28');
  });
});

describe('delegations listed by country in one run', () => {
  it('reads each person with the country in capitals before them, and the post after a comma', () => {
    const m = minutes(['Minutes of the 12th meeting of the Brook Deputies', 'Date: 4 June 1984', '', 'PRESENT AUSTRIA Mr. H.G. Lind Mr. N. Moss BELGIUM Mrs. A. Reed FRANCE Mr. R. Hale, Chairman Mr. B. Finch FEDERAL REPUBLIC OF GERMANY Mr. K.A. Rowe, Vice Chairman Mr. P. Stone', ...ITEMS]);
    expect(m.attendees.map((a) => `${a.name}|${a.organisation}|${a.role ?? ''}|${a.chair}`)).toEqual([
      'H.G. Lind|AUSTRIA||false',
      'N. Moss|AUSTRIA||false',
      'A. Reed|BELGIUM||false',
      'R. Hale|FRANCE||true',
      'B. Finch|FRANCE||false',
      'K.A. Rowe|FEDERAL REPUBLIC OF GERMANY|Vice Chairman|false',
      'P. Stone|FEDERAL REPUBLIC OF GERMANY||false',
    ]);
  });

  it('does not take a surname in capitals for a country', () => {
    const m = minutes(['Minutes of the Brook Board', 'Date: 2 May 1990', '', 'PRESENT Mr. A. SMITH Mr. B. JONES Mrs. C. BROWN, Chairman', ...ITEMS]);
    expect(m.attendees.map((a) => `${a.name}|${a.organisation}`)).toEqual(['A. SMITH|null', 'B. JONES|null', 'C. BROWN|null']);
  });
});

describe('notes of a strategic advisory group', () => {
  const notes = [
    'Brook Shelter Cluster',
    'SAG Meeting Notes',
    'Date and time: Tuesday, 15 September 2015. 13h00-14h00 Geneva time Participants: Ann Hale, Ben Rowe, Cara Lind',
    '1)Revision and approval of minutes from previous meeting',
    '- There were no additional comments on the minutes.',
    'Decisions and Actions:',
    '- SAG members will submit any final comments to the Support Team by Wednesday.',
    '2)Decision on the use of remaining funds',
    '- The Support Team explained the options.',
    'Decisions and Actions:',
    '- Ann Hale will prepare a shorter list of options.',
  ];

  it('reads an item number typed against its title after a bracket', () => {
    expect(minutes(notes).items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Revision and approval of minutes from previous meeting', '2 Decision on the use of remaining funds']);
  });

  it('reads the bullets under "Decisions and Actions:" as actions', () => {
    expect(minutes(notes).actions.map((a) => a.text)).toEqual(['SAG members will submit any final comments to the Support Team by Wednesday.', 'Ann Hale will prepare a shorter list of options.']);
  });
});

describe('a meeting between two delegations', () => {
  it('reads each "X represented by:" list as present, X their organisation and the unit after a name their role', () => {
    const m = minutes([
      'Report on the meeting with the Brook Commission',
      'Date and time: 8 June 2017, 11:30 - 12:15',
      '',
      'Inquiry team represented by:',
      'Ms Ann Hale, Head of Inquiries Unit',
      'Mr Ben Rowe, Unit 4',
      '',
      'Commission represented by:',
      'Mr Carl Lind, SG.F.3',
      'Ms Dora Moss, SG.B.2',
      '',
      '1. Introduction',
      'The teams introduced themselves.',
    ]);
    expect(m.attendees.map((a) => `${a.name}|${a.organisation}|${a.role}|${a.attendance}`)).toEqual([
      'Ann Hale|Inquiry team|Head of Inquiries Unit|present',
      'Ben Rowe|Inquiry team|Unit 4|present',
      'Carl Lind|Commission|SG.F.3|present',
      'Dora Moss|Commission|SG.B.2|present',
    ]);
  });
});

describe('a list numbered down two columns', () => {
  it('reads both entries of each line, whether or not a space parts them', () => {
    const m = minutes([
      'Minutes of WASH cluster coordination meeting',
      'Date: 27th April, 2016',
      '',
      'Participants:',
      '',
      '1) Ann Hale (IRC, Field Manager)4) Ben Rowe (UNICEF, WASH Officer)',
      '',
      '2) Cara Lind (SCI, Volunteer) 5) Dan Moss (KBC, Team Leader)',
      '',
      '3) Eve Reed (Metta, Field Officer)6) Fay Stone (MDCG, Team Leader)',
      '',
      'Key points',
      'The cluster will meet monthly.',
    ]);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind', 'Dan Moss', 'Eve Reed', 'Fay Stone']);
    expect(m.items).toEqual([]);
  });
});

describe('a sharing site\'s page over the minutes', () => {
  it('drops the file name, its download counts and the dated snippet, and keeps the minutes\' own title', () => {
    const m = minutes([
      'Brook Protection Working Group Meeting - Minutes - Brook Data Portal',
      '',
      '0 downloads 244 Views 134KB Size Report',
      'Apr 24, 2013 - document will be distributed by email for review and comment by the ....',
      '',
      'Brook Protection Working Group Meeting ‐ Minutes',
      'Date: 24 April 2013',
      'Present: Ann Hale, Ben Rowe',
      ...ITEMS,
    ]);
    expect(m.title).toBe('Brook Protection Working Group Meeting ‐ Minutes');
    expect(m.body).toBe('Brook Protection Working Group');
    expect(m.date).toBe('2013-04-24');
  });
});

// NHS and public boards' minutes from web pages and Word: rows "Name INI Post" whose table cells were
// joined by single spaces, minute numbers with the board's letters and year ("GB/2324/012"),
// "Name, Chairman" rows under an indented "Present:", and the minute taker named in the post.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a governing body whose roster rows lost their column breaks', () => {
  const { minutes } = parseLines([
    'Larchford Health Board Meeting in Public',
    'Held on 4th May 2023 via Microsoft Teams',
    'Present:',
    'Dr Ann Lowe AL Clinical Chair',
    'Tom Reyes TR Lay Member for Audit',
    'Paul Ibsen PIb Chief Finance Officer (part meeting)',
    'Apologies:',
    'Dr Kit Moss KM Director of Public Health – Larchford City Council',
    'Sara Penn SP Head of Governance',
    'In attendance:',
    'Nina Dale ND Executive Assistant to the Board / Minute Taker',
    'LHB/2324/031: Welcome and Apologies',
    'Dr Ann Lowe (AL) welcomed members to the meeting.',
    'LHB/2324/032: Declarations of Interest',
    'None were declared.',
  ]);

  it('reads name, initials and post from each row, and no row runs into the next', () => {
    expect(people(minutes)).toEqual([
      // A governing body's Clinical Chair chairs it (she welcomes the members); the post stays.
      person('Ann Lowe', 'present', 'Present', { honorific: 'Dr', initials: 'AL', role: 'Clinical Chair', chair: true }),
      person('Tom Reyes', 'present', 'Present', { initials: 'TR', role: 'Lay Member for Audit' }),
      // "(part meeting)" comes off whole, its brackets too.
      person('Paul Ibsen', 'present', 'Present', { initials: 'PIb', role: 'Chief Finance Officer', partial: true }),
      person('Kit Moss', 'apologies', 'Apologies', { honorific: 'Dr', initials: 'KM', role: 'Director of Public Health', organisation: 'Larchford City Council' }),
      person('Sara Penn', 'apologies', 'Apologies', { initials: 'SP', role: 'Head of Governance' }),
      // The minute taker is the secretariat, though listed in attendance; the post stays whole.
      person('Nina Dale', 'secretariat', 'In attendance', { initials: 'ND', role: 'Executive Assistant to the Board / Minute Taker' }),
    ]);
  });

  it('reads minute numbers made of the board letters, the year and the running count', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['LHB/2324/031', 'Welcome and Apologies'],
      ['LHB/2324/032', 'Declarations of Interest'],
    ]);
  });
});

describe('a trust board whose list starts on the "Present:" line', () => {
  const { minutes } = parseLines([
    'MINUTES OF A MEETING OF THE TRUST BOARD HELD ON TUESDAY 6 JUNE 2006',
    '',
    ' Present:     Mrs A Kerr, Chairman',
    '              Mr B Lyle, Non-Executive Director',
    '',
    ' Observers:',
    '              Ms C Ford, Communications Manager',
    '              Members of the public',
    '',
    '41/06   APOLOGIES FOR ABSENCE',
    '',
    '        None were received.',
  ]);

  it('reads "Chairman" after the first name as her chair mark, and no member of the public as a post', () => {
    expect(people(minutes)).toEqual([
      person('A Kerr', 'present', 'Present', { honorific: 'Mrs', chair: true }),
      person('B Lyle', 'present', 'Present', { honorific: 'Mr', role: 'Non-Executive Director' }),
      person('C Ford', 'in-attendance', 'Observers', { honorific: 'Ms', role: 'Communications Manager' }),
    ]);
  });
});

describe('a board whose members are listed as its attendees', () => {
  const { minutes } = parseLines([
    'Larchford Enterprise Board',
    '',
    'Board Attendees:',
    '',
    'Ada Finch (AF)',
    '',
    'Also Present:',
    '',
    'Cy Dunn (CD)',
    '',
    '1. Minutes',
    'Agreed.',
  ]);

  it('reads "Board Attendees" as the members present', () => {
    expect(people(minutes)).toEqual([
      person('Ada Finch', 'present', 'Board Attendees', { initials: 'AF' }),
      person('Cy Dunn', 'in-attendance', 'Also Present', { initials: 'CD' }),
    ]);
  });
});

describe('a committee web page whose minute numbers stand alone above their titles', () => {
  const { minutes } = parseLines([
    'Agenda and minutes',
    '',
    'Venue: Online only',
    '',
    'Items',
    'No. Item',
    '',
    '7.',
    '',
    'Welcome and Introductions',
    '',
    'Minutes:',
    '',
    'The Chairman welcomed everyone.',
    '',
    '8.',
    '',
    'Declaration of Interests',
    '',
    'Minutes:',
    '',
    'None.',
  ]);

  it('starts the running count at a one-digit number that the next one follows', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['7', 'Welcome and Introductions'],
      ['8', 'Declaration of Interests'],
    ]);
  });
});

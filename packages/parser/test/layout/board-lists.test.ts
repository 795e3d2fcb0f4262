// Lists of partnership boards and committees: members by their initials alone, those present by
// video link, apologies in a lettered paragraph, a table with a column for each seat's sector.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('members listed by their initials alone', () => {
  const { minutes } = parseLines([
    'Minutes of the Youth Board Meeting',
    '',
    '14 March 2023',
    '',
    'Present',
    '',
    'AF(Chair), TPa, RS, JoR, KL(minutes)',
    '',
    'Apologies',
    '',
    'MB, SG, PQ',
    '',
    '1.Report on performance',
    '',
    'TPa presented the report.',
  ]);

  it('reads each as a person whose name as written is the initials', () => {
    expect(people(minutes)).toEqual([
      person('AF', 'present', 'Present', { initials: 'AF', chair: true }),
      person('TPa', 'present', 'Present', { initials: 'TPa' }),
      person('RS', 'present', 'Present', { initials: 'RS' }),
      person('JoR', 'present', 'Present', { initials: 'JoR' }),
      person('KL', 'secretariat', 'Present', { initials: 'KL' }),
      person('MB', 'apologies', 'Apologies', { initials: 'MB' }),
      person('SG', 'apologies', 'Apologies', { initials: 'SG' }),
      person('PQ', 'apologies', 'Apologies', { initials: 'PQ' }),
    ]);
  });
});

describe('a committee of an assembly: members present by video conference, apologies "As Above"', () => {
  const { minutes } = parseLines([
    'Committee for Northbridge Affairs',
    '',
    'Wednesday 8th December 2021',
    '',
    'Present:',
    'Ms Ada Finch (Chairperson)',
    'Mr Tom Reed MLA',
    '',
    'Present via Video Conferencing:',
    'Ms Rosa Santos MLA',
    '',
    'Apologies:',
    'Mr Sam Poe MLA',
    '',
    'In Attendance:',
    'Mr Amir Rahimi (Assembly Clerk)',
    '',
    '1.    Apologies',
    '',
    'As Above.',
    '',
    '2.    Harbour strategy – Oral Briefing',
    '',
    'ACTION: Invite Jo Pike to the next committee meeting.',
  ]);

  it('keeps those present by video on the list of those present, and "As Above" names no one', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Tom Reed', 'present'],
      ['Rosa Santos', 'present'],
      ['Sam Poe', 'apologies'],
      ['Amir Rahimi', 'in-attendance'],
    ]);
  });

  it('gives a request that opens with its verb no owner', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Invite Jo Pike to the next committee meeting.', []]]);
  });
});

describe('apologies in a lettered paragraph of the first item, and a judge among the members', () => {
  it('reads "Apologies – received from ..." and "Judge" as a title', () => {
    const { minutes } = parseLines([
      'NORTHBRIDGE PROBATION BOARD',
      '',
      'Minutes of the meeting held on Thursday 25 January 2007',
      '',
      'Present:             Ada Finch (Chair)',
      '                     Judge Tom Reed',
      '                     Rosa Santos',
      '',
      '1.      Preliminaries',
      '',
      'a)      Welcomes – The Chair welcomed members.',
      '',
      'b)      Apologies – received from Sam Poe, Jo Pike and',
      '        Lena Moreau.',
      '',
      '2.      Minutes of previous meeting',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.attendance])).toEqual([
      [null, 'Ada Finch', 'present'],
      ['Judge', 'Tom Reed', 'present'],
      [null, 'Rosa Santos', 'present'],
      [null, 'Sam Poe', 'apologies'],
      [null, 'Jo Pike', 'apologies'],
      [null, 'Lena Moreau', 'apologies'],
    ]);
  });
});

describe('a table of members with a sector column, its rows closed by a pipe only', () => {
  const { minutes } = parseLines([
    'Northbridge Partnership Group meeting notes 14 October 2022',
    'Name | Organisation | Sector |',
    '---|---|---|',
    'Ada Finch (Chair) | Northbridge Council | Local government |',
    'Tom Reed | Harbour Trust | Voluntary and community |',
    'Secretariat',
    'The meeting was supported by council officials: Rosa Santos and Sam Poe',
    'Chair’s welcome',
    'The Chair welcomed members.',
  ]);

  it('reads the members, leaving the sector out of their descriptions', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation, a.attendance, a.chair])).toEqual([
      ['Ada Finch', 'Northbridge Council', 'present', true],
      ['Tom Reed', 'Harbour Trust', 'present', false],
      ['Rosa Santos', null, 'secretariat', false],
      ['Sam Poe', null, 'secretariat', false],
    ]);
  });
});

describe('the lists of those present, guests and apologies run into one paragraph by a PDF converter', () => {
  it('cuts the paragraph before each list label', () => {
    const { minutes } = parseLines([
      'Northbridge Taskforce Minutes – Executive Meeting No. 4 Wednesday 31 October 2018 Town Hall Chairperson: Cr Ada Finch (Northbridge) Attendees: Tom Reed (Northbridge), Rosa Santos (Riverside Council) Guests: Sam Poe (Harbour Trust) Apologies: Cr Jo Pike (Riverside Council), Lena Moreau (Northbridge)',
      '',
      '1. Welcome and Introductions',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.organisation, a.attendance, a.chair])).toEqual([
      ['Ada Finch', 'Northbridge', 'present', true],
      ['Tom Reed', 'Northbridge', 'present', false],
      ['Rosa Santos', 'Riverside Council', 'present', false],
      ['Sam Poe', 'Harbour Trust', 'in-attendance', false],
      ['Jo Pike', 'Riverside Council', 'apologies', false],
      ['Lena Moreau', 'Northbridge', 'apologies', false],
    ]);
  });
});

describe('lists headed without colons, the convening body\'s staff under its acronym alone', () => {
  const lines = (rows: string[]) => [
    'Minutes of the Northbridge Partnership Board meeting',
    '',
    '14 March 2023',
    '',
    'Present',
    '',
    'MO\tMaria Okafor\tHarbour Trust',
    '',
    'Apologies',
    '',
    'LF\tLena Ford\tRiverside Forum',
    '',
    'NPB',
    '',
    ...rows,
    '',
    '1. Welcome',
    '',
    '1.1 MO welcomed members.',
  ];
  const lists = (rows: string[]) => parseLines(lines(rows)).minutes.attendees.map((a) => `${a.name} | ${a.attendance}`);

  it('reads the acronym over rows of cells as the secretariat heading', () => {
    expect(lists(['TP\tTomasz Pawlak\tPolicy Officer'])).toEqual(['Maria Okafor | present', 'Lena Ford | apologies', 'Tomasz Pawlak | secretariat']);
  });

  it('reads it over rows stacked one cell to a line too', () => {
    expect(lists(['TP', 'Tomasz Pawlak', 'Policy Officer'])).toEqual(['Maria Okafor | present', 'Lena Ford | apologies', 'Tomasz Pawlak | secretariat']);
  });
});

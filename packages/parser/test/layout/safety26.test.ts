// Police and public-safety governance minutes: police and crime panels, community safety partnerships, fire
// authorities, police advisory boards, youth offending boards (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roster = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation]);

describe('a PDF table of names and posts exported one cell to a line', () => {
  const header = ['Minutes of the Riverton District Community Safety Forum', 'Tuesday 12 March 2021, Riverton Police Station', 'Attendees:'];

  it('reads a post of capitalised words that would pass for a name as the description of the name above it', () => {
    const lines = [
      ...header,
      'Inspector Ann Cole',
      'Area Prevention Manager',
      'Sergeant Ben Tait',
      'Riverton North Area Commander',
      'Carl Moss',
      'Forum member',
      'Dina Lee',
      'Forum member',
      'Apologies: Eve Park',
      '1 Welcome',
    ];
    expect(roster(lines)).toEqual([
      ['present', 'Ann Cole', 'Area Prevention Manager'],
      ['present', 'Ben Tait', 'Riverton North Area Commander'],
      ['present', 'Carl Moss', 'Forum member'],
      ['present', 'Dina Lee', 'Forum member'],
      ['apologies', 'Eve Park', null],
    ]);
  });

  it('still reads a list of bare names one a line, surnames that are posts too, as one person a line', () => {
    const lines = [...header, 'Ann Cole', 'Mary Jo Warden', 'Carl Moss', 'Tim Fox Guest', 'Apologies: Eve Park', '1 Welcome'];
    expect(roster(lines).map(([attendance, name]) => [attendance, name])).toEqual([
      ['present', 'Ann Cole'],
      ['present', 'Mary Jo Warden'],
      ['present', 'Carl Moss'],
      ['present', 'Tim Fox Guest'],
      ['apologies', 'Eve Park'],
    ]);
  });
});

describe('a two-column table of those present with its heading lost, under the title', () => {
  const header = ['                      Riverton YOS Management Board', '', '                              Friday 4th June 2010', '                    Civic Suite, Town Hall, Riverton RV1 4RU', '', ''];
  const items = ['', '1.    Apologies', '', '      None were received.', '', '2.    Minutes & Matters Arising', '', '      The minutes were agreed.'];

  it('reads the block of "Name   who they are" lines, one of them the chair, as those present', () => {
    const lines = [
      ...header,
      'Ann Cole                       Director Community Services (Chair)',
      'Ben Tait                       RBC Crime Reduction Service',
      'Carl Moss                      RBC YOS (minutes)',
      'Dina Lee                       Metropolitan Police',
      '',
      'Eve Park                       Victim Support',
      ...items,
    ];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.chair])).toEqual([
      ['present', 'Ann Cole', true],
      ['present', 'Ben Tait', false],
      ['secretariat', 'Carl Moss', false],
      ['present', 'Dina Lee', false],
      ['present', 'Eve Park', false],
    ]);
  });

  it('reads such rows whose surname ran into the description, the cell break lost, as those present too', () => {
    const lines = [
      'Riverton YOS Management Board',
      '',
      '22 January 2013',
      '',
      'Ann ColeHead of Community Protection (Chair)',
      'Ben TaitManager, Youth Offending Service',
      'Carl MossChief Inspector - Neighbourhood Manager',
      'Dina LeeAdmin Officer, Youth Offending Service (Minutes)',
      '',
      '1.Minutes & Matters Arising',
      'The minutes were agreed.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role])).toEqual([
      ['present', 'Ann Cole', 'Head of Community Protection'],
      ['present', 'Ben Tait', 'Manager'],
      ['present', 'Carl Moss', 'Chief Inspector - Neighbourhood Manager'],
      ['secretariat', 'Dina Lee', 'Admin Officer'],
    ]);
  });
});

describe('police ranks and township titles written before the name', () => {
  it('reads "Constable", "Cst.", "Senior Constable", "Reeve" and "Deputy Reeve" as titles, not as first names', () => {
    const lines = [
      'Minutes of the Riverton Police Services Board',
      'January 8, 2008',
      'MEMBERS PRESENT:',
      'Deputy Reeve Mary Smith',
      'Reeve Jo Pike',
      'Constable Sang Ho Byun',
      'Cst. Eric Boynton',
      'Senior Constable Amy Lau',
      '',
      '1. Call to order',
    ];
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Deputy Reeve', 'Mary Smith'],
      ['Reeve', 'Jo Pike'],
      ['Constable', 'Sang Ho Byun'],
      ['Cst', 'Eric Boynton'],
      ['Senior Constable', 'Amy Lau'],
    ]);
  });

  it('still reads Reeve as a surname after a given name', () => {
    const lines = ['Minutes of the Riverton Police Services Board', 'January 8, 2008', 'MEMBERS PRESENT:', 'Gail Reeve', 'Tom Hale', '', '1. Call to order'];
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name])).toEqual([
      [null, 'Gail Reeve'],
      [null, 'Tom Hale'],
    ]);
  });
});

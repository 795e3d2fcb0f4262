// Attendance rosters whose entries ran together on one line: a flattened table's rows, each a titled person and their
// body or post (session 24). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const cast = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.honorific, a.name, a.role, a.organisation]);

const meeting = (roster: string[]) => [
  'Minutes of the Fenwick Site Stakeholder Group meeting held on 3 May 2020',
  '',
  'PRESENT',
  '',
  ...roster,
  '',
  '1. Apologies',
  'None were received.',
];

describe('a site stakeholder group lists each person with their body after the name', () => {
  it('reads a one-word body written after several people as each one\'s organisation', () => {
    expect(cast(meeting(['Mr Ken Tilt Acme Mr Ian Eddy Acme Ms Ann Tuck Acme']))).toEqual([
      ['Mr', 'Ken Tilt', null, 'Acme'],
      ['Mr', 'Ian Eddy', null, 'Acme'],
      ['Ms', 'Ann Tuck', null, 'Acme'],
    ]);
  });

  it('reads a person with a post and a middle initial among people with bodies, under a group caption', () => {
    expect(cast(meeting(['Fenwick Site Mr Tom R Rowe Site Director Mr Ken Tilt Acme Mr Ian Eddy Acme']))).toEqual([
      ['Mr', 'Tom R Rowe', 'Site Director', null],
      ['Mr', 'Ken Tilt', null, 'Acme'],
      ['Mr', 'Ian Eddy', null, 'Acme'],
    ]);
  });

  it('gives a caption that names a body to those with no body written', () => {
    expect(cast(meeting(['Brackley Borough Council Mr Tom Rowe Head of Planning Mr Ken Tilt Acme Mr Ian Eddy Acme']))).toEqual([
      ['Mr', 'Tom Rowe', 'Head of Planning', 'Brackley Borough Council'],
      ['Mr', 'Ken Tilt', null, 'Acme'],
      ['Mr', 'Ian Eddy', null, 'Acme'],
    ]);
  });

  it('still reads titled people without bodies as names alone', () => {
    expect(cast(meeting(['Cllr Tom Ellis Mr Dai Griff Ms Jo Penn']))).toEqual([
      ['Cllr', 'Tom Ellis', null, null],
      ['Mr', 'Dai Griff', null, null],
      ['Ms', 'Jo Penn', null, null],
    ]);
  });
});

describe('a flattened roster carries the next list\'s label inside its run, without a colon', () => {
  const lists = (roster: string) =>
    parseLines(['Minutes of the Fenwick Partnership Board meeting held on 6 August 2019', '', roster, '', '1. Welcome', 'The Chair welcomed all.']).minutes.attendees.map((a) => [a.attendance, a.name]);

  it('reads the names after "In Attendance" as in attendance, not as the last member\'s body', () => {
    expect(lists('Present: Ann Lee, Bob Hale In Attendance Cal Dunn, Dee Moss')).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Bob Hale'],
      ['in-attendance', 'Cal Dunn'],
      ['in-attendance', 'Dee Moss'],
    ]);
  });

  it('reads each list of a run of names with initials and bodies, the labels closing the bodies before them', () => {
    const roster = 'Present: Karl Hobbs KH Private Sector Ella Archer EA Further Education In Attendance Mike Dunn MD Fenwick Partnership Apologies Rob Allan RA Private Sector';
    expect(parseLines(['Minutes of the Fenwick Partnership Board meeting held on 6 August 2019', '', roster, '', '1. Welcome', 'The Chair welcomed all.']).minutes.attendees.map((a) => [a.attendance, a.name, a.organisation])).toEqual([
      ['present', 'Karl Hobbs', 'Private Sector'],
      ['present', 'Ella Archer', 'Further Education'],
      ['in-attendance', 'Mike Dunn', 'Fenwick Partnership'],
      ['apologies', 'Rob Allan', 'Private Sector'],
    ]);
  });
});

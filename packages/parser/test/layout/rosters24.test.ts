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

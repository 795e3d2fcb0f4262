// University and college governance minutes: courts and councils of governors, academic boards and senates, research and
// library committees, students' union councils (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a board of trustees runs each list into its capitals label, without a colon', () => {
  const lines = [
    'Board of Trustees Minutes',
    'Tuesday 3 March 2015 4.00 pm Room 12, Hollin House',
    'PRESENT Mr Tom Hale (Chair) Ms Jane Reed Dr Ola Penn',
    'APOLOGIES Professor Ann Colley',
    'IN ATTENDANCE Mr Ken Burt Mrs Sue Kemp',
    '1. Minutes',
    'The minutes were approved.',
  ];

  it('reads a professor run in after "APOLOGIES" as the apology, not as a member from a body called "APOLOGIES"', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mr', 'Tom Hale'],
      ['present', 'Ms', 'Jane Reed'],
      ['present', 'Dr', 'Ola Penn'],
      ['apologies', 'Professor', 'Ann Colley'],
      ['in-attendance', 'Mr', 'Ken Burt'],
      ['in-attendance', 'Mrs', 'Sue Kemp'],
    ]);
    expect(minutes(lines).attendees.every((a) => a.organisation === null)).toBe(true);
  });

  it('reads a knight run in after "APOLOGIES" the same way', () => {
    const knight = lines.map((l) => l.replace('Professor Ann Colley', 'Sir Hugh Marr'));
    expect(people(knight)[3]).toEqual(['apologies', 'Sir', 'Hugh Marr']);
  });

  it('reads a dame opening the run of titled names as its first person, not as the body of the next', () => {
    const dame = lines.map((l) => l.replace('Mr Tom Hale (Chair)', 'Dame Alice Brent (Chair) Mr Tom Hale'));
    const first = minutes(dame).attendees.slice(0, 2);
    expect(first.map((a) => [a.honorific, a.name, a.chair, a.organisation])).toEqual([
      ['Dame', 'Alice Brent', true, null],
      ['Mr', 'Tom Hale', false, null],
    ]);
  });
});

describe('a university council lists its members under "Present:" and its officers under "Attendees:"', () => {
  const lines = [
    'Minutes of the Hollinbrook University Council held on Monday 9 March 2020 at 14:00.',
    '',
    'Present: Professor Ann Hale (Chair), Tom Reed, Dr Sue Kemp [from minute 402] and Ian Moss.',
    '',
    'Attendees: Jo Finch, Al Reeve and Dr Kay Lin.',
    '',
    'Apologies: Pat Lowe.',
    '',
    '401 Welcome and preliminaries',
    'The Chair welcomed members.',
  ];

  it('reads those under "Attendees:" as in attendance beside the members present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Professor', 'Ann Hale'],
      ['present', null, 'Tom Reed'],
      ['present', 'Dr', 'Sue Kemp'],
      ['present', null, 'Ian Moss'],
      ['in-attendance', null, 'Jo Finch'],
      ['in-attendance', null, 'Al Reeve'],
      ['in-attendance', 'Dr', 'Kay Lin'],
      ['apologies', null, 'Pat Lowe'],
    ]);
  });

  it('still reads "Attendees:" as those present where it is the only list of the people there', () => {
    const alone = lines.filter((l) => !l.startsWith('Present:'));
    expect(people(alone).slice(0, 3).map((p) => p[0])).toEqual(['present', 'present', 'present']);
  });
});

describe('a college board writes its officers by post, each holder in brackets', () => {
  const lines = [
    'Minutes of Board Meeting, 4 June 2008',
    'Present Provost (Dr J Hale), Vice-Provost (Dr R M Bone), Senior Lecturer (Dr C Kern), Junior Dean (Prof T Moss), Dr N Bigg, Ms M Coll.',
    'Apologies Dr W Blane, Ms G Clay.',
  ];

  it('reads a post of two words before its titled holder as the post, not as a person named "Senior Lecturer"', () => {
    const officers = minutes(lines).attendees.slice(0, 4);
    expect(officers.map((a) => [a.honorific, a.name, a.role])).toEqual([
      ['Dr', 'J Hale', 'Provost'],
      ['Dr', 'R M Bone', 'Vice-Provost'],
      ['Dr', 'C Kern', 'Senior Lecturer'],
      ['Prof', 'T Moss', 'Junior Dean'],
    ]);
  });
});

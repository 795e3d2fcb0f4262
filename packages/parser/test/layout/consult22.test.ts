// Consultative forums' minutes: airport consultative committees, local access forums, quarry, landfill, wind farm and
// power station liaison groups, mine community consultative committees (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.text, a.owners]);

describe('an "Action:" line naming a person in full under the minute', () => {
  const lines = [
    'Minutes of the Meeting held on Wednesday 4th June 2014 at Holmby Quarry',
    '',
    'Ann Voss-Fenwick Parish Council',
    'Tom Reddy-Holmby Aggregates',
    '',
    '1.Apologies for Absence',
    '',
    'Apologies received from Sal Okafor (County Council).',
    '',
    '2.Minutes of Previous Meeting',
    '',
    'The minutes were agreed as a true record.  A Voss to write to the other parish councils about their membership.',
    '',
    'Action: A Voss',
    '',
    '3.Restoration',
    '',
    'The group walked the eastern lagoon. It was agreed that a planting plan would come to the next meeting.',
    '',
    'ACTION: Mr T Reddy',
    '',
    '4.Any Other Business',
    '',
    'None.',
  ];

  it('gives the sentence above to the people the tag names', () => {
    expect(actions(lines)).toEqual([
      ['A Voss to write to the other parish councils about their membership.', ['A Voss']],
      ['It was agreed that a planting plan would come to the next meeting.', ['Mr T Reddy']],
    ]);
  });

  it('still reads a one-word tag ("Action: Clerk") as the owner of the sentence above', () => {
    const clerk = ['Minutes of the Holmby Quarry Liaison Group', '', 'Present: Ann Voss, Tom Reddy', '', '1. Signage', '', 'New signs are needed at the gate.', '', 'Action: Clerk', '', '2. Any Other Business', '', 'None.'];
    expect(actions(clerk)).toEqual([['New signs are needed at the gate.', ['Clerk']]]);
  });

  it('leaves a tag that names a topic, not a person ("Action: Next Meeting Agenda"), as a task of its own', () => {
    const topic = ['Minutes of the Holmby Quarry Liaison Group', '', 'Present: Ann Voss, Tom Reddy', '', '1. Signage', '', 'New signs are needed at the gate.', '', 'Action: Next Meeting Agenda', '', '2. Any Other Business', '', 'None.'];
    expect(actions(topic).map(([text]) => text)).not.toContain('New signs are needed at the gate.');
  });
});

describe('a community consultative committee names its independent chair under the lists', () => {
  const lines = [
    'Minutes of the 12th Meeting of the Bellridge Coal Community Consultative Committee held at the Bellridge Bowling Club on Tuesday 3 March 2020 commencing at 10.00 am.',
    'Members Present: Ann Lee (AL) - Community Representative, Tom Reed (TR) - Bellridge Shire Council.',
    'Apologies: Sam Hart (SH) - Community Representative.',
    'Independent Chair: Kim Ford (KF)',
    'Agenda Item',
    'Discussion',
    '1.',
    'Welcome - KF welcomed everyone.',
  ];

  it('reads "Independent Chair:" as the chair present, not as one more apology', () => {
    const ford = minutes(lines).attendees.find((a) => a.name === 'Kim Ford');
    expect([ford?.attendance, ford?.chair, ford?.initials, ford?.role]).toEqual(['present', true, 'KF', null]);
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Sam Hart']);
  });
});

describe('a liaison committee heads the absent "Apologies/ Non attendees:"', () => {
  const lines = [
    'MINUTES OF LOCAL LIAISON COMMITTEE MEETING (LLC)',
    '',
    'HELD WEDNESDAY 16TH APRIL 2008 AT WESTLEY VILLAGE HALL',
    '',
    'Chair:',
    '',
    'Ned Brown ACME',
    '',
    'Apologies/ Non attendees:',
    '',
    'John Bee Byford Council',
    '',
    'Tom Dale Northam Parish Council',
    '',
    '1.  INTRODUCTIONS',
    'N Brown welcomed everybody.',
  ];

  it('reads those under it as sending apologies, not as others in attendance', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ned Brown'],
      ['apologies', 'John Bee'],
      ['apologies', 'Tom Dale'],
    ]);
  });
});

describe('an American committee lists an alderman as "Ald"', () => {
  it('reads "Ald" before the name as the title', () => {
    const lines = ['Minutes of the Ferncastle Landfill Standing Committee', 'March 2, 2015', 'Present: Al Burr, Ald Eve Platt, Cy Rowe', '', '1. Minutes', '', 'Approved.'];
    const platt = minutes(lines).attendees.find((a) => a.name === 'Eve Platt');
    expect(platt?.honorific).toBe('Ald');
  });
});

// Disability and equality bodies' minutes: access groups, carers' groups, equality forums (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.organisation ?? a.role ?? null]);

// A committee page's agenda and minutes with the apologies item's sentence.
const committeePage = (apologies: string) => [
  'Agenda and minutes',
  '',
  'Inclusion Forum - Tuesday, 4th March 2014 6.00 pm',
  '',
  'Venue: Room 2, Civic Hall, Brookford',
  '',
  'No. Item',
  '',
  '',
  'Welcome',
  '',
  'The Chair welcomed everyone.',
  '',
  '',
  'Apologies for absence',
  '',
  '',
  apologies,
  '',
  '',
  'Minutes',
  '',
  'The minutes were agreed.',
];

describe('two given names before the surname they share', () => {
  it('spreads a surname written as an initial over both names', () => {
    const lines = [
      'Minutes of the meeting',
      '',
      'In attendance: Ada B, Omar and Lena K, Ivo & Rhea T, Sam P.',
      '',
      '1. Minutes of last meeting: agreed.',
    ];
    expect(people(lines)).toEqual([
      ['present', null, 'Ada B', null],
      ['present', null, 'Omar K', null],
      ['present', null, 'Lena K', null],
      ['present', null, 'Ivo T', null],
      ['present', null, 'Rhea T', null],
      ['present', null, 'Sam P', null],
    ]);
  });

  it('reads the couple in an apologies sentence as two people of the body in the bracket', () => {
    const lines = committeePage('Apologies for absence have been received from Councillor Nia Ford, Pearl and Osric Vane (Hearing Club), Tam Reyes (Access Group), Ulla Moor.');
    expect(people(lines)).toEqual([
      ['apologies', 'Councillor', 'Nia Ford', null],
      ['apologies', null, 'Pearl Vane', 'Hearing Club'],
      ['apologies', null, 'Osric Vane', 'Hearing Club'],
      ['apologies', null, 'Tam Reyes', 'Access Group'],
      ['apologies', null, 'Ulla Moor', null],
    ]);
  });

  it('keeps lone surnames after a plural title as people of their own', () => {
    const lines = committeePage('Apologies for absence were received from Councillors Ford, Vane and Reyes.');
    expect(people(lines).map((p) => p[2])).toEqual(['Ford', 'Vane', 'Reyes']);
  });

  it('reads no couple in places before a bracket that names several people', () => {
    const lines = committeePage('Apologies were received from observers in Fenland, Wessex and Upper Mercia (Ms Ada Lee, Mr Bo Kay and Mr Cy Tan).');
    expect(people(lines).map((p) => p[2])).not.toContain('Wessex Mercia');
  });
});

describe('interpreters and captioners listed under their own label', () => {
  it('reads them as in attendance, not as members present', () => {
    const lines = [
      'Statewide Access Council',
      'May 2, 2012',
      '',
      'Members Present: Ada Lee, Bo Kay, Cy Tan',
      'Members Absent: Nell Moss',
      'Interpreters Present:',
      'Ed Hale and Flo Reed',
      '',
      'The Chair welcomed everyone to the meeting.',
    ];
    expect(people(lines)).toEqual([
      ['present', null, 'Ada Lee', null],
      ['present', null, 'Bo Kay', null],
      ['present', null, 'Cy Tan', null],
      ['apologies', null, 'Nell Moss', null],
      ['in-attendance', null, 'Ed Hale', null],
      ['in-attendance', null, 'Flo Reed', null],
    ]);
  });
});

describe('groups of people between semicolons, each group closed by a bracket', () => {
  const lines = [
    'Minutes of the Inclusion Advisory Committee Meeting held Tuesday 3 May 2022',
    'Present:',
    'Una Pryce (Chair), Bev Lowe, Cal Moody (Community Members), Cr Dot Fane, Eli Wynn (Brookvale Shire Council).',
    'Apologies:',
    'Fay Orr, Gus Pell, Hal Quinn (Community Member); Ian Rudd, Cr Joy Sand, Ken Tully (Brookvale Shire Council)',
    'Agenda Items:',
  ];

  it('reads each name of a group as a person, the body in the bracket shared by the whole group', () => {
    expect(people(lines).filter((p) => p[0] === 'apologies')).toEqual([
      ['apologies', null, 'Fay Orr', null],
      ['apologies', null, 'Gus Pell', null],
      ['apologies', null, 'Hal Quinn', 'Community Member'],
      ['apologies', null, 'Ian Rudd', 'Brookvale Shire Council'],
      ['apologies', 'Cr', 'Joy Sand', 'Brookvale Shire Council'],
      ['apologies', null, 'Ken Tully', 'Brookvale Shire Council'],
    ]);
  });

  it('still reads a name with its post and body between semicolons as one person', () => {
    const one = ['Present: Ann Lee, Chief Executive, Brookvale Council; Bo Kay, Treasurer', '', '1. Welcome'];
    expect(people(one)).toEqual([
      ['present', null, 'Ann Lee', 'Brookvale Council'],
      ['present', null, 'Bo Kay', 'Treasurer'],
    ]);
  });
});

describe('the opening and the close of a flattened committee record', () => {
  const lines = [
    'Access Advisory Committee Minutes from the meeting of March 3, 2015 In Attendance: Ona Vale, Pim Ross Regrets: Quin Hart 1. Meeting Called to Order by O. Vale at 4:05 pm 2. Approval of Agenda Moved by: P. Ross 3. Next meeting  Wednesday, April 7, 2015 4. Adjournment  Moved by P. Ross at 5:10 pm.',
  ];

  it('reads the start past the stop after the initial of whoever called the meeting to order', () => {
    expect(minutes(lines).start).toBe('16:05');
  });

  it('reads the end from the adjournment item and the clock it was moved at', () => {
    expect(minutes(lines).end).toBe('17:10');
  });
});

describe('a post after a semicolon, in a list parted by commas', () => {
  const lines = [
    'Statewide Living Council',
    'June 6, 2013',
    '',
    'Members Present: Lyle Crane; Chairperson, Sara Dunn; Co-Chairperson, Deb Ford; Member-at-Large, Hal Gray, Ivy Hunt, and Joe Irwin',
    'Members Absent: Pam Kirk; Independent Living Center Representative, Kim Lowe and Em Moss',
    '',
    'The Chairperson welcomed everyone to the meeting.',
  ];

  it('gives each post to the name before its semicolon and reads the names after it as people', () => {
    expect(people(lines).slice(1)).toEqual([
      ['present', null, 'Sara Dunn', 'Co-Chairperson'],
      ['present', null, 'Deb Ford', 'Member-at-Large'],
      ['present', null, 'Hal Gray', null],
      ['present', null, 'Ivy Hunt', null],
      ['present', null, 'Joe Irwin', null],
      ['apologies', null, 'Pam Kirk', 'Independent Living Center Representative'],
      ['apologies', null, 'Kim Lowe', null],
      ['apologies', null, 'Em Moss', null],
    ]);
    expect(minutes(lines).attendees[0]).toMatchObject({ name: 'Lyle Crane', chair: true });
  });

  it('gives no one a post that is written with its own holder', () => {
    const own = ['Library Trustees Present: Ann Lee, Bob Kay, Cal Moss, Dan Reed; Library Director Eve Hart, Fay Orr, Gil Pike', '- Meeting opened at 7:20 pm'];
    expect(people(own).map((p) => p[3])).not.toContain('Library Director Eve Hart');
  });
});

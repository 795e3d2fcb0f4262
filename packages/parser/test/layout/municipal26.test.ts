// Local government minutes: township boards, county boards, planning commissions and city councils of the US and
// Canada, as document viewers and web pages give them (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

describe('the body named in the opening sentence after "The regular meeting of the"', () => {
  it('reads a township\'s trustees named by their office as the body', () => {
    const text = [
      'October 8, 2020',
      'The regular meeting of the Alder Township Trustees was called to order by Chairman Pike with the following members responding to roll call: Present: Pike, Rowan. Absent: Vance.',
      'It was moved by Rowan seconded by Pike to approve the minutes. Motion carried.',
    ];
    expect(minutes(text).body).toBe('Alder Township Trustees');
  });

  it('reads a board of trustees named after "The regular meeting of the"', () => {
    const text = [
      'March 3, 2015',
      'Marsh Township – Regular Meeting Minutes',
      'The regular meeting of the Marsh Township Board of Trustees was called to order by Supervisor Dale Finch at 7:00 p.m. at the Marsh Township Hall.',
      'Treasurer Kemp read the treasurer’s report.',
    ];
    expect(minutes(text).body).toBe('Marsh Township Board of Trustees');
  });

  it('still reads no body where the opening sentence names only "the meeting"', () => {
    const text = ['October 8, 2020', 'The regular meeting was called to order by Chairman Pike at 7:00 p.m.', 'Present: Pike, Rowan.'];
    expect(minutes(text).body).toBeNull();
  });
});

describe('a planning commission page flattened into one line, its empty headings closed by colons', () => {
  const text = [
    'APPROVED CITY OF FERNDALE PLANNING COMMISSION MINUTES MAY 2, 2001 MEMBERS PRESENT: Chairman Tom Hale, Commissioners Ann Lee and Bo Reyes MEMBERS ABSENT: Commissioner Cy Dunn 1. CALL TO ORDER: 2. PUBLIC FORUM: 3. APPROVAL OF AGENDA: 4. APPROVAL OF MINUTES: MOTION by Commissioner Lee, seconded by Commissioner Reyes to approve the minutes. MOTION carried. 5. CONSENT AGENDA: 6. NEW BUSINESS: The Commission discussed the sign code at length and asked staff to return with a draft in June.',
  ];

  it('reads each numbered heading after the colon that closes the empty one before it', () => {
    expect(items(text)).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'PUBLIC FORUM'],
      ['3', 'APPROVAL OF AGENDA'],
      ['4', 'APPROVAL OF MINUTES'],
      ['5', 'CONSENT AGENDA'],
      ['6', 'NEW BUSINESS'],
    ]);
  });
});

describe('Roman-numbered items inside a page flattened into one line', () => {
  const text = [
    'Loading...',
    'PCMIN 05 14 2002 MINUTES PLANNING COMMISSION MEETING A regular meeting held at the Ferndale City Hall 100 Main Street, Ferndale, CA May 14, 2002 7:00 P.M. I. CALL TO ORDER A. This meeting of the Planning Commission was called to order at 7:02 P.M. by Chairman Hale who asked Commissioner Lee to lead the flag salute. II. ROLL CALL A. Chairman Hale requested the roll call: Present: Commissioners Lee, Reyes, Dunn, and Chairman Hale. B. Staff present: Community Development Director Jo Finch, City Attorney Al Moss, and Executive Secretary Di Park. III. PRESENTATION: A. Chairman Hale presented Kay Bell with a Resolution commending her service. IV. PUBLIC COMMENT: None V. PUBLIC HEARINGS A. The Chairman opened the public hearing on the sign code amendment and asked for the staff report.',
  ];

  it('reads the series I to V as the items, each title in capitals before what runs on after it', () => {
    expect(items(text)).toEqual([
      ['I', 'CALL TO ORDER'],
      ['II', 'ROLL CALL'],
      ['III', 'PRESENTATION'],
      ['IV', 'PUBLIC COMMENT'],
      ['V', 'PUBLIC HEARINGS'],
    ]);
  });

  it('still reads the lists of the roll call item as the roster', () => {
    expect(people(text)).toEqual([
      ['present', 'Lee'],
      ['present', 'Reyes'],
      ['present', 'Dunn'],
      ['present', 'Hale'],
      ['secretariat', 'Jo Finch'],
      ['secretariat', 'Al Moss'],
      ['secretariat', 'Di Park'],
    ]);
  });

  it('reads the series where the stop after each number lost its space', () => {
    const flat = [
      'Loading...',
      '03/04/2019 Planning Commission Regular Meeting Adopted 04/01/2019Planning Commission Regular Meeting of MARCH 4, 2019 I.PLEDGE OF ALLEGIANCE Chair Mora called the meeting to order at 6:30 p.m. and led the pledge of allegiance. II.REPORT ON POSTING THE AGENDA AND ROLL CALL The agenda was posted on March 1, 2019. All commissioners were present. III.APPROVAL OF MINUTES A.Meeting Minutes of February 4, 2019 RESULT:APPROVED [UNANIMOUS] MOVER:Sam Ortiz, Planning Commissioner SECONDER:Ted Mora, Chair IV.PRESENTATION BY MEMBERS OF THE PUBLIC None. V.PUBLIC HEARINGS A.Sign Code Amendment. The city proposes to regulate the size of signs in the downtown district.',
    ];
    expect(items(flat)).toEqual([
      ['I', 'PLEDGE OF ALLEGIANCE'],
      ['II', 'REPORT ON POSTING THE AGENDA AND ROLL CALL'],
      ['III', 'APPROVAL OF MINUTES'],
      ['IV', 'PRESENTATION BY MEMBERS OF THE PUBLIC'],
      ['V', 'PUBLIC HEARINGS'],
    ]);
  });
});

describe('a roll call item whose list follows a sentence of its own', () => {
  it('reads "Present: ..." under "II. ROLL CALL" as the roster', () => {
    const text = [
      'MINUTES OF THE PLANNING COMMISSION July 9, 2001',
      'I. CALL TO ORDER',
      'The meeting was called to order at 7:04 P.M.',
      'II. ROLL CALL',
      'Chairman Hale requested the roll call.',
      'Present: Commissioners Ames, Bond, and Chairman Hale.',
      'III. MINUTES',
      'Approved.',
    ];
    expect(people(text)).toEqual([
      ['present', 'Ames'],
      ['present', 'Bond'],
      ['present', 'Hale'],
    ]);
  });
});

describe('a township board minutes paragraph that opens with "In"', () => {
  it('reads the hall of the opening sentence as the venue, not a long sentence that opens with "In" and names a road', () => {
    const text = [
      'November 9, 2010',
      'MarshTownship –RegularMeeting Minutes',
      'The regular meeting of the Marsh Township Board of Trustees was called to order by Supervisor Dale Finch at 7:30 p.m. at the Marsh Township Hall, 100 Elm Road. Other board members present were Clerk Kemp, Treasurer Ross, and Trustee Hale along with 12 residents.',
      'In correspondence Kemp informed board members that the application for replacing the culvert on Birch Road that the board submitted to the county grant program did not score high enough to receive approval this year.',
      'Treasurer Ross read the treasurer’s report.',
    ];
    expect(minutes(text).venue).toBe('Marsh Township Hall, 100 Elm Road');
  });
});

describe('a commission roll answered in a sentence', () => {
  it('reads those who "answered the roll" as present', () => {
    const text = [
      'JULY 12, 2012',
      '1. CALL TO ORDER AND ROLL CALL: Chair Pike called the meeting to order at 2:15 p.m. Commissioners Alder, Birch, Cole, and Dunn, answered the roll. Commissioner Eames was absent. A quorum was present.',
      '2. MINUTES: The minutes were approved.',
    ];
    expect(people(text)).toEqual([
      ['present', 'Pike'],
      ['present', 'Alder'],
      ['present', 'Birch'],
      ['present', 'Cole'],
      ['present', 'Dunn'],
      ['apologies', 'Eames'],
    ]);
  });
});

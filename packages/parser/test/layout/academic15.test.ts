// University and college minutes: senates, academic boards, graduate councils, library committees (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.substituteFor]);

describe('a roll of surnames where a member was represented by someone named by title and surname', () => {
  const lines = [
    'Graduate Studies Council Meeting',
    '',
    '14 October 2010',
    '',
    'Members present: Aldous (represented by Dr. Pennick), Barlow, Corrie, Dunmore (represented by Ms. Fairweather), Eccles, Garside',
    '',
    'Members absent: Hollins',
    '',
    'Meeting called to order at 3:05 p.m.',
  ];

  it('reads the stand-in as present for the member, and the member as away', () => {
    expect(people(lines)).toEqual([
      ['apologies', null, 'Aldous', null],
      ['present', 'Dr', 'Pennick', 'Aldous'],
      ['present', null, 'Barlow', null],
      ['present', null, 'Corrie', null],
      ['apologies', null, 'Dunmore', null],
      ['present', 'Ms', 'Fairweather', 'Dunmore'],
      ['present', null, 'Eccles', null],
      ['present', null, 'Garside', null],
      ['apologies', null, 'Hollins', null],
    ]);
  });
});

describe('a senate list one a line, with university grades of professor and courtesy titles', () => {
  const lines = [
    'Minutes of a meeting of the Council held in the Council Room at 2.00 pm on Monday 9 March 1992',
    '',
    'Present:',
    '',
    'The Hon. Sir Peter Lark (Chancellor)',
    '',
    'Professor R. Dene (Vice-Chancellor)',
    '',
    'Assoc. Professor M. Tully',
    '',
    'The Hon. J. K. Morrow',
    '',
    'Associate Professor Ann Perrin',
    '',
    'A/Prof Tom Hollis',
    '',
    'Ms V. Garland',
    '',
    'Apology:',
    '',
    'Dr. P. Quayle',
    '',
    '1. MINUTES',
    '',
    'The minutes of the meeting held on 10 February 1992 were confirmed.',
  ];

  it('splits the titles from the names and reads on to the end of the list', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name])).toEqual([
      ['present', 'The Hon Sir', 'Peter Lark'],
      ['present', 'Professor', 'R. Dene'],
      ['present', 'Assoc. Professor', 'M. Tully'],
      ['present', 'The Hon', 'J. K. Morrow'],
      ['present', 'Associate Professor', 'Ann Perrin'],
      ['present', 'A/Prof', 'Tom Hollis'],
      ['present', 'Ms', 'V. Garland'],
      ['apologies', 'Dr', 'P. Quayle'],
    ]);
  });
});

describe('items numbered in Roman numerals, the first a one-word title', () => {
  const lines = [
    'Faculty Assembly Meeting Minutes',
    'April 4, 2019',
    'Presiding Officer Dr. Ann Lee called the fifth meeting of the Faculty Assembly to order at 2:10 PM.',
    'I. Attendance',
    '41 members of the Assembly were present.',
    'II. Approval of the agenda',
    'The agenda was approved by unanimous consent.',
    'III. Consideration of the minutes from the March 7, 2019 meeting',
    'The minutes were approved.',
    'IV. Communications from:',
    'A. President Jo Reed',
    'The Assembly received the report.',
  ];

  it('reads "I. Attendance" as item I, not as a person with the initial I', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Attendance'],
      ['II', 'Approval of the agenda'],
      ['III', 'Consideration of the minutes from the March 7, 2019 meeting'],
      ['IV', 'Communications from'],
    ]);
  });
});

describe('a graduate council roll with consultants listed apart', () => {
  const lines = [
    'Graduate Council Minutes',
    '',
    'Friday, March 5, 2010  -  9:00 a.m.',
    '',
    'Members Present:        Ann Lowry, Ben Marsh, Carl Nunez',
    '',
    'Members Excused:       Dina Orton',
    '',
    'Consultants Present:    Eli Pratt, Fay Quinn',
    '',
    'Consultants Excused:    Gus Rowe',
    '',
    'Others Present:             Hal Stone',
    '',
    'The meeting was called to order at 9:02 am by Ann Lowry.',
    '',
    '1.      Announcements',
  ];

  it('reads the consultants present as in attendance and those excused as apologies', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ann Lowry'],
      ['present', 'Ben Marsh'],
      ['present', 'Carl Nunez'],
      ['apologies', 'Dina Orton'],
      ['in-attendance', 'Eli Pratt'],
      ['in-attendance', 'Fay Quinn'],
      ['apologies', 'Gus Rowe'],
      ['in-attendance', 'Hal Stone'],
    ]);
  });
});

describe('apologies the committee received, in a sentence', () => {
  const head = ['Chess Society Library Committee', 'Minutes of Meeting Week 3 (Monday 9th May 2011) 2.30 p.m.', '', 'Present: Ola Berg, Pia Dunn', '', '1.   Apologies'];
  const tail = ['', '2.   Membership', '     There is a vacancy.'];

  it('reads the names after "The Committee received apologies from", wrapped over lines', () => {
    const lines = [...head, '     The Committee received apologies from Rhys Tait, Una Vale (Junior', '     Librarian), Xan Ode and Wes Yates.', ...tail];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role])).toEqual([
      ['present', 'Ola Berg', null],
      ['present', 'Pia Dunn', null],
      ['apologies', 'Rhys Tait', null],
      ['apologies', 'Una Vale', 'Junior Librarian'],
      ['apologies', 'Xan Ode', null],
      ['apologies', 'Wes Yates', null],
    ]);
  });

  it('reads them on one line, and after "The Chair noted apologies from"', () => {
    for (const sentence of ['The Committee received apologies from Rhys Tait and Wes Yates.', 'The Chair noted apologies from Rhys Tait and Wes Yates.']) {
      const names = minutes([...head, `     ${sentence}`, ...tail]).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name);
      expect(names).toEqual(['Rhys Tait', 'Wes Yates']);
    }
  });
});

describe('the place on its own line under the date, as campus minutes write it', () => {
  it('reads a room number before the building ("214 Harlow Science Hall")', () => {
    const lines = ['Tuesday, April 6, 2010  -  3:00 p.m.', '', '214 Harlow Science Hall', '', 'Members Present:   Ann Lowry, Ben Marsh, Carl Nunez', '', '1.      Announcements', '', 'None.'];
    expect(minutes(lines).venue).toBe('214 Harlow Science Hall');
  });

  it('joins a place written over two lines without doubling the comma the first ends with', () => {
    const lines = ['Academic Senate Meeting Minutes', '', 'Thursday, May 6, 2010', '', 'Learning Resource Building,', '', 'Seminar Rooms 1 & 2', '', 'Senators Present: Ann Lowry, Ben Marsh, Carl Nunez', '', 'Officers’ Reports', '', 'None.'];
    expect(minutes(lines).venue).toBe('Learning Resource Building, Seminar Rooms 1 & 2');
  });
});

describe('a draft stamp and a colon before the title', () => {
  const lines = ['DRAFT: Faculty Assembly Meeting Minutes', '', 'Thursday, March 3, 2011', '', '1:00 -2:30 pm', '', 'Members Present: Ann Lowry, Ben Marsh, Carl Nunez', '', 'Approval of Agenda', '', 'Motion adopted'];

  it('takes the line for the title and names the body without the stamp', () => {
    const m = minutes(lines);
    expect([m.title, m.body]).toEqual(['DRAFT: Faculty Assembly Meeting Minutes', 'Faculty Assembly']);
  });

  it('still reads a stamp with no title after it as no title', () => {
    expect(minutes(['DRAFT: FOR APPROVAL AT THE NEXT MEETING', '', 'Minutes of the Finance Committee', '', 'Thursday, March 3, 2011', ...lines.slice(6)]).title).toBe('Minutes of the Finance Committee');
  });
});

describe('a students\' union council whose one list is headed "In Attendance"', () => {
  const lines = [
    'SU Council Minutes 14 October 4:30pm Tamar Room',
    '',
    'In Attendance: Zara Lowe: SU President (Chair), Hugh Benn: VP Education, Tess Ward, Ivo Lake.',
    '',
    'Apologies: Kit Munro.',
    '',
    '2/ Minutes of the last meeting (9 May 2016) The Chair asked for changes.',
  ];

  it('reads those in attendance as present and keeps the chair marked after a post', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation, a.chair])).toEqual([
      ['present', 'Zara Lowe', 'SU President', true],
      ['present', 'Hugh Benn', 'VP Education', false],
      ['present', 'Tess Ward', null, false],
      ['present', 'Ivo Lake', null, false],
      ['apologies', 'Kit Munro', null, false],
    ]);
  });

  it('marks no chair on the "In attendance" list beside a list of those present', () => {
    const two = ['Minutes of the Library Committee', '', 'Present: Ann Lowry, Ben Marsh', '', 'In Attendance: Zara Lowe: SU President (Chair)', '', '1. Minutes', '', 'Agreed.'];
    expect(minutes(two).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual([]);
  });
});

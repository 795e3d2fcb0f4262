// The lead's general rules of session 21. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
// An American city council's minutes, as its meeting software prints them.
const councilHeader = ['City of Fernvale', 'Meeting Minutes', 'City Council', 'Tuesday, March 3, 2031', ''];

describe('the start time an agenda heading gives ("Call to order 6:30 pm")', () => {
  const withOpening = (opening: string) => [
    'Fernvale Parks Board',
    'Regular Meeting Minutes',
    'March 3, 2031',
    '',
    'Board members present: Ann Lee, Tom Reed, Sol Park',
    'Staff present: Ida Fox, Parks Director',
    '',
    opening,
    'Chair Ann Lee presided.',
    '',
    '2. APPROVAL OF MINUTES',
    'The minutes were approved.',
  ];

  it('reads the heading written in capitals ("1. CALL TO ORDER 6:30 PM")', () => {
    expect(minutes(withOpening('1. CALL TO ORDER 6:30 PM')).start).toBe('18:30');
  });

  it('still reads it in small letters ("1. Call to order 6:30 pm")', () => {
    expect(minutes(withOpening('1. Call to order 6:30 pm')).start).toBe('18:30');
  });
});

describe('a roll-call table as meeting software prints it ("Attendee Name | Title | Status | Arrived")', () => {
  const council = (table: string[], rollCallHeading = ['2. ROLL CALL']) => [
    ...councilHeader,
    '1. CALL TO ORDER',
    'Mayor Lee called the meeting to order at 7:02 PM.',
    '',
    ...rollCallHeading,
    ...table,
    '',
    '3. APPROVAL OF MINUTES',
    'The minutes were approved.',
  ];
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.role, a.organisation, a.attendance]);
  const expected = [
    ['Ann Lee', 'Mayor', null, 'present'],
    ['Tom Reed', 'Councilmember', null, 'present'],
    ['Sol Park', 'Councilmember', null, 'apologies'],
    ['Ida Fox', 'Councilmember', null, 'present'],
    ['Jo Hale', 'Councilmember', null, 'present'],
  ];
  const tabbed = [
    'Attendee Name\tTitle\tStatus\tArrived',
    'Ann Lee\tMayor\tPresent',
    'Tom Reed\tCouncilmember\tPresent',
    'Sol Park\tCouncilmember\tAbsent',
    'Ida Fox\tCouncilmember\tLate\t7:15 PM',
    'Jo Hale\tCouncilmember\tPresent',
  ];
  const stacked = tabbed.flatMap((row) => row.split('\t'));

  it('reads each row of cells parted by tabs: the caption row no person, the title the post, the time of arrival left out', () => {
    expect(people(council(tabbed))).toEqual(expected);
  });

  it('reads the table extracted one cell to a line, its "Present" and "Absent" no lists\' headings', () => {
    expect(people(council(stacked))).toEqual(expected);
  });

  it('reads the table with no heading of its own, under the item that opened the meeting', () => {
    expect(people(council(stacked, []))).toEqual(expected);
    expect(people(council(tabbed, []))).toEqual(expected);
    expect(minutes(council(stacked, [])).items.map((item) => item.title)).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES']);
  });

  it('reads captions one to a line with no rows under them as no person', () => {
    const lines = council(['Attendee Name', 'Title', 'Status', '', 'The roll was called.']);
    expect(people(lines).map(([name]) => name)).not.toContain('Attendee Name');
  });
});

describe('a roll as council software writes it ("Present: 4 - Ann Lee, ...")', () => {
  const lines = [
    ...councilHeader,
    '1. CALL TO ORDER',
    '2. ROLL CALL',
    'Present: 4 - Mayor Ann Lee, Councilmember Tom Reed, Councilmember Ida Fox and Councilmember Jo Hale',
    'Absent: 1 - Councilmember Sol Park',
    '',
    '3. APPROVAL OF MINUTES',
    'A motion was made by Councilmember Reed, seconded by Councilmember Fox, that the minutes be approved. The motion carried by the following vote:',
    'Aye: 4 - Lee, Reed, Fox and Hale',
    'Absent: 1 - Park',
  ];
  const people = () => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance]);

  it('reads the count before the names as no part of the first entry', () => {
    expect(people()).toEqual([
      ['Mayor', 'Ann Lee', 'present'],
      ['Councilmember', 'Tom Reed', 'present'],
      ['Councilmember', 'Ida Fox', 'present'],
      ['Councilmember', 'Jo Hale', 'present'],
      ['Councilmember', 'Sol Park', 'apologies'],
    ]);
  });

  it('still reads no one from "Absent: 1 - Park" under a vote\'s "Aye: 4 - ...": the tally, no list of the meeting\'s', () => {
    const unnumbered = lines.map((line) => line.replace(/^\d\. /, ''));
    expect(minutes(unnumbered).attendees.map((a) => a.name)).not.toContain('Park');
  });
});

describe('Roman items straight under the lists ("I. CHECK-INS, AGENDA, MINUTES")', () => {
  const board = (first: string) => [
    'FERNVALE FOOD CO-OP',
    'BOARD OF DIRECTORS MINUTES',
    'September 21, 2031',
    'PRESENT: K. TOLL, L. PARR, J. MOSS, C. BYRD (FACILITATOR)',
    'EXCUSED: A. DORN, B. BELL',
    first,
    'The agenda and minutes were approved as revised.',
    'II. CONSENT AGENDA',
    'The Board approved the changes.',
    'III. GENERAL MANAGER REPORT',
    'Sales are up.',
  ];

  it('reads the first as item I where "II." follows, though "I." could be an initial and its words names', () => {
    const read = minutes(board('I. CHECK-INS, AGENDA, MINUTES'));
    expect(read.items.map((item) => [item.number, item.title])).toEqual([
      ['I', 'CHECK-INS, AGENDA, MINUTES'],
      ['II', 'CONSENT AGENDA'],
      ['III', 'GENERAL MANAGER REPORT'],
    ]);
    expect(read.attendees.map((a) => a.name)).toEqual(['K. TOLL', 'L. PARR', 'J. MOSS', 'C. BYRD', 'A. DORN', 'B. BELL']);
  });

  it('still reads "I. JONES, ACME" as a person where no "II." follows', () => {
    const lines = ['FERNVALE FOOD CO-OP', 'BOARD OF DIRECTORS MINUTES', 'September 21, 2031', 'PRESENT:', 'K. TOLL', 'I. JONES, ACME', '', '1. Minutes', 'The minutes were approved.', '2. Report', 'Sales are up.'];
    expect(minutes(lines).attendees.map((a) => a.name)).toContain('I. JONES');
  });
});

describe('headings in capitals over bullets, no blank line between ("FINANCE" / "- Sales are up.")', () => {
  const lines = [
    'FERNVALE FOOD CO-OP',
    'BOARD OF DIRECTORS MEETING',
    '13 August, 2031',
    'PRESENT: B. BELL, K. COLE, A. DORN',
    'EXCUSED: L. PARR.',
    'COMMITTEE ITEMS THAT REQUIRE BOARD ACTION',
    '- The committee accepted the final changes.',
    '- The team will attend the retreat.',
    'FINANCE',
    '- Sales for the year are up.',
    'GENERAL MANAGER REPORT',
    '- Discussion on the working member programme.',
  ];

  it('reads each heading as an item, its bullets its text', () => {
    const read = minutes(lines);
    expect(read.items.map((item) => item.title)).toEqual(['COMMITTEE ITEMS THAT REQUIRE BOARD ACTION', 'FINANCE', 'GENERAL MANAGER REPORT']);
    expect(read.items[1]!.paragraphs.map((p) => p.text)).toEqual(['Sales for the year are up.']);
  });

  it('still reads a line in mixed case over bullets as no heading ("Sales were discussed")', () => {
    const mixed = [...lines.slice(0, 5), 'Sales were discussed', '- Sales for the year are up.', '- Loans were discussed.'];
    expect(minutes(mixed).items.map((item) => item.title)).not.toContain('Sales were discussed');
  });
});

describe('a numeric date either way round ("9/07/31") in minutes written the American way', () => {
  const notes = (words: string) => ['Fernvale Wind Group Meeting Notes 9/07/31', 'Attending: Ann Lee, Tom Reed, Sol Park', `The meeting was called to order at 7:05 p.m. ${words}`, 'Name: The group decided to adopt the name Fernvale Wind.'];

  it('reads the month first where the text spells and names things the American way', () => {
    expect(minutes(notes('The group organized itself and recognized its founders.')).date).toBe('2031-09-07');
  });

  it('still reads the day first where a British word stands among them', () => {
    expect(minutes(notes('The group organized itself; Cllr Reed recognized its founders.')).date).toBe('2031-07-09');
  });

  it('still reads the day first with one American word only', () => {
    expect(minutes(notes('The group organized itself.')).date).toBe('2031-07-09');
  });
});

describe('the start time of sentences and notes that say the meeting opened', () => {
  const withOpening = (opening: string) => ['Fernvale Shellfish Advisory Committee', 'Minutes of March 4, 2031', 'Members present: Ann Lee, Tom Reed, Sol Park', '', opening, '', '2. Old business', 'The permits were discussed at length by the members.'];

  it('reads "around" for "at" after the meeting named at length ("called to order the monthly meeting of ... around 9:00 am")', () => {
    expect(minutes(withOpening('Ann Lee called to order the monthly meeting of the Fernvale Shellfish Advisory Committee around 9:00 am with a quorum.')).start).toBe('09:00');
  });

  it('reads a numbered note of when the meeting convened ("1. Convened 6:05 pm")', () => {
    expect(minutes(withOpening('1. Convened 6:05 pm')).start).toBe('18:05');
  });
});

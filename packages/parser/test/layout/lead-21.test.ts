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

// Economic development and tourism bodies' minutes: development corporations and authorities, downtown development and
// redevelopment boards, tourism boards, enterprise partnerships, main-street and town-centre committees (session 21).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role]);

describe('a development corporation\'s roll written as sentences on one flattened line', () => {
  const lines = [
    'MINUTES OF REGULAR MEETING OF FERNVALE ECONOMIC DEVELOPMENT CORPORATION MARCH 3, 2011 9:00 A.M. FERNVALE CITY HALL 1. Call to Order. President Ann Lee called the meeting to order at 9:04 am. Present were Ann Lee, Tom Hale and Dr. Jo Finch. Absent were Ray Moss and City Council Liaison Bo Reed. 2. Citizen comment. None',
  ];

  it('reads "Absent were ..." up to the next item\'s number run on after the stop, with the liaison\'s post', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', 'Ray Moss', null],
      ['apologies', 'Bo Reed', 'City Council Liaison'],
    ]);
  });

  it('reads "Also in attendance was X and Y" as both people there beside the members', () => {
    const board = [
      'Main Street Board Meeting 4-02-2018 Minutes',
      'The Main Street Board met Monday, April 2, 2018 at City Hall. The meeting was called to order by President Sam Ortiz at 12:05 P.M. Board Members in attendance were as follows: Sam Ortiz, Lia Grant and Noor Patel. Also in attendance was Dale Kent and Rita Moss. The minutes were approved.',
    ];
    expect(people(board).filter(([attendance]) => attendance === 'in-attendance')).toEqual([
      ['in-attendance', 'Dale Kent', null],
      ['in-attendance', 'Rita Moss', null],
    ]);
  });
});

describe('a redevelopment authority names its staff "Name, Post and Name, Post"', () => {
  it('gives each post to the person before it, not the second person to the first one\'s post', () => {
    const lines = [
      'HOUSING AND REDEVELOPMENT AUTHORITY MINUTES MAY 9, 1991 CALL TO ORDER: Chairman Lund called the meeting to order at 7:30 p.m. Members present: Lund, Ortega and Pike. Also present were Ray Dorsey, City Manager and Lena Voss, Administrative Assistant. APPROVAL OF MINUTES: Motion by Ortega, seconded by Pike to approve the minutes.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'in-attendance')).toEqual([
      ['in-attendance', 'Ray Dorsey', 'City Manager'],
      ['in-attendance', 'Lena Voss', 'Administrative Assistant'],
    ]);
  });
});

describe('a records system\'s stamp of the day the minutes were approved', () => {
  it('dates the meeting from its own date line, not from "Approved <date>" above the title', () => {
    const lines = [
      'RDA Minutes 051206Approved June 13, 2006',
      'CITY OF FERNVALE',
      'COMMUNITY REDEVELOPMENT AGENCY',
      'MINUTES',
      'TUESDAY, MAY 12, 2006',
      '6:30 P.M.',
      'Chairperson Ortega called the meeting to order at 6:30 p.m.',
      'ROLL CALL:',
      'Present: Board Members Lund, Pike and Chairperson Ortega',
      'Absent: None',
      'A. CONSENT CALENDAR:',
      '1. Community Redevelopment Agency Minutes — April 14, 2006',
    ];
    expect(minutes(lines).date).toBe('2006-05-12');
  });
});

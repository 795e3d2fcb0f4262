// Meeting dates, times and next meetings written in forms the parser misread: "the" inside a date, the year first, a
// range of days in speech, OCR's letters for figures, a year's schedule of meetings (session 25). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a date written with "the" between its month and day', () => {
  it('reads "held Tuesday night March the 9th 2021 at 7.30pm" as 2021-03-09, 19:30', () => {
    const lines = ['COMMUNITY COUNCIL', '', 'A meeting of the Community Council was held Tuesday night March the 9th 2021 at 7.30pm in Bryn Teg Hall.', '', '1. Welcome and Apologies:', '', 'Present Ann Hale, Owen Rees'];
    expect([minutes(lines).date, minutes(lines).start]).toEqual(['2021-03-09', '19:30']);
  });
});

describe('a date written year first, then the month by name and the day', () => {
  it('reads "2019 May 14, 2:00 UTC" under a call\'s name as 2019-05-14', () => {
    const lines = ['Agenda and notes:', '', 'Calendar call', '', '2019 May 14, 2:00 UTC', '', 'Attendees:', '', '\tRuth Calder', '\tIgor Penn', '', '* Next steps on the proposal'];
    expect(minutes(lines).date).toBe('2019-05-14');
  });

  it('still reads "2019 May 14:30" as no date of the 14th', () => {
    const lines = ['Agenda and notes:', '', 'Budget 2019 May 14:30 session', '', 'Attendees: Ruth Calder'];
    expect(minutes(lines).date).not.toBe('2019-05-14');
  });
});

describe('a range of days written "21st to the 23rd of March"', () => {
  it('reads the next meeting as its first day', () => {
    const lines = ['# Minutes of the 91st meeting of the Working Group', '', 'Date: 2022-01-31', '', 'KLM: the next meeting is 14th to the 16th of March and it will be a hybrid meeting. Any objections? None.'];
    expect(minutes(lines).nextMeeting?.date).toBe('2022-03-14');
  });
});

describe("OCR's letters for figures in a date or a clock", () => {
  it('reads "Friday 2lst October 2016 7.30pm" with the letter l as the 21st', () => {
    const lines = ['Minutes of the Ninth Annual General Meeting', 'Held in Marlcombe Village Hall', 'Friday 2lst October 2016 7.30pm', '', '1. Apologies: Ann Drew, Ben Ross'];
    expect(minutes(lines).date).toBe('2016-10-21');
  });

  it('reads "Monday lst June 2015" with the letter l as the 1st', () => {
    const lines = ['Minutes of the meeting held on Monday lst June 2015 in the Church Room', '', 'Present: Mr Abel, Mrs Dace'];
    expect(minutes(lines).date).toBe('2015-06-01');
  });

  it('reads "held at 7:30om" with the letter o for the p of "pm" as 19:30', () => {
    const lines = ['Ashwell Parish Council Meeting (9th May 2004)', '', 'Minutes of the meeting held at 7:30om in the school', '', 'PRESENT. Chairman & Messrs Hale, Rook', '', 'APOLOGIES, Mrs. Penn.'];
    expect(minutes(lines).start).toBe('19:30');
  });
});

describe("a schedule of the year's meetings agreed in the minutes", () => {
  const lines = [
    'Minutes of Joint Roads Committee held on 12th October 2011',
    'at 10.00 a.m. in County Buildings',
    'Attendance: Cllrs Ann Hale; Bob Rook; Cal Penn.',
    'Schedule of Meetings',
    'The following schedule of ordinary quarterly meetings was agreed:',
    '12 October 2011',
    '16 January 2012',
    '23 April 2012',
    '16 July 2012.',
    'Work Programme',
    'A work programme will be drafted.',
  ];

  it('reads the first date after this meeting\'s as the next meeting', () => {
    expect(minutes(lines).nextMeeting?.date).toBe('2012-01-16');
  });

  it('still reads the next meeting from a line that names it before a schedule', () => {
    const named = [...lines.slice(0, 3), 'Date of next meeting: 9 November 2011.', ...lines.slice(3)];
    expect(minutes(named).nextMeeting?.date).toBe('2011-11-09');
  });
});

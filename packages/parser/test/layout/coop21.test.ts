// Co-operatives' and mutuals' minutes: food co-ops, community shops and pubs, credit unions and their chapters,
// electric and housing co-operatives (session 21). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a co-operative named above its board or committee meeting', () => {
  it('reads the co-op on the line above "BOARD OF DIRECTORS (BOD) MEETING" as the body', () => {
    const lines = ['HILLSIDE GROCERY CO-OP', 'BOARD OF DIRECTORS’ (BOD) MEETING', '9 MARCH 2021 AT CO-OP MEETING ROOM', 'MINUTES', 'PRESENT: A. MORROW, B. LINDQVIST, C. OYELARAN', 'EXCUSED: D. PARRY', '', 'FINANCE', 'Sales were up.'];
    expect(minutes(lines).body).toBe('HILLSIDE GROCERY CO-OP');
  });

  it('reads the chapter on the line above "EXECUTIVE COMMITTEE MEETING MINUTES" as the body', () => {
    const lines = ['RIVERBEND CHAPTER OF CREDIT UNIONS', 'EXECUTIVE COMMITTEE MEETING MINUTES', 'May 5, 2016', 'The regular meeting was called to order by Ada Kowal at 9:05 a.m.', 'PRESENT:', 'Ada Kowal, Ben Osei and Cora Lind.', 'TREASURER’S REPORT:', 'The report was approved.'];
    expect(minutes(lines).body).toBe('RIVERBEND CHAPTER OF CREDIT UNIONS');
  });

  it('still reads a named management committee as the body where no line above names whose it is', () => {
    const lines = ['Minutes of the Larchfield Shop Management Committee Meeting held on 3rd May 2018', '', 'Present: Ann Lee (Chair), Bob Hart', '', '1. Apologies', 'None.'];
    expect(minutes(lines).body).toBe('Larchfield Shop Management Committee');
  });
});

describe('where a co-operative met, named after the date it was held on', () => {
  const venue = (lines: string[]) => minutes(lines).venue;

  it('reads a name in capitals after "was held on <date> at", with its town and state', () => {
    const lines = ['RIVERBEND CHAPTER OF CREDIT UNIONS', '', 'EXECUTIVE COMMITTEE MEETING', '', 'The Riverbend Chapter of Credit Unions Executive Committee Meeting was held on June 9, 2012 at Larkspur Community Federal CU, Millbrook, Ohio.', '', 'ATTENDEES:', 'Present: Ada Kowal, Ben Osei'];
    expect(venue(lines)).toBe('Larkspur Community Federal CU, Millbrook, Ohio');
  });

  it('reads a pub\'s name after the date and time in a title "held on ... at 7.30 pm in The Plough"', () => {
    const lines = ['Minutes Of The Management Committee Meeting Held On Tuesday 4th June 2019 at 7.30 pm in The Plough', '', '1. Apologies', '', 'None.'];
    expect(venue(lines)).toBe('The Plough');
  });

  it('ends the place before the town after "in"', () => {
    const lines = ['Hollins Farm Co-op Board Meeting Minutes', 'The quarterly board meeting of the Hollins Farm Co-op was held on Monday, May 6, 2013 at Garnet Suites in Weston.', '', 'Present: Ada Kowal, Ben Osei'];
    expect(venue(lines)).toBe('Garnet Suites');
  });

  it('leaves a body named after the held date out of the venue', () => {
    const lines = ['Minutes of the meeting held on 5 May 2020 at Fernvale Parish Council', '', 'Present: Ada Kowal, Ben Osei', '', '1. Apologies'];
    expect(venue(lines)).toBeNull();
  });
});

describe('a community shop\'s first item holding the lists', () => {
  const lines = [
    'Fernvale Community Shop',
    '',
    'Minutes of Management Committee Meeting',
    '',
    '12th March 2015',
    '',
    '1. Present: Tom Garner (Chairman), Sam Kane, Bea Hook.',
    '',
    'In attendance: Sue Morgan, Eliza Butt.',
    '',
    '2. Apologies:  Al Sands, Liz Bish',
    '',
    'Tom thanked Al for his help.',
    '',
    '3. Minutes of meeting dated 4th February 2015: These were approved.',
  ];

  it('reads "In attendance:" under the run-in "1. Present:" list as those in attendance', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Tom Garner'],
      ['present', 'Sam Kane'],
      ['present', 'Bea Hook'],
      ['in-attendance', 'Sue Morgan'],
      ['in-attendance', 'Eliza Butt'],
      ['apologies', 'Al Sands'],
      ['apologies', 'Liz Bish'],
    ]);
  });

  it('still reads the numbered items around the lists', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Present'],
      ['2', 'Apologies'],
      ['3', 'Minutes of meeting dated 4th February 2015'],
    ]);
  });
});

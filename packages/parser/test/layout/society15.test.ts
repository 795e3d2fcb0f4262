// Societies' and clubs' minutes (session 15): cycling clubs, choirs, allotment societies, chess clubs. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null, a.chair]);

describe("a club committee's lists written '- Post - Name' under numbered items", () => {
  const lines = [
    'Club Minutes',
    '1. Welcome',
    'Ada welcomed everyone to the meeting.',
    '2. Those Attending',
    '- Chair - Ada Finch',
    '- Welfare Officer - Ben Rowe',
    '- Member without portfolio Cara Lind',
    '- Secretary - Dan Moss',
    '3. Apologies for Absence',
    '- Ride Coordinator - Eve Hale',
    '- Member without Portfolio Fay Dunn',
    '4. Approval of Minutes',
    'The minutes were approved.',
  ];

  it('reads the post before the dash and the holder after it', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null, true],
      ['present', 'Ben Rowe', 'Welfare Officer', false],
      ['present', 'Cara Lind', 'Member without portfolio', false],
      ['present', 'Dan Moss', 'Secretary', false],
      ['apologies', 'Eve Hale', 'Ride Coordinator', false],
      ['apologies', 'Fay Dunn', 'Member without Portfolio', false],
    ]);
  });

  it('still reads "Name - Post" the usual way round', () => {
    expect(people(['Club Minutes', 'Present', '- Ada Finch - Welfare Officer', '- Ben Rowe - Treasurer', '', '1. Minutes', 'Approved.'])).toEqual([
      ['present', 'Ada Finch', 'Welfare Officer', false],
      ['present', 'Ben Rowe', 'Treasurer', false],
    ]);
  });
});

describe('an action log kept as records: the reference after the label, owner and task on lines of their own', () => {
  const lines = [
    'Committee Minutes 3 March 2025',
    'Present: Ada Finch, Ben Rowe',
    '1. Actions Arising',
    'Action: 12/1/25/3',
    'On: Ben Rowe',
    'Requirement: Ask the league whether subscriptions can be paid by standing order.',
    'Conclusion: Action complete.',
    'Action: 12/1/25/4',
    'On: Ada Finch',
    'Requirement: Put the first aid link on the',
    'club website.',
    'Conclusion: Carried forward',
    '2. Any Other Business',
    'None.',
  ];

  it('reads each record as one action, numbered by its reference', () => {
    expect(minutes(lines).actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['12/1/25/3', 'Ask the league whether subscriptions can be paid by standing order.', ['Ben Rowe']],
      ['12/1/25/4', 'Put the first aid link on the club website.', ['Ada Finch']],
    ]);
  });

  it('leaves a labelled action with its task after the label as it was', () => {
    expect(minutes(['Committee Minutes 3 March 2025', 'Present: Ada Finch, Ben Rowe', '1. Website', 'Action: Ben Rowe to update the website.', 'On: Tuesday the club met.']).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ben Rowe to update the website.', ['Ben Rowe']],
    ]);
  });
});

describe('the time as a field of its own, a clock alone after "Time:"', () => {
  it('reads "Time: 14:30" on the line of the date, spaces between the fields', () => {
    const m = minutes(['2019 AGM Minutes', '', 'Date: 2nd November 2019                 Time: 14:30', '', 'Venue: Jubilee Room, Brook Village Hall', '', 'Attendance: Ada Finch, Ben Rowe', '', '1. Welcome']);
    expect([m.date, m.start, m.venue]).toEqual(['2019-11-02', '14:30', 'Jubilee Room, Brook Village Hall']);
  });

  it('reads "Time: 14:30" on a line of its own as the start', () => {
    expect(minutes(['Committee Minutes', '', 'Date: 2nd November 2019', 'Time: 14:30', 'Venue: Jubilee Room', '', '1. Welcome', 'Ada opened the meeting.']).start).toBe('14:30');
  });

  it('still reads a range after "Time:" as start and end', () => {
    const m = minutes(['Committee Minutes', '', 'Date: 2nd November 2019', 'Time: 14:30 - 16:00', '', '1. Welcome']);
    expect([m.start, m.end]).toEqual(['14:30', '16:00']);
  });
});

describe("an association's wiki page: the agenda under its own caption, then the meeting's set-up and its list", () => {
  const lines = [
    '# AGM Minutes 2019-09-14',
    '',
    '## Agenda',
    '',
    '1. To confirm the minutes of the previous AGM and of any general meeting held since then.',
    '2. To receive and consider',
    '    1. the annual report',
    '    2. the financial statements',
    '3. Elect the committee members',
    '4. Other business of which notice has been given',
    '',
    '## Setup',
    '',
    'Attendees (ordinary Members):',
    '',
    '- Ada Finch',
    '- Ben Rowe',
    '- Cara Lind',
    '',
    'Chairperson: Ben Rowe',
    '',
    'Start Time: 13:02',
    '',
    'End Time: 13:34',
    '',
    'Place: Brook Makerspace - Unit 8, 16 Mill Lane, Brookfield',
    '',
    '## Minutes',
    '',
    '### Previous AGM Minutes',
    '',
    '- Ada propose, Cara second, passed',
    '',
    '### Auditor',
    '',
    '- No auditor appointed',
  ];

  it('reads the members listed under the qualified label, and the chair field, as those present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null, false],
      ['present', 'Ben Rowe', null, true],
      ['present', 'Cara Lind', null, false],
    ]);
  });

  it('keeps the agenda out of the items and the time fields out of the list', () => {
    const m = minutes(lines);
    expect(m.items.map((i) => i.title)).not.toContain('Elect the committee members');
    expect(m.items.map((i) => i.title)).toContain('Previous AGM Minutes');
    expect([m.start, m.end]).toEqual(['13:02', '13:34']);
  });
});

describe('a time field run on after the last name of a flattened list', () => {
  it('keeps the person and leaves the time out of the description', () => {
    expect(people(['Council Minutes', '', 'Present:', 'Ada Finch', 'Ben Rowe Time: 6:00 p.m.', '', '1. Call to order', 'The meeting opened.'])).toEqual([
      ['present', 'Ada Finch', null, false],
      ['present', 'Ben Rowe', null, false],
    ]);
  });
});

describe("an allotment association's first item: the list's word, the chair run in after it, the others a line each", () => {
  const lines = [
    'Brook allotments association minutes of committee meeting 26/11/2015',
    '',
    '1 Present Ada Finch (Chair)',
    '',
    'Ben Rowe',
    '',
    'Jane and Gerald Payne',
    '',
    'Cara Lind',
    '',
    '2 Welcome and Apologies',
    'Ada welcomed all present. Apologies had been received from Dan Moss.',
    '',
    '3 Minutes of Previous Meeting',
    'The minutes were approved.',
  ];

  it('reads the names under "1 Present" as those present, a couple as two people', () => {
    expect(people(lines).filter((p) => p[0] === 'present')).toEqual([
      ['present', 'Ada Finch', null, true],
      ['present', 'Ben Rowe', null, false],
      ['present', 'Jane Payne', null, false],
      ['present', 'Gerald Payne', null, false],
      ['present', 'Cara Lind', null, false],
    ]);
  });

  it('titles the item by the list\'s word alone', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Present'],
      ['2', 'Welcome and Apologies'],
      ['3', 'Minutes of Previous Meeting'],
    ]);
  });
});

describe('a couple last in a list of apologies, the full stop after them', () => {
  it('reads both people', () => {
    expect(people(['Brook Chess Club', '', 'Minutes of the 2012 AGM held on Tuesday 18th September 2012', '', 'Present: Ada Finch, Ben Rowe.', '', 'Apologies for absence : Cara Lind, Jane & Edwin Brophy.', '', '2. Minutes of the 2011 AGM were agreed.'])).toEqual([
      ['present', 'Ada Finch', null, false],
      ['present', 'Ben Rowe', null, false],
      ['apologies', 'Cara Lind', null, false],
      ['apologies', 'Jane Brophy', null, false],
      ['apologies', 'Edwin Brophy', null, false],
    ]);
  });
});

describe("a union branch's AGM: the branch over the title, the way it met under the date", () => {
  const lines = ['Brook Community Branch', 'Annual General Meeting Minutes', 'Wednesday 24th March 2021', 'TEAMS Virtual Meeting', '', '', '1. Welcome', 'Lynn welcomed the members', '', '2. Minutes', 'Accepted.'];

  it('keeps the minutes\' own title and names the branch as the body', () => {
    const m = minutes(lines);
    expect([m.title, m.body, m.date]).toEqual(['Annual General Meeting Minutes', 'Brook Community Branch', '2021-03-24']);
  });

  it('reads a guild or a choir above the title as the body too', () => {
    expect(minutes(['Brook Choral Guild', 'Minutes of the Committee Meeting', '4 March 2019', '', '1. Apologies', 'None.']).body).toBe('Brook Choral Guild');
  });
});

describe('a time written after the place the meeting was held at', () => {
  it('ends the place', () => {
    expect(minutes(['Brook Chess Club', '', 'Minutes of the Annual General Meeting held at the club 8 p.m. on Tuesday 16th July 2013', 'Present: Ada Finch (chair), Ben Rowe', '', 'Treasurer’s Report: balance fine.']).venue).toBe('the club');
  });
});

describe("a users' group AGM: last year's officers listed with their posts", () => {
  const lines = [
    '# Brook Linux Users Group – Annual General Meeting 2018 – Minutes',
    '',
    'Members present:',
    '',
    '- Paul (2017 Vice President)',
    '- Ada Finch (2017 Treasurer)',
    '- Ben Rowe (2017 Secretary, AGM Chair)',
    '- Cara Lind',
    '',
    'Apologies: Dan.',
    '',
    '## 1: Confirmation of Minutes of the 2017 AGM',
    '',
    'Passed.',
  ];

  it('reads a given name alone opening the list, the meeting\'s chair named after the post, and a lone apology before its full stop', () => {
    expect(people(lines)).toEqual([
      ['present', 'Paul', '2017 Vice President', false],
      ['present', 'Ada Finch', '2017 Treasurer', false],
      ['present', 'Ben Rowe', '2017 Secretary', true],
      ['present', 'Cara Lind', null, false],
      ['apologies', 'Dan', null, false],
    ]);
  });
});

describe("a users' group AGM held at a building at its street address, closed by a line of its own", () => {
  const lines = [
    '# Brook Linux Users Group – Annual General Meeting 2018 – Minutes',
    '',
    'The Brook Linux Users Group Annual General Meeting held at Spacecubed.com at 45 St Georges Terrace, Brookton CBD on Tuesday 13th March 2018 at 7:20 PM.',
    '',
    'Members present:',
    '',
    '- Ada Finch',
    '- Ben Rowe',
    '',
    '## 1. Other Business',
    'None.',
    '',
    '## 2. Meeting Close',
    'Closed at 21:27 by Ben',
  ];

  it('reads the building and its address as the venue, and the closing line as the end', () => {
    const m = minutes(lines);
    expect([m.venue, m.start, m.end]).toEqual(['Spacecubed.com at 45 St Georges Terrace, Brookton CBD', '19:20', '21:27']);
  });

  it('still ends the place before the time it was held at', () => {
    expect(minutes(['Minutes of the meeting held at the Village Hall at 7.30pm on Monday 3 May 2021', '', 'Present: Ada Finch, Ben Rowe', '', '1. Apologies', 'None.']).venue).toBe('the Village Hall');
  });
});

describe('a note after a post that the person came late or left early', () => {
  it('is no part of the post', () => {
    expect(people(['Minutes', '', 'Members present:', '', '- Ada Finch (Treasurer)', '- Ben Rowe (President) - arrived during the meeting.', '- Cara Lind (Secretary), left early', '', '## 1. Minutes', 'Passed.'])).toEqual([
      ['present', 'Ada Finch', 'Treasurer', false],
      ['present', 'Ben Rowe', 'President', false],
      ['present', 'Cara Lind', 'Secretary', false],
    ]);
  });
});

// Minutes of many kinds of body, read for what their header lines do not say (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

describe('the start of the meeting', () => {
  it('is not the day and month of a date written with stops ("from 22.10.2025")', () => {
    const m = minutes(['# Scribe Minutes from 14.11.2025', '', ...ROSTER]);
    expect(m.date).toBe('2025-11-14');
    expect(m.start).toBeNull();
  });

  it('is not a range of rule or paragraph numbers ("procedure rules 4.47 to 4.54")', () => {
    const m = minutes([
      'Venue: Lecture Theatre, Brook House. View directions',
      '',
      'No. | Item |',
      '---|---|',
      '1 | Questions from the Public To receive questions in accordance with procedure rules 4.47 to 4.54. Minutes: There were no questions. |',
    ]);
    expect(m.start).toBeNull();
    expect(m.end).toBeNull();
    expect(minutes(['Minutes of the Brook Board, 4 May 2010, 2.15 to 4.30', '', ...ROSTER]).start).toBe('14:15');
  });

  it('is not the time the meeting closed, nor the time the group usually meets', () => {
    const closed = minutes(['Minutes of a meeting for business held on 6 May 2016 in the Garden Room', 'Our meeting closed with worship at 11.50.', '', ...ROSTER]);
    expect(closed.start).toBeNull();
    const usual = minutes(['Brook Ladies Guild', 'We meet on the 2nd Tuesday of the month at 2.30pm in the Brook Hall.', '', ...ROSTER]);
    expect(usual.start).toBeNull();
    expect(minutes(['Minutes of the Brook Guild held on 4 May 2010 at 2.30pm', '', ...ROSTER]).start).toBe('14:30');
  });
});

describe('the date of the meeting', () => {
  it('is not the next meeting\'s, a word naming its kind between "next" and "meeting"', () => {
    const m = minutes([
      'Highlights of the March 2014 Brook Chamber Minutes',
      'from President, Ann Hale',
      'President’s Report',
      'Ann Hale reported on the minutes of the Executive Meeting.',
      'Treasurer’s Report',
      'Ben Rowe reported on the financial reports.',
      'Next board meeting – April 9, 2014 – 4:00 PM – Chamber office',
    ]);
    expect(m.date).toBeNull();
    expect(m.nextMeeting?.date).toBe('2014-04-09');
  });
});

describe('a roster inside the first item', () => {
  it('is read from a label over names one a line ("Council in Attendance:" under "1) Call to order:")', () => {
    const r = parseLines([
      'Minutes of the Brook Township Council',
      'Tuesday May 4, 2010 7:30 pm',
      '',
      '1) Call to order: The meeting was called to order by Mayor Ann Hale at 7:30 pm.',
      '',
      'Council in Attendance:',
      '',
      'Ann Hale',
      'Ben Rowe',
      '',
      'Staff in Attendance:',
      '',
      'Dan Hill              Clerk Treasurer',
      '',
      'Others in Attendance:',
      '',
      'Fay Cole',
      '',
      'The Mayor thanked the staff for the new signs.',
      '',
      '2) Agenda:',
      'The agenda was adopted.',
    ]);
    const { attendees, items } = r.minutes;
    expect(attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Hale', 'present'],
      ['Ben Rowe', 'present'],
      ['Dan Hill', 'secretariat'],
      ['Fay Cole', 'in-attendance'],
    ]);
    expect(items.map((i) => i.title)).toEqual(['Call to order', 'Agenda']);
    expect(r.diagnostics.filter((d) => d.code === 'LSMP1004')).toEqual([]);
  });
});

describe('the title', () => {
  it('is not a sentence that tells what someone did before it mentions the meeting', () => {
    const welcomed = minutes(['Brook Allotments Committee', '', 'The Chairman welcomed everyone to the meeting.', '', ...ROSTER]);
    // (The committee's name alone at the top is the title, as it is the body.)
    expect(welcomed.title).toBe('Brook Allotments Committee');
    const commenced = minutes(['Brook Guild AGM 2019', '', 'We commenced our meeting with a rousing song', '', ...ROSTER]);
    expect(commenced.title ?? '').not.toMatch(/commenced/);
    const met = minutes(['MINUTES', '', 'The Brook County Board of Commissioners met for a regularly scheduled meeting at 5:30 p.m. in the Board Room.', '', ...ROSTER]);
    expect(met.title ?? '').not.toMatch(/\bmet\b/);
    expect(met.start).toBe('17:30');
    expect(minutes(['1st Meeting held', '', 'Here is the agenda and decisions - Minutes will follow', '', ...ROSTER]).title).toBe('1st Meeting held');
    expect(minutes(['Minutes of the adjourned meeting of the Brook Board held on 4 May 2010', '', ...ROSTER]).title).toBe('Minutes of the adjourned meeting of the Brook Board held on 4 May 2010');
  });

  it('is not a numbered line in the agenda\'s wording ("3. To approve the minutes of the meeting of 12 June")', () => {
    const m = minutes(['Brook Parish Council', '', '3. To approve the minutes of the meeting of 12 June 2013', 'Approved and signed.', '', ...ROSTER]);
    expect(m.title).toBe('Brook Parish Council');
  });
});

describe('the names in a roster', () => {
  it('follow "Those present were:" and "Also present were:", a surname cut onto the next line kept with its name', () => {
    const { attendees } = minutes([
      'Minutes of the Brook County Board',
      'May 4, 2010',
      '',
      'Those present were: Ann Hale, Vice-Chairman Ben',
      'Rowe, Cara Lind and Dan Hill.',
      'Also present were: Fay Cole.',
      '',
      '1. Call to order',
      'The meeting was called to order.',
    ]);
    expect(attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Hale', 'present'],
      ['Ben Rowe', 'present'],
      ['Cara Lind', 'present'],
      ['Dan Hill', 'present'],
      ['Fay Cole', 'in-attendance'],
    ]);
  });

  it('are read from a chat scribe\'s names with underscores for spaces ("Ann_Hale")', () => {
    const { attendees } = minutes(['# Brook WG Minutes', '', 'Present', '    Ann_Hale, Ben_Rowe, Cara_Lind', 'Regrets', '    -', '', '## Minutes', '', 'ah: the minutes were approved']);
    expect(attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind']);
  });

  it('are given names with what they did in square brackets ("Ann [host]")', () => {
    const { attendees } = minutes(['# Brook Workgroup', '', 'Present: Ann [host], Ben [documenter], Cara, Dan', '', 'Agenda item - Budget', 'Decision: approved']);
    expect(attendees.map((a) => a.name)).toEqual(['Ann', 'Ben', 'Cara', 'Dan']);
    expect(attendees[0]!.role).toBe('host');
  });
});

describe('the title, among the lines at the top', () => {
  const ROSTER_BELOW = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

  it('is the minutes\' own dated heading below an undated caption that says minutes too, over a line naming the body', () => {
    const m = minutes(['Tuesday, 3 March 2015', '', 'Minutes of March meeting for business', '', 'BROOK LOCAL QUAKER MEETING', '', 'Minutes of a meeting for worship for business held on 1 March 2015', '', ...ROSTER_BELOW]);
    expect(m.title).toBe('Minutes of a meeting for worship for business held on 1 March 2015');
    expect(m.date).toBe('2015-03-01');
  });

  it('is a draft copy of the minutes ("Draft copy of Brook Council minutes 05.05.15"), no stamp', () => {
    const m = minutes(['Draft copy of Brook Council minutes 05.05.15', 'Tuesday 5th May', '6pm, Brook Union Meeting Room, City Campus', '', ...ROSTER_BELOW]);
    expect(m.title).toBe('Draft copy of Brook Council minutes 05.05.15');
    expect(m.body).toBe('Brook Council');
  });

  it('is not a notice in quotation marks', () => {
    const m = minutes(['"ANY MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES!!!"', '', 'BROOK TOWNSHIP', '', ' Minutes of the Meeting', '', ...ROSTER_BELOW]);
    expect(m.title).toBe('Minutes of the Meeting');
  });
});

describe('a roster opened by a sentence', () => {
  it('follows "with the following members present to-wit:", the sentence still dating and timing the meeting', () => {
    const m = minutes([
      'MINUTES OF A REGULAR MEETING OF THE BROOK COUNTY BOARD OF COMMISSIONERS',
      'The Brook County Board of Commissioners convened in a regular meeting on Monday, February 17, 2003 at 5:00 p.m. in the courtroom, with the following members present to-wit:',
      'Commissioner Ann Hale, Chair',
      'Commissioner Ben Rowe',
      'Others in attendance were:   Cara Lind, Clerk of Court, Dan Hill.',
      'Call to Order:',
      'The Chair called the meeting to order.',
    ]);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Hale', 'present'],
      ['Ben Rowe', 'present'],
      ['Cara Lind', 'in-attendance'],
      ['Dan Hill', 'in-attendance'],
    ]);
    expect(m.date).toBe('2003-02-17');
    expect(m.start).toBe('17:00');
  });
});

describe('a Scottish council\'s roll', () => {
  it('is read under "Calling of the Roll and Apologies for Absence", the apologies "intimated on behalf of" those absent', () => {
    const { attendees } = minutes([
      'Minutes of Special Meeting of the Brook Council held in the Council Chamber on Thursday, 5 September 2019 at 10.00am.',
      '',
      '1. Calling of the Roll and Apologies for Absence',
      '',
      'Mr G Adam, Mr R Balfour, Mrs J Barclay, Mr A Baxter',
      '',
      'Apologies for absence were intimated on behalf of Mr B Allan and Miss J Campbell.',
      '',
      '2. Declarations of Interest',
      'There were no declarations of interest.',
    ]);
    expect(attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['G Adam', 'present'],
      ['R Balfour', 'present'],
      ['J Barclay', 'present'],
      ['A Baxter', 'present'],
      ['B Allan', 'apologies'],
      ['J Campbell', 'apologies'],
    ]);
  });
});

describe('a page flattened into one paragraph', () => {
  it('is cut before "Attendance:", and the officials\' list before "Officials:"', () => {
    const m = minutes([
      'Brook Municipal District Meetings',
      'Minutes of Special Meeting of Brook Municipal District held on Tuesday, 21st January, 2020, at 2:00pm in the Council Chamber, Brook. Attendance: Councillors: Cllr. Ann Hale, Cllr. Ben Rowe, Officials: Mr. Dan Hill, District Manager. Apologies: Cllr. Cara Lind.',
      '',
      '1. Minutes',
      'The minutes were confirmed.',
    ]);
    expect(m.title).toBe('Minutes of Special Meeting of Brook Municipal District held on Tuesday, 21st January, 2020, at 2:00pm in the Council Chamber, Brook.');
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Hale', 'present'],
      ['Ben Rowe', 'present'],
      ['Dan Hill', 'secretariat'],
      ['Cara Lind', 'apologies'],
    ]);
  });
});

describe('a board\'s list', () => {
  it('is headed "Board Meeting Attendees:" over numbered names with their posts', () => {
    const { attendees } = minutes(['Board of Directors Meeting', '', '6 February 2013', '', 'Board Meeting Attendees:', '', '  1. Ann Hale – President', '  2. Ben Rowe – Treasurer', '  3. Cara Lind – Board Member', '', 'Agenda Items:', '', '  1. Call to Order', '  2. Treasurer’s Report']);
    expect(attendees.map((a) => [a.name, a.attendance, a.role])).toEqual([
      ['Ann Hale', 'present', 'President'],
      ['Ben Rowe', 'present', 'Treasurer'],
      ['Cara Lind', 'present', 'Board Member'],
    ]);
  });
});

describe('a list of those present with no heading', () => {
  it('is a bulleted block of names and posts above "Apologies:" with its names on the label\'s line', () => {
    const { attendees } = minutes([
      'PPG: Meeting Minutes Executive Board October 2022',
      '',
      '  • Ann H – Treasurer',
      '  • Ben R – Secretary',
      '  • Cara L – Committee Member',
      '',
      'Apologies: Dan M – Chair',
      '',
      '1. Minutes of Last Meeting',
      'Were not reviewed.',
    ]);
    expect(attendees.map((a) => [a.name, a.attendance, a.role])).toEqual([
      ['Ann H', 'present', 'Treasurer'],
      ['Ben R', 'present', 'Secretary'],
      ['Cara L', 'present', 'Committee Member'],
      ['Dan M', 'apologies', 'Chair'],
    ]);
  });
});

describe('a template\'s field naming the meeting', () => {
  it('gives the title without its label or the date after it ("Name and date of meeting: Brook Workgroup, 2023-09-20")', () => {
    const m = minutes(['# Week 34', '', '### Brook Workgroup', '', 'Name and date of meeting: Brook Workgroup, 2023-09-20', 'People present: Ann Hale, Ben Rowe', 'Purpose: planning', '', 'Agenda item - Budget', 'Decision: approved']);
    expect(m.title).toBe('Brook Workgroup');
    expect(m.date).toBe('2023-09-20');
  });
});

// Minutes of government advisory committees and public bodies' boards (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

describe('an action list captioned with the topic it belongs to', () => {
  const lines = [
    '---',
    'title: 2021-03-04 Tidal Data Panel Meeting',
    '---',
    '',
    'The panel looked at two proposals.',
    '',
    '## Station codes',
    '',
    'The panel discussed the station code proposal.',
    '',
    '### Actions noted for station codes:',
    '',
    '1. Ada Finch to check the list against the harbour register',
    '2. Ben Rowe to write up the naming rules',
    '',
    '## Tide gauges',
    '',
    'The panel discussed the gauge proposal.',
    '',
    '### Action points for tide gauges',
    '',
    '1. Cara Lind to ask the port authority for the gauge readings',
    '',
    '## Attendees',
    '',
    '* Ada Finch, Harbour Office',
    '* Ben Rowe, Coastal Agency',
    '* Cara Lind, Port Trust',
  ];

  it('reads "Actions noted for station codes" and "Action points for tide gauges" as action list captions', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ada Finch to check the list against the harbour register', ['Ada Finch']],
      ['Ben Rowe to write up the naming rules', ['Ben Rowe']],
      ['Cara Lind to ask the port authority for the gauge readings', ['Cara Lind']],
    ]);
  });
});

describe('how someone took part, written after their organisation without brackets', () => {
  const lines = ['# 2022-06-01 Tidal Data Board', '', '## Attendees', '', '* Ada Finch (Harbour Office) via video conf', '* Ben Rowe (Coastal Agency)  via phone', '* Cara Lind (Port Trust)', '', '## 1. Welcome', '', 'The members introduced themselves.'];

  it('is no part of the organisation', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Harbour Office'],
      ['present', 'Ben Rowe', 'Coastal Agency'],
      ['present', 'Cara Lind', 'Port Trust'],
    ]);
  });
});

describe('the member who stood in as chair, said in the text of the first item', () => {
  it('chairs the meeting', () => {
    const lines = ['# 2022-06-01 Tidal Data Board', '', '## Attendees', '', '* Ada Finch (Harbour Office)', '* Ben Rowe (Coastal Agency)', '', '### 1. Introductions', 'Ben Rowe, standing in as chair, welcomed the members to the meeting.'];
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ben Rowe']);
  });
});

describe('a page titled by its date and the name of the body alone', () => {
  it('names the body after the date', () => {
    expect(minutes(['---', 'title: 2014-10-06 Tidal Data Board', '---', '', 'The Board met to consider two proposals.']).body).toBe('Tidal Data Board');
  });

  it('still names no body when the rest is no body\'s name', () => {
    expect(minutes(['---', 'title: 2014-10-06 Notes', '---', '', 'The Board met to consider two proposals.']).body).toBeNull();
  });
});

describe('points under an action no one owns', () => {
  const lines = [
    '# Tidal Data Board',
    'June 3, 2019',
    '',
    '## 1. Roundtable',
    '* Members shared news from their offices.',
    '',
    '## Action items',
    '* Review the themes for the harbour summit',
    '  * How can the ports take part',
    '  * Which datasets to show',
    '* Send comments on the roadmap to the secretariat',
  ];

  it('are points of that action, not actions', () => {
    expect(minutes(lines).actions.map((a) => a.text)).toEqual(['Review the themes for the harbour summit', 'Send comments on the roadmap to the secretariat']);
  });

  it('are still actions under a topic label', () => {
    const labelled = [...lines.slice(0, 7), '* Website:', '  * Fix the broken links on the data page', '  * Add the new station list', '* Send comments on the roadmap to the secretariat'];
    expect(minutes(labelled).actions.map((a) => a.text)).toEqual(['Website:', 'Fix the broken links on the data page', 'Add the new station list', 'Send comments on the roadmap to the secretariat']);
  });
});

describe('"Attendees" with no colon over a bulleted list in the first item, after the agenda', () => {
  const lines = [
    '# Tidal Data Advisory Board',
    'November 21, 2018, 9am-10:30am',
    '',
    '## Agenda',
    '1. Welcome',
    '2. Station codes',
    '3. Roundtable',
    '',
    '## 1. Introduction',
    'Attendees',
    '* Ada Finch, Harbour Office',
    '* Ben Rowe,',
    '* Cara Lind, Port Trust',
    '',
    '## 2. Station codes',
    '* The board discussed the codes and agreed to publish them.',
    '',
    '## 3. Roundtable',
    '* The harbour office will host the next meeting.',
  ];

  it('heads the list of those present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Harbour Office'],
      ['present', 'Ben Rowe', null],
      ['present', 'Cara Lind', 'Port Trust'],
    ]);
  });

  it('is no list over lines that are not bullets', () => {
    const prose = [...lines.slice(0, 10), 'Ada Finch opened the meeting and thanked the harbour office for hosting it.', ...lines.slice(13)];
    expect(minutes(prose).attendees).toEqual([]);
  });
});

describe('"Attendees" after a list headed "Members"', () => {
  const lines = [
    'Minutes of a public meeting of the Tidal Data Board held on Thursday 7 March 2024',
    '',
    'Members',
    '',
    '  • Ada Finch, Chair',
    '  • Ben Rowe, Non-Executive Director',
    '',
    'Attendees',
    '',
    '  • Cara Lind, Director of Data',
    '  • Dan Moss, Board Secretary',
    '',
    '1. Welcome',
    '',
    '1.1 The Chair welcomed everyone to the meeting.',
  ];

  it('are in attendance beside the members', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null],
      ['present', 'Ben Rowe', 'Non-Executive Director'],
      ['in-attendance', 'Cara Lind', 'Director of Data'],
      ['in-attendance', 'Dan Moss', 'Board Secretary'],
    ]);
  });

  it('are those present when no members list comes first', () => {
    expect(people(lines.slice(0, 2).concat(lines.slice(7))).map((p) => p[0])).toEqual(['present', 'present']);
  });
});

describe('a list of members with surnames in capitals, its "Present" label lost, then lists for single items', () => {
  const lines = [
    'Confirmed Minutes of the 12th Meeting of the Tidal Advisory Council held on 3 October 2001 at 2:30 p.m.',
    '',
    '',
    'Mr. Daniel M. C. TANG  ',
    'Prof. Anne HOLT  ',
    'Dr. LAU Kin-wah  ',
    'Ms. Jo K. WONG (Secretary)  ',
    '',
    'Absent with Apologies:',
    'Mr. Ben COOK',
    '',
    'In Attendance:',
    '',
    'Mrs. Ida Yam, Director of Marine Services',
    '',
    'In Attendance for Agenda Item 3',
    '',
    'Mr. Raymond Chiu, Assistant Director of Ports',
    '',
    '1. Confirmation of the minutes',
    'The minutes were confirmed.',
  ];

  it('reads the capitals after a middle initial as the surname', () => {
    expect(people(lines).slice(0, 4)).toEqual([
      ['present', 'Daniel M. C. TANG', null],
      ['present', 'Anne HOLT', null],
      ['present', 'LAU Kin-wah', null],
      ['present', 'Jo K. WONG', 'Secretary'],
    ]);
  });

  it('reads "In Attendance for Agenda Item 3" as a list of those in attendance', () => {
    expect(people(lines).slice(4).map((p) => [p[0], p[1]])).toEqual([
      ['apologies', 'Ben COOK'],
      ['in-attendance', 'Ida Yam'],
      ['in-attendance', 'Raymond Chiu'],
    ]);
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Confirmation of the minutes']);
  });

  it('still reads capitals after a full name as an acronym', () => {
    expect(people(['Minutes of the Tidal Forum, 3 May 2019', '', 'Present:', 'Simin Azimi MRAP', 'Jo Finch GLA', '', '1. Welcome', 'Hello.'])[0]).toEqual(['present', 'Simin Azimi', 'MRAP']);
  });
});

describe("a licensing board's rosters, credentials between each name and post", () => {
  const lines = [
    'The Tidal State Board of Examiners of Harbour Pilots met in Conference Room 4, 12 Quay Street, Port Ada.',
    '',
    'WEDNESDAY, August 18, 2010',
    '',
    'MEMBERS PRESENT:',
    '     Ada Finch, RN, NHA, President',
    '     Ben Rowe, LPN, CPUR, CCDS, Vice President',
    '     Cara “Kit” Lind, LPN',
    '     Dan Moss, Consumer Member',
    '',
    'MEMBERS ABSENT:',
    '     Eve Hale, Consumer Member',
    '',
    '       Ms. Rowe called the meeting to order at 9:10 a.m.',
    '',
    'BOARD MINUTES',
    '',
    '       Ms. Moss moved to accept the minutes. The motion carried.',
  ];

  it('reads the credentials as no part of the post', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'President'],
      ['present', 'Ben Rowe', 'Vice President'],
      ['present', 'Cara “Kit” Lind', null],
      ['present', 'Dan Moss', 'Consumer Member'],
      ['apologies', 'Eve Hale', 'Consumer Member'],
    ]);
  });

  it('keeps an organisation named by letters that are no credential', () => {
    expect(people(['Minutes of the Tidal Forum, 3 May 2019', '', 'Present:', 'Jo Finch, MPA', 'Al Reed, GLA, Policy Officer', '', '1. Welcome', 'Hello.'])).toEqual([
      ['present', 'Jo Finch', 'MPA'],
      ['present', 'Al Reed', 'Policy Officer'],
    ]);
  });
});

describe("a title line that runs on into the header table's fields", () => {
  const lines = ['Tidal Board of Harbour Pilots Public Meeting Minutes Date: January 19, 2011 Name Title', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', 'Ada Finch opened the meeting.'];

  it('ends at the first field', () => {
    expect(minutes(lines).title).toBe('Tidal Board of Harbour Pilots Public Meeting Minutes');
  });

  it('names the body without the kind of meeting', () => {
    expect(minutes(lines).body).toBe('Tidal Board of Harbour Pilots');
  });

  it('keeps a front matter flattened onto the line, whose keys are in lower case', () => {
    expect(minutes(['--- title: "Tidal Board - May" date: "2016-10-25" --- MINUTES OF THE TIDAL BOARD HELD AT THE HARBOUR OFFICE', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', 'Hello.']).title).toContain('HARBOUR OFFICE');
  });
});

describe('a title naming a city council by its kind alone', () => {
  it('names no body', () => {
    expect(minutes(['REGULAR CITY COUNCIL MEETING MINUTES Date: January 4, 1999', '', 'Present: Mayor Ada Finch, Councilmember Ben Rowe', '', '1. Call to order', 'The mayor called the meeting to order.']).body).toBeNull();
  });
});

describe('minutes flattened into one paragraph after the reference of the next meeting\'s papers', () => {
  const lines = [
    'Tidal Agency 12th Management Board Doc. TA/MB/12/02-final 24 June 2015 MINUTES OF THE 11th MANAGEMENT BOARD MEETING 18 March 2015 Approved by the Chair of the Management Board on 24 June 2015 Record of proceedings: The Chair, Ada Finch, opened the meeting. Item A1 Adoption of draft agenda The Board adopted the agenda.',
  ];

  it('are dated by the date after the meeting the minutes name', () => {
    expect(minutes(lines).date).toBe('2015-03-18');
  });

  it('keep the first date where no minutes name a meeting before it', () => {
    expect(minutes(['Tidal Agency Board 24 June 2015 Record of proceedings 18 March 2015: The Chair, Ada Finch, opened the meeting.']).date).toBe('2015-06-24');
  });
});

describe('a peer named by title and surname in the sentence of apologies', () => {
  it('is one of those who sent apologies', () => {
    const lines = ['Minutes of a public meeting of the Tidal Board held on Thursday 7 March 2024', '', 'Members', '', '  • Ada Finch, Chair', '  • Ben Rowe, Non-Executive Director', '', '1. Welcome', '', 'Apologies for absence', '', '1.2 Apologies for absence were received from Cara Lind (Deputy Chair) and Professor the Baroness Moss (Non-Executive Director).'];
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => [a.honorific, a.name])).toEqual([
      [null, 'Cara Lind'],
      ['Professor the Baroness', 'Moss'],
    ]);
  });
});

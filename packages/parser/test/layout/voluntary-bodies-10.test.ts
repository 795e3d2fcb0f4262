// Minutes of hackspaces, co-operatives and charities' trustee boards kept in git as markdown or
// reStructuredText. Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const attendance = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.attendance]);

describe('a roll call opening the minutes', () => {
  it('reads the names called after the label', () => {
    const { minutes } = parseLines([
      'Board Meeting 2019-03-04',
      '========================',
      'Roll Call: Ada, Bo, Cyril',
      '',
      'Bylaws/procedure update',
      '  - The shelves are up',
      '',
      'Upcoming events',
      '  - Open night on Friday',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada', 'present'],
      ['Bo', 'present'],
      ['Cyril', 'present'],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Bylaws/procedure update', 'Upcoming events']);
  });

  it('reads the lists under a "Roll Call" heading, those online among those present', () => {
    expect(
      attendance(['# Roll Call', '**In Person:** Ada R, Bo', '**Guests:** ', '**Online?:** Cyril, Dee', '# Treasurer (Ada R)', '- Bins bought', '# Tools', '- Drill fixed', '# Other', '- Chairs']),
    ).toEqual([
      ['Ada R', 'present'],
      ['Bo', 'present'],
      ['Cyril', 'present'],
      ['Dee', 'present'],
    ]);
  });

  it('leaves a roll call inside a topic to the topic', () => {
    const names = attendance([
      '# Makers Meeting 2019-03-04',
      '',
      '## Present',
      '* Ada Finch (Makers)',
      '* Bo Lind (Makers)',
      '',
      '## Minutes',
      '',
      '### Summer fair stall',
      'Roll call:  Ada, Bo, Cyril',
      '',
      '### Website',
      'Bo will draft the page.',
    ]).map(([name]) => name);
    expect(names).toEqual(['Ada Finch', 'Bo Lind']);
  });
});

describe('sections written as top-level headings', () => {
  it('reads them as the topics, their sub-headings inside them', () => {
    const { minutes } = parseLines([
      '# Roll Call',
      '**In Person:** Ada R, Bo, Cyril',
      '# Public Relations (Ada R)',
      '- Gallery night on the 21st',
      '# Treasurer (Bo L)',
      '- 1,200.00 in the account',
      '# Maintenance Log',
      '- Review the whiteboard',
      '# Potpourri',
      '- The kettle broke again',
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Public Relations (Ada R)', 'Treasurer (Bo L)', 'Maintenance Log', 'Potpourri']);
  });

  it('keeps the title heading out of them', () => {
    const { minutes } = parseLines(['# Members meeting minutes 2019-03-04', '# Treasurer', '- Bins were bought', '# Tools', '- The drill was fixed', '# Kitchen', '- The chairs were mended']);
    expect(minutes.title).toBe('Members meeting minutes 2019-03-04');
    expect(minutes.items.map((i) => i.title)).toEqual(['Treasurer', 'Tools', 'Kitchen']);
  });
});

describe("a charity's general meeting in reStructuredText", () => {
  const { minutes } = parseLines([
    'General Meeting 16:00 04-Dec-2021',
    '=================================',
    '',
    'A virtual meeting held online and chaired by Dee Moss.',
    '',
    'Trustees Present',
    '----------------',
    'Ada Finch, Bo Lind, Dee Moss',
    '',
    'Apologies',
    '---------',
    'Cyril Kerr, Eve Hale, Al Moss',
    '',
    'Quorum',
    '------',
    'The meeting was quorate at 16:15.',
    '',
    'Trustees',
    '--------',
    'Cyril Kerr and Eve Hale, as the longest serving trustees, retired according to the constitution.',
  ]);

  it('marks the chair the opening sentence names', () => {
    expect(minutes.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Dee Moss']);
  });

  it('reads the trustees section as a topic, not a list of those present', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Bo Lind', 'present'],
      ['Dee Moss', 'present'],
      ['Cyril Kerr', 'apologies'],
      ['Eve Hale', 'apologies'],
      ['Al Moss', 'apologies'],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Quorum', 'Trustees']);
  });
});

describe("a hackspace committee's wiki page", () => {
  const { minutes } = parseLines([
    '# Committee Meeting 2016.11.09',
    '',
    '## Minutes',
    '',
    '### Members Present',
    '',
    '-   Present: AF BL CK HRF',
    '-   Apologies: J-M, Tom',
    '-   Absent:',
    '-   Observing: Mitch',
    '',
    '### Correspondence',
    '',
    'A letter from the council about parking.',
    '',
    '### ACTION items',
    '',
    'ACTION (AF) - Minutes posted to list - DONE',
    '',
    'ACTION (ALL) - read the terms of reference (DONE)',
    '',
    'ACTION (BL) to answer the council.',
    '',
    'ACTION (CK?) - First aid kit status (catalog and advise)',
  ]);

  it('reads initials parted by spaces, a hyphenated nickname and the observers', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance])).toEqual([
      ['AF', 'AF', 'present'],
      ['BL', 'BL', 'present'],
      ['CK', 'CK', 'present'],
      ['HRF', 'HRF', 'present'],
      ['J-M', null, 'apologies'],
      ['Tom', null, 'apologies'],
      ['Mitch', null, 'in-attendance'],
    ]);
  });

  it('reads the owners in brackets: not a status, an unsure owner as that owner', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Minutes posted to list - DONE', ['AF']],
      ['read the terms of reference (DONE)', ['ALL']],
      ['to answer the council.', ['BL']],
      ['First aid kit status (catalog and advise)', ['CK']],
    ]);
  });
});

describe('minutes written as one outline of bullets, no topic read', () => {
  const { minutes } = parseLines([
    '-   Meeting open: 13:12',
    '-   Present: Dan H (acting chair), Nina B (secretary), Mia K, Tom G',
    '-   Apologies: Ann L',
    '',
    '-   Treasurer:',
    '    -   Insurance is due',
    '    -   ACTION: DH email Ann about the toolroom',
    '-   Previous ACTION items',
    '-   ACTION: Tom: order the lathe belt',
    '-   ACTION: NB: ask the club about the fans',
    '-   Meeting closed: 14:10',
  ]);

  it('reads the labelled actions, owners among the initials the roster gives', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['DH email Ann about the toolroom', ['DH']],
      ['order the lathe belt', ['Tom']],
      ['ask the club about the fans', ['NB']],
    ]);
  });
});

describe('given names on the line under a roll call heading', () => {
  it('reads them as those present, three or more with no bracket', () => {
    expect(attendance(['Roll Call', '=========', 'Andrew, Jeff, Phil, Tomo', '', 'Officer Reports', '===============', '- Treasurer', '  - Rent paid'])).toEqual([
      ['Andrew', 'present'],
      ['Jeff', 'present'],
      ['Phil', 'present'],
      ['Tomo', 'present'],
    ]);
  });
});

describe('"Roll Call" as an entry of an agenda', () => {
  it('opens no list: the entries after it are the agenda\'s', () => {
    const lines = ['# Brook WG Minutes', '## 1 Mar 2023', '# Agenda', '- Roll Call', '- Brief Notices', '- Announcements', '', '# Roll Call', '## Attended this meeting', '- Ada Finch – Acme'];
    expect(attendance(lines)).toEqual([['Ada Finch', 'present']]);
  });
});

describe("a co-op's meeting notes from a template", () => {
  const { minutes } = parseLines([
    '# 2019-12-17 Acorn Worker Co-op: Finance Meeting',
    '',
    'Time:       Tue, Dec 17, 2019 @ 4:30pm  ',
    'Attending:  Ada Finch, Bo Lind, Cy Moss  ',
    'Notetaker:  Bo Lind  ',
    '',
    '| Item                  | Time (min) |',
    '|:----------------------|-----------:|',
    '| [Checkins](#Checkins) |          5 |',
    '| [Payroll](#Payroll)   |         20 |',
    '',
    '### Payroll',
    '',
    '- new account opened',
    '    - first run in January',
    '',
    '### Action Items for Cultivator',
    '',
    '- [x] Publish meeting notes to the wiki',
    '- [ ] Ada: ask the bookkeeper about holiday pay',
  ]);

  it('ends the lists at the agenda table', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Bo Lind', 'present'],
      ['Cy Moss', 'present'],
      ['Bo Lind', 'secretariat'],
    ]);
  });

  it('reads the list of actions for the facilitator, no topic', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Payroll']);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Publish meeting notes to the wiki', []],
      ['ask the bookkeeper about holiday pay', ['Ada']],
    ]);
  });
});

describe('topic headings that carry the agenda time', () => {
  it('leaves the time out of the title', () => {
    const { minutes } = parseLines([
      '## Plenum 2015-01-15 Agenda/Minutes',
      '',
      '- Present: Roland, Luther, Valentine',
      '',
      '### 20:30 Finances',
      '- Update on the accounts.',
      '',
      '### 20:45 Website',
      '- The new page is live.',
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Finances', 'Website']);
  });
});

// Minutes of clubs, makerspaces and steering groups kept as markdown pages: meeting facts as
// bulleted fields, actions written "ACTION Name - task" or listed under an "Action summary",
// and action logs as markdown tables. Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('meeting facts as bulleted fields', () => {
  const { minutes } = parseLines([
    '### Committee meeting for Larch Makerspace 12 May 2014',
    '',
    '-   Location: Larch Makerspace',
    '-   Meeting Opened: 13.30',
    '-   Next Meeting: Saturday 2014-06-14-1400',
    '',
    '#### Members present',
    '',
    '-   Present: Ann, Bob, Cy',
    '-   Apologies: Dee',
    '',
    '#### Treasurer Report',
    '',
    '-   Balance is fine.',
    '',
    '#### Meeting Closed',
    '',
    '14:20 pm',
  ]);

  it('reads the title from the heading, not from the next meeting field', () => {
    expect(minutes.title).toBe('Committee meeting for Larch Makerspace 12 May 2014');
    expect(minutes.body).toBeNull();
  });

  it('reads the venue and the times from the fields, the closing time below its label', () => {
    expect([minutes.venue, minutes.start, minutes.end]).toEqual(['Larch Makerspace', '13:30', '14:20']);
  });
});

describe('start and end fields below the roster', () => {
  it('gives the meeting its times', () => {
    const { minutes } = parseLines([
      '# AGM Minutes 2019-03-02',
      '',
      'Attendees:',
      '',
      '- Ann Bell',
      '- Cy Dunn',
      '',
      'Chairperson: Ann Bell',
      '',
      'Start Time: 13:02',
      '',
      'End Time: 1:34 pm',
      '',
      '## Previous AGM Minutes',
      '',
      '- Accepted.',
    ]);
    expect([minutes.start, minutes.end]).toEqual(['13:02', '13:34']);
  });
});

describe('actions of a makerspace committee', () => {
  const { minutes } = parseLines([
    '# Committee meeting 12 May 2014',
    '',
    'Present: Ann, Bob, Cy',
    '',
    '## Treasurer Report',
    '',
    '-   Balance is fine.',
    '-   ACTION Bob - update the price list.',
    '-   Q: Did the plumber get paid? Not yet: ACTION: Cy',
    '',
    '## Previous action items',
    '',
    '-   Ann: renew the domain - done',
    '',
    '## Action summary',
    '',
    '-   everyone sign up to the wiki',
    '-   ACTION: Cy: pay the plumber',
    '-   FIXME: Bob, please list the new members',
  ]);

  it('reads a label in capitals without its colon, and the owner before a dash or colon', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['update the price list.', ['Bob']],
      ['renew the domain - done', ['Ann']],
      ['everyone sign up to the wiki', []],
      ['pay the plumber', ['Cy']],
      ['FIXME: Bob, please list the new members', []],
    ]);
  });
});

describe('an action label in running text followed by its owner and a dash', () => {
  it('takes the sentence after the dash as the task', () => {
    const { minutes } = parseLines([
      '# Larch Technical Committee',
      '',
      'Present: Ann Bell (AB), Cy Dunn (CD)',
      '',
      '1. **Development tasks**',
      '',
      '\t1. AB - Everyone should review the release.',
      '\t2. REF-7:Action: All - review the release and report issues.',
      '\t3. REF-8:Action: CD - Add a task for this review.',
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['review the release and report issues.', ['All']],
      ['Add a task for this review.', ['CD']],
    ]);
  });
});

describe('a markdown action log with a responsibility column', () => {
  it('reads each row, its dotted number and its owner', () => {
    const { minutes } = parseLines([
      '# Larch Steering Group Meeting #3',
      '',
      'Attendance',
      '',
      '- Ann Bell (AB), Larch Labs',
      '- Cy Dunn (CD), Oak Works',
      '',
      '1\\. Actions of the previous meeting',
      '',
      '| No.   | Detail                                 | Resp. | Status   |',
      '| ----- | -------------------------------------- | ----- | -------- |',
      '| 2.1   | Add the terms of reference to the site |  AB   |  Done    |',
      '| 2.10  | Update the terms                       | CD    | Not Done |',
    ]);
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners, a.status])).toEqual([
      ['2.1', 'Add the terms of reference to the site', ['AB'], 'Done'],
      ['2.10', 'Update the terms', ['CD'], 'Not Done'],
    ]);
  });
});

describe('a roster of a person a bullet, described with commas', () => {
  const { minutes } = parseLines([
    '# Larch Steering Group Meeting #3',
    '',
    'Attendance',
    '',
    '- Steve Fisk (SF), Larch Labs, Scientific Computing',
    '- Andy Gold (AG), Oak Works',
    '',
    'Apologies',
    '',
    '- Rolf Kern, Elm Institute',
    '- Brian Mole, Larch Labs, Scientific Computing',
    '',
    '1\\. Welcome',
    'AG welcomed those present.',
  ]);

  it('reads the parts after the initials, and after the name of the one long bullet, as the description', () => {
    expect(minutes.attendees.map((a) => [a.attendance, a.name, a.initials, a.organisation])).toEqual([
      ['present', 'Steve Fisk', 'SF', 'Larch Labs, Scientific Computing'],
      ['present', 'Andy Gold', 'AG', 'Oak Works'],
      ['apologies', 'Rolf Kern', null, 'Elm Institute'],
      ['apologies', 'Brian Mole', null, 'Larch Labs, Scientific Computing'],
    ]);
  });
});

describe('participants listed as initials, a dash, the name and the organisation', () => {
  it('reads one person a bullet', () => {
    const { minutes } = parseLines([
      '# Larch Technical Committee 2016 December',
      '',
      '1. **AOB**',
      '',
      '\t1. OL - Nothing.',
      '',
      '#### Participants',
      '',
      '- WQ - Wei Qu, Bureau of Weather, Larchland [BoW], Chair',
      '- OL - Okki Lim, Oak Weather Administration, Republic of Oak [OWA]',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.chair])).toEqual([
      ['Wei Qu', 'WQ', true],
      ['Okki Lim', 'OL', false],
    ]);
  });
});

describe('given names as a society lists its members', () => {
  it('reads a bulleted list of given names, some with the initial of the surname', () => {
    const { minutes } = parseLines([
      '+++',
      'title="Term 1 Meeting Minutes with the Department (04/10/2023)"',
      '+++',
      '',
      '## Attendance',
      '- Lea',
      '- Alex D.',
      '- Mat',
      '- Josh R.',
      '',
      '## AGENDA I: Introductions',
      '- Hello.',
    ]);
    expect(minutes.title).toBe('Term 1 Meeting Minutes with the Department (04/10/2023)');
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Lea', 'Alex D', 'Mat', 'Josh R']);
  });

  it('reads a heading list wrapped onto the next line, with a full name among the given names', () => {
    const { minutes } = parseLines([
      '## Time and Location',
      '',
      'January 10, 2015',
      '',
      'Members Present: Enrique, Katie, Pat,',
      'Phil Stewart, Hunter, Mirage',
      '',
      '## Approval of Minutes',
      '',
      'Approved.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Enrique', 'Katie', 'Pat', 'Phil Stewart', 'Hunter', 'Mirage']);
  });
});

describe('a chair field below the list', () => {
  it('marks the listed person as chair, not a second record', () => {
    const { minutes } = parseLines([
      '# AGM Minutes 2019-03-02',
      '',
      'Attendees (ordinary Members):',
      '',
      '- Ann Bell',
      '- Cy Dunn',
      '',
      'Chairperson: Cy Dunn',
      '',
      '## Previous AGM Minutes',
      '',
      '- Accepted.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.chair])).toEqual([
      ['Ann Bell', false],
      ['Cy Dunn', true],
    ]);
  });
});

describe('a board meeting of a makerspace', () => {
  const { minutes } = parseLines([
    '## 2023-11-06 Board Meeting',
    '',
    'Minutes recorded by: **Ada Finch**',
    '',
    'Directors in attendance: **Ben Ode, Cal Reyes, Ada Finch**',
    '',
    'Also in attendance: **Dee Marsh**',
    '',
    'Directors not in attendance: **Eve Lund, Fay Moss**',
    '',
    '---',
    '',
    'Ben called this meeting to pass the bylaws.',
  ]);

  it('reads the minute taker, those present and in attendance, and the directors not in attendance as apologies', () => {
    expect(minutes.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['secretariat', 'Ada Finch'],
      ['present', 'Ben Ode'],
      ['present', 'Cal Reyes'],
      ['present', 'Ada Finch'],
      ['in-attendance', 'Dee Marsh'],
      ['apologies', 'Eve Lund'],
      ['apologies', 'Fay Moss'],
    ]);
  });
});

describe('pages converted by pandoc', () => {
  it('reads a list mark padded to the tab stop as a bullet, not a cell', () => {
    const { minutes } = parseLines(['# Minutes of LLUG AGM 2022 - 23 January 2022', '', '## Present:', '', '-   Rod Alder', '-   Ian Stone', '', '## Meeting:', '', 'Opened at 7:52 pm.']);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Rod Alder', null],
      ['Ian Stone', null],
    ]);
  });

  it('dates a title written with points between year, month and day', () => {
    expect(parseLines(['# Committee Meeting 2012.06.02', '', '### Members Present', '', '-   Nick Bell (NB)', '-   Pat Dunn (PD)']).minutes.date).toBe('2012-06-02');
  });

  it('reads a bulleted list of given names with a full name among them', () => {
    const { minutes } = parseLines(['# Minutes', '', '## Attendance', '- Josh', '- Edward O\'D', '- Jakub', '', '## Agenda I: Budgets', '- Fine.']);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Josh', "Edward O'D", 'Jakub']);
  });
});

describe('numbered actions of a steering group', () => {
  const { minutes } = parseLines([
    '# Larch Steering Group Meeting #5',
    '',
    'Attendance',
    '',
    '- Ann Bell (AB), Larch Labs (Chair)',
    '- Cy Dunn (CD), Oak Works',
    '',
    '1\\. **Review of actions**',
    '',
    '| No. | Detail                 | Resp. | Status    | Notes          |',
    '| --- | ---------------------- | ----- | --------- | -------------- |',
    '| 4.1 | Confirm the membership | CD    | Completed |',
    '| 4.2 | Update the terms       | AB    | Ongoing   | Due in June    |',
    '',
    '2\\. **Website**',
    '',
    '**ACTION 5.1:** Produce the guidelines (AB)',
    '',
    '**ACTION 5.2** Review the settings (AB & CD)',
    '',
    '**New Actions**',
    '',
    '| **No** | **Description**          | **Resp** |',
    '| ------ | ------------------------ | -------- |',
    '| 5.3    | Write the release notes  | CD       |',
  ]);

  it('keeps a markdown row in its columns when its last cells are empty, and reads a Description column', () => {
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['4.1', 'Confirm the membership', ['CD']],
      ['4.2', 'Update the terms', ['AB']],
      ['5.1', 'Produce the guidelines', ['AB']],
      ['5.2', 'Review the settings', ['AB', 'CD']],
      ['5.3', 'Write the release notes', ['CD']],
    ]);
  });
});

describe('headings of a hackerspace meeting page', () => {
  const { minutes } = parseLines([
    '## Time and Location {#time_and_location}',
    '',
    'January 10, 2015',
    '',
    'Meeting called to order at 3:13 by Ben.',
    '',
    'Members Present: Enrique, Katie, Pat',
    '',
    '## Approval of Previous Meeting\'s Minutes {#approval_of_previous_meetings_minutes}',
    '',
    'Approved.',
    '',
    '## Item 2: Old Business',
    '',
    'None.',
  ]);

  it('takes no sentence about the meeting as its title, and drops the identifiers after headings', () => {
    expect(minutes.title).toBeNull();
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      [null, "Approval of Previous Meeting's Minutes"],
      ['2', 'Old Business'],
    ]);
  });
});

describe('an AGM page that heads its sections with what happened', () => {
  it('ends the meeting at the 24-hour time its closing heading gives', () => {
    const { minutes } = parseLines([
      '# LLUG Annual General Meeting 2023 Minutes',
      '',
      '* Time: Tuesday 10th January 2023 at 7:00 PM',
      '',
      '## 0. Meeting Opened at 19:03 by Pat',
      '### Attendance',
      '- Ann Bell',
      '- Cy Dunn',
      '',
      '## 1. Confirmation of the minutes',
      '* Passed.',
      '',
      '## 2. Meeting Closed at 19:34 by Pat',
    ]);
    // (Opened three minutes after the time the page gives: the meeting began then.)
    expect([minutes.start, minutes.end]).toEqual(['19:03', '19:34']);
  });
});

describe('meeting facts as a definition list', () => {
  it('reads the lists after the definition marks', () => {
    const { minutes } = parseLines([
      '## Time and Location {#time_and_location}',
      '',
      ':   Date 10 September 2018',
      ':   Called to order at 7:40 pm by Karen',
      ':   Members present: Karen, Kevin, Bobby',
      ':   Others present: Dave',
      '',
      '## Recognition',
      '',
      'Thanks to Kevin.',
    ]);
    expect(minutes.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Karen'],
      ['present', 'Kevin'],
      ['present', 'Bobby'],
      ['in-attendance', 'Dave'],
    ]);
  });

  it('takes no defined term for a title', () => {
    const { minutes } = parseLines([
      '## Purpose',
      '',
      ':   At the annual meeting, the voting members shall elect the Board of',
      '    Directors.',
      '',
      'Members Present: Karen, Kevin',
      '',
      '## Recognition',
      '',
      'Thanks.',
    ]);
    expect(minutes.title).toBeNull();
  });
});

describe('the kind of general meeting after the body', () => {
  it('is no part of the body', () => {
    expect(parseLines(['# Larch Club Annual General Meeting 2023', '', 'Present: Ann Bell, Cy Dunn']).minutes.body).toBe('Larch Club');
  });
});

describe('a plenum of a hackerspace', () => {
  it('reads initials a member goes by among given names', () => {
    const { minutes } = parseLines(['## Plenum 2014-06-12 Agenda/Minutes', '', '- Present: Gibson, Will Myers, LJ, Valentine', '', '### 20:30 Finances', '', '- Fine.']);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Gibson', 'Will Myers', 'LJ', 'Valentine']);
  });
});

describe('a sentence about the body under the title', () => {
  const body = (line: string) =>
    parseLines(['# AGM Minutes 2019-09-14', '', line, '', '## Attendees', '', '- Ada Finch', '- Tom Reed', '- Ivy Jones', '', '## 1. Minutes of the last AGM', '', 'Confirmed.']).minutes.body;

  it('is not read as the name of the body', () => {
    expect(body('AGM held under [Part 6 of the Association rules](https://example.org/rules)')).toBeNull();
  });

  it('leaves a line that names the body alone read as the body', () => {
    expect(body('Larchford Model Railway Association')).toBe('Larchford Model Railway Association');
  });
});

describe('a sentence about the meeting that the page width cut', () => {
  it('is no title, read whole across the cut', () => {
    const { minutes } = parseLines([
      '## Purpose',
      '',
      'This meeting will also serve as the monthly meeting for the month of',
      'March.',
      '',
      '## Attendees',
      '',
      '- Ada Finch',
      '- Tom Reed',
      '- Ivy Jones',
      '',
      '## 1. Minutes of the last meeting',
      '',
      'Approved.',
    ]);
    expect(minutes.title).toBeNull();
  });
});

// Partnership boards, panels and forums: apologies sentences with initials and a stand-in who observed,
// the list of those present inside the first item, couples sharing a surname, a given name alone among
// "Name (Organisation)" lines, and "Action" lines with no colon.
import { describe, expect, it } from 'vitest';
import { actionFacts, parseLines } from './build.js';

const attendance = (attendees: { name: string; attendance: string; honorific: string | null; substituteFor: string | null }[]) =>
  attendees.map((a) => [a.name, a.attendance, a.honorific, a.substituteFor]);

describe('apologies sentences on a committee page', () => {
  it('reads names with initials past their full stops (the plural title written once, for each of the list)', () => {
    const { minutes } = parseLines([
      'Northbridge Police and Crime Panel - Thursday, 3rd May, 2018 10.30 am',
      '',
      '1.',
      '',
      'APOLOGIES FOR ABSENCE',
      '',
      'Minutes:',
      '',
      'Apologies for absence were received from Councillors A. Finch (Larchford Council), B. Poe (Elmbury Council) and C. Dunn (Elmbury Council).',
      '',
      '2.',
      '',
      'DECLARATIONS OF INTEREST',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.honorific, a.organisation, a.attendance])).toEqual([
      ['A. Finch', 'Councillor', 'Larchford Council', 'apologies'],
      ['B. Poe', 'Councillor', 'Elmbury Council', 'apologies'],
      ['C. Dunn', 'Councillor', 'Elmbury Council', 'apologies'],
    ]);
  });

  it('reads apologies "presented from" a list, with the member observing in an absent one\'s place', () => {
    const { minutes } = parseLines([
      'Northbridge Enterprise Board - Monday, 4th March, 2019 4.30 pm',
      '',
      '1.',
      '',
      'Welcome and Apologies',
      '',
      'Minutes:',
      '',
      'Apologies for absence were presented from Councillor Ada Finch (with Councillor Ben Rook observing in her absence), Cal Dunn and Dee Marsh.',
    ]);
    expect(attendance(minutes.attendees)).toEqual([
      ['Ada Finch', 'apologies', 'Councillor', null],
      ['Ben Rook', 'in-attendance', 'Councillor', 'Ada Finch'],
      ['Cal Dunn', 'apologies', null, null],
      ['Dee Marsh', 'apologies', null, null],
    ]);
  });
});

describe('the list of those present inside the first item', () => {
  const { minutes } = parseLines([
    'Minutes of the Welcome Committee',
    '',
    '1. Opening Words: Ada Finch opened the meeting.',
    'Ada welcomed Ben Rook.',
    'Present: Ada & Cal Finch, Fr. Dunn, Dee Marsh and Ben Rook',
    'Regrets: Eve Lark, Fay Moss',
    '',
    '2. Agenda: The agenda was accepted.',
  ]);

  it('reads the labelled lists as the roster, two given names before one surname as two people', () => {
    expect(attendance(minutes.attendees)).toEqual([
      ['Ada Finch', 'present', null, null],
      ['Cal Finch', 'present', null, null],
      ['Dunn', 'present', 'Fr', null],
      ['Dee Marsh', 'present', null, null],
      ['Ben Rook', 'present', null, null],
      ['Eve Lark', 'apologies', null, null],
      ['Fay Moss', 'apologies', null, null],
    ]);
  });

  it('keeps the items', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Opening Words'], ['2', 'Agenda']]);
  });
});

describe('a forum\'s attendees one "Name (Organisation)" a line', () => {
  const { minutes } = parseLines([
    'Meeting Minutes for the Welcome Hub',
    '',
    'Attendees:',
    '',
    'Ada Finch (Acme Relief)',
    '',
    'Ben Rook (Acme Relief)',
    '',
    'Peter (Larch Advisors)',
    '',
    'Cal Dunn (Elm University)',
    '',
    '1. Introductions',
  ]);

  it('reads a given name alone with its organisation as a person of the list', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', 'Acme Relief'],
      ['Ben Rook', 'Acme Relief'],
      ['Peter', 'Larch Advisors'],
      ['Cal Dunn', 'Elm University'],
    ]);
  });
});

describe('"Action" lines without a colon in a numbered list', () => {
  const { minutes } = parseLines([
    'Executive Board Minutes',
    '',
    'Present: Ada Finch (AF), Ben Rook (BR)',
    '',
    '10. MINUTES OF THE PREVIOUS MEETING',
    '',
    'The minutes were approved.',
    '',
    '  1. Action BR to send the terms of reference to the board',
    '  2. ACTION LOG',
    '  3. No discussion held.',
    '',
    '11. DECISIONS REQUIRED',
  ]);

  it('reads the owner after the label, and "ACTION LOG" as the log\'s heading, not an action', () => {
    expect(actionFacts(minutes.actions).map((a) => [a.text, a.owners])).toEqual([['BR to send the terms of reference to the board', ['BR']]]);
  });
});

describe('a two-column table of attendance flattened into "Label: | entries |" rows', () => {
  const { minutes } = parseLines([
    'Executive Board Minutes – 4 May 2021',
    'Attending: | Ada Finch (AF) – Police Commissioner, Northbridge – Chair',
    'Ben Rook (BR) – Chief Constable, NBP Cal Chase (CCh) – Director of Finance, NBP |',
    'Apologies: | Dee Marsh (DM) – Chief Fire Officer, NBFRS',
    'Eve Lark (EL) – Force Solicitor |',
  ]);

  it('reads each "Name (II) – Post, Body" entry, initials with a small letter, and "– Chair" as the chair mark', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance, a.chair])).toEqual([
      ['Ada Finch', 'AF', 'present', true],
      ['Ben Rook', 'BR', 'present', false],
      ['Cal Chase', 'CCh', 'present', false],
      ['Dee Marsh', 'DM', 'apologies', false],
      ['Eve Lark', 'EL', 'apologies', false],
    ]);
    expect(minutes.attendees[2]).toMatchObject({ role: 'Director of Finance', organisation: 'NBP' });
  });
});

describe('an opening flattened into one line, with the staff and the minute taker labelled inside it', () => {
  const { minutes } = parseLines([
    'NORTHBRIDGE HOMES MINUTES of a meeting of the Board held on Thursday 5 March 2009 at 6.00pm PRESENT: Board: Ada Finch (Chair), Ben Rook (BR) and Cal Dunn (CD). Staff: Dee Marsh (CE) and Eve Lark (FD) Minute Taker: Fay Moss (FM).',
    '',
    '1. APOLOGIES',
  ]);

  it('reads the staff and the minute taker as the secretariat', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Ben Rook', 'present'],
      ['Cal Dunn', 'present'],
      ['Dee Marsh', 'secretariat'],
      ['Eve Lark', 'secretariat'],
      ['Fay Moss', 'secretariat'],
    ]);
  });
});

describe('officers listed "Post Name (II);" after their label', () => {
  const { minutes } = parseLines([
    'Executive Board Minutes – 6 October 2014',
    '',
    'Minutes of the meeting held at Conference Room 1, Police Headquarters at 1.30pm on Monday 6 October 2014',
    '',
    'PRESENT:-',
    'In the Chair: Commissioner Ada Finch (AF)',
    '',
    'Officers: Chief Constable Ben Rook (BR); Chief Executive Officer Cal Dunn (CD); Head of Communications Dee Marsh (DM)',
    '',
    '599. APOLOGIES',
    '',
    'None recorded.',
    '',
    '600. MINUTES OF THE PREVIOUS MEETING',
    '',
    'The minutes were approved.',
  ]);

  it('reads the post before each name as the role, the initials finding where the name starts', () => {
    expect(minutes.attendees.map((a) => [a.name, a.honorific, a.initials, a.role])).toEqual([
      ['Ada Finch', 'Commissioner', 'AF', null],
      ['Ben Rook', 'Chief Constable', 'BR', null],
      ['Cal Dunn', null, 'CD', 'Chief Executive Officer'],
      ['Dee Marsh', null, 'DM', 'Head of Communications'],
    ]);
  });
});

describe('a review group\'s notes, one item a line', () => {
  const { minutes } = parseLines([
    'Review Group Meeting on 3rd April 2024',
    '',
    '1.Attendance and Apologies',
    '',
    ' Present: Ada Finch, Ben Rook, , Cal Dunn   Apologies: Dee Marsh, Eve Lark',
    '',
    '2.Minutes of last meeting -agreed   Papers circulated.',
    '3.ACME finance – to be on the agenda at next meeting.',
    '4.Operations Team: volunteers, update on progress.',
  ]);

  it('reads the apologies labelled after the names on the line of those present', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation])).toEqual([
      ['Ada Finch', 'present', null],
      ['Ben Rook', 'present', null],
      ['Cal Dunn', 'present', null],
      ['Dee Marsh', 'apologies', null],
      ['Eve Lark', 'apologies', null],
    ]);
  });

  it('reads a number typed against a word in capitals as an item\'s', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Attendance and Apologies'],
      ['2', 'Minutes of last meeting -agreed'],
      ['3', 'ACME finance'],
      ['4', 'Operations Team'],
    ]);
  });
});

describe('a committee page whose apologies item records names alone', () => {
  it('reads the names after "Minutes:", below the agenda\'s note, as apologies', () => {
    const { minutes } = parseLines([
      'Northbridge Police and Crime Panel - Friday, 22nd September, 2017 10.00 am',
      '',
      '84.',
      '',
      'Apologies',
      '',
      'Members are reminded that they may nominate substitute members of the Panel.',
      '',
      'Minutes:',
      '',
      'Cllr A Finch.',
      '',
      '85.',
      '',
      'Public Participation',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.honorific, a.attendance])).toEqual([['A Finch', 'Cllr', 'apologies']]);
  });
});

describe('apologies written "Post Name (II)" under the item', () => {
  it('reads the person with the post before them as their role, and the body from "<Body> Minutes – <date>"', () => {
    const { minutes } = parseLines([
      'Executive Board Minutes – 6 October 2014',
      '',
      'Minutes of the meeting held at Conference Room 1, Police Headquarters at 1.30pm on Monday 6 October 2014',
      '',
      'PRESENT:-',
      'In the Chair: Commissioner Ada Finch (AF)',
      '',
      '599. APOLOGIES',
      '',
      'Chief Constable’s Executive Officer Ben Rook (BR);',
      '',
      '600. MINUTES OF THE PREVIOUS MEETING',
      '',
      'The minutes were approved.',
    ]);
    expect(minutes.body).toBe('Executive Board');
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.role])).toEqual([
      ['Ada Finch', 'present', null],
      ['Ben Rook', 'apologies', 'Chief Constable’s Executive Officer'],
    ]);
  });
});

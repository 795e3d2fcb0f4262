// Partnership boards' minutes copied from web pages and Word tables: a court's two columns of members
// under one caption, staff listed a cell to a line under "... in attendance | Role", Word rows flattened
// with slashes ("1. / Title", "Name / INI / - / Description"), and notes titled "Notes from the ...".
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a web page of court minutes with two columns of members under one caption', () => {
  const { minutes } = parseLines([
    'Court Minutes 4 March 2031',
    'Confirmed minutes of a meeting of the Northbridge College Court held at 2.00 pm on 4 March 2031 in the Board Room.',
    'Present',
    'Court Members | Court Members |',
    '---|---|',
    'Ada Finch (Chair) | Ben Rook |',
    'Cara Dunn | Dr Eli Moss |',
    'Fay Holt |',
    'Staff members in attendance | Role |',
    '---|---|',
    'Gus Lane |',
    'College Secretary (Secretary) |',
    'Hal Reed |',
    'Director of Finance |',
    'Apologies were noted as having been received from Ivy Shaw and Jon Tate.',
    '3.1 Minutes of the previous meeting',
    'The minutes were approved.',
  ]);

  it('reads every cell of the members table as a person of their own', () => {
    expect(people(minutes).filter((p) => p.attendance === 'present')).toEqual([
      person('Ada Finch', 'present', 'Present', { chair: true }),
      person('Ben Rook', 'present', 'Present'),
      person('Cara Dunn', 'present', 'Present'),
      person('Eli Moss', 'present', 'Present', { honorific: 'Dr' }),
      person('Fay Holt', 'present', 'Present'),
    ]);
  });

  it('reads the staff table under its caption row, each post on the line below the name', () => {
    expect(people(minutes).filter((p) => p.list === 'Staff members in attendance').map((p) => [p.name, p.role])).toEqual([
      ['Gus Lane', 'College Secretary (Secretary)'],
      ['Hal Reed', 'Director of Finance'],
    ]);
  });

  it('reads the apologies "noted as having been received from"', () => {
    expect(people(minutes).filter((p) => p.attendance === 'apologies').map((p) => p.name)).toEqual(['Ivy Shaw', 'Jon Tate']);
  });
});

describe('a Word table flattened with slashes', () => {
  const { minutes } = parseLines([
    'Northbridge Children’s Partnership',
    '',
    'Thursday 8th May 2031',
    '',
    '1. / Present',
    'Cllr Ada Finch (Chair) / AF / - / Cabinet Member for Children',
    'Ben Rook / BR / - / Northbridge Police',
    'Cara Dunn / CD / - / Councillor, Northbridge Council',
    'Apologies Eli Moss, Fay Holt.',
    '2. / Minutes from Previous Meeting',
    'The minutes were agreed.',
    '3. / Matters Arising',
    'BR updated members on the new rota.',
  ]);

  it('reads "Name / INI / - / Description" rows as initials, name and description', () => {
    expect(people(minutes).filter((p) => p.attendance === 'present')).toEqual([
      person('Ada Finch', 'present', 'Present', { honorific: 'Cllr', initials: 'AF', role: 'Cabinet Member for Children', chair: true }),
      person('Ben Rook', 'present', 'Present', { initials: 'BR', organisation: 'Northbridge Police' }),
      person('Cara Dunn', 'present', 'Present', { initials: 'CD', role: 'Councillor', organisation: 'Northbridge Council' }),
    ]);
  });

  it('reads "N. / Title" rows as numbered items', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Present'],
      ['2', 'Minutes from Previous Meeting'],
      ['3', 'Matters Arising'],
    ]);
  });

  it('leaves a numbered row of several cells ("1 / President / Jo Finch / Yes") to the roster', () => {
    const { minutes: roll } = parseLines([
      'Northbridge Parents Board Meeting Minutes',
      'Tuesday, 15 August 2031',
      'Position / Name / Present',
      '1 / President / Jo Finch / Yes',
      '2 / Treasurer / Sam Poe / Yes',
      '1. / Welcome',
      'The President welcomed everyone.',
    ]);
    expect(roll.items.map((i) => i.title)).not.toContain('President / Jo Finch / Yes');
  });
});

describe('notes titled "Notes from the <body>"', () => {
  it('reads them as minutes, with their numbered items', () => {
    const { minutes } = parseLines([
      'Notes from the Northbridge Housing Partnership',
      '',
      'Committee Room 2',
      '',
      '25th January 2031',
      '',
      '1. / Introductions and Apologies',
      'The Chair opened the meeting. Apologies were received from Ada Finch and Ben Rook.',
      '2. / Action points from last meeting',
      'There were no comments.',
    ]);
    expect(minutes.kind).toBe('minutes');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Introductions and Apologies'],
      ['2', 'Action points from last meeting'],
    ]);
  });
});

describe('a text export whose table of members is laid out in spaced columns under "Name  Organisation"', () => {
  const { minutes } = parseLines([
    'Minutes of the PARTNERSHIP BOARD held in the Guildhall, Northbridge',
    '                         at 9.30am on Friday 20th April 2031',
    '',
    'Name                         Organisation',
    'Ada Finch (Chair)            Northbridge Community Services',
    'Cllr. Ben Rook               Northbridge Council',
    'Chief Supt. Cara Dunn        Northbridge Constabulary',
    '',
    'Apologies from:',
    '',
    'Lt. Colonel Eli Moss         Association of Parish Councils',
    '',
    'Item 1                  Review of Actions',
  ]);

  it('reads the table under its caption row as those present', () => {
    expect(people(minutes).map((p) => [p.attendance, p.honorific, p.name, p.organisation, p.chair])).toEqual([
      ['present', null, 'Ada Finch', 'Northbridge Community Services', true],
      ['present', 'Cllr', 'Ben Rook', 'Northbridge Council', false],
      ['present', 'Chief Supt', 'Cara Dunn', 'Northbridge Constabulary', false],
      ['apologies', 'Lt Colonel', 'Eli Moss', 'Association of Parish Councils', false],
    ]);
  });
});

describe('initials in brackets with what they say of the person after a dash or "for"', () => {
  it('reads "(AF - Chair)", "(BR for Cara Dunn)" and "(EMo - notetaker)"', () => {
    const { minutes } = parseLines([
      'Northbridge Children’s Trust Board',
      'Notes of meeting on 22nd June 2031',
      'Attendees: Ada Finch (AF - Chair), Ben Rook (BR for Cara Dunn), Dan Hale (DH - for item 5), Eve Moss (EMo - notetaker)',
      'Apologies: Cara Dunn (CD)',
      '1. Apologies for absence',
      'The above apologies were noted.',
    ]);
    expect(people(minutes).map((p) => [p.name, p.initials, p.chair, p.substituteFor])).toEqual([
      ['Ada Finch', 'AF', true, null],
      ['Ben Rook', 'BR', false, 'Cara Dunn'],
      ['Dan Hale', 'DH', false, null],
      ['Eve Moss', 'EMo', false, null],
      ['Cara Dunn', 'CD', false, null],
    ]);
  });
});

describe('a court’s minutes flattened into one paragraph, the names parted by their titles alone', () => {
  it('reads professors, hyphenated initials, particles and "St" surnames, and the apologies sentence run on after the list', () => {
    const { minutes } = parseLines([
      'the COURT MINUTES of the second meeting held on Thursday, 15 February, 2031, in the Council Room, commencing at 7.30 pm. Present: Mr C R Finch (in the Chair) Prof D Rook Mrs A-M Dunn Mrs G deVere Dr C St John-Hale Mr Y S Moss In attendance: Mr J M Lane Prof D Reed Apologies for absence were received from Mr T C Shaw and Dr D Tate. WELCOME 00/01.2.1 The Chairman welcomed everyone.',
    ]);
    expect(people(minutes).map((p) => [p.attendance, p.honorific, p.name, p.chair])).toEqual([
      ['present', 'Mr', 'C R Finch', true],
      ['present', 'Prof', 'D Rook', false],
      ['present', 'Mrs', 'A-M Dunn', false],
      ['present', 'Mrs', 'G deVere', false],
      ['present', 'Dr', 'C St John-Hale', false],
      ['present', 'Mr', 'Y S Moss', false],
      ['in-attendance', 'Mr', 'J M Lane', false],
      ['in-attendance', 'Prof', 'D Reed', false],
      ['apologies', 'Mr', 'T C Shaw', false],
      ['apologies', 'Dr', 'D Tate', false],
    ]);
  });
});

describe('a list of those present with no heading, then who took the chair', () => {
  it('reads the block before "<Name> in the Chair." as those present', () => {
    const { minutes } = parseLines([
      'Minutes of Board Meeting',
      '',
      'of Northbridge Community Partnership',
      '',
      'Held on 23 October 2031,',
      '',
      'Ada Finch (Chair)',
      'Ben Rook (Vice Chair)',
      'Cara Dunn (Treasurer)',
      'Dan Hale (Northbridge Park Authority)',
      '',
      'Ada Finch in the Chair. The meeting started at 1:30pm:',
      '',
      '1. Introduction and Apologies',
      'Ada welcomed everyone.',
    ]);
    expect(people(minutes).map((p) => [p.attendance, p.name, p.role, p.organisation, p.chair])).toEqual([
      ['present', 'Ada Finch', null, null, true],
      ['present', 'Ben Rook', 'Vice Chair', null, false],
      ['present', 'Cara Dunn', 'Treasurer', null, false],
      ['present', 'Dan Hale', null, 'Northbridge Park Authority', false],
    ]);
  });
});

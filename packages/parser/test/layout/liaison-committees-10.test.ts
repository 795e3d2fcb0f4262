// Liaison committees and residents' associations (session 10): a list of titled people with no heading, a bracket
// cut across a blank line, a stand-in "in lieu of" a member, the next meeting's date opening its sentence or postponed
// "until" another, "Action." with a full stop, a group's label inside the list of those present, an officer's post after
// the name, a post run on into what it serves, who chaired said under the second item, and those present named in the
// chair's welcome. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance, a.role, a.organisation, a.chair]);

const TITLE = 'Minutes of the Brackley Quarry Liaison Committee meeting on the 9th of March 2011';

describe('a list of titled people with no heading', () => {
  const lines = [
    TITLE,
    '',
    'Mr Tom Finch (Site Manager, Brackley Aggregates Ltd)',
    '',
    'Mrs Ann Lowe (Parish Councillor)',
    '',
    'Mr Sam Hale (Village Representative in lieu of Mr Pike)',
    '',
    'Ms Rita Moss (Planning Officer, Brackley District Council)',
    '',
    'The minutes of the previous meeting were agreed.',
    '',
    'Dust',
    '',
    'Mr Finch said that the haul road would be watered daily.',
    '',
    'Thursday 9th June 2011 at 7.00pm was agreed as the date of the next meeting.',
  ];

  it('reads the lines as those present, with their posts, bodies and the member stood in for', () => {
    expect(who(lines)).toEqual([
      ['Mr', 'Tom Finch', 'present', 'Site Manager', 'Brackley Aggregates Ltd', false],
      ['Mrs', 'Ann Lowe', 'present', 'Parish Councillor', null, false],
      ['Mr', 'Sam Hale', 'present', 'Village Representative', null, false],
      ['Ms', 'Rita Moss', 'present', 'Planning Officer', 'Brackley District Council', false],
    ]);
    expect(minutes(lines).attendees[2]!.substituteFor).toBe('Pike');
  });

  it('takes the next meeting from a sentence that opens with its date', () => {
    const next = minutes(lines).nextMeeting;
    expect([next?.date, next?.start]).toEqual(['2011-06-09', '19:00']);
  });

  it('leaves lines that are not all titled people with descriptions to the items', () => {
    const plain = [TITLE, '', 'Mr Tom Finch (Site Manager)', '', 'Noise', '', 'Mrs Ann Lowe (Parish Councillor)', '', 'Dust', '', 'The road was swept.'];
    expect(minutes(plain).attendees).toEqual([]);
  });
});

describe('a description cut after its bracket opened', () => {
  it('joins the bracket\'s end after a blank line to the entry above and reads on', () => {
    const lines = [
      TITLE,
      '',
      'Present: Ms Rita Moss (Planning Officer,',
      '',
      'Brackley District Council)',
      '',
      'Mr Tom Finch (Brackley Aggregates Ltd)',
      '',
      '1. Apologies',
      '',
      'None.',
    ];
    expect(who(lines)).toEqual([
      ['Ms', 'Rita Moss', 'present', 'Planning Officer', 'Brackley District Council', false],
      ['Mr', 'Tom Finch', 'present', null, 'Brackley Aggregates Ltd', false],
    ]);
  });
});

describe('a post run on into what it serves', () => {
  it('reads "Editor Village News" whole as the role, a body named after a post as before', () => {
    const lines = [TITLE, '', 'Present:', '', 'Mr Tom Finch (Editor Village News)', '', 'Mrs Ann Lowe (Parish Council)', '', '1. Apologies', '', 'None.'];
    expect(who(lines).map(([, name, , role, organisation]) => [name, role, organisation])).toEqual([
      ['Tom Finch', 'Editor Village News', null],
      ['Ann Lowe', null, 'Parish Council'],
    ]);
  });
});

describe('who chaired, said under the second item', () => {
  it('marks the member the text under "Minutes of the previous meeting" says chaired the meeting', () => {
    const lines = [
      TITLE,
      '',
      'Present: Mrs Ann Lowe (Parish Council)',
      '',
      'Ms Rita Moss (Brackley District Council)',
      '',
      '1. Apologies',
      '',
      'None.',
      '',
      '2. Minutes of the previous meeting and matters arising',
      '',
      'Ms Moss from the District Council chaired the meeting.',
      '',
      '3. Noise',
      '',
      'Mrs Lowe chaired the meeting of the Parish Council.',
    ];
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Rita Moss']);
  });
});

describe('the next meeting postponed', () => {
  it('reads the date it was postponed until', () => {
    const lines = [TITLE, '', 'Present: Tom Finch, Ann Lowe', '', '1. Noise', '', 'None.', '', '2. Date of next meeting: Tuesday 12 July 2011 (postponed until 19th July 2011)'];
    const next = minutes(lines).nextMeeting;
    expect([next?.date, next?.originalDate]).toEqual(['2011-07-19', '2011-07-12']);
  });
});

describe('labelled actions and the lists of those present', () => {
  it('reads "Action." with a full stop as the label, and who agreed to do it as the owner', () => {
    const lines = [TITLE, '', 'Present: Tom Finch, Ann Lowe, Sam Hale', '', '1. Traffic', '', 'Lorries use the bridge.', '', 'Action. Ann Lowe agreed to write to the County Council.'];
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['Ann Lowe agreed to write to the County Council.', ['Ann Lowe']]]);
  });

  it('reads a group label inside the list of those present as no part of the entry before it', () => {
    const lines = [TITLE, '', 'Present: Tom Finch (Chairman), Ann Lowe (Secretary); Committee members: Sam Hale, Rita Moss', '', '1. Noise', '', 'None.'];
    expect(who(lines).map(([, name, , role, organisation, chair]) => [name, role, organisation, chair])).toEqual([
      ['Tom Finch', null, null, true],
      ['Ann Lowe', 'Secretary', null, false],
      ['Sam Hale', null, null, false],
      ['Rita Moss', null, null, false],
    ]);
  });

  it('reads a deputy chair\'s or an officer\'s post written after the name with no mark between', () => {
    const lines = [TITLE, '', 'Present:', '', 'Tom Finch Chairman', '', 'Ann Lowe Deputy Chairman', '', 'Sam Hale Treasurer', '', 'Rita Moss', '', 'Item 1 - WELCOME', '', 'None.'];
    expect(who(lines).map(([, name, , role, , chair]) => [name, role, chair])).toEqual([
      ['Tom Finch', null, true],
      ['Ann Lowe', 'Deputy Chairman', false],
      ['Sam Hale', 'Treasurer', false],
      ['Rita Moss', null, false],
    ]);
  });

  it('reads those the chair welcomed as present where the lists name only the apologies', () => {
    const lines = [
      "Minutes of the March meeting of Brackley Residents' Association",
      '',
      'Meeting held on 9 March 2011',
      '',
      '1. Welcome: the Chairman (Tom Finch) welcomed those present: Ann Lowe, Sam Hale, Rita Moss (Secretary)',
      '',
      'Apologies: Jo Pike, Bo Reed.',
      '',
      '2. Finance report',
      '',
      'The balance was noted.',
    ];
    expect(who(lines).map(([, name, attendance, role, , chair]) => [name, attendance, role, chair])).toEqual([
      ['Tom Finch', 'present', null, true],
      ['Ann Lowe', 'present', null, false],
      ['Sam Hale', 'present', null, false],
      ['Rita Moss', 'present', 'Secretary', false],
      ['Jo Pike', 'apologies', null, false],
      ['Bo Reed', 'apologies', null, false],
    ]);
  });
});

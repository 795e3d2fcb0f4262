// The lead's general rules of session 25. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const attendees = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.name, a.initials, [a.role, a.organisation].filter(Boolean).join(', '), a.attendance]);
const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

// A forum's table flattened with " / " between cells: its first item's title over the names, the apologies' label in
// the last row of those present, each item of the discussion table numbered "1." by the word processor's list.
const FORUM = [
  'Riverside Access Forum Meeting – Minutes / Date: 09-03-31',
  '  1. Attendees / introductions:',
  'Nora Quill (NQ)',
  'Basil Throop (BT)',
  'Ida Renner (IR) / Osric Vale (OV)',
  'Maud Pellow (MP) / Apologies:',
  'Ivor Nance (IN)',
  'Tess Morrow (TM)',
  'Agenda Item / Discussion / Actions / Responsibility / Date by',
  '  1. Minutes of last meeting, matters arising & actions',
  '/ NQ reported that all actions from the last meeting were complete.',
  'The minutes were agreed / Send path counts to BT / TM / Apr 2031',
  '  1. Membership update',
  '/ BT led the discussion on recruiting two more members.',
];

describe('a list under the opening item of a slash-flattened table', () => {
  it('reads "Attendees / introductions" as the list of those present, and the label after the last of them', () => {
    expect(attendees(FORUM)).toEqual([
      ['Nora Quill', 'NQ', '', 'present'],
      ['Basil Throop', 'BT', '', 'present'],
      ['Ida Renner', 'IR', '', 'present'],
      ['Osric Vale', 'OV', '', 'present'],
      ['Maud Pellow', 'MP', '', 'present'],
      ['Ivor Nance', 'IN', '', 'apologies'],
      ['Tess Morrow', 'TM', '', 'apologies'],
    ]);
  });

  it('keeps the opening item and reads each "1." after the list as the next item', () => {
    expect(titles(FORUM)).toEqual([
      ['1', 'Attendees / introductions'],
      ['1', 'Minutes of last meeting, matters arising & actions'],
      ['1', 'Membership update'],
    ]);
  });

  it('reads "Welcome and attendance" over names as the list of those present', () => {
    const text = ['Harbour Users Group', '', 'Minutes of 4 April 2031', '', '1. Welcome and attendance', 'Nora Quill (NQ)', 'Basil Throop (BT)', '', '2. Harbour dues', 'NQ reported on the new dues.'];
    expect(attendees(text)).toEqual([
      ['Nora Quill', 'NQ', '', 'present'],
      ['Basil Throop', 'BT', '', 'present'],
    ]);
  });

  it('still reads "Welcome and introductions" over prose as an item with no list', () => {
    const text = ['Harbour Users Group', '', 'Minutes of 4 April 2031', '', 'Present: Nora Quill, Basil Throop', '', '1. Welcome and introductions', 'The Chair welcomed everyone to the meeting.', '', '2. Harbour dues', 'NQ reported on the new dues.'];
    expect(attendees(text).map((a) => a[0])).toEqual(['Nora Quill', 'Basil Throop']);
    expect(titles(text)).toEqual([
      ['1', 'Welcome and introductions'],
      ['2', 'Harbour dues'],
    ]);
  });
});

describe('a roster table with the organisation first and the initials last', () => {
  it('takes the cell the initials spell as the name, and "Chair" in the initials column as the chair', () => {
    const text = [
      'Minutes of the Riverside Resettlement Partnership',
      '',
      '3 June 2031',
      '',
      'Present',
      '',
      'Deputy Mayor of Riverside\tNadia Brook\tChair',
      'Harbour Trust\tTomas Field\tTF',
      'RRAP\tGwen Orme\tGO',
      'Head of Housing, Riverside Council\tLeon West\tLW',
      '',
      '1. Welcome',
      '',
      '1.1 The Chair welcomed members.',
    ];
    expect(attendees(text)).toEqual([
      ['Nadia Brook', null, 'Deputy Mayor of Riverside', 'present'],
      ['Tomas Field', 'TF', 'Harbour Trust', 'present'],
      ['Gwen Orme', 'GO', 'RRAP', 'present'],
      ['Leon West', 'LW', 'Head of Housing, Riverside Council', 'present'],
    ]);
    expect(parseLines(text).minutes.attendees.map((a) => a.chair)).toEqual([true, false, false, false]);
  });

  it('still reads the initials column first when the last cell is an organisation', () => {
    const text = ['Minutes of the Riverside Resettlement Partnership', '', '3 June 2031', '', 'Present', '', 'TF\tTomas Field\tRRAP', 'GO\tGwen Orme\tHarbour Trust', '', '1. Welcome', '', '1.1 The Chair welcomed members.'];
    expect(attendees(text)).toEqual([
      ['Tomas Field', 'TF', 'RRAP', 'present'],
      ['Gwen Orme', 'GO', 'Harbour Trust', 'present'],
    ]);
  });
});

describe('an action label closed by a full stop after its number', () => {
  it('reads "Action 2. TF to ..." as action 2 of its owner', () => {
    const text = [
      'Minutes of the Riverside Resettlement Partnership',
      '',
      '3 June 2031',
      '',
      'Present: Tomas Field (TF), Gwen Orme (GO)',
      '',
      '1. Housing',
      '',
      'TF reported on the new lettings.',
      '',
      'Action 1. Circulate the lettings report to members (GO)',
      '',
      'Action 2. TF to contact the Harbour Trust about moorings.',
    ];
    const actions = parseLines(text).minutes.actions.map((a) => [a.number, a.text, a.owners]);
    expect(actions).toEqual([
      ['1', 'Circulate the lettings report to members', ['GO']],
      ['2', 'TF to contact the Harbour Trust about moorings.', ['TF']],
    ]);
  });
});

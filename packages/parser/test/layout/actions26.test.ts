// Action layouts the parser missed in minutes read as no items (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const actions = (lines: string[]) => parseLines(lines).minutes.actions.map((a) => [a.text, a.owners]);

describe('minutes of bullets with no items', () => {
  const lines = [
    'April 9, 2024',
    '',
    'Minutes, Tuesday April 9, 2024',
    '',
    'Attendance: Rhona Keel, Duncan Ferris, Mairi Lamont, Angus Brodie',
    '',
    'Meeting Opened at 7:00',
    '',
    '  • Minutes from March meeting – approval delayed until next meeting',
    '  • Harbour dues',
    '    • Boat owners asked about the new rates. Requires a letter to the trust. ACTION: Duncan to write to the trust about the rates.',
    '    • Slipway repairs – quotes received from two firms. Action: Mairi to compare the quotes.',
  ];

  it('reads a label in capitals after a bulleted point\'s sentences', () => {
    expect(actions(lines)).toEqual([
      ['Duncan to write to the trust about the rates.', ['Duncan']],
      ['Mairi to compare the quotes.', ['Mairi']],
    ]);
  });
});

describe('notes of a meeting written as paragraphs, no items', () => {
  const lines = [
    'Notes from the Working Group Meeting 14 June',
    '',
    'The working group met and the only matter for discussion was the lease of the old mill. The group went through the draft lease and made some changes. Action: Fergus to type up the changes and circulate to the group. The lease will then go to the members for comment.',
    '',
    'The group will meet again in July.',
  ];

  it('reads the tag among a paragraph\'s sentences as an item\'s paragraph is read', () => {
    expect(actions(lines)).toEqual([['Fergus to type up the changes and circulate to the group.', ['Fergus']]]);
  });

  it('still reads no action from a paragraph without a tag', () => {
    expect(actions(lines.slice(0, 2).concat(['The group discussed the action plan for the summer.']))).toEqual([]);
  });
});

describe('an action list whose entries close with their owners in brackets', () => {
  const lines = [
    'Minutes of the Friends of Larch Park Committee',
    '',
    '6 March 2023',
    '',
    'Present: Jane Bell (JB), Sam Hill (SH), Rita Oduya (RO)',
    '',
    '1. Planting',
    '',
    'The spring planting was discussed.',
    '',
    'Actions:',
    '- Circulate the planting plan (JB)',
    '- Book the hall for May (SH, JB)',
    '- Write to the council about the bins (Rita Oduya)',
    '- Review the draft leaflet (all)',
  ];

  it('reads the bracket as the owners and leaves it out of the task', () => {
    expect(actions(lines)).toEqual([
      ['Circulate the planting plan', ['JB']],
      ['Book the hall for May', ['SH', 'JB']],
      ['Write to the council about the bins', ['Rita Oduya']],
      ['Review the draft leaflet', ['all']],
    ]);
  });

  it('still keeps a bracket that names no one in the task', () => {
    const asides = [...lines.slice(0, 11), '- Order the compost (see the quote)', '- Mend the fence (ongoing)'];
    expect(actions(asides)).toEqual([
      ['Order the compost (see the quote)', []],
      ['Mend the fence (ongoing)', []],
    ]);
  });
});

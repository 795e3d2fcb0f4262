// Minutes of unions, professional bodies, housing and voluntary-sector groups (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.text, a.owners]);

describe('a trustee board whose actions are bare "Action X.Y. to ..." sentences', () => {
  const lines = [
    'Harbour Lane Reading Room',
    'Trustee Board Meeting',
    'Tuesday 4th March 2025, 7pm',
    '',
    'Attendees: Nora Quill (Chairman), Owen Tarrant (Treasurer), Pia Lund.',
    'Apologies: were received from Ray Moss.',
    '1. Membership.',
    '1.1 Pia Lund was welcomed to the Board.',
    '1.2 It was agreed that the Chairman will update the register.',
    'Action O.T. to send the bank forms to N.Q. Action N.Q. to update the register as required.',
    '2. Finance',
    '2.1 The accounts were presented. Accepted. Action chair to write to the auditor.',
    '2.2 Action Plan to be agreed in the spring.',
  ];

  it('reads each bare label as an action owned by the subject after it', () => {
    expect(actions(lines)).toEqual([
      ['O.T. to send the bank forms to N.Q.', ['O.T']],
      ['N.Q. to update the register as required.', ['N.Q']],
      ['chair to write to the auditor.', ['chair']],
    ]);
  });

  it('gives the owners the dotted initials the actions call them by', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Nora Quill', 'N.Q.'],
      ['Owen Tarrant', 'O.T.'],
      ['Pia Lund', null],
      ['Ray Moss', null],
    ]);
  });

  it('keeps an apposition after the owner in the text, not in the owners', () => {
    const text = ['Minutes of the branch meeting', '', 'Present: Ada Vell, Kit Marr', '', '4. Reports', 'Noted.', '5. Elections', 'No positions were contested. Action Kit Marr, branch Returning Officer, to inform the region.'];
    expect(actions(text)).toEqual([['Kit Marr, branch Returning Officer, to inform the region.', ['Kit Marr']]]);
  });
});

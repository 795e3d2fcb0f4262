// Right-hand columns of initials: beside a labelled action, and after the people the lists describe (session 12).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const OPENING = [
  'Minutes of the Northbridge Migration Partnership meeting held on 12 March 2019',
  '',
  'Present',
  '',
  'Tom Pike (TP), Home Office',
  'Ada Finch (AF), Northbridge Council',
  '',
  '1. EU Settlement Scheme update',
  '',
  '1.1 TP reported that 1,200 applications had been received.',
  '',
];

describe('initials in the action column beside an "Action 1:" line', () => {
  it('name the owner of that action, no action of their own', () => {
    const { minutes } = parseLines([...OPENING, 'Action 1: Tom Pike to circulate the latest statistics.                 TP']);
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([['1', 'Tom Pike to circulate the latest statistics.', ['Tom Pike']]]);
  });

  it('give the owner an action without one', () => {
    const { minutes } = parseLines([...OPENING, 'Action 1: Circulate the latest statistics to members.                 TP']);
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([['1', 'Circulate the latest statistics to members.', ['TP']]]);
  });
});

describe('an initials column after a cell that names and describes the person', () => {
  it('gives each person their initials, not an organisation', () => {
    const { minutes } = parseLines([
      'Minutes of the Northbridge Migration Partnership meeting held on 9 October 2013',
      '',
      'Attendees:',
      'Rita Barnes, Deputy Mayor (Chair)                          RB',
      'Tom Pike, Border Agency                                    TP',
      'Cllr Ada Finch, Northbridge Council                        AF',
      'Sam Poe, Police (substituting for Kay Lund)                SP',
      'Lee Dunn, Acme                                             GLA',
      '',
      '1. Welcome',
      '1.1 RB welcomed members.',
    ]);
    expect(minutes.attendees.slice(0, 4).map((a) => [a.name, a.initials, a.organisation, a.role])).toEqual([
      ['Rita Barnes', 'RB', null, 'Deputy Mayor'],
      ['Tom Pike', 'TP', 'Border Agency', null],
      ['Ada Finch', 'AF', 'Northbridge Council', null],
      ['Sam Poe', 'SP', 'Police', null],
    ]);
    // Letters that are not the name's are no initials.
    expect(minutes.attendees.slice(4).map((a) => [a.name, a.initials])).toEqual([['Lee Dunn', null]]);
  });
});

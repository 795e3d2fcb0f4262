// Actions of session 16. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('notes with no title and no roster', () => {
  const notes = (actionLines: string[]) => [
    '1. Review of the tree survey',
    'The survey was discussed at length and the findings were noted by the group.',
    ...actionLines,
    '',
    '2. Funding for the warden',
    'No further funding is available this year.',
  ];

  it('are a record of a meeting when they give actions to two owners or more', () => {
    const read = parseLines(notes(['Action: KP to draft the brief for the survey', 'Action: RT to ask the county about a grant'])).minutes;
    expect(read.kind).toBe('minutes');
    expect(read.actions.map((a) => [a.text, a.owners])).toEqual([
      ['KP to draft the brief for the survey', ['KP']],
      ['RT to ask the county about a grant', ['RT']],
    ]);
  });

  it('are not minutes for one action alone, which a report may propose', () => {
    const read = parseLines(notes(['Action: KP to draft the brief for the survey'])).minutes;
    expect(read.kind).toBe('other');
    expect(read.actions).toEqual([]);
  });
});

describe('an action whose line stops mid-sentence', () => {
  it('goes on over the next line, even where that line reads as a short title', () => {
    const read = parseLines([
      'Minutes of the Project Group',
      '',
      'Present: Kay Pinder (KP), Rob Tull (RT)',
      '',
      '1. Functioning of the board',
      'Members discussed how the board should work.',
      'Action: RT to draft a short paper on the functioning of the',
      'Project Board',
      'Chair for Project Board',
      'The board needs a chair from the borough.',
    ]).minutes;
    expect(read.actions.map((a) => a.text)).toEqual(['RT to draft a short paper on the functioning of the Project Board']);
  });
});

describe('action lines in notes with no items and no roster', () => {
  const read = parseLines([
    '- Actions from previous meeting',
    'Action: KP to draft terms of reference - Terms of reference',
    'have now been drafted and agreed',
    '- Functioning of the board',
    'General discussion on how the board should work. The key question raised',
    'was whether the group would keep the same format.',
    'Action: RT to contact the two borough officers about',
    'acting as chair for the group and to report back',
    'Action: KP to draft a short paper on the functioning of the',
    'Project Board',
    'Chair for Project Board',
    'There is a need for a chair.',
  ]).minutes;

  it('are read, with the lines their sentences wrap onto', () => {
    expect(read.kind).toBe('minutes');
    expect(read.actions.map((a) => [a.text, a.owners])).toEqual([
      ['KP to draft terms of reference', ['KP']],
      ['RT to contact the two borough officers about acting as chair for the group and to report back', ['RT']],
      ['KP to draft a short paper on the functioning of the Project Board', ['KP']],
    ]);
  });

  it('report progress after a dash under a caption for earlier actions', () => {
    expect(read.actions[0]!.status).toBe('Terms of reference have now been drafted and agreed');
  });
});

describe('a text that is no minutes', () => {
  it('reports nothing about the actions it does not keep', () => {
    const read = parseLines(['Resolution details', 'Subject', 'Seats of the ward committee', 'Resolution', 'Noted', 'ACTION: ANN LEE / TOM HOLT']).minutes;
    expect(read.kind).toBe('other');
    expect(read.diagnostics.map((d) => d.code).filter((c) => c.startsWith('LSMP4'))).toEqual([]);
  });
});

describe('a numbered action label with no colon', () => {
  const read = parseLines([
    'Minutes of the Riverside Board',
    '',
    'Present: Ann Lee (AL), Tom Holt (TH), Sam Poe (SP)',
    '',
    '1. Finance',
    'The accounts were discussed.',
    'Action 1.1 TH to circulate the accounts to members.',
    'The budget was agreed. Action: Deputy Director',
    '',
    '2. Housing',
    'Action 2.1 SP and AL to contact the council about repairs.',
  ]).minutes;

  it('opens an action of its own line, its owners before the verb', () => {
    expect(read.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['1.1', 'TH to circulate the accounts to members.', ['TH']],
      [null, 'The budget was agreed.', ['Deputy Director']],
      ['2.1', 'SP and AL to contact the council about repairs.', ['SP', 'AL']],
    ]);
  });
});

describe('a "Previous Action:" label', () => {
  it('reads an earlier meeting\'s action in notes with no items, as "Action:" is read', () => {
    const read = parseLines([
      '- Future funding for the partnership',
      'Previous Action: TH to approach the county trust for funding',
      'Previous Action: SP to lead on the lottery application',
      'A letter has been sent to the trust.',
    ]).minutes;
    expect(read.actions.map((a) => [a.text, a.owners])).toEqual([
      ['TH to approach the county trust for funding', ['TH']],
      ['SP to lead on the lottery application', ['SP']],
    ]);
  });
});

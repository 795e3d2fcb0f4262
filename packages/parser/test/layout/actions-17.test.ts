// Actions of session 17. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('a numbered list of actions under a caption that says when they were agreed', () => {
  const minutes = (caption: string) => [
    'Harbour Users Group 3 March 2021',
    '',
    caption,
    '',
    '  1. KT to send the tide tables to members.',
    '  2. Council to repair the slipway lights.',
    '  3. Next meeting 5 May 2021 at 2pm, Harbour Office.',
    '',
    'Present:',
    'Anne Holt (AH) Harbour Trust',
    'Kim Tate (KT) Borough Council',
    '',
    '1. Welcome',
    'AH welcomed members.',
    '',
    '2. Slipway',
    'The lights have failed again.',
  ];

  for (const caption of ['Summary of actions decided at the meeting.', 'Actions agreed at the meeting:', 'Summary of actions agreed', 'Actions agreed at this meeting']) {
    it(`reads each entry as an action: "${caption}"`, () => {
      const read = parseLines(minutes(caption)).minutes;
      expect(read.actions.map((a) => [a.number ?? null, a.text, a.owners])).toEqual([
        ['1', 'KT to send the tide tables to members.', ['KT']],
        ['2', 'Council to repair the slipway lights.', ['Council']],
      ]);
    });
  }

  it('leaves out the entry that dates the next meeting, which is read as the next meeting', () => {
    const read = parseLines(minutes('Actions agreed at the meeting:')).minutes;
    expect(read.actions.map((a) => a.text)).toEqual(['KT to send the tide tables to members.', 'Council to repair the slipway lights.']);
    expect(read.nextMeeting?.date).toBe('2021-05-05');
  });

  it('leaves a numbered list under a sentence that only mentions actions', () => {
    const read = parseLines(minutes('The group reviewed the actions decided at the last meeting.')).minutes;
    expect(read.actions).toEqual([]);
  });
});

describe('an outline of notes with no items', () => {
  it('reads "Outstanding action:" lines as actions, as it reads "Action:" lines', () => {
    const read = parseLines([
      'Notes of the project group, 3 March 2021',
      '',
      '- Outstanding action: KP to draft the brief for the survey',
      '- Action: RT to ask the county about a grant',
      '- The survey was discussed.',
    ]).minutes;
    expect(read.actions.map((a) => [a.text, a.owners, a.origin])).toEqual([
      ['KP to draft the brief for the survey', ['KP'], 'outstanding'],
      ['RT to ask the county about a grant', ['RT'], 'new'],
    ]);
  });
});

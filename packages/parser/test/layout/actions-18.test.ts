// Actions of session 18. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('a group named with its article as the owner ("The Housing Task Group to ...")', () => {
  const minutes = (action: string) => [
    'Riverside Housing Forum 3 March 2021',
    '',
    'Present:',
    'Anne Holt (AH) Harbour Trust',
    'Kim Tate (KT) Borough Council',
    '',
    '1. Allocations',
    'The policy was discussed.',
    `Action: ${action}`,
  ];

  it('is the owner', () => {
    const read = parseLines(minutes('The Housing Task Group to review the allocation policy.')).minutes;
    expect(read.actions.map((a) => a.owners)).toEqual([['The Housing Task Group']]);
  });

  it('leaves a thing after the article no owner', () => {
    const read = parseLines(minutes('The Allocation Policy to be circulated to members.')).minutes;
    expect(read.actions.map((a) => a.owners)).toEqual([[]]);
  });
});

describe('a summary table of actions that gives each its number and owners again, in shorter words', () => {
  const minutes = (ownerCell: string) => [
    'Riverside Migration Partnership Board',
    'Minutes of meeting held on Wednesday 12 March 2014',
    '',
    'Present: Ann Reid (AR), Sara Lee (SL)',
    '',
    '1. Destitution',
    '1.1 SL presented the data.',
    'Action 1: SL to share the annual report with members.',
    '1.2 AR noted the charging changes.',
    'Action 2: AR and GLA to draft a briefing for boroughs.',
    '',
    '2. Any other business',
    '2.1 None.',
    '',
    'Summary of actions',
    '| No. | Action | Owner |',
    '|---|---|---|',
    '| 1 | Share annual report | SL |',
    `| 2 | Draft charging briefing | ${ownerCell} |`,
  ];

  it('repeats the actions of the text: one record each', () => {
    const read = parseLines(minutes('AR/GLA')).minutes;
    expect(read.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['1', 'SL to share the annual report with members.', ['SL']],
      ['2', 'AR and GLA to draft a briefing for boroughs.', ['AR', 'GLA']],
    ]);
  });

  it('keeps a row whose owners differ as an action of its own', () => {
    const read = parseLines(minutes('SL')).minutes;
    expect(read.actions.map((a) => a.text)).toContain('Draft charging briefing');
  });
});

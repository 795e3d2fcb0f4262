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

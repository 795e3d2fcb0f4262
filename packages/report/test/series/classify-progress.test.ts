import { describe, expect, it } from 'vitest';
import { classifyProgress, isBareProgress } from '../../src/series/classify-progress.js';

describe('classifyProgress', () => {
  it.each([
    ['the meeting has been arranged for 11 October', 'done'],
    ['The report was circulated to members on 2 May.', 'done'],
    ['Completed.', 'done'],
    ['Done', 'done'],
    ['BT presented the figures: 140 households were given notice.', 'done'],
  ])('reads %j as done', (text, expected) => expect(classifyProgress(text)).toBe(expected));

  it.each([
    ['The report was not posted online. Officers will send it to members as soon as it is made available.', 'reported-on'],
    ['He will report back at December meeting.', 'reported-on'],
    ['Not yet sent; the draft is with the chair.', 'reported-on'],
    ['Ongoing', 'reported-on'],
    ['James Lee is considering the possibility of a roundtable.', 'reported-on'],
  ])('reads %j as progress without an end', (text, expected) => expect(classifyProgress(text)).toBe(expected));

  it.each([
    ['This meant that the congress is no longer an appropriate forum.', 'dropped'],
    ['Withdrawn at the request of the owner.', 'dropped'],
    ['The event was cancelled.', 'dropped'],
  ])('reads %j as dropped', (text, expected) => expect(classifyProgress(text)).toBe(expected));

  it('says nothing about empty text', () => {
    expect(classifyProgress(null)).toBeNull();
    expect(classifyProgress('   ')).toBeNull();
  });
});

describe('isBareProgress', () => {
  it('tells a bare progress report from a label that names the work', () => {
    expect(['Done', 'Complete.', 'not yet received.', 'Withdrawn', ''].map(isBareProgress)).toEqual([true, true, true, true, true]);
    expect(['move-on figures', 'GP registration guidance', 'The report was circulated to members on 2 May after the board met.'].map(isBareProgress)).toEqual([false, false, false]);
  });
});

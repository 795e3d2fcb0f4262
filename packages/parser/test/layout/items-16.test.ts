// Items of session 16. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('paragraphs numbered 1.0, 2.0, ... with no titles above them', () => {
  const lines = (above: string) => [
    'Minutes of the Riverside Cycling Club',
    '',
    above,
    '',
    '1.0 Apologies were received from Jo Finch.',
    '2.0 The minutes of the last meeting were agreed.',
    '3.0 The treasurer reported a balance of 200.',
  ];

  it('leave a list of people above the first one on the roster, no item title', () => {
    const read = parseLines(lines('Present: Ann Lee, Tom Holt, Sam Poe')).minutes;
    expect(read.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Lee', 'present'],
      ['Tom Holt', 'present'],
      ['Sam Poe', 'present'],
      ['Jo Finch', 'apologies'],
    ]);
    expect(read.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('take no title from the line above the first one: each is an item of its own', () => {
    const read = parseLines(lines('August Meeting')).minutes;
    expect(read.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies were received from Jo Finch.'],
      ['2', 'The minutes of the last meeting were agreed.'],
      ['3', 'The treasurer reported a balance of 200.'],
    ]);
  });
});

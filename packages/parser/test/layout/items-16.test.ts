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
    expect(read.items.map((i) => i.number)).toEqual(['1.0', '2.0', '3.0']);
  });

  it('take no title from the line above the first one: each is an item of its own, numbered as written', () => {
    const read = parseLines(lines('August Meeting')).minutes;
    expect(read.items.map((i) => [i.number, i.title])).toEqual([
      ['1.0', 'Apologies were received from Jo Finch.'],
      ['2.0', 'The minutes of the last meeting were agreed.'],
      ['3.0', 'The treasurer reported a balance of 200.'],
    ]);
  });
});

describe('an item number written with its zero ("2.0")', () => {
  it('is kept as written, on the heading line and alone above its title', () => {
    const read = parseLines([
      'Minutes of the Riverside Board',
      '',
      'Present: Ann Lee, Tom Holt, Sam Poe',
      '',
      '1.0',
      'Apologies',
      'None were received.',
      '2.0',
      'Minutes of the previous meeting',
      'Agreed as a true record.',
      '',
      '3.0 Finance',
      'The accounts were approved.',
    ]).minutes;
    expect(read.items.map((i) => [i.number, i.title])).toEqual([
      ['1.0', 'Apologies'],
      ['2.0', 'Minutes of the previous meeting'],
      ['3.0', 'Finance'],
    ]);
  });
});

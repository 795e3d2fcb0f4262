// Workplace and labour bodies' minutes: union branch and executive committees, joint negotiating and consultative
// committees, staff forums, partnership forums, health and safety committees (session 17). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.chair]);

describe('a partnership forum whose two joint chairs are marked "(Joint Chair)" after their posts', () => {
  const lines = [
    'Minutes of the Forty-First Meeting of the Staff Partnership Forum',
    'Held on 4 March 2031 at Larchford House',
    'Present: Ms Ada Finch, Employee Director (Joint Chair)',
    'Mr Tom Reed, Chief Executive (Joint Chair)',
    'Ms Jo Lind, Director of Workforce',
    '1. Welcome and introductions',
    'Ada Finch welcomed everyone.',
  ];

  it('reads both as chairs, keeping the post before the mark', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Employee Director', true],
      ['present', 'Tom Reed', 'Chief Executive', true],
      ['present', 'Jo Lind', 'Director of Workforce', false],
    ]);
  });

  it('keeps the post on the label\'s line when the mark is "(Chair)"', () => {
    const one = lines.map((l) => l.replace('(Joint Chair)', '(Chair)'));
    expect(people(one).slice(0, 2)).toEqual([
      ['present', 'Ada Finch', 'Employee Director', true],
      ['present', 'Tom Reed', 'Chief Executive', true],
    ]);
  });
});

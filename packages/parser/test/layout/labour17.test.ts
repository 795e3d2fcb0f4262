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

describe('a union local\'s AGM listing those present a line apart with no heading, then "Regrets:" with names', () => {
  const lines = [
    'AGM Meeting Minutes - 10/06/31',
    '',
    'October 6, 2031 4:30',
    '',
    'Ada Finch – Treasurer',
    '',
    'Tom Reed – President',
    '',
    'Bo Lind',
    '',
    'Jo Hale – Secretary',
    '',
    'Regrets:  Cy Moss, Dee Vane',
    '',
    'Quorum Met',
    '',
    '1.    Call to Order',
    '',
    '2.    Approval of Previous Minutes – agreed.',
  ];

  it('reads the block as those present and the line under the label as the regrets', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Treasurer', false],
      ['present', 'Tom Reed', 'President', false],
      ['present', 'Bo Lind', null, false],
      ['present', 'Jo Hale', 'Secretary', false],
      ['apologies', 'Cy Moss', null, false],
      ['apologies', 'Dee Vane', null, false],
    ]);
  });

  it('does not take "Quorum Met" below the regrets for a person', () => {
    const unspaced = ['Minutes of the Branch Meeting', '6 October 2031', 'Present: Ada Finch, Tom Reed', 'Apologies: Cy Moss', 'Quorum Met', '1. Minutes'];
    expect(minutes(unspaced).attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Tom Reed', 'Cy Moss']);
  });
});

describe('an executive board\'s minutes of a two-day meeting, titled by both days', () => {
  const lines = [
    'Minutes of the March 3-4, 2031 Executive Board Meeting',
    'March 3, 2031',
    'The Executive Board was called to order at 9:30 a.m.',
    'Agenda',
    'The agenda was adopted as printed.',
  ];

  it('reads the body after the days and the year, and the first day as the date', () => {
    expect(minutes(lines).body).toBe('Executive Board');
    expect(minutes(lines).date).toBe('2031-03-03');
  });
});

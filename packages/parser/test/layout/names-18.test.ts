// Names of session 18. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../src/text/names.js';
import { parseLines } from './build.js';

const names = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => a.name);
const header = ['RIVERSIDE NEIGHBOURHOOD BOARD MEETING', '', 'TUESDAY 3RD MARCH 2015 AT 6.30 PM', '', 'MINUTES', ''];
const items = ['', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Crime figures', 'The figures were noted.'];

describe('small words before a surname', () => {
  it('allows one particle or two together', () => {
    expect(looksLikePersonName('Jan de Boer')).toBe(true);
    expect(looksLikePersonName('Ana de la Rosa')).toBe(true);
  });

  it('allows no third small word after two particles', () => {
    expect(looksLikePersonName('Ana de la van Rosa')).toBe(false);
    expect(looksLikePersonName('Piet van der de Molen')).toBe(false);
  });

  it('reads no person from a phrase of three small words in a list', () => {
    expect(names([...header, 'Present: Ann Lee, Tom van der de Holt, Sam Poe', ...items])).not.toContain('Tom van der de Holt');
  });
});

describe('surnames that are words of minutes too ("Hall", "Head", "Church", "Court", "Clerk")', () => {
  it('are a name after a given name or an initial', () => {
    for (const name of ['Elizabeth Hall', 'Paul Head', 'Ross Church', 'Ann Court', 'L. Hall', 'P Head', 'Mary Jane Clerk']) expect(looksLikePersonName(name), name).toBe(true);
  });

  it('leaves a place or a post, by the words before the noun, no name', () => {
    for (const phrase of ['Village Hall', 'Town Hall', 'City Hall', 'Parish Church', 'Crown Court', 'Town Clerk', 'Administrative Clerk', 'Deputy Head', 'Hall'])
      expect(looksLikePersonName(phrase), phrase).toBe(false);
  });

  it('are read as people in the lists of those there', () => {
    const read = parseLines([
      ...header,
      'Present: Ann Lee (Chair), Elizabeth Hall, Tom Holt, Ross Church (Treasurer)',
      'Apologies: Chris Head, Carol Hall',
      'In attendance: Ann Court – Clerk',
      ...items,
    ]).minutes.attendees.map((a) => [a.name, a.role, a.attendance]);
    expect(read).toEqual([
      ['Ann Lee', null, 'present'],
      ['Elizabeth Hall', null, 'present'],
      ['Tom Holt', null, 'present'],
      ['Ross Church', 'Treasurer', 'present'],
      ['Chris Head', null, 'apologies'],
      ['Carol Hall', null, 'apologies'],
      ['Ann Court', 'Clerk', 'in-attendance'],
    ]);
  });
});

describe('"Col" before a name', () => {
  const read = (entry: string) => parseLines([...header, `Present: Ann Lee (Chair), ${entry}, Tom Holt`, ...items]).minutes.attendees.map((a) => [a.honorific, a.name]);

  it('is a given name before a surname alone ("Col Draper")', () => {
    expect(read('Col Draper')).toContainEqual([null, 'Col Draper']);
  });

  it('is still a colonel before a full name ("Col Jo Finch")', () => {
    expect(read('Col Jo Finch')).toContainEqual(['Col', 'Jo Finch']);
  });
});

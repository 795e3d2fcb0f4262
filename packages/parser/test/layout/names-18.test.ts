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

// Agenda items of session 14. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const OPENING = ['Minutes of the Harbour Safety Forum held on 3rd March 2011', '', 'Present: Cllr Ann Hale (Chair), Cllr Tom Reed', ''];

const items = (lines: string[]) => parseLines(lines).minutes.items.map((i) => `${i.number} ${i.title}`);

describe('items a converter numbered "1." every time', () => {
  it('keeps a short title that ends with a full stop', () => {
    expect(
      items([
        ...OPENING,
        '  1. Adoption of Minutes of the last meeting.',
        '',
        'The minutes were adopted.',
        '',
        '  1. Correspondence',
        '',
        'Two letters were read.',
        '',
        '  1. Review of Draft Work Programme.',
        '',
        'The programme was adopted.',
      ]),
    ).toEqual(['1 Adoption of Minutes of the last meeting.', '1 Correspondence', '1 Review of Draft Work Programme.']);
  });

  it('reads a numbered sentence as text', () => {
    expect(
      items([
        ...OPENING,
        '  1. Correspondence',
        '',
        'Two letters were read.',
        '',
        '  1. Finance',
        '',
        'The accounts were read.',
        '',
        '  1. The accounts were approved.',
        '',
        'No reply.',
      ]),
    ).toEqual(['1 Correspondence', '1 Finance']);
  });
});

describe('a standing item whose number was lost', () => {
  const FIRST_ITEM = [...OPENING, '1. Correspondence', '', 'Two letters were read.'];

  it('reads its label alone between numbered items as an unnumbered item', () => {
    expect(
      items([
        ...FIRST_ITEM,
        '',
        'Any Other Business',
        '',
        'The hall roof leaks again.',
        '',
        '2. Date of next meeting',
        '',
        'To be arranged.',
      ]),
    ).toEqual(['1 Correspondence', 'null Any Other Business', '2 Date of next meeting']);
  });

  it('leaves a label run into its text alone', () => {
    expect(
      items([
        ...FIRST_ITEM,
        'Any Other Business',
        'The hall roof leaks again.',
        '',
        '2. Date of next meeting',
      ]),
    ).toEqual(['1 Correspondence', '2 Date of next meeting']);
  });
});

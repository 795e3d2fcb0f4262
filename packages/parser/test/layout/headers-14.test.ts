// Header lines of session 14. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const body = (lines: string[]) => parseLines(lines).minutes.body;
const rest = ['', 'Present: Ann Hale (Chair), Tom Reed', '', '1. Welcome', '', 'All welcomed.', '', '2. Finance', '', 'Accounts approved.'];

describe('a body read from words that are no name', () => {
  it('drops what follows the name: a sentence, the meeting\'s frequency, the form of the meeting', () => {
    expect(body(['The Riverside and Hale Community Council held their meeting on 3 May 2021 at the hall.', ...rest])).toBe('Riverside and Hale Community Council');
    expect(body(['Minutes of the Riverside Community Council virtual meeting held on 3 May 2021', ...rest])).toBe('Riverside Community Council');
    expect(body(['# Harbourview monthly meeting', ...rest])).toBe('Harbourview');
  });

  it('gives no body where the words read are a date\'s numbers or a phrase cut short', () => {
    expect(body(['2016 10 20 TSC Meeting', ...rest])).toBeNull();
    expect(body(['Minutes of the Harbour Authority Board and', 'Tide Committee joint meeting, 3 May 2021', ...rest])).toBeNull();
  });

  it('keeps names that end in lower case or carry a stop', () => {
    expect(body(['Minutes of the CRAG committee meeting held on 3 May 2021', ...rest])).toBe('CRAG committee');
    expect(body(['Minutes of the St. Anne Refugee Committee meeting held on 3 May 2021', ...rest])).toBe('St. Anne Refugee Committee');
  });
});

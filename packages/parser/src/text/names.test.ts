import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from './names.js';

describe('looksLikePersonName', () => {
  it('reads names, also in capitals', () => {
    expect(looksLikePersonName('Ada Finch')).toBe(true);
    expect(looksLikePersonName('ADA FINCH')).toBe(true);
  });

  it('does not read the captions of a document\'s parts as names', () => {
    expect(looksLikePersonName('PART ONE')).toBe(false);
    expect(looksLikePersonName('Section Two')).toBe(false);
  });
});

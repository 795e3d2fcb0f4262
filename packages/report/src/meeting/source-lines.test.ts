import { describe, expect, it } from 'vitest';
import { lineRange, lineRangeFragment, lineRangeLabel } from './source-lines.js';

const at = (line: number, column: number) => ({ line, column, offset: 0 });

describe('lineRange', () => {
  it('covers the lines of a span, end exclusive', () => {
    expect(lineRange({ start: at(12, 1), end: at(12, 40) })).toEqual({ first: 12, last: 12 });
    expect(lineRange({ start: at(12, 5), end: at(14, 3) })).toEqual({ first: 12, last: 14 });
    // Ending at the start of line 15 means the span stops after line 14.
    expect(lineRange({ start: at(12, 5), end: at(15, 1) })).toEqual({ first: 12, last: 14 });
    expect(lineRange({ start: at(12, 1), end: at(12, 1) })).toEqual({ first: 12, last: 12 });
    expect(lineRange(undefined)).toBeNull();
  });

  it('names ranges for people and for URL fragments', () => {
    expect(lineRangeLabel({ first: 3, last: 3 })).toBe('line 3');
    expect(lineRangeLabel({ first: 3, last: 5 })).toBe('lines 3–5');
    expect(lineRangeFragment({ first: 3, last: 3 })).toBe('L3');
    expect(lineRangeFragment({ first: 3, last: 5 })).toBe('L3-L5');
  });
});

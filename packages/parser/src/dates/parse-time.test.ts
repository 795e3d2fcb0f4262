import { describe, expect, it } from 'vitest';
import { findTimes } from './parse-time.js';

describe('a 24-hour time written with its zone', () => {
  it('is a time, where a clock reading with seconds is not', () => {
    expect(findTimes('Thursday 2015-04-16 19:30 UTC')?.start).toBe('19:30');
    expect(findTimes('14.00 GMT in the hall')?.start).toBe('14:00');
    expect(findTimes('written 2015-04-16 10:03:07 UTC+01:00')).toBeNull();
  });
});

describe('a full stop before the meridiem', () => {
  it('keeps the meridiem ("7.00.p.m.")', () => {
    expect(findTimes('held at the school on Monday, 13th March, 2017, at 7.00.p.m.')?.start).toBe('19:00');
    expect(findTimes('The meeting opened at 7.p.m.')?.start).toBe('19:00');
  });
});

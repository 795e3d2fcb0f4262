import { describe, expect, it } from 'vitest';
import { formatLongDate, formatTimeRange } from './format-date.js';

describe('dates and times for people', () => {
  it('writes ISO dates out in full and leaves other text alone', () => {
    expect(formatLongDate('2011-09-28')).toBe('28 September 2011');
    expect(formatLongDate('2011-13-01')).toBe('2011-13-01');
    expect(formatLongDate('next Tuesday')).toBe('next Tuesday');
  });

  it('writes whatever part of a time range is known', () => {
    expect(formatTimeRange('10:00', '12:00')).toBe('10:00–12:00');
    expect(formatTimeRange('10:00', null)).toBe('from 10:00');
    expect(formatTimeRange(null, '12:00')).toBe('until 12:00');
    expect(formatTimeRange(null, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { londonDateTime, londonOffsetHours } from './europe-london.js';

/** The offset the runtime's time-zone database gives (Node ships full ICU). */
function intlOffset(isoDate: string, time: string): number {
  for (const offset of [0, 1]) {
    const instant = new Date(`${isoDate}T${time}:00Z`).getTime() - offset * 3_600_000;
    const wall = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
    if (wall === time) return offset;
  }
  return -1;
}

describe('londonOffsetHours', () => {
  it('agrees with the time-zone database on every day of 2011 and 2025 at 10:00 and 14:00', () => {
    for (const year of [2011, 2025]) {
      for (let day = 0; day < 366; day += 1) {
        const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
        if (!date.startsWith(String(year))) continue;
        for (const time of ['10:00', '14:00']) expect(londonOffsetHours(date, time), `${date} ${time}`).toBe(intlOffset(date, time));
      }
    }
  });

  it('switches at the changeover hours', () => {
    expect(londonOffsetHours('2025-03-30', '00:59')).toBe(0);
    expect(londonOffsetHours('2025-03-30', '02:00')).toBe(1);
    expect(londonOffsetHours('2025-10-26', '00:30')).toBe(1);
    expect(londonOffsetHours('2025-10-26', '02:00')).toBe(0);
  });

  it('writes ISO date-times with the offset', () => {
    expect(londonDateTime('2025-06-09', '14:00')).toBe('2025-06-09T14:00:00+01:00');
    expect(londonDateTime('2011-12-15', '10:00')).toBe('2011-12-15T10:00:00+00:00');
  });
});

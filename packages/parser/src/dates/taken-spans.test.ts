import { describe, expect, it } from 'vitest';
import { TakenSpans } from './taken-spans.js';

describe('TakenSpans', () => {
  it('finds overlaps only with committed spans, ends exclusive', () => {
    const taken = new TakenSpans();
    taken.add(10, 20);
    expect(taken.overlaps(12, 14)).toBe(false);
    taken.commit();
    taken.add(30, 40);
    taken.add(0, 5);
    taken.commit();
    expect([taken.overlaps(5, 10), taken.overlaps(20, 30), taken.overlaps(40, 50)]).toEqual([false, false, false]);
    expect([taken.overlaps(4, 6), taken.overlaps(19, 21), taken.overlaps(0, 100), taken.overlaps(35, 36)]).toEqual([true, true, true, true]);
  });

  it('agrees with a linear scan on random spans', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const taken = new TakenSpans();
    const all: [number, number][] = [];
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < 10; k++) {
        const start = random(1000);
        const end = start + 1 + random(20);
        if (all.some(([s, e]) => start < e && end > s)) continue;
        all.push([start, end]);
        taken.add(start, end);
      }
      taken.commit();
      for (let q = 0; q < 50; q++) {
        const start = random(1000);
        const end = start + 1 + random(30);
        expect(taken.overlaps(start, end)).toBe(all.some(([s, e]) => start < e && end > s));
      }
    }
  });
});

// The judge of the linear-time test, on made-up timings: what it must pass and what it must fail.
import { describe, expect, it } from 'vitest';
import { type GrowthPoint, MAX_GROWTH_PER_DOUBLING, worstGrowthPerDoubling } from './growth.js';

/** Points at sizes doubling from 4,000 chars, timed by `ms(units)` where units double from 1. */
const series = (ms: (units: number) => number, doublings = 8): GrowthPoint[] =>
  Array.from({ length: doublings + 1 }, (_, i) => ({ chars: 4000 * 2 ** i, milliseconds: ms(2 ** i) }));

describe('worstGrowthPerDoubling', () => {
  it('reads a linear series as two a doubling', () => {
    expect(worstGrowthPerDoubling(series((u) => 2 * u), 1)).toBeCloseTo(2, 5);
  });

  it('passes the linear case a CI run failed on one doubling: a tier jump from 24 ms to 85 at twice the size', () => {
    // "1 MB on one line: a date in every sentence", measured on CI; ×3.6 a doubling judged over one quadrupling.
    const measured = [
      [3915, 2.03], [7801, 3.34], [15631, 6.53], [31262, 12.1], [62495, 24.1], [124990, 85.05], [250009, 314.22], [500018, 588.22],
    ].map(([chars, milliseconds]) => ({ chars: chars!, milliseconds: milliseconds! }));
    expect(worstGrowthPerDoubling(measured, 1)).toBeLessThan(MAX_GROWTH_PER_DOUBLING);
  });

  it('reads a quadratic series as four a doubling', () => {
    expect(worstGrowthPerDoubling(series((u) => 0.5 * u * u), 1)).toBeCloseTo(4, 5);
  });

  it('fails a series that turns quadratic at its top sizes', () => {
    // Linear up to 32 units, then the quadratic term dominates.
    const turning = series((u) => 2 * u + (u > 32 ? 0.5 * u * u : 0));
    expect(worstGrowthPerDoubling(turning, 1)).toBeGreaterThan(MAX_GROWTH_PER_DOUBLING);
  });

  it('leaves out points faster than the floor, and judges the span the rest allow', () => {
    const points = [
      { chars: 1000, milliseconds: 0.1 },
      { chars: 2000, milliseconds: 5 },
      { chars: 4000, milliseconds: 20 },
    ];
    expect(worstGrowthPerDoubling(points, 1)).toBeCloseTo(4, 5);
  });
});

// The parser's time grows linearly with its input: doubling the input at most
// roughly doubles the work. Ratios, not absolute times, so the test holds on any
// machine; the slack (3.5 per doubling, judged over eightfold spans) absorbs garbage
// collection and timer noise, which a quadratic case (4 per doubling) does not fit in.
// A case that fails is measured once more (retry): noise seldom strikes twice, a quadratic
// case always fails. Cases the parser owner has been asked to fix (/work/notes/parser-requests.md) are `it.fails` until they are.
import { describe, expect, it } from 'vitest';
import { type GrowthPoint, MAX_GROWTH_PER_DOUBLING, measureGrowth, worstGrowthPerDoubling } from './growth.js';
import { growthCases } from './growth-cases.js';

/** Sizes that parse faster than this are reported but not judged: timer, cache and allocator effects swamp them. */
const MIN_JUDGED_MS = 1;

/** Superlinear today; see parser-requests.md for the measured ratio and the suspect. */
const KNOWN_SUPERLINEAR = new Set<string>([]);

function describePoints(points: readonly GrowthPoint[]): string {
  return points.map((p) => `${p.chars} chars ${p.milliseconds.toFixed(2)} ms`).join(', ');
}

describe('parse time grows linearly', () => {
  for (const growthCase of growthCases) {
    (KNOWN_SUPERLINEAR.has(growthCase.name) ? it.fails : it)(growthCase.name, { timeout: 60_000, retry: 1 }, () => {
      const points = measureGrowth(growthCase);
      expect(points.filter((point) => point.milliseconds >= MIN_JUDGED_MS).length, 'too fast to judge').toBeGreaterThanOrEqual(2);
      expect(worstGrowthPerDoubling(points, MIN_JUDGED_MS), describePoints(points)).toBeLessThan(MAX_GROWTH_PER_DOUBLING);
    });
  }
});

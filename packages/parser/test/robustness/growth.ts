// Measures how the parser's CPU time grows when its input doubles: ratios of the best
// of several runs, so the test holds on a slow or busy machine where absolute times do not.
import { parseMinutes } from '../../src/index.js';

/** A family of inputs: `make(units)` builds an input of that many repeated units. */
export interface GrowthCase {
  name: string;
  make: (units: number) => string;
  /** Units in the full-size input. */
  units: number;
}

/** Parses repeated until at least this much CPU time has passed, so small inputs time above the timer's noise. */
const BATCH_MS = 5;

/** CPU time this process has used, in ms: unlike the clock, other busy processes do not inflate it. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The CPU time of one parse (ms): the least of `runs` batches, each averaged over its parses. */
export function bestParseTime(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = cpuMilliseconds();
    let parses = 0;
    let elapsed = 0;
    do {
      parseMinutes(text);
      parses++;
      elapsed = cpuMilliseconds() - start;
    } while (elapsed < BATCH_MS);
    best = Math.min(best, elapsed / parses);
  }
  return best;
}

/** One size measured: its length and its parse time. */
export interface GrowthPoint {
  chars: number;
  milliseconds: number;
}

/** Options for {@link measureGrowth}. */
export interface GrowthOptions {
  /** Parses per size (the fastest counts); sizes slower than 100 ms get three. */
  runs?: number;
  /** Stop doubling once one parse takes this long (ms): a guard against hanging, not a limit on speed. */
  budget?: number;
  /** How many doublings lead up to the full size. */
  doublings?: number;
}

/**
 * Parses the case at sizes doubling up to the full one. Stops early once a parse
 * takes longer than `budget`, so a quadratic case fails in seconds rather than hanging.
 */
export function measureGrowth(growthCase: GrowthCase, options: GrowthOptions = {}): GrowthPoint[] {
  const { runs = 5, budget = 500, doublings = 8 } = options;
  const sizes = Array.from({ length: doublings + 1 }, (_, i) => Math.max(1, Math.round(growthCase.units / 2 ** (doublings - i))));
  bestParseTime(growthCase.make(sizes[0]!), 1); // warm up the JIT on the smallest size
  const points: GrowthPoint[] = [];
  for (const size of new Set(sizes)) {
    const text = growthCase.make(size);
    const first = bestParseTime(text, 1);
    points.push({ chars: text.length, milliseconds: Math.min(first, bestParseTime(text, first > 100 ? 2 : runs - 1)) });
    if (first > budget) break;
  }
  return points;
}

/** The most growth per doubling a linear case shows with noise; a quadratic one shows 4. */
export const MAX_GROWTH_PER_DOUBLING = 3.5;

/** Doublings each judged span covers: three (an eightfold size) spread a one-off jump thin, while a quadratic case shows ×4 over any span. */
const JUDGED_SPAN_DOUBLINGS = 3;

/**
 * The worst growth per doubling, over every span of up to three doublings between points that take
 * at least `minMilliseconds`: `(t2 / t1) ^ (1 / log2(c2 / c1))`. A garbage collector or cache tier
 * crossed once (a ×3 jump where ×2 was due) costs a linear case little over an eightfold span
 * (about ×2.3 a doubling), where judged over one doubling it read as quadratic.
 */
export function worstGrowthPerDoubling(points: readonly GrowthPoint[], minMilliseconds: number): number {
  const judged = points.filter((point) => point.milliseconds >= minMilliseconds);
  let worst = 0;
  const span = Math.max(1, Math.min(JUDGED_SPAN_DOUBLINGS, judged.length - 1));
  for (let i = 0; i + span < judged.length; i++) {
    const from = judged[i]!;
    const to = judged[i + span]!;
    worst = Math.max(worst, (to.milliseconds / from.milliseconds) ** (1 / Math.log2(to.chars / from.chars)));
  }
  return worst;
}

import { describe, expect, it } from 'vitest';
import { judgeGoals } from './goals.js';
import type { Timing } from './measure.js';

const timing = (medianMs: number): Timing => ({ name: 't', meanMs: medianMs, medianMs, p99Ms: medianMs, samples: 1 });
const row = (name: string, ratio: number) => ({ case: name, bytes: 1, lsmpMBps: ratio, markdownItMBps: 1, ratio });

describe('judgeGoals', () => {
  it('meets each goal only past its threshold', () => {
    const goals = judgeGoals({
      throughput: [row('all', 1.5), row('pipeline', 0.99), row('joined', 1), row('a', 2), row('b', 1.4)],
      latency: { document: 'a', bytes: 1, lsmp: timing(2), markdownIt: timing(1) },
      memory: { allocatedPerMegabyte: 0, retainedBytes: 0, retainedPerInputByte: 9.9 },
    });
    expect(goals.map((g) => g.met)).toEqual([true, false, false, false, true]);
    expect(goals[1]!.measured).toBe('1.40x (b)');
  });
});

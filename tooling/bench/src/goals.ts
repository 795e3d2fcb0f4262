import type { MemoryUse } from './memory.js';
import type { LatencyResult, ThroughputRow } from './parser-vs-markdown-it.js';

/** One goal of issue 9, as a ratio measured in this run. */
export interface GoalResult {
  goal: string;
  measured: string;
  met: boolean;
}

/** Inputs the goals are judged on. */
export interface GoalInputs {
  throughput: ThroughputRow[];
  latency: LatencyResult;
  memory: MemoryUse;
}

export const REQUIRED_PARSE_RATIO = 1.5;
export const MAXIMUM_RETAINED_PER_INPUT_BYTE = 10;

/** Judges the run against the goals: parse 1.5x markdown-it, largest document faster, pipeline 1x, retained memory under 10x. */
export function judgeGoals({ throughput, latency, memory }: GoalInputs): GoalResult[] {
  const [byDocument, pipeline] = throughput;
  const perDocument = throughput.slice(3);
  const slowest = perDocument.reduce((min, row) => (row.ratio < min.ratio ? row : min), perDocument[0]!);
  const latencyRatio = latency.markdownIt.medianMs / latency.lsmp.medianMs;
  return [
    { goal: `parse throughput, document by document >= ${REQUIRED_PARSE_RATIO}x markdown-it`, measured: `${byDocument!.ratio.toFixed(2)}x`, met: byDocument!.ratio >= REQUIRED_PARSE_RATIO },
    { goal: `every distinct document >= ${REQUIRED_PARSE_RATIO}x markdown-it`, measured: `${slowest.ratio.toFixed(2)}x (${slowest.case})`, met: slowest.ratio >= REQUIRED_PARSE_RATIO },
    { goal: 'largest corpus document faster than markdown-it (median)', measured: `${latencyRatio.toFixed(2)}x`, met: latencyRatio > 1 },
    { goal: 'parse + link + render HTML >= 1x markdown-it parse', measured: `${pipeline!.ratio.toFixed(2)}x`, met: pipeline!.ratio >= 1 },
    {
      goal: `retained memory < ${MAXIMUM_RETAINED_PER_INPUT_BYTE}x input size`,
      measured: `${memory.retainedPerInputByte.toFixed(1)}x`,
      met: memory.retainedPerInputByte < MAXIMUM_RETAINED_PER_INPUT_BYTE,
    },
  ];
}

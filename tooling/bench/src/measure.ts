import { Bench } from 'tinybench';

/** Timing of one benchmarked function, in milliseconds per call. */
export interface Timing {
  name: string;
  meanMs: number;
  medianMs: number;
  p99Ms: number;
  samples: number;
}

/** Options for {@link measure}: how long to sample each function. */
export interface MeasureOptions {
  /** Sampling time per function, in ms (tinybench `time`). */
  timeMs?: number;
  /** Minimum number of calls per function (tinybench `iterations`). */
  iterations?: number;
}

/**
 * Times the functions with tinybench, one after the other in the same process, so
 * that the ratios between them hold even when the machine's speed varies.
 */
export function measure(functions: Record<string, () => unknown>, options: MeasureOptions = {}): Record<string, Timing> {
  const bench = new Bench({ time: options.timeMs ?? 1000, iterations: options.iterations ?? 10, warmupTime: 200, throws: true });
  for (const [name, fn] of Object.entries(functions)) bench.add(name, fn);
  bench.runSync();
  const timings: Record<string, Timing> = {};
  for (const task of bench.tasks) {
    const result = task.result;
    if (!('latency' in result)) throw new Error(`benchmark ${task.name} did not complete (${result.state})`);
    timings[task.name] = {
      name: task.name,
      meanMs: result.latency.mean,
      medianMs: result.latency.p50,
      p99Ms: result.latency.p99,
      samples: result.latency.samplesCount,
    };
  }
  return timings;
}

/** Megabytes (2^20 bytes) per second for `bytes` handled in `ms`. */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return bytes / (1024 * 1024) / (ms / 1000);
}

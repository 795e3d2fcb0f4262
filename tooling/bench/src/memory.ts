/** Heap use of a function over a list of inputs, from `process.memoryUsage()` (needs `node --expose-gc`). */
export interface MemoryUse {
  /** Bytes allocated on the heap per megabyte (2^20 bytes) of input, while parsing. */
  allocatedPerMegabyte: number;
  /** Heap still used after a full GC while every result is kept, in bytes. */
  retainedBytes: number;
  /** `retainedBytes` divided by the input size. */
  retainedPerInputByte: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the benchmark with node --expose-gc');
  gc();
  gc();
}

/**
 * Allocation is the heap growth across each call; calls during which a GC ran (the
 * heap shrank) are left out, so the figure is a slight underestimate at worst.
 */
function allocatedPerByte<T extends { text: string }>(inputs: readonly T[], fn: (input: T) => unknown): number {
  let allocated = 0;
  let bytes = 0;
  for (const input of inputs) {
    const before = process.memoryUsage().heapUsed;
    fn(input);
    const grown = process.memoryUsage().heapUsed - before;
    if (grown <= 0) continue;
    allocated += grown;
    bytes += Buffer.byteLength(input.text, 'utf8');
  }
  return bytes === 0 ? 0 : allocated / bytes;
}

/** Measures allocation and retained memory of `fn` over the inputs (their texts are already in memory). */
export function measureMemory<T extends { text: string }>(inputs: readonly T[], fn: (input: T) => unknown): MemoryUse {
  collectGarbage();
  const perByte = allocatedPerByte(inputs, fn);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = inputs.map(fn);
  collectGarbage();
  const retainedBytes = Math.max(0, process.memoryUsage().heapUsed - before);
  const inputBytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text, 'utf8'), 0);
  if (kept.length !== inputs.length) throw new Error('unreachable: keeps the results alive until measured');
  return { allocatedPerMegabyte: perByte * 1024 * 1024, retainedBytes, retainedPerInputByte: retainedBytes / inputBytes };
}

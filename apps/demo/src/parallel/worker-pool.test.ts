import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMinutes } from '@lsmp/parser';
import { describe, expect, it } from 'vitest';
import { findParseWorker, parseInWorkers } from './parse-in-workers.js';
import { runInWorkers } from './worker-pool.js';

// Workers read workspace packages from source, as under `pnpm lsmp`.
const execArgv = ['--conditions=@lsmp/source'];
const squareWorker = new URL('./__fixtures__/square-worker.ts', import.meta.url);

describe('runInWorkers', () => {
  it('returns the outputs in input order and reports progress once per input', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => i);
    const progress: number[] = [];
    const outputs = await runInWorkers<number, number>(squareWorker, inputs, { size: 2, execArgv, onProgress: (done) => progress.push(done) });
    expect(outputs).toEqual(inputs.map((n) => n * n));
    expect(progress).toEqual(inputs.map((_, i) => i + 1));
  });

  it('rejects with the message of a task that throws', async () => {
    await expect(runInWorkers(squareWorker, [1, 2, -3, 4], { size: 2, execArgv })).rejects.toThrow('negative input -3');
  });

  it('resolves an empty list without starting workers', async () => {
    await expect(runInWorkers(new URL('file:///no/such/worker.js'), [])).resolves.toEqual([]);
  });

  it('rejects when the worker module cannot start', async () => {
    await expect(runInWorkers(new URL('./__fixtures__/missing-worker.js', import.meta.url), [1], { execArgv })).rejects.toThrow();
  });
});

describe('parseInWorkers', () => {
  it('finds the parse worker beside its module', () => {
    expect(findParseWorker()?.pathname).toMatch(/parallel\/parse-worker\.ts$/);
    expect(findParseWorker('file:///nowhere/cli.js')).toBeNull();
  });

  it('gives the same minutes as parsing on this thread, in order', async () => {
    const samples = fileURLToPath(new URL('../../samples', import.meta.url));
    const texts = readdirSync(samples)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => readFileSync(join(samples, file), 'utf8'));
    const done: number[] = [];
    const minutes = await parseInWorkers(texts, { size: 2, execArgv, onProgress: (count) => done.push(count) });
    expect(minutes).toEqual(texts.map((text) => parseMinutes(text).minutes));
    expect(done.at(-1)).toBe(texts.length);
  });
});

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.js';
import type { TaskReply, TaskRequest } from './task-messages.js';

/** Options for {@link runInWorkers}. */
export interface WorkerPoolOptions {
  /** Number of worker threads; defaults to the number of cores (`os.availableParallelism()`). */
  size?: number;
  /** Called after each input is done, with the count done so far and the total. */
  onProgress?: (done: number, total: number, index: number) => void;
  /** Node options for the workers; defaults to the parent's (`process.execArgv`). */
  execArgv?: string[];
  /** Inputs sent to a worker before it must answer: more than one hides the message round trip. */
  inFlightPerWorker?: number;
}

/** The default number of workers: one per core. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs every input through the worker module at `workerUrl` (which calls `serveTasks`)
 * on a pool of worker threads, and resolves with the outputs in the order of the inputs.
 * Rejects with the first error a task throws (or a worker crash) and stops the workers.
 */
export function runInWorkers<Input, Output>(workerUrl: URL, inputs: readonly Input[], options: WorkerPoolOptions = {}): Promise<Output[]> {
  const total = inputs.length;
  if (total === 0) return Promise.resolve([]);
  const size = Math.max(1, Math.min(options.size ?? defaultPoolSize(), total));
  const inFlight = Math.max(1, options.inFlightPerWorker ?? 2);
  const outputs = new Array<Output>(total);
  return new Promise<Output[]>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outputs);
    };
    const send = (worker: Worker): void => {
      if (next >= total) return;
      const request: TaskRequest<Input> = { index: next, input: inputs[next]! };
      next++;
      worker.postMessage(request);
    };
    for (let i = 0; i < size; i++) {
      const worker = startWorker(workerUrl, options.execArgv);
      workers.push(worker);
      worker.on('message', (reply: TaskReply<Output>) => {
        if (settled) return;
        if (!reply.ok) return finish(new Error(reply.error));
        outputs[reply.index] = reply.output;
        done++;
        options.onProgress?.(done, total, reply.index);
        if (done === total) return finish();
        send(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a worker stopped (exit code ${code}) before the work was done`));
      });
      for (let k = 0; k < inFlight; k++) send(worker);
    }
  });
}

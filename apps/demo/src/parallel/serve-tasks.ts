import { isMainThread, parentPort } from 'node:worker_threads';
import type { TaskReply, TaskRequest } from './task-messages.js';

/**
 * Called by a worker module: answers each input the pool sends with `handle`'s output
 * (which must survive structured cloning), or with the error's message.
 */
export function serveTasks<Input, Output>(handle: (input: Input) => Output | Promise<Output>): void {
  if (isMainThread || !parentPort) throw new Error('serveTasks runs only inside a worker thread');
  const port = parentPort;
  port.on('message', async ({ index, input }: TaskRequest<Input>) => {
    let reply: TaskReply<Output>;
    try {
      reply = { index, ok: true, output: await handle(input) };
    } catch (error) {
      reply = { index, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

// A test worker: squares numbers after a short random wait (so answers come back out of order), rejects negatives.
import { serveTasks } from '../serve-tasks.js';

serveTasks(async (n: number) => {
  if (n < 0) throw new Error(`negative input ${n}`);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
  return n * n;
});

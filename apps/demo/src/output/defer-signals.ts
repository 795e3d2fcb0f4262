import { constants } from 'node:os';

let installed = false;

/**
 * Makes Ctrl-C (and SIGTERM, SIGHUP) end the run between writes rather than in the
 * middle of one. The writers are synchronous, so a handler runs only once the write
 * in progress has finished or been undone; without a handler Node would die at once
 * and leave a temporary file or folder behind.
 */
export function deferSignalsUntilWritesEnd(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => process.exit(128 + constants.signals[signal]));
  }
}

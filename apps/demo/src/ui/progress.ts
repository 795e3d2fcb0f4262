import { SingleBar } from 'cli-progress';

/** Something to tick once per document. */
export interface Progress {
  tick(name: string): void;
  stop(): void;
}

const silent: Progress = { tick() {}, stop() {} };

/**
 * A progress bar on standard error, only when it is a terminal and there is more than
 * one document: piped output and CI logs stay clean.
 */
export function startProgress(total: number, label: string): Progress {
  if (total < 2 || !process.stderr.isTTY) return silent;
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {name}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { name: '' });
  return {
    tick: (name) => bar.increment(1, { name }),
    stop: () => bar.stop(),
  };
}

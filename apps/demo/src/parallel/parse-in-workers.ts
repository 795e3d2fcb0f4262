import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import { runInWorkers, type WorkerPoolOptions } from './worker-pool.js';

/**
 * Where the parse worker's module is: beside this one when running from source (tsx)
 * or unbundled, or under `parallel/` beside a bundle built with it as an entry.
 */
export function findParseWorker(from: string = import.meta.url): URL | null {
  return findWorkerModule('parse-worker', from);
}

/** A worker module of this folder by name, found as {@link findParseWorker} finds the parse worker. */
export function findWorkerModule(name: string, from: string = import.meta.url): URL | null {
  const extension = from.endsWith('.ts') ? '.ts' : '.js';
  const candidates = [new URL(`./${name}${extension}`, from), new URL(`./parallel/${name}${extension}`, from)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? null;
}

/**
 * Parses the texts on worker threads (one per core by default), in order, calling
 * `onProgress` as each is done. Parses on this thread when the worker module is
 * missing (a bundle built without it) or when there is only one text.
 */
export async function parseInWorkers(texts: readonly string[], options: WorkerPoolOptions = {}): Promise<Minutes[]> {
  const worker = findParseWorker();
  if (!worker || texts.length < 2) {
    return texts.map((text, index) => {
      const minutes = parseMinutes(text).minutes;
      options.onProgress?.(index + 1, texts.length, index);
      return minutes;
    });
  }
  const json = await runInWorkers<string, string>(worker, texts, options);
  return json.map((minutes) => JSON.parse(minutes) as Minutes);
}

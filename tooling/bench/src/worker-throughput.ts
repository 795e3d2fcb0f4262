import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMinutes } from '@lsmp/parser';
// The CLI's pool and strategy linking, imported from the app's source: apps/demo publishes no library entry.
import { linkToStrategy } from '../../../apps/demo/src/formats/strategy-links.js';
import { findWorkerModule, parseInWorkers } from '../../../apps/demo/src/parallel/parse-in-workers.js';
import { runInWorkers } from '../../../apps/demo/src/parallel/worker-pool.js';
import type { BenchCorpus } from './corpus.js';

/** Documents per second for one way of parsing a folder. */
export interface WorkerThroughputRow {
  /** `parse`: parseMinutes only; `parse + link`: what `lsmp report` does per document before building the series. */
  job: 'parse' | 'parse + link';
  workers: number | 'main thread';
  documents: number;
  seconds: number;
  documentsPerSecond: number;
}

function writeFolder(corpus: BenchCorpus, count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'lsmp-bench-'));
  mkdirSync(join(folder, 'minutes'));
  for (let i = 0; i < count; i++) {
    const doc = corpus.documents[i % corpus.documents.length]!;
    writeFileSync(join(folder, 'minutes', `${String(i).padStart(5, '0')}.txt`), doc.text);
  }
  return folder;
}

function readFolder(folder: string): string[] {
  const dir = join(folder, 'minutes');
  return readdirSync(dir)
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

async function parseFolder(texts: string[], workers: WorkerThroughputRow['workers']): Promise<unknown[]> {
  if (workers === 'main thread') return texts.map((text) => parseMinutes(text).minutes);
  return parseInWorkers(texts, { size: workers });
}

async function parseAndLinkFolder(texts: string[], workers: WorkerThroughputRow['workers']): Promise<unknown[]> {
  if (workers === 'main thread') {
    return texts.map((text) => {
      const { minutes } = parseMinutes(text);
      return { minutes, strategy: linkToStrategy(minutes, text) };
    });
  }
  const worker = findWorkerModule('document-worker');
  if (!worker) throw new Error('the document worker module is missing');
  return (await runInWorkers<string, string>(worker, texts, { size: workers })).map((json) => JSON.parse(json));
}

async function timeRun(job: WorkerThroughputRow['job'], workers: WorkerThroughputRow['workers'], folder: string): Promise<WorkerThroughputRow> {
  const start = performance.now();
  const texts = readFolder(folder);
  const results = job === 'parse' ? await parseFolder(texts, workers) : await parseAndLinkFolder(texts, workers);
  const seconds = (performance.now() - start) / 1000;
  if (results.length !== texts.length) throw new Error('the pool lost documents');
  return { job, workers, documents: texts.length, seconds, documentsPerSecond: texts.length / seconds };
}

/**
 * Reads a folder of `count` minutes and parses it on this thread, then with 1 and 2
 * worker threads; then the same for parsing and linking a folder of `linkCount`.
 */
export async function measureWorkerThroughput(corpus: BenchCorpus, count: number, linkCount = Math.min(count, 2000)): Promise<WorkerThroughputRow[]> {
  const rows: WorkerThroughputRow[] = [];
  for (const [job, size] of [['parse', count], ['parse + link', linkCount]] as const) {
    if (size === 0) continue;
    const folder = writeFolder(corpus, size);
    try {
      for (const workers of ['main thread', 1, 2] as const) rows.push(await timeRun(job, workers, folder));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return rows;
}

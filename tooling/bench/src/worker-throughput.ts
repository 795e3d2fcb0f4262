import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMinutes } from '@lsmp/parser';
// The CLI's pool, imported from the app's source: apps/demo publishes no library entry.
import { parseInWorkers } from '../../../apps/demo/src/parallel/parse-in-workers.js';
import type { BenchCorpus } from './corpus.js';

/** Documents per second for one way of parsing a folder. */
export interface WorkerThroughputRow {
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

async function timeRun(workers: WorkerThroughputRow['workers'], folder: string): Promise<WorkerThroughputRow> {
  const start = performance.now();
  const texts = readFolder(folder);
  const minutes = workers === 'main thread' ? texts.map((text) => parseMinutes(text).minutes) : await parseInWorkers(texts, { size: workers });
  const seconds = (performance.now() - start) / 1000;
  if (minutes.length !== texts.length) throw new Error('the pool lost documents');
  return { workers, documents: texts.length, seconds, documentsPerSecond: texts.length / seconds };
}

/** Reads and parses a folder of `count` minutes on this thread, then with 1 and 2 worker threads. */
export async function measureWorkerThroughput(corpus: BenchCorpus, count: number): Promise<WorkerThroughputRow[]> {
  const folder = writeFolder(corpus, count);
  try {
    const rows: WorkerThroughputRow[] = [];
    for (const workers of ['main thread', 1, 2] as const) rows.push(await timeRun(workers, folder));
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

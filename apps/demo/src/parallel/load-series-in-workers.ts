import type { Minutes } from '@lsmp/model';
import { buildSeries } from '@lsmp/report';
import { type StrategyLinks, serviceAreaCatalogue } from '../formats/strategy-links.js';
import { type LoadedMinutes, uniqueSlugs } from '../io/load-minutes.js';
import { readInput } from '../io/read-input.js';
import { resolveInputs } from '../io/resolve-inputs.js';
import { type LoadedSeries, loadSeries } from '../series/load-series.js';
import { startProgress } from '../ui/progress.js';
import { findWorkerModule } from './parse-in-workers.js';
import { runInWorkers, type WorkerPoolOptions } from './worker-pool.js';

/** Below this many documents, starting workers costs more than it saves. */
const MINIMUM_FOR_WORKERS = 8;

/**
 * `loadSeries` for many documents: each is parsed and linked to London Enriched on a
 * pool of worker threads (one per core), with a progress bar on a terminal. The result
 * is the same as `loadSeries`'s, which it falls back to for a few documents.
 */
export async function loadSeriesInWorkers(argumentsGiven: readonly string[], options: Omit<WorkerPoolOptions, 'onProgress'> = {}): Promise<LoadedSeries> {
  const sources = await resolveInputs(argumentsGiven);
  const worker = findWorkerModule('document-worker');
  if (!worker || sources.length < MINIMUM_FOR_WORKERS) return loadSeries(argumentsGiven);
  const inputs = sources.map((source) => readInput(source.path));
  const slugs = uniqueSlugs(inputs.map((input) => input.name));
  const progress = startProgress(sources.some((s) => s.fromCollection) ? sources.length : 0, 'parsing');
  let results: string[];
  try {
    results = await runInWorkers<string, string>(
      worker,
      inputs.map((input) => input.text),
      { ...options, onProgress: (_done, _total, index) => progress.tick(inputs[index]!.name) },
    );
  } finally {
    progress.stop();
  }
  const documents = results.map((json) => JSON.parse(json) as { minutes: Minutes; strategy: StrategyLinks });
  const loaded: LoadedMinutes[] = inputs.map((input, index) => ({
    name: input.name,
    slug: slugs[index]!,
    text: input.text,
    minutes: documents[index]!.minutes,
    fromCollection: sources[index]!.fromCollection,
  }));
  const strategy = documents.map((doc) => doc.strategy);
  const report = buildSeries(
    loaded.map((doc) => doc.minutes),
    { serviceAreaLinks: strategy.map((links) => links.serviceAreas), serviceAreas: serviceAreaCatalogue },
  );
  return { loaded, strategy, report };
}

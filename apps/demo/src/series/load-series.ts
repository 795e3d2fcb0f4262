import { buildSeries, type SeriesReport } from '@lsmp/report';
import { type LoadedMinutes, loadMinutes } from '../io/load-minutes.js';

/** The documents the arguments name, and the series report built from them. */
export interface LoadedSeries {
  loaded: LoadedMinutes[];
  report: SeriesReport;
}

/** Reads and parses the inputs (the samples by default) and builds the series data. */
export async function loadSeries(argumentsGiven: readonly string[]): Promise<LoadedSeries> {
  const loaded = await loadMinutes(argumentsGiven);
  const report = buildSeries(loaded.map((l) => l.minutes));
  return { loaded, report };
}

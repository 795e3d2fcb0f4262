import { buildSeries, type SeriesReport } from '@lsmp/report';
import { linkToStrategy, type StrategyLinks, serviceAreaCatalogue } from '../formats/strategy-links.js';
import { type LoadedMinutes, loadMinutes } from '../io/load-minutes.js';

/** The documents the arguments name, their strategy links, and the series report built from them. */
export interface LoadedSeries {
  loaded: LoadedMinutes[];
  /** `strategy[i]` belongs to `loaded[i]`. */
  strategy: StrategyLinks[];
  report: SeriesReport;
}

/** Reads and parses the inputs (the samples by default), links them to London Enriched and builds the series data. */
export async function loadSeries(argumentsGiven: readonly string[]): Promise<LoadedSeries> {
  const loaded = await loadMinutes(argumentsGiven);
  const strategy = loaded.map((doc) => linkToStrategy(doc.minutes, doc.text));
  const report = buildSeries(
    loaded.map((doc) => doc.minutes),
    { serviceAreaLinks: strategy.map((links) => links.serviceAreas), serviceAreas: serviceAreaCatalogue },
  );
  return { loaded, strategy, report };
}

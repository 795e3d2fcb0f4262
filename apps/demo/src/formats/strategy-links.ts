// Browser-safe: shared by the command line, the report site and the browser page.
import type { Minutes } from '@lsmp/model';
import { type ItemServiceAreaLinks, linkMinutes, londonEnriched, type MinutesLinks, toItemServiceAreas } from '@lsmp/london-enriched';

/** What the London Enriched linker says one document concerns. */
export interface StrategyLinks {
  /** Every link with its evidence, per agenda item, paragraph and action. */
  links: MinutesLinks;
  /** The service areas of each agenda item, in the shape @lsmp/report's renderers take. */
  serviceAreas: ItemServiceAreaLinks[];
}

/** The seven service areas, in the catalogue's order, so the coverage matrix shows every one. */
export const serviceAreaCatalogue = londonEnriched.serviceAreas.map((area) => ({ id: area.id, name: area.name }));

/** Links a document to London Enriched with @lsmp/london-enriched; `text` lets evidence carry source positions. */
export function linkToStrategy(minutes: Minutes, text: string): StrategyLinks {
  const links = linkMinutes(minutes, londonEnriched, { source: text });
  return { links, serviceAreas: toItemServiceAreas(links) };
}

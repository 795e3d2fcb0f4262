import type { Diagnostic } from '@lsmp/model';
import type { Catalogue, ServiceArea, SourceDocument } from '../schema/catalogue.js';
import { splitUnits } from './headings.js';
import { splitBlocks, splitLines } from './lines.js';
import { readActions } from './read-actions.js';
import { readLinkBodies, readLinkBodyRoles, readServiceAreas } from './read-service-areas.js';
import { isProse, readStrategy, toProse } from './read-strategy.js';

export interface ParseStrategyOptions {
  /** The document the text comes from, recorded in every entry's `source`. Defaults to `{ id: 'input' }`. */
  document?: SourceDocument;
  /**
   * Service areas to place the actions under when the text does not list them itself
   * (a chapter of the plan on its own). Areas the text lists take precedence.
   */
  serviceAreas?: ServiceArea[];
}

export interface ParseStrategyResult {
  catalogue: Catalogue;
  diagnostics: Diagnostic[];
}

/**
 * Reads implementation-plan text ("Core objective", "Proposed Action (7.3.1)", "Key tasks",
 * "Outcome", "Delivery partners", "Resources"), and the prose that introduces a strategy,
 * into catalogue entries. Like the minutes parser it never throws on any string: what it
 * cannot read is left out and reported, so always check the diagnostics.
 */
export function parseStrategyText(text: string, options: ParseStrategyOptions = {}): ParseStrategyResult {
  const document = options.document ?? { id: 'input' };
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(text);
  const blocks = splitBlocks(lines);
  const prose = blocks.filter(isProse).map(toProse);
  const strategy = readStrategy(blocks, prose, document.id, diagnostics);
  const listed = readServiceAreas(prose, document.id, diagnostics);
  const serviceAreas = listed.length > 0 ? listed : (options.serviceAreas ?? []);
  const { actions, coreObjectives } = readActions(splitUnits(lines), serviceAreas, document.id, diagnostics);
  const catalogue: Catalogue = {
    serviceAreas: listed,
    linkBodyRoles: readLinkBodyRoles(blocks, document.id),
    linkBodies: readLinkBodies(prose, serviceAreas, document.id),
    coreObjectives,
    actions,
    sources: [document],
  };
  return { catalogue: strategy ? { strategy, ...catalogue } : catalogue, diagnostics };
}

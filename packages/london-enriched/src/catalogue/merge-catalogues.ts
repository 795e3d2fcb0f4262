import type { Catalogue } from '../schema/catalogue.js';

function unique<T>(entries: T[], key: (entry: T) => string): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const id = key(entry);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * One catalogue from several (each read from one document of the plan). The first
 * source to state something wins: the first strategy, and the first service area, link
 * body, core objective or action with a given id. Check `duplicateActions` for actions
 * that more than one source gives.
 */
export function mergeCatalogues(catalogues: Catalogue[]): { catalogue: Catalogue; duplicateActions: string[] } {
  const actions = catalogues.flatMap((catalogue) => catalogue.actions);
  const actionIds = actions.map((action) => action.id);
  const catalogue: Catalogue = {
    serviceAreas: unique(
      catalogues.flatMap((entry) => entry.serviceAreas),
      (area) => area.id,
    ),
    linkBodyRoles: unique(
      catalogues.flatMap((entry) => entry.linkBodyRoles),
      (role) => role.text,
    ),
    linkBodies: unique(
      catalogues.flatMap((entry) => entry.linkBodies),
      (body) => body.id,
    ),
    coreObjectives: unique(
      catalogues.flatMap((entry) => entry.coreObjectives),
      (objective) => `${objective.serviceArea}\n${objective.text}`,
    ),
    actions: unique(actions, (action) => action.id),
    sources: unique(
      catalogues.flatMap((entry) => entry.sources),
      (source) => source.id,
    ),
  };
  const strategy = catalogues.find((entry) => entry.strategy)?.strategy;
  return {
    catalogue: strategy ? { strategy, ...catalogue } : catalogue,
    duplicateActions: unique(actionIds.filter((id, index) => actionIds.indexOf(id) !== index), (id) => id),
  };
}

import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, catalogueSources } from '../scripts/catalogue-sources.js';
import { CatalogueSchema } from '../src/schema/catalogue.js';
import { flattenKeyTasks, londonEnriched, parseStrategyText } from '../src/index.js';

const corpus = sharedCorpus('corpus');
const source = corpus?.find((document) => document.name === catalogueSources[0]!.id);

describe('the shipped catalogue', () => {
  it('passes the zod schemas unchanged', () => {
    expect(CatalogueSchema.parse(londonEnriched)).toEqual(londonEnriched);
  });

  it('refers only to its own service areas, objectives and sources', () => {
    const areaIds = new Set(londonEnriched.serviceAreas.map((area) => area.id));
    const objectives = new Set(londonEnriched.coreObjectives.map((objective) => objective.text));
    const documents = new Set(londonEnriched.sources.map((document) => document.id));
    for (const action of londonEnriched.actions) {
      expect(areaIds).toContain(action.serviceArea);
      expect(objectives).toContain(action.coreObjective);
      expect(documents).toContain(action.source.document);
    }
    for (const body of londonEnriched.linkBodies) expect(areaIds).toContain(body.serviceArea);
    expect(new Set(londonEnriched.actions.map((action) => action.id)).size).toBe(londonEnriched.actions.length);
  });
});

describe.skipIf(!source)('the shipped catalogue against its source (../shared/corpus/004)', () => {
  const text = source!.text;
  const gold = source!.gold.strategy;
  const lines = text.split('\n');

  it('is exactly what the generator reads from the source today', () => {
    expect(buildCatalogue(new Map([[source!.name, text]]))).toEqual(londonEnriched);
  });

  it('reports the gaps of the source and nothing else', () => {
    const { diagnostics } = parseStrategyText(text);
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([
      ['LE1005', 139],
      ['LE1003', 229],
      ['LE1005', 289],
    ]);
  });

  it('matches the gold strategy field for field', () => {
    const areaName = new Map(londonEnriched.serviceAreas.map((area) => [area.id, area.name]));
    expect(londonEnriched.strategy?.name).toBe(gold.name);
    expect(londonEnriched.strategy?.launched).toBe(gold.launched);
    expect(londonEnriched.serviceAreas.map((area) => area.name)).toEqual(gold.serviceAreas);
    expect(londonEnriched.linkBodyRoles.map((role) => role.text)).toEqual(gold.linkBodyRoles);
    const actions = londonEnriched.actions.map((action) => ({
      id: action.id,
      serviceArea: areaName.get(action.serviceArea!),
      coreObjective: action.coreObjective,
      title: action.title,
      keyTasks: flattenKeyTasks(action.keyTasks ?? []),
      outcomes: action.outcomes,
      deliveryPartners: action.deliveryPartners,
      resources: action.resources,
    }));
    expect(actions).toEqual(gold.actions);
    // The bold that marked the leads did not survive extraction, so no lead is recorded;
    // the report states no chapter numbers and no period, so none are recorded either.
    expect(londonEnriched.actions.filter((action) => action.leadPartners)).toEqual([]);
    expect(londonEnriched.serviceAreas.filter((area) => area.chapter !== undefined)).toEqual([]);
    expect(londonEnriched.strategy?.period).toBeUndefined();
  });

  it('points every entry at the lines it came from', () => {
    for (const action of londonEnriched.actions) {
      expect(lines[action.source.lines.start - 1]).toContain(`Proposed Action (${action.id})`);
      expect(lines[action.source.lines.end - 1]?.trim()).toBe(action.resources?.at(-1));
    }
    for (const role of londonEnriched.linkBodyRoles) expect(lines[role.source.lines.start - 1]).toContain(role.text);
    for (const area of londonEnriched.serviceAreas) expect(lines[area.source.lines.start - 1]).toContain(area.name);
    for (const objective of londonEnriched.coreObjectives) expect(lines[objective.source.lines.end - 1]).toContain(objective.text);
    const strategy = londonEnriched.strategy!;
    expect(lines[strategy.source.lines.start - 1]).toContain(strategy.name);
    expect(lines[strategy.source.lines.end - 1]).toContain(strategy.purpose);
  });
});

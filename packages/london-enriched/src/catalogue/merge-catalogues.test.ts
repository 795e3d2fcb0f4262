import { describe, expect, it } from 'vitest';
import { parseStrategyText } from '../strategy-text/parse-strategy-text.js';
import { mergeCatalogues } from './merge-catalogues.js';

// Two fictional chapters of one plan, as two documents.
const first = parseStrategyText(
  'Ours – A strategy for all\n\nIt covers 2 service areas: parks and transport.\n\nParks actions\n\nProposed Action (1.1.1)\n\nPlant trees\n',
  { document: { id: 'one' } },
).catalogue;
const second = parseStrategyText('Transport actions\n\nProposed Action (2.1.1)\n\nRun buses\n\nProposed Action (1.1.1)\n\nPlant more trees\n', {
  document: { id: 'two' },
  serviceAreas: first.serviceAreas,
}).catalogue;

describe('mergeCatalogues', () => {
  it('joins the documents, the first to state something winning', () => {
    const { catalogue, duplicateActions } = mergeCatalogues([first, second]);
    expect(catalogue.strategy?.name).toBe('Ours');
    expect(catalogue.actions.map((action) => [action.id, action.serviceArea, action.title, action.source.document])).toEqual([
      ['1.1.1', 'parks', 'Plant trees', 'one'],
      ['2.1.1', 'transport', 'Run buses', 'two'],
    ]);
    expect(catalogue.sources.map((source) => source.id)).toEqual(['one', 'two']);
    expect(duplicateActions).toEqual(['1.1.1']);
  });
});

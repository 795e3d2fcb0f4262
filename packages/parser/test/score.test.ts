// The acceptance figures of issues 2 and 3, measured with ../shared/tools/score.mjs
// on the shared corpora. A failure prints every document's summary and misses.
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { describe, expect, it } from 'vitest';
import { loadScorer, minutesDocuments, scoreDocuments, shortfalls, summary, totals } from './support/corpus-score.js';

const corpus = sharedCorpus('corpus');
const extra = sharedCorpus('corpus-extra');

describe.skipIf(!corpus)('score on ../shared/corpus (issue 2)', () => {
  it('reaches the foundation figures', async () => {
    const results = scoreDocuments(await loadScorer(), minutesDocuments(corpus!));
    const t = totals(results);
    expect(results.length).toBeGreaterThan(0);
    const failed = shortfalls([
      { label: 'meta', value: t.meta, min: 1 },
      { label: 'attendees F1', value: t.attendees, min: 0.98 },
      { label: 'initials', value: t.initials, min: 0.95 },
      { label: 'affiliation', value: t.affiliation, min: 0.95 },
      { label: 'chair', value: t.chair, min: 0.95 },
      { label: 'substitute', value: t.substituteFor, min: 0.95 },
      { label: 'items F1', value: t.items, min: 0.98 },
      { label: 'actions F1', value: t.actions, min: 0.95 },
      { label: 'owners', value: t.owners, min: 0.95 },
    ]);
    if (t.invented > 0) failed.push(`meta: ${t.invented} invented`);
    expect(failed, summary(results)).toEqual([]);
  });
});

describe.skipIf(!extra)('score on ../shared/corpus-extra (issue 3)', () => {
  // Other bodies' minutes: a parish council, a liaison committee, a software steering
  // committee, a standards committee and a second parish council.
  it('reaches the generalisation figures', async () => {
    const results = scoreDocuments(await loadScorer(), minutesDocuments(extra!));
    const t = totals(results);
    expect(results.length).toBeGreaterThan(0);
    const failed = shortfalls([
      { label: 'meta', value: t.meta, min: 0.9 },
      { label: 'attendees F1', value: t.attendees, min: 0.9 },
      { label: 'items F1', value: t.items, min: 0.85 },
      { label: 'actions F1', value: t.actions, min: 0.85 },
      { label: 'owners', value: t.owners, min: 0.9 },
    ]);
    if (t.invented > 0) failed.push(`meta: ${t.invented} invented`);
    expect(failed, summary(results)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCorpus, byteLength, largestDocument } from './corpus.js';

describe('buildCorpus', () => {
  it('repeats the samples and shared documents to at least the size asked', () => {
    const corpus = buildCorpus(100_000);
    expect(corpus.bytes).toBeGreaterThanOrEqual(100_000);
    expect(corpus.documents.some((doc) => doc.name.startsWith('samples/'))).toBe(true);
    expect(corpus.repeated.length % corpus.documents.length).toBe(0);
    expect(corpus.joined).toContain(corpus.documents[0]!.text);
  });

  it('picks the largest document outside the samples when there is one', () => {
    const corpus = buildCorpus(1);
    const largest = largestDocument(corpus);
    const candidates = corpus.documents.filter((doc) => !doc.name.startsWith('samples/'));
    const pool = candidates.length > 0 ? candidates : corpus.documents;
    for (const doc of pool) expect(byteLength(doc.text)).toBeLessThanOrEqual(byteLength(largest.text));
  });
});

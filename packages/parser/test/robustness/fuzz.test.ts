// Fuzzing complements src/parse-minutes.properties.test.ts (random code units and
// minutes-like lines): here, random bytes as a converter might decode them,
// random Unicode text, and the real minutes of the shared corpora, damaged.
// Each run also checks that parsing the same text twice gives the same result.
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSpans, checkParse } from './check-result.js';
import { mutatedDocument } from './mutations.js';
import { fictionalMinutes } from './sample-texts.js';

const corpusTexts = [sharedCorpus('corpus'), sharedCorpus('corpus-extra')].flatMap((corpus) => (corpus ?? []).map((doc) => doc.text));

/** Characters converters leave behind that are easy to mishandle: controls, BOMs, separators, bidi marks. */
const invisibles = fc.oneof(
  fc.constantFrom('\u0000', '\u0007', '\u000b', '\u000c', '\u0085', '\u00ad', '\u200b', '\u200d', '\u2028', '\u2029', '\u202e', '\ufeff', '\ufffd', '\ud83d\ude00', '\ud800'),
  fc.constantFrom(' ', '\t', '\n', '\r', 'A', 'a', '1', '.', ':', '*', '–'),
);

describe('parseMinutes on hostile input', () => {
  it('holds for random bytes decoded as UTF-8, replacement characters and all', () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        checkParse(decoder.decode(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('holds for random Unicode text: astral characters, combining marks, controls', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.string({ unit: invisibles, maxLength: 300 }));
    fc.assert(fc.property(text, (t) => void checkParse(t)), { numRuns: 150 });
  });

  it('finds the spans of every node, however deep (so the checks above see them)', () => {
    const spans = allSpans(checkParse(fictionalMinutes));
    expect(spans.length).toBeGreaterThan(10);
  });

  it('holds for the fictional minutes, damaged', () => {
    fc.assert(fc.property(mutatedDocument([fictionalMinutes]), (t) => void checkParse(t)), { numRuns: 100 });
  });

  it.skipIf(corpusTexts.length === 0)('holds for the shared corpora minutes, damaged', () => {
    fc.assert(fc.property(mutatedDocument(corpusTexts), (t) => void checkParse(t)), { numRuns: 60 });
  });

  it('holds for the shared corpora minutes as they are', () => {
    for (const text of corpusTexts) checkParse(text);
  });
});

/// <reference types="node" />
// The index only picks which patterns to run and where to start them: on any text, it
// must find exactly what running every pattern over the whole text finds.
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonEnriched } from '../data/london-enriched.generated.js';
import { type CompiledTerm, compileVocabulary } from './compile-vocabulary.js';
import { eachMatch } from './each-match.js';
import { matchVocabulary } from './match-text.js';
import { catalogueVocabulary } from './target-names.js';
import { TermIndex } from './term-index.js';
import type { VocabularyEntry } from './types.js';
import { vocabulary } from './vocabulary.js';

const shipped = [...vocabulary, ...catalogueVocabulary(londonEnriched)];

/** Every pattern over the whole text, with matchAll: the approach the index must agree with. */
function everyPattern(text: string, terms: CompiledTerm[]): [number, string][][] {
  return terms.map(({ pattern }) => [...text.matchAll(pattern)].map((match): [number, string] => [match.index, match[0]]));
}

/** Only the candidates, each from its start. */
function throughIndex(text: string, terms: CompiledTerm[], index: TermIndex): [number, string][][] {
  const found = terms.map((): [number, string][] => []);
  for (const { term, start } of index.candidates(text)) eachMatch(text, terms[term]!.pattern, start, (match) => void found[term]!.push([match.index, match[0]]));
  return found;
}

// Characters that test the edges: Unicode case folding (long s, Kelvin sign, dotted and
// dotless i, sharp s), letters outside ASCII and the BMP, a lone surrogate, a combining
// mark that folds to a letter, "_" (a word character for \b only), hyphens, apostrophes,
// addresses and action numbers.
const tricky = ['_', '\u017f', '\u212a', '\u0130', 'ı', 'é', 'ß', '𝐀', '\ud835', '\u0345', 'ǅ', '-', "'", '’', '@', '://', 'www.', '\u00a0', '\t', '\n', '7.3.1', 'ī'];
const oddTerms = [' ', 'co*mmunity', '(RIES)', "Mayor's", 'x-ray', '&', '7.3.1', '-based', "'quoted'", 'K9', 'straße', 'naïve', '\u017fkills', 'ESOL*'];

const vocabularyWords = [...new Set([...shipped.flatMap((entry) => entry.terms), ...oddTerms].flatMap((term) => term.split(/\s+/)).map((word) => word.replace(/\*$/, '')))];
const recase = (word: string, how: number): string =>
  [word, word.toLowerCase(), word.toUpperCase(), word.replace(/s/g, '\u017f'), word.replace(/k/gi, '\u212a'), word.replace(/i/gi, '\u0130'), `${word}ing`, word.slice(1), word[0] + word.slice(2)][
    how % 9
  ]!;
const word = fc.oneof(
  fc.tuple(fc.constantFrom(...vocabularyWords), fc.nat()).map(([text, how]) => recase(text, how)),
  fc.constantFrom(...tricky),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '-', '\n', '  ', '_', '/', '(', "'", '.');
const sentence = fc.array(fc.tuple(word, separator), { maxLength: 24 }).map((parts) => parts.map(([text, after]) => text + after).join(''));

// Paragraphs of the real minutes, with a few words changed, cut or put in, and letters swapped for their look-alikes.
const chunks = [...(sharedCorpus('corpus') ?? []), ...(sharedCorpus('corpus-extra') ?? [])].flatMap((document) => document.text.split(/\n\s*\n/)).filter((chunk) => chunk.trim() !== '');
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 4 }), insert: word });
const lookAlikes = [(text: string) => text, (text: string) => text.replace(/k/g, '\u212a'), (text: string) => text.replace(/s/g, '\u017f'), (text: string) => text.replace(/ /g, '_'), (text: string) => text.toUpperCase()];
const mutated =
  chunks.length === 0
    ? sentence
    : fc.tuple(fc.constantFrom(...chunks), fc.array(edit, { maxLength: 6 }), fc.constantFrom(...lookAlikes)).map(([chunk, edits, lookAlike]) =>
        lookAlike(
          edits.reduce((text, { at, cut, insert }) => {
            const where = at % (text.length + 1);
            return text.slice(0, where) + insert + text.slice(where + cut);
          }, chunk),
        ),
      );
const anyText = fc.oneof(sentence, mutated);

// Vocabularies of any words: endings with "*", acronyms, case-sensitive entries, odd terms.
const term = fc.array(fc.tuple(fc.constantFrom(...vocabularyWords), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }).map((words) => words.map(([text, how, star]) => recase(text, how % 3) + (star ? '*' : '')).join(' '));
const entries = fc.array(fc.record({ terms: fc.array(fc.oneof(term, fc.constantFrom(...oddTerms)), { minLength: 1, maxLength: 3 }), caseSensitive: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((list) =>
  list.map(({ terms, caseSensitive }, index): VocabularyEntry => ({ id: `e${index}`, terms, caseSensitive, targets: [{ kind: 'service-area', id: 'health' }], confidence: 0.8 })),
);

describe('TermIndex', () => {
  const terms = compileVocabulary(shipped);
  const index = new TermIndex(terms);

  it('finds what every pattern finds, on random and edited texts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(throughIndex(text, terms, index)).toEqual(everyPattern(text, terms));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds what every pattern finds, with any vocabulary', () => {
    fc.assert(
      fc.property(entries, fc.array(sentence, { minLength: 1, maxLength: 5 }), (list, texts) => {
        const own = compileVocabulary(list);
        const ownIndex = new TermIndex(own);
        for (const text of texts) expect(throughIndex(text, own, ownIndex)).toEqual(everyPattern(text, own));
      }),
      { numRuns: 200 },
    );
    // (200 vocabularies compiled and indexed: about 10 s alone, several times that on a machine shared with other jobs.)
  }, 180_000);

  it('gives matchVocabulary the same matches as trying every term', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(matchVocabulary(text, terms, index.candidates(text))).toEqual(matchVocabulary(text, terms));
      }),
      { numRuns: 500 },
    );
  });

  it('tries only the terms whose words the text has', () => {
    const tried = (text: string) => index.candidates(text).map(({ term }) => terms[term]!.pattern.source);
    expect(tried('The minutes were approved.')).toEqual([]);
    expect(tried('Members discussed ESOL classes.')).toEqual([terms.find((entry) => entry.pattern.source.includes('ESOL'))!.pattern.source]);
    // "Refugee Week" needs both words.
    expect(tried('A refugee spoke.').some((source) => source.includes('Week'))).toBe(false);
    expect(tried('\u0130stanbul.')).toEqual([]);
  });

  it('keeps terms whose letters the pattern may skip: a "*" inside a word makes the letter before it optional', () => {
    const own = compileVocabulary([{ id: 'odd', terms: ['co*mmunity'], targets: [], confidence: 1 }]);
    expect(throughIndex('A cmmunity hall.', own, new TermIndex(own))).toEqual([[[2, 'cmmunity']]]);
  });
});

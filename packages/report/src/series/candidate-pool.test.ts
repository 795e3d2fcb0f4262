import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActionEvent, statusFromHistory, statusTracker } from './action-history.js';
import { CandidatePool, inOrder } from './candidate-pool.js';
import type { MatchCandidate } from './match-earlier-action.js';
import { sharedWords } from './text-similarity.js';

const words = fc.uniqueArray(fc.constantFrom('pilot', 'esol', 'map', 'housing', 'circulat', 'council', 'forum', 'figur'), { maxLength: 6 });
const candidate = fc.record({ words, number: fc.option(fc.constantFrom('1', '2', '3.1')) });

function candidateOf(value: { words: string[]; number: string | null }, index: number): MatchCandidate<number> {
  return { value: index, number: value.number, raisedAt: null, words: new Set(value.words), owners: new Set() };
}

describe('CandidatePool', () => {
  it('counts shared words and finds numbers as a scan of every earlier candidate would', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), words, fc.nat(30), fc.constantFrom('1', '2', '9'), (values, text, limit, number) => {
        const candidates = values.map(candidateOf);
        const pool = new CandidatePool<number>();
        for (const c of candidates) pool.add(c);
        const textWords = new Set(text);
        const expected = candidates.flatMap((c, i) => (i < limit && sharedWords(c.words, textWords) > 0 ? [[i, sharedWords(c.words, textWords)]] : []));
        const counts = pool.sharedWordCounts(textWords, limit);
        expect([...counts].sort((a, b) => a[0] - b[0])).toEqual(expected);
        expect(pool.numbered(number, limit)).toEqual(candidates.flatMap((c, i) => (i < limit && c.number === number ? [i] : [])));
        const order = [...inOrder(counts, pool.numbered(number, limit))];
        expect(order).toEqual([...new Set([...counts.keys(), ...pool.numbered(number, limit)])].sort((a, b) => a - b));
      }),
    );
  });
});

describe('statusTracker', () => {
  const event = fc.record({ implies: fc.constantFrom(null, 'reported-on', 'done', 'dropped') });
  it('gives the status statusFromHistory gives, as a history grows', () => {
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 4 }), { maxLength: 8 }), (growth) => {
        const status = statusTracker();
        const history: ActionEvent[] = [];
        for (const added of growth) {
          for (const { implies } of added) history.push({ meetingId: 'm1', kind: 'reported', evidence: null, itemNumber: null, implies, matchedBy: null, similarity: null });
          expect(status(history)).toBe(statusFromHistory(history).status);
        }
      }),
    );
  });
});

import type { MatchCandidate } from './match-earlier-action.js';

/**
 * The earlier actions of a series, indexed by content word and number, so a later
 * record is compared only with the actions it shares a word or a number with
 * instead of with every action so far (the series grows by a meeting's actions at
 * a time, and each meeting's records are matched against all earlier ones).
 */
export class CandidatePool<T> {
  readonly candidates: MatchCandidate<T>[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();

  add(candidate: MatchCandidate<T>): void {
    const index = this.candidates.length;
    this.candidates.push(candidate);
    for (const word of candidate.words) listFor(this.byWord, word).push(index);
    if (candidate.number !== null) listFor(this.byNumber, candidate.number).push(index);
  }

  /**
   * Of the first `limit` candidates, how many of `words` each one has, for those
   * that have any (by candidate index).
   */
  sharedWordCounts(words: ReadonlySet<string>, limit: number): Map<number, number> {
    const counts = new Map<number, number>();
    for (const word of words) {
      for (const index of this.byWord.get(word) ?? []) {
        if (index < limit) counts.set(index, (counts.get(index) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** Indexes (below `limit`) of the candidates with this number. */
  numbered(number: string | null, limit: number): number[] {
    return number === null ? [] : (this.byNumber.get(number) ?? []).filter((index) => index < limit);
  }
}

function listFor(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/**
 * Candidate indexes in ascending order, the order ties are settled in: those with
 * shared words, then the numbered ones not among them.
 */
export function inOrder(shared: ReadonlyMap<number, number>, numbered: readonly number[] = []): Uint32Array {
  const indexes = [...shared.keys()];
  for (const index of numbered) if (!shared.has(index)) indexes.push(index);
  return Uint32Array.from(indexes).sort();
}

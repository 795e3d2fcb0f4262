import type { Action } from '@lsmp/model';
import type { ActionMatch } from './action-history.js';
import { isBareProgress } from './classify-progress.js';
import { personKey } from './normalise-name.js';
import { type CandidatePool, inOrder } from './candidate-pool.js';
import { containmentOf, contentWords, diceOf } from './text-similarity.js';

/** An earlier action a later record may be about. */
export interface MatchCandidate<T> {
  value: T;
  number: string | null;
  /** Meeting it was raised at, or null when raised before the series. */
  raisedAt: string | null;
  words: Set<string>;
  /** Who owns it, as `ownerKeys` gives them. */
  owners: Set<string>;
}

export interface ActionMatchResult<T> {
  candidate: MatchCandidate<T>;
  matchedBy: ActionMatch;
  similarity: number;
}

// Action numbers restart at every meeting, so "Action 2" under matters arising
// means action 2 of the meeting before (or of the meeting the report names, see
// `referencedMeeting`: `numberedAt`). The two must still share a content word or
// an owner, unless the later record says nothing but its progress ("Action 2: done"):
// a report often speaks of the outcome, not the task ("the pilot starts in September"
// for "set up a pilot of daytime ESOL classes").

const SIMILAR_ACTION = 0.5;
const PARAGRAPH_COVERAGE = 0.6;
const PARAGRAPH_SHARED_WORDS = 3;

/**
 * The earlier action a matters-arising or outstanding action record reports on, if any.
 * @param pool The earlier actions; only the first `limit` are candidates.
 */
export function matchAction<T>(
  action: Pick<Action, 'number' | 'text'>,
  pool: CandidatePool<T>,
  limit: number,
  numberedAt: string | null,
  owners: ReadonlySet<string> = new Set(),
): ActionMatchResult<T> | null {
  const words = contentWords(action.text);
  const shared = pool.sharedWordCounts(words, limit);
  let best: ActionMatchResult<T> | null = null;
  let bestScore = 0;
  // Only actions sharing a word or the number can match; the rest score 0.
  for (const index of inOrder(shared, pool.numbered(action.number, limit))) {
    const candidate = pool.candidates[index]!;
    const sharedWords = shared.get(index) ?? 0;
    const similarity = round(diceOf(sharedWords, words.size, candidate.words.size));
    const sameNumber = action.number !== null && candidate.number === action.number && candidate.raisedAt === numberedAt;
    let matchedBy: ActionMatch | null = null;
    // Or the same owner: "Action 1 (LM, pilot) – starts in September" is LM's action 1.
    const sameOwner = () => [...owners].some((owner) => candidate.owners.has(owner));
    if (sameNumber && numberedAt !== null && (sharedWords > 0 || isBareProgress(action.text) || sameOwner())) matchedBy = 'action-number';
    else if (similarity >= SIMILAR_ACTION) matchedBy = 'similar-action';
    const score = matchedBy === 'action-number' ? 1 + similarity : similarity;
    if (matchedBy && score > bestScore) {
      best = { candidate, matchedBy, similarity };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The earlier action a paragraph under matters arising speaks about: one it names
 * ("Action 3: the meeting took place") or one most of whose words it uses.
 * @param pool The earlier actions; only the first `limit` are candidates.
 */
export function matchParagraph<T>(text: string, pool: CandidatePool<T>, limit: number, numberedAt: string | null): ActionMatchResult<T> | null {
  const named = /\baction\s+(?:no\.?\s*)?(\d+(?:\.\d+)*)\b/i.exec(text)?.[1];
  const words = contentWords(text);
  const shared = pool.sharedWordCounts(words, limit);
  if (named && numberedAt) {
    const index = pool.numbered(named, limit).find((i) => pool.candidates[i]!.raisedAt === numberedAt);
    if (index !== undefined) {
      const candidate = pool.candidates[index]!;
      return { candidate, matchedBy: 'numbered-paragraph', similarity: round(containmentOf(shared.get(index) ?? 0, candidate.words.size)) };
    }
  }
  let best: ActionMatchResult<T> | null = null;
  // Only actions sharing a word with the paragraph can be covered by it.
  for (const index of inOrder(shared)) {
    const candidate = pool.candidates[index]!;
    const sharedWords = shared.get(index)!;
    const similarity = round(containmentOf(sharedWords, candidate.words.size));
    const enoughWords = sharedWords >= Math.min(PARAGRAPH_SHARED_WORDS, candidate.words.size);
    if (similarity >= PARAGRAPH_COVERAGE && enoughWords && similarity > (best?.similarity ?? 0)) {
      best = { candidate, matchedBy: 'similar-paragraph', similarity };
    }
  }
  return best;
}

// Two decimals keep the JSON and golden files readable and stable.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Keys under which two records name the same owner: the person's or body's name, else the owner as written. */
export function ownerKeys(owners: readonly { raw: string; name: string | null }[]): Set<string> {
  return new Set(owners.map((owner) => personKey(owner.name ?? owner.raw)).filter(Boolean));
}

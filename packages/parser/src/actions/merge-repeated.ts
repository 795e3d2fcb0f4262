import type { Action } from '@lsmp/model';

/** Share of the smaller action's words the two must have in common to be one action. */
const SAME_SHARE = 0.8;

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(1, Math.min(a.size, b.size));
}

/** Kept actions with the same words: the first of them, and the first whose item differs from its. */
interface BagGroup {
  bag: Set<string>;
  first: number;
  firstItem: string | null;
  otherItem: number;
}

/**
 * An action log at the end repeats actions recorded in the text: keep one record,
 * the first, and take the number and status the log adds.
 *
 * Candidates come from an index of words, so a long log costs about one pass (a scan of
 * every kept action per action was quadratic): bags that share at least SAME_SHARE of the
 * smaller one's words share a word of its prefix, its words rarest first.
 */
export function mergeRepeatedActions(actions: Action[]): Action[] {
  const bags = actions.map((a) => words(a.text));
  const rarity = documentFrequency(bags);
  const rarestFirst = (a: string, b: string) => rarity.get(a)! - rarity.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const kept: Action[] = [];
  const groups = new Map<string, BagGroup>();
  /** Groups by every word of their bag, and by the words of their prefix. */
  const byWord = new Map<string, BagGroup[]>();
  const byPrefixWord = new Map<string, BagGroup[]>();
  actions.forEach((action, index) => {
    const bag = bags[index]!;
    const sorted = [...bag].sort(rarestFirst);
    const prefix = sorted.slice(0, prefixLength(bag.size));
    const same = bag.size >= 3 ? firstRepeated(action.itemNumber, bag, prefix, byWord, byPrefixWord) : -1;
    if (same !== -1) {
      const first = kept[same]!;
      first.number ??= action.number;
      first.status ??= action.status;
      return;
    }
    const key = sorted.join(' ');
    const group = groups.get(key);
    if (group) {
      if (group.otherItem === -1 && action.itemNumber !== group.firstItem) group.otherItem = kept.length;
    } else {
      const created: BagGroup = { bag, first: kept.length, firstItem: action.itemNumber, otherItem: -1 };
      groups.set(key, created);
      for (const w of bag) listIn(byWord, w).push(created);
      for (const w of prefix) listIn(byPrefixWord, w).push(created);
    }
    kept.push(action);
  });
  return kept.map((a, i) => ({ ...a, id: `act${i + 1}` }));
}

/** The first kept action, in order, from another item whose words are mostly these. */
function firstRepeated(item: string | null, bag: Set<string>, prefix: string[], byWord: Map<string, BagGroup[]>, byPrefixWord: Map<string, BagGroup[]>): number {
  const candidates = new Set<BagGroup>();
  // A kept bag at least as large shares a word of this prefix; a smaller one, a word of its own prefix.
  for (const w of prefix) for (const g of byWord.get(w) ?? []) candidates.add(g);
  for (const w of bag) for (const g of byPrefixWord.get(w) ?? []) candidates.add(g);
  let best = -1;
  for (const group of candidates) {
    const index = group.firstItem !== item ? group.first : group.otherItem;
    if (index === -1 || (best !== -1 && index >= best)) continue;
    if (overlap(bag, group.bag) >= SAME_SHARE) best = index;
  }
  return best;
}

/** Enough of a bag's words that another sharing SAME_SHARE of them must hold one (one more than it may miss, rounded up). */
function prefixLength(size: number): number {
  return Math.min(size, size - Math.floor(SAME_SHARE * size) + 1);
}

function documentFrequency(bags: Set<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const bag of bags) for (const w of bag) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return frequency;
}

function listIn(map: Map<string, BagGroup[]>, key: string): BagGroup[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

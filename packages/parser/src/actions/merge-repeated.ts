import type { Action } from '@lsmp/model';
import { listIn } from '../map-lists.js';

/** Share of the smaller action's words the two must have in common to be one action. */
const SAME_SHARE = 0.8;
/** The share two actions of the same number and owners need: the log's short form of the task ("Draft NHS briefing"). */
const NUMBERED_SHARE = 0.5;

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(1, Math.min(a.size, b.size));
}

/** Kept actions with the same words: the first of them, and the first whose item differs from its. */
interface BagGroup {
  bag: Set<string>;
  /** The bag's rarest words: two bags that are one action share a word of the smaller bag's prefix. */
  prefix: string[];
  first: number;
  firstItem: string | null;
  otherItem: number;
}

/**
 * Groups by word, split by item: an action is only ever one with an action of another item, so
 * the groups of its own item are skipped unseen (a long list of like actions under one item
 * would otherwise make every lookup a scan), unless a group also has an action of another item.
 */
class WordIndex {
  private readonly byItem = new Map<string, Map<string | null, BagGroup[]>>();
  private readonly ofSeveralItems = new Map<string, BagGroup[]>();

  add(words: Iterable<string>, group: BagGroup): void {
    for (const w of words) {
      let items = this.byItem.get(w);
      if (!items) this.byItem.set(w, (items = new Map()));
      listIn(items, group.firstItem).push(group);
    }
  }

  /** The group now has an action of a second item: every item's lookup may find it. */
  spread(words: Iterable<string>, group: BagGroup): void {
    for (const w of words) listIn(this.ofSeveralItems, w).push(group);
  }

  /** Adds to `into` the groups with one of `words` that an action of `item` can repeat. */
  collect(words: Iterable<string>, item: string | null, into: Set<BagGroup>): void {
    for (const w of words) {
      for (const [groupItem, groups] of this.byItem.get(w) ?? []) if (groupItem !== item) for (const g of groups) into.add(g);
      for (const g of this.ofSeveralItems.get(w) ?? []) into.add(g);
    }
  }
}

/**
 * An action log at the end repeats actions recorded in the text: keep one record,
 * the first, and take the number and status the log adds. Sections are told apart by
 * their item number, or by `sectionOf` where items go unnumbered. An action of another
 * section with the same number and owners is the same one at a lower share of words
 * (NUMBERED_SHARE: the log's short form of the task); only its status is taken.
 *
 * Candidates come from an index of words, so a long log costs about one pass (a scan of
 * every kept action per action was quadratic): bags that share at least SAME_SHARE of the
 * smaller one's words share a word of its prefix, its words rarest first.
 */
export function mergeRepeatedActions(actions: Action[], sectionOf: (index: number) => string | null = (i) => actions[i]!.itemNumber): Action[] {
  const bags = actions.map((a) => words(a.text));
  const rarity = documentFrequency(bags);
  const rarestFirst = (a: string, b: string) => rarity.get(a)! - rarity.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const kept: Action[] = [];
  const groups = new Map<string, BagGroup>();
  const byWord = new WordIndex();
  const byPrefixWord = new WordIndex();
  // Kept actions by number and owners; null where two kept actions share them (numbered afresh under each item).
  const byNumber = new Map<string, { index: number; item: string | null; bag: Set<string> } | null>();
  actions.forEach((action, index) => {
    const bag = bags[index]!;
    const item = sectionOf(index);
    // "Action 2: AR and GLA to draft a briefing ..." in the text, "2 | Draft NHS charging briefing | AR/GLA" in the log.
    const numberKey = numberAndOwners(action);
    const sameNumber = numberKey ? byNumber.get(numberKey) : undefined;
    if (sameNumber && sameNumber.item !== item && overlap(bag, sameNumber.bag) >= NUMBERED_SHARE) {
      kept[sameNumber.index]!.status ??= action.status;
      return;
    }
    const sorted = [...bag].sort(rarestFirst);
    const prefix = sorted.slice(0, prefixLength(bag.size));
    if (bag.size >= 3) {
      // A kept bag at least as large shares a word of this prefix; a smaller one, a word of its own prefix.
      const candidates = new Set<BagGroup>();
      byWord.collect(prefix, item, candidates);
      byPrefixWord.collect(bag, item, candidates);
      const same = firstRepeated(item, bag, candidates);
      if (same !== -1) {
        const first = kept[same]!;
        first.number ??= action.number;
        first.status ??= action.status;
        return;
      }
    }
    const key = sorted.join(' ');
    const group = groups.get(key);
    if (!group) {
      const created: BagGroup = { bag, prefix, first: kept.length, firstItem: item, otherItem: -1 };
      groups.set(key, created);
      byWord.add(bag, created);
      byPrefixWord.add(prefix, created);
    } else if (group.otherItem === -1 && item !== group.firstItem) {
      group.otherItem = kept.length;
      byWord.spread(group.bag, group);
      byPrefixWord.spread(group.prefix, group);
    }
    if (numberKey) byNumber.set(numberKey, byNumber.has(numberKey) ? null : { index: kept.length, item, bag });
    kept.push(action);
  });
  return kept.map((a, i) => ({ ...a, id: `act${i + 1}` }));
}

/** "2 ar gla": an action's number and its owners as written, or null where the action lacks its number or its owners. */
function numberAndOwners(action: Action): string | null {
  if (!action.number || action.owners.length === 0) return null;
  return `${action.number} ${action.owners.map((o) => o.toLowerCase()).sort().join(' ')}`;
}

/** The first kept action, in order, from another item whose words are mostly these. */
function firstRepeated(item: string | null, bag: Set<string>, candidates: Set<BagGroup>): number {
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

import type { Action } from '@lsmp/model';

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(1, Math.min(a.size, b.size));
}

/**
 * An action log at the end repeats actions recorded in the text: keep one record,
 * the first, and take the number and status the log adds.
 */
export function mergeRepeatedActions(actions: Action[]): Action[] {
  const kept: Action[] = [];
  const bags: Set<string>[] = [];
  for (const action of actions) {
    const bag = words(action.text);
    const same = kept.findIndex((k, i) => k.itemNumber !== action.itemNumber && bag.size >= 3 && overlap(bag, bags[i]!) >= 0.8);
    if (same === -1) {
      kept.push(action);
      bags.push(bag);
      continue;
    }
    const first = kept[same]!;
    first.number ??= action.number;
    first.status ??= action.status;
  }
  return kept.map((a, i) => ({ ...a, id: `act${i + 1}` }));
}

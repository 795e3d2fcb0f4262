import type { Action } from '@lsmp/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRepeatedActions } from './merge-repeated.js';

function action(text: string, itemNumber: string | null, extra: Partial<Action> = {}): Action {
  return {
    id: 'x',
    number: null,
    text,
    owners: [],
    ownerRefs: [],
    origin: 'new',
    status: null,
    itemNumber,
    confidence: 1,
    ...extra,
  } as Action;
}

/** The rule as first written: each action against every action kept before it. */
function mergeByScan(actions: Action[]): Action[] {
  const bagOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const share = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / Math.max(1, Math.min(a.size, b.size));
  const kept: Action[] = [];
  for (const a of actions) {
    const bag = bagOf(a.text);
    const same = kept.find((k) => k.itemNumber !== a.itemNumber && bag.size >= 3 && share(bag, bagOf(k.text)) >= 0.8);
    if (!same) kept.push(a);
    else {
      same.number ??= a.number;
      same.status ??= a.status;
    }
  }
  return kept.map((a, i) => ({ ...a, id: `act${i + 1}` }));
}

describe('mergeRepeatedActions', () => {
  it('keeps the first record of an action a later item repeats, with the number and status the log adds', () => {
    const merged = mergeRepeatedActions([
      action('Harbour Trust to publish the berth survey', '3'),
      action('Publish the berth survey - Harbour Trust', '9', { number: '4', status: 'ongoing' }),
      action('Harbour Trust to publish the berth survey', '3'),
    ]);
    expect(merged.map((a) => [a.id, a.itemNumber, a.number, a.status])).toEqual([
      ['act1', '3', '4', 'ongoing'],
      ['act2', '3', null, null],
    ]);
  });

  it('keeps actions of two words or fewer, and actions sharing under four fifths of their words', () => {
    const merged = mergeRepeatedActions([action('Clerk writes', '1'), action('Clerk writes', '2'), action('AL to ring the pilots about moorings', '1'), action('AL to ring the harbour master about fees', '2')]);
    expect(merged).toHaveLength(4);
  });

  it('merges an action into a short one that two items already share, from the other item', () => {
    const merged = mergeRepeatedActions([action('Clerk writes', '1'), action('Clerk writes', '2'), action('Clerk writes today', '1', { status: 'done' })]);
    expect(merged.map((a) => [a.itemNumber, a.status])).toEqual([
      ['1', null],
      ['2', 'done'],
    ]);
  });

  it('merges exactly what a scan of every earlier action merges', () => {
    const vocabulary = ['al', 'to', 'the', 'berths', 'survey', 'publish', 'trust', 'pilots', 'fees', 'ring'];
    const actions = fc.array(
      fc.record({
        words: fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 7 }),
        item: fc.constantFrom('1', '2', '3', null),
        number: fc.option(fc.constantFrom('1', '2'), { nil: null }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(actions, (drawn) => {
        const make = () => drawn.map((d) => action(d.words.join(' '), d.item, { number: d.number }));
        expect(mergeRepeatedActions(make())).toEqual(mergeByScan(make()));
      }),
      { numRuns: 500 },
    );
  });
});

import type { Catalogue } from '../schema/catalogue.js';
import type { LinkTarget, ReferenceDefinition, VocabularyEntry } from './types.js';

export interface NamedTarget {
  target: LinkTarget;
  name: string;
}

/** Names the targets a catalogue knows, and drops those it does not. */
export class TargetNames {
  readonly #names = new Map<string, string>();
  readonly #areaOfAction = new Map<string, string>();
  // A vocabulary entry's targets are named once, not at every match.
  readonly #named = new WeakMap<LinkTarget[], NamedTarget[]>();

  constructor(catalogue: Catalogue, references: ReferenceDefinition[]) {
    if (catalogue.strategy) this.#names.set(`strategy:${catalogue.strategy.id}`, catalogue.strategy.name);
    for (const area of catalogue.serviceAreas) this.#names.set(`service-area:${area.id}`, area.name);
    for (const action of catalogue.actions) {
      this.#names.set(`action:${action.id}`, action.title ?? action.id);
      if (action.serviceArea) this.#areaOfAction.set(action.id, action.serviceArea);
    }
    for (const reference of references) this.#names.set(`reference:${reference.id}`, reference.name);
  }

  name(target: LinkTarget): string | undefined {
    return this.#names.get(`${target.kind}:${target.id}`);
  }

  /** The known targets, each action followed by its service area (an action concerns its area too), with their names. */
  named(targets: LinkTarget[]): NamedTarget[] {
    let named = this.#named.get(targets);
    if (!named) {
      named = this.expand(targets).map((target) => ({ target, name: this.name(target)! }));
      this.#named.set(targets, named);
    }
    return named;
  }

  /** The known targets, each action followed by its service area (an action concerns its area too). */
  expand(targets: LinkTarget[]): LinkTarget[] {
    const known = targets.flatMap((target): LinkTarget[] => {
      const area = target.kind === 'action' ? this.#areaOfAction.get(target.id) : undefined;
      return [target, ...(area ? [{ kind: 'service-area' as const, id: area }] : [])];
    });
    return known.filter((target, index) => this.name(target) !== undefined && known.findIndex((other) => other.kind === target.kind && other.id === target.id) === index);
  }
}

/**
 * The catalogue's own names as vocabulary: the strategy, each named link body and each
 * service area named in more than one word (one-word names such as "health" are common
 * words, left to the vocabulary's more careful entries).
 */
export function catalogueVocabulary(catalogue: Catalogue): VocabularyEntry[] {
  const entries: VocabularyEntry[] = catalogue.serviceAreas.filter((area) => /\s/.test(area.name)).map((area) => ({
    id: `service-area-name`,
    terms: [area.name],
    targets: [{ kind: 'service-area', id: area.id }],
    confidence: 0.8,
  }));
  for (const body of catalogue.linkBodies) entries.push({ id: 'link-body-name', terms: [body.name], targets: [{ kind: 'service-area', id: body.serviceArea }], confidence: 0.9 });
  if (catalogue.strategy) entries.push({ id: 'strategy-name', terms: [catalogue.strategy.name], targets: [{ kind: 'strategy', id: catalogue.strategy.id }], confidence: 1 });
  return entries;
}

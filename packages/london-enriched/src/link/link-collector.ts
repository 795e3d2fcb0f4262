import type { Evidence, Link, LinkTarget } from './types.js';

interface Entry {
  key: string;
  target: LinkTarget;
  name: string;
  evidence: { item: Evidence; confidence: number }[];
}

/** Reading order where the source places are known; otherwise as found. */
function byPlace(a: Evidence, b: Evidence): number {
  return a.position && b.position ? a.position.start.offset - b.position.start.offset : 0;
}

const linkKey = (target: LinkTarget) => `${target.kind}:${target.id}`;

const KIND_ORDER = ['strategy', 'reference', 'service-area', 'action'];

/** Gathers evidence per target and turns it into links with a combined confidence. */
export class LinkCollector {
  // Made at the first evidence: most paragraphs have none.
  #entries: Map<string, Entry> | undefined;

  /** Evidence from one node's text. The same words found by two rules count once, at the surer rule's confidence. */
  add(target: LinkTarget, name: string, evidence: Evidence, confidence: number): void {
    const entry = this.#entry(target, name, linkKey(target));
    const same = entry.evidence.find(({ item }) => item.field === evidence.field && item.start === evidence.start && item.end === evidence.end);
    if (!same) entry.evidence.push({ item: evidence, confidence });
    else if (confidence > same.confidence) Object.assign(same, { item: evidence, confidence });
  }

  /** Everything another node's collector holds (an item gathers its paragraphs and actions). */
  addAll(other: LinkCollector): void {
    if (!other.#entries) return;
    for (const entry of other.#entries.values()) this.#entry(entry.target, entry.name, entry.key).evidence.push(...entry.evidence);
  }

  #entry(target: LinkTarget, name: string, key: string): Entry {
    this.#entries ??= new Map();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { key, target, name, evidence: [] };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Links at or above `minConfidence`: the strategy and references first, then by confidence, then in reading order. */
  links(minConfidence: number): Link[] {
    if (!this.#entries) return [];
    return [...this.#entries.values()]
      .map((entry): Link => {
        const doubt = entry.evidence.reduce((product, { confidence }) => product * (1 - confidence), 1);
        // Object.assign rather than a spread: V8 copies these small objects many times faster.
        return Object.assign({}, entry.target, { name: entry.name, confidence: Math.round((1 - doubt) * 100) / 100, evidence: entry.evidence.map(({ item }) => item).sort(byPlace) });
      })
      .filter((link) => link.confidence >= minConfidence)
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.confidence - a.confidence);
  }
}

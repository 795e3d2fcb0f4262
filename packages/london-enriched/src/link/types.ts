import type { Position } from '@lsmp/model';

/** What a link points at: a service area, a proposed action, the strategy itself, or another strategy or programme. */
export type LinkKind = 'service-area' | 'action' | 'strategy' | 'reference';

export interface LinkTarget {
  kind: LinkKind;
  /** A service area id, an action number, the strategy id, or a reference id. */
  id: string;
}

/** Another strategy or programme the minutes may name. */
export interface ReferenceDefinition {
  id: string;
  name: string;
}

/** One set of words that points at one or more targets. */
export interface VocabularyEntry {
  /** Stable id, reported as the `rule` of the evidence it finds. */
  id: string;
  /**
   * Phrases matched as whole words. A phrase without lower-case letters (an acronym,
   * with an optional plural `s`) matches its case exactly; others ignore case unless
   * `caseSensitive`. A word ending in `*` matches any ending ("traffick*").
   */
  terms: string[];
  /** Match case exactly: for names that are also ordinary words ("Way Forward"). */
  caseSensitive?: boolean;
  /** Longer phrases that mean something else: a term found inside one of them is ignored ("NHS Employers"). */
  except?: string[];
  targets: LinkTarget[];
  /** How sure one match makes the link, 0..1. */
  confidence: number;
}

/** The words that support a link, where they are in the node's text and, where known, in the source. */
export interface Evidence {
  /** The words as written. */
  text: string;
  /** The vocabulary entry (or `action-number`) that matched. */
  rule: string;
  /** Which text of the node matched: an item's title or a paragraph's or action's text. */
  field: 'title' | 'text';
  /** 0-based offsets into that text; `end` is exclusive. */
  start: number;
  end: number;
  /** The span in the source text, when the node has a position that the words can be found in. */
  position?: Position;
}

export interface Link extends LinkTarget {
  /** The service area's, action's, strategy's or reference's name or title. */
  name: string;
  /** 0..1: one minus the chance that every piece of evidence is wrong, each taken at its rule's confidence. */
  confidence: number;
  evidence: Evidence[];
}

export interface ParagraphLinks {
  /** Indices from the item's paragraph list down through `children`. */
  path: number[];
  number: string | null;
  links: Link[];
}

export interface ActionLinks {
  id: string;
  number: string | null;
  itemNumber: string | null;
  links: Link[];
}

export interface ItemLinks {
  id: string;
  number: string | null;
  title: string;
  /** Everything the item concerns: its title, every paragraph and the actions raised under it. */
  links: Link[];
  /** Every paragraph of the item, nested ones flattened in reading order. */
  paragraphs: ParagraphLinks[];
  actions: ActionLinks[];
}

export interface MinutesLinks {
  items: ItemLinks[];
  /** Every action of the minutes, including those raised under no item. */
  actions: ActionLinks[];
}

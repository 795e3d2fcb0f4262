import type { Action, Minutes, Paragraph, Position } from '@lsmp/model';
import type { Catalogue } from '../schema/catalogue.js';
import { LinkCollector } from './link-collector.js';
import { EvidenceLocator } from './locate-evidence.js';
import { matchActionNumbers, matchVocabulary, type TextMatch } from './match-text.js';
import { actionIdsOf, type PreparedVocabulary, preparedNames, preparedVocabulary } from './prepared-catalogue.js';
import type { TargetNames } from './target-names.js';
import type { ActionLinks, Evidence, ItemLinks, MinutesLinks, ParagraphLinks, ReferenceDefinition, VocabularyEntry } from './types.js';
import { references as defaultReferences, vocabulary as defaultVocabulary } from './vocabulary.js';

export interface LinkOptions {
  /** The text the minutes were parsed from, so that evidence carries its exact span. */
  source?: string;
  /** Links below this confidence are left out. Default 0.5. */
  minConfidence?: number;
  /** Replaces the built-in vocabulary. */
  vocabulary?: VocabularyEntry[];
  /** Replaces the built-in list of other strategies and programmes. */
  references?: ReferenceDefinition[];
}

interface Context {
  vocabulary: PreparedVocabulary;
  actionIds: ReadonlySet<string>;
  names: TargetNames;
  locator: EvidenceLocator;
  minConfidence: number;
}

/**
 * Says which service areas, proposed actions, the strategy itself and other named
 * strategies each agenda item, paragraph and action of the minutes concerns, with the
 * words that show it and a confidence. Only what the vocabulary or a cited action number
 * supports is linked: a missing link is better than a wrong one. The catalogue, vocabulary
 * and references are compiled once and remembered by identity: change them by passing new ones.
 */
export function linkMinutes(minutes: Pick<Minutes, 'items' | 'actions'>, catalogue: Catalogue, options: LinkOptions = {}): MinutesLinks {
  const context: Context = {
    vocabulary: preparedVocabulary(catalogue, options.vocabulary ?? defaultVocabulary),
    actionIds: actionIdsOf(catalogue),
    names: preparedNames(catalogue, options.references ?? defaultReferences),
    locator: new EvidenceLocator(options.source),
    minConfidence: options.minConfidence ?? 0.5,
  };
  const actions = minutes.actions.map((action) => ({ action, collector: collect(context, action.text, 'text', action.position) }));
  const actionLinks = actions.map(({ action, collector }) => toActionLinks(action, collector, context));
  const actionsByItem = new Map<string, typeof actions>();
  for (const entry of actions) {
    const number = entry.action.itemNumber;
    if (number === null) continue;
    const list = actionsByItem.get(number);
    if (list) list.push(entry);
    else actionsByItem.set(number, [entry]);
  }
  const items = minutes.items.map((item): ItemLinks => {
    const all = collect(context, item.title, 'title', item.position);
    const paragraphs = flatten(item.paragraphs).map(({ paragraph, path }): ParagraphLinks => {
      const collector = collect(context, paragraph.text, 'text', paragraph.position);
      all.addAll(collector);
      return { path, number: paragraph.number, links: collector.links(context.minConfidence) };
    });
    const own = (item.number !== null && actionsByItem.get(item.number)) || [];
    for (const { collector } of own) all.addAll(collector);
    return {
      id: item.id,
      number: item.number,
      title: item.title,
      links: all.links(context.minConfidence),
      paragraphs,
      actions: own.map(({ action, collector }) => toActionLinks(action, collector, context)),
    };
  });
  return { items, actions: actionLinks };
}

function collect(context: Context, text: string, field: Evidence['field'], position: Position | undefined): LinkCollector {
  const collector = new LinkCollector();
  const { terms, index } = context.vocabulary;
  for (const match of matchVocabulary(text, terms, index.candidates(text))) addMatch(context, collector, match, text, field, position);
  for (const match of matchActionNumbers(text, context.actionIds)) addMatch(context, collector, match, text, field, position);
  return collector;
}

function addMatch(context: Context, collector: LinkCollector, match: TextMatch, text: string, field: Evidence['field'], position: Position | undefined): void {
  const evidence: Evidence = { text: match.text, rule: match.rule, field, start: match.start, end: match.end };
  const located = context.locator.locate(text, match.start, match.end, position);
  if (located) evidence.position = located;
  for (const { target, name } of context.names.named(match.targets)) collector.add(target, name, evidence, match.confidence);
}

function toActionLinks(action: Action, collector: LinkCollector, context: Context): ActionLinks {
  return { id: action.id, number: action.number, itemNumber: action.itemNumber, links: collector.links(context.minConfidence) };
}

function flatten(paragraphs: Paragraph[], prefix: number[] = [], into: { paragraph: Paragraph; path: number[] }[] = []): { paragraph: Paragraph; path: number[] }[] {
  paragraphs.forEach((paragraph, index) => {
    const path = [...prefix, index];
    into.push({ paragraph, path });
    flatten(paragraph.children, path, into);
  });
  return into;
}

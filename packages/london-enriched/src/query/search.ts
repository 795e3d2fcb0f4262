import { flattenKeyTasks } from '../catalogue/key-tasks.js';
import type { Catalogue, ProposedAction } from '../schema/catalogue.js';
import { normalise } from './normalise.js';

export type SearchField = 'title' | 'keyTask' | 'outcome';

export interface SearchHit {
  action: ProposedAction;
  /** Where each match is: the field and the text of that title, task or outcome. */
  matches: { field: SearchField; text: string }[];
  /** Higher is better: title matches count three, tasks and outcomes one each. */
  score: number;
}

const WEIGHT: Record<SearchField, number> = { title: 3, keyTask: 1, outcome: 1 };

/**
 * Finds the actions whose title, key tasks or outcomes contain every word of the
 * query (ignoring case and punctuation; a word also matches longer words it starts,
 * so "traffick" finds "trafficked"), best first.
 */
export function searchCatalogue(catalogue: Catalogue, query: string): SearchHit[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const has = (text: string) => {
    const tokens = normalise(text).split(' ');
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  };
  const hits: SearchHit[] = [];
  for (const action of catalogue.actions) {
    const fields: [SearchField, string][] = [
      ['title', action.title ?? ''],
      ...flattenKeyTasks(action.keyTasks ?? []).map((text): [SearchField, string] => ['keyTask', text]),
      ...(action.outcomes ?? []).map((text): [SearchField, string] => ['outcome', text]),
    ];
    const matches = fields.filter(([, text]) => has(text)).map(([field, text]) => ({ field, text }));
    if (matches.length > 0) hits.push({ action, matches, score: matches.reduce((sum, match) => sum + WEIGHT[match.field], 0) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

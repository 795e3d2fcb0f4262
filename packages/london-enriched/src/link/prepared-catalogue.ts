import type { Catalogue } from '../schema/catalogue.js';
import { type CompiledTerm, compileVocabulary } from './compile-vocabulary.js';
import { catalogueVocabulary, TargetNames } from './target-names.js';
import { TermIndex } from './term-index.js';
import type { ReferenceDefinition, VocabularyEntry } from './types.js';

/** A vocabulary compiled with a catalogue's own names, and the index that picks its terms per text. */
export interface PreparedVocabulary {
  terms: CompiledTerm[];
  index: TermIndex;
}

interface PreparedCatalogue {
  actionIds: ReadonlySet<string>;
  vocabularies: WeakMap<VocabularyEntry[], PreparedVocabulary>;
  names: WeakMap<ReferenceDefinition[], TargetNames>;
}

// Compiling the vocabulary costs more than linking a meeting, so it is done once per
// catalogue and vocabulary (by identity: both are read as data that does not change).
const prepared = new WeakMap<Catalogue, PreparedCatalogue>();

function remembered<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function forCatalogue(catalogue: Catalogue): PreparedCatalogue {
  return remembered(prepared, catalogue, () => ({ actionIds: new Set(catalogue.actions.map((action) => action.id)), vocabularies: new WeakMap(), names: new WeakMap() }));
}

export function preparedVocabulary(catalogue: Catalogue, vocabulary: VocabularyEntry[]): PreparedVocabulary {
  return remembered(forCatalogue(catalogue).vocabularies, vocabulary, () => {
    const terms = compileVocabulary([...vocabulary, ...catalogueVocabulary(catalogue)]);
    return { terms, index: new TermIndex(terms) };
  });
}

export function preparedNames(catalogue: Catalogue, references: ReferenceDefinition[]): TargetNames {
  return remembered(forCatalogue(catalogue).names, references, () => new TargetNames(catalogue, references));
}

export function actionIdsOf(catalogue: Catalogue): ReadonlySet<string> {
  return forCatalogue(catalogue).actionIds;
}

export { parseStrategyText, type ParseStrategyOptions, type ParseStrategyResult } from './strategy-text/parse-strategy-text.js';
export { strategyDiagnosticCatalogue, type StrategyDiagnosticCode } from './strategy-text/diagnostics.js';
export type {
  Catalogue,
  CoreObjective,
  KeyTask,
  LinkBody,
  LinkBodyRole,
  ProposedAction,
  ServiceArea,
  SourceDocument,
  SourceRef,
  Strategy,
} from './schema/catalogue.js';
export { londonEnriched } from './data/london-enriched.generated.js';
export { flattenKeyTasks } from './catalogue/key-tasks.js';
export { mergeCatalogues } from './catalogue/merge-catalogues.js';
export {
  findAction,
  findActionsByDeliveryPartner,
  findActionsByLinkBody,
  findActionsByServiceArea,
  findLinkBody,
  findServiceArea,
} from './query/find.js';
export { searchCatalogue, type SearchField, type SearchHit } from './query/search.js';
export { linkMinutes, type LinkOptions } from './link/link-minutes.js';
export { toItemServiceAreas, type ItemServiceAreaLinks } from './link/item-service-areas.js';
export { references, vocabulary } from './link/vocabulary.js';
export type {
  ActionLinks,
  Evidence,
  ItemLinks,
  Link,
  LinkKind,
  LinkTarget,
  MinutesLinks,
  ParagraphLinks,
  ReferenceDefinition,
  VocabularyEntry,
} from './link/types.js';

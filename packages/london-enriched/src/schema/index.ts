// The zod schemas of the catalogue, a separate entry so that importing the data and
// the queries never loads zod.
export {
  CatalogueSchema,
  CoreObjectiveSchema,
  KeyTaskSchema,
  LinkBodyRoleSchema,
  LinkBodySchema,
  ProposedActionSchema,
  ServiceAreaSchema,
  SourceDocumentSchema,
  SourceRefSchema,
  StrategySchema,
} from './catalogue.js';

import { z } from 'zod';

/** Where an entry came from: a document and a 1-based, inclusive line range in it. */
export const SourceRefSchema = z.object({
  /** The document's id, as in the catalogue's `sources`. */
  document: z.string(),
  lines: z.object({ start: z.number().int().min(1), end: z.number().int().min(1) }),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** A document the catalogue was read from. */
export const SourceDocumentSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

const isoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

/** The strategy itself, with only what a source states. */
export const StrategySchema = z.object({
  /** A stable id made from the name (`london-enriched`). */
  id: z.string(),
  name: z.string(),
  subtitle: z.string().optional(),
  /** ISO date (`2009-12-02`), or year and month where the source gives no day. */
  launched: isoDateOrMonth.optional(),
  /** The plan's period ("2009-2012") where a source states it. */
  period: z.string().optional(),
  /** The sentence that states its aim, as written. */
  purpose: z.string().optional(),
  source: SourceRefSchema,
});
export type Strategy = z.infer<typeof StrategySchema>;

/** One of the strategy's service areas. */
export const ServiceAreaSchema = z.object({
  /** Stable, made from the name: `community-safety`. */
  id: z.string(),
  /** As the source writes it ("community safety"). */
  name: z.string(),
  /** The plan's chapter number, only where a source gives it. */
  chapter: z.number().int().optional(),
  source: SourceRefSchema,
});
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

/** A role every link body has, as written (with its list punctuation). */
export const LinkBodyRoleSchema = z.object({ text: z.string(), source: SourceRefSchema });
export type LinkBodyRole = z.infer<typeof LinkBodyRoleSchema>;

/** A named link body: the group delivering one service area. */
export const LinkBodySchema = z.object({
  id: z.string(),
  name: z.string(),
  serviceArea: z.string(),
  /** Members as the source lists them. */
  members: z.array(z.string()).optional(),
  source: SourceRefSchema,
});
export type LinkBody = z.infer<typeof LinkBodySchema>;

/** A core objective of a service area, as written. */
export const CoreObjectiveSchema = z.object({
  id: z.string(),
  serviceArea: z.string().optional(),
  text: z.string(),
  source: SourceRefSchema,
});
export type CoreObjective = z.infer<typeof CoreObjectiveSchema>;

/** A key task without its list number, with the sub-tasks listed under it. */
export interface KeyTask {
  text: string;
  subTasks?: KeyTask[] | undefined;
}
/** The schema of a key task and its sub-tasks. */
export const KeyTaskSchema: z.ZodType<KeyTask> = z.object({
  text: z.string(),
  get subTasks() {
    return z.array(KeyTaskSchema).optional();
  },
});

/** A proposed action of the implementation plan: only the sections the source gives are present. */
export const ProposedActionSchema = z.object({
  /** As numbered in the plan: `7.3.1`. */
  id: z.string().regex(/^\d+(\.\d+)+$/),
  /** The id of its service area. */
  serviceArea: z.string().optional(),
  /** The text of the core objective it sits under. */
  coreObjective: z.string().optional(),
  title: z.string().optional(),
  keyTasks: z.array(KeyTaskSchema).optional(),
  outcomes: z.array(z.string()).optional(),
  /** As written, one entry a line. */
  deliveryPartners: z.array(z.string()).optional(),
  /** The partners marked as leading (in bold), only where the marking survived. */
  leadPartners: z.array(z.string()).optional(),
  resources: z.array(z.string()).optional(),
  source: SourceRefSchema,
});
export type ProposedAction = z.infer<typeof ProposedActionSchema>;

/** The whole catalogue: the strategy, its areas, link bodies, objectives, actions and the documents they come from. */
export const CatalogueSchema = z.object({
  strategy: StrategySchema.optional(),
  serviceAreas: z.array(ServiceAreaSchema),
  linkBodyRoles: z.array(LinkBodyRoleSchema),
  linkBodies: z.array(LinkBodySchema),
  coreObjectives: z.array(CoreObjectiveSchema),
  actions: z.array(ProposedActionSchema),
  sources: z.array(SourceDocumentSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

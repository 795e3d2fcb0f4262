import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { PositionSchema } from './position.js';

/** How a decision was worded: minutes approved, agreed, approved, resolved or noted. */
export const DecisionKindSchema = z.enum(['minutes-approved', 'agreed', 'approved', 'resolved', 'noted']);
/** How a decision was worded. */
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/** A decision or agreement ("minutes agreed as an accurate record"). */
export const DecisionSchema = z
  .object({
    kind: DecisionKindSchema,
    text: z.string(),
    itemNumber: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Decision', description: 'A decision or agreement ("minutes agreed as an accurate record").' });
/** A decision or agreement. */
export type Decision = z.infer<typeof DecisionSchema>;

/** A recommendation put to the meeting. */
export const RecommendationSchema = z
  .object({
    text: z.string(),
    itemNumber: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Recommendation', description: 'A recommendation put to the meeting.' });
/** A recommendation put to the meeting. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** A link or a named document the minutes refer to. */
export const ReferenceSchema = z
  .object({
    kind: z.enum(['link', 'document']),
    text: z.string(),
    url: z.string().nullable(),
    itemNumber: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Reference', description: 'A link or a named document the minutes refer to.' });
/** A link or a named document the minutes refer to. */
export type Reference = z.infer<typeof ReferenceSchema>;

/** A date the minutes mention. */
export const DateMentionSchema = z
  .object({
    /** ISO date (YYYY-MM-DD); the year is inferred from the meeting where the text omits it. */
    date: z.string(),
    text: z.string(),
    itemNumber: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'DateMention', description: 'A date the minutes mention.' });
/** A date the minutes mention. */
export type DateMention = z.infer<typeof DateMentionSchema>;

/** The next meeting as the minutes announce it. */
export const NextMeetingSchema = z
  .object({
    date: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    venue: z.string().nullable(),
    /** The date first announced, where a note moved the meeting. */
    originalDate: z.string().nullable(),
    /** The rescheduling note as written. */
    note: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'NextMeeting', description: 'The next meeting as the minutes announce it.' });
/** The next meeting as the minutes announce it. */
export type NextMeeting = z.infer<typeof NextMeetingSchema>;

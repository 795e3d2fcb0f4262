import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { ActionSchema } from './action.js';
import { AgendaItemSchema } from './agenda.js';
import { AttendeeSchema } from './attendee.js';
import { DiagnosticSchema } from './diagnostic.js';
import { PositionSchema } from './position.js';
import { DateMentionSchema, DecisionSchema, NextMeetingSchema, RecommendationSchema, ReferenceSchema } from './records.js';

/** Bumped on any change to the canonical JSON's shape. */
export const SCHEMA_VERSION = '1.0.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

/** One parsed minutes document: the canonical JSON of lsmp. */
export const MinutesSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** `minutes`, or `other` for a text that is not minutes (a report, a notice). */
    kind: z.enum(['minutes', 'other']),
    title: z.string().nullable(),
    body: z.string().nullable(),
    date: isoDate.nullable(),
    start: time.nullable(),
    end: time.nullable(),
    venue: z.string().nullable(),
    /** "Draft", "Approved", ... as the document states it. */
    status: z.string().nullable(),
    attendees: z.array(AttendeeSchema),
    items: z.array(AgendaItemSchema),
    actions: z.array(ActionSchema),
    decisions: z.array(DecisionSchema),
    recommendations: z.array(RecommendationSchema),
    references: z.array(ReferenceSchema),
    dates: z.array(DateMentionSchema),
    nextMeeting: NextMeetingSchema.nullable(),
    /** False when the text looks cut off. */
    complete: z.boolean(),
    diagnostics: z.array(DiagnosticSchema),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Minutes', description: 'One parsed minutes document: the canonical JSON of lsmp.' });
/** One parsed minutes document: the canonical JSON of lsmp. */
export type Minutes = z.infer<typeof MinutesSchema>;

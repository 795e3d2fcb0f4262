import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { PositionSchema } from './position.js';

/** What kind of owner an action names: a person, an organisation, a group, or unknown. */
export const OwnerKindSchema = z.enum(['person', 'organisation', 'group', 'unknown']);
/** What kind of owner an action names. */
export type OwnerKind = z.infer<typeof OwnerKindSchema>;

/** An owner as written, and what it was resolved to where the roster allows. */
export const OwnerRefSchema = z
  .object({
    raw: z.string(),
    kind: OwnerKindSchema,
    /** The attendee's id where the owner is a person on the roster. */
    attendeeId: z.string().nullable(),
    /** The full name or organisation the owner stands for. */
    name: z.string().nullable(),
  })
  .register(modelRegistry, { id: 'OwnerRef', description: 'An action owner and what it resolves to.' });
/** An action owner as written, and what it resolves to. */
export type OwnerRef = z.infer<typeof OwnerRefSchema>;

/**
 * `new`: raised at this meeting. `matters-arising`: an earlier action reported on.
 * `outstanding`: an earlier action still open ("Outstanding action from March meeting").
 */
export const ActionOriginSchema = z.enum(['new', 'matters-arising', 'outstanding']);
/** Whether an action was raised at this meeting or carried over from an earlier one. */
export type ActionOrigin = z.infer<typeof ActionOriginSchema>;

/** A task recorded in the minutes: its text, owners, origin, progress and place in the source. */
export const ActionSchema = z
  .object({
    id: z.string(),
    /** As numbered in the text, or null. */
    number: z.string().nullable(),
    text: z.string(),
    /** As written: initials, names or organisations. */
    owners: z.array(z.string()),
    ownerRefs: z.array(OwnerRefSchema),
    origin: ActionOriginSchema,
    /** Progress reported on it ("the meeting has been arranged for 11 October"). */
    status: z.string().nullable(),
    /** Number of the agenda item it was raised under. */
    itemNumber: z.string().nullable(),
    /** How sure the rule that found it was, 0..1. */
    confidence: z.number().min(0).max(1),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Action', description: 'A task recorded in the minutes.' });
/** A task recorded in the minutes. */
export type Action = z.infer<typeof ActionSchema>;

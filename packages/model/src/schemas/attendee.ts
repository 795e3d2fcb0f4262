import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { PositionSchema } from './position.js';

/** Which list of the roster a person is in. */
export const AttendanceSchema = z.enum(['present', 'apologies', 'in-attendance', 'secretariat', 'speaker', 'absent']);
/** Which list of the roster a person is in. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/** A person on the meeting's roster, as the minutes list them. */
export const AttendeeSchema = z
  .object({
    /** Stable within one document: `a1`, `a2`, ... in roster order. */
    id: z.string(),
    /** As written, without honorifics, ranks or letters after the name. */
    name: z.string(),
    /** "Cllr", "Dr", "Commander", ... as written. */
    honorific: z.string().nullable(),
    /** The short form the minutes use for the person ("RB"). */
    initials: z.string().nullable(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    attendance: AttendanceSchema,
    /** Chaired this meeting. */
    chair: z.boolean(),
    /** The member this person stood in for ("for Chris Hayes"). */
    substituteFor: z.string().nullable(),
    /** The person this attendee shadowed ("Shadowing Simon Tanner"). */
    shadowing: z.string().nullable(),
    /** Present for part of the meeting only. */
    partial: z.boolean(),
    /** The roster heading the entry sat under, as written. */
    list: z.string().nullable(),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Attendee', description: 'One entry of one roster list.' });
/** A person on the meeting's roster. */
export type Attendee = z.infer<typeof AttendeeSchema>;

import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { PositionSchema } from './position.js';

/** Who a remark is attributed to ("**RB** reported"). */
export const SpeakerRefSchema = z
  .object({
    raw: z.string(),
    attendeeId: z.string().nullable(),
    name: z.string().nullable(),
  })
  .register(modelRegistry, { id: 'SpeakerRef', description: 'The person a remark is attributed to.' });
/** The person a remark is attributed to. */
export type SpeakerRef = z.infer<typeof SpeakerRefSchema>;

/** A paragraph or bullet of an agenda item, with its numbered sub-paragraphs. */
export interface Paragraph {
  /** "4.3.1" as written, or null. */
  number: string | null;
  text: string;
  /** A list bullet ("- ", "• ", "* ") rather than running text. */
  bullet: boolean;
  speaker: SpeakerRef | null;
  children: Paragraph[];
  position?: z.infer<typeof PositionSchema> | undefined;
}

/** The schema of a paragraph, recursive through its sub-paragraphs. */
export const ParagraphSchema: z.ZodType<Paragraph> = z
  .object({
    number: z.string().nullable(),
    text: z.string(),
    bullet: z.boolean(),
    speaker: SpeakerRefSchema.nullable(),
    get children() {
      return z.array(ParagraphSchema);
    },
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'Paragraph', description: 'A paragraph or bullet, with its numbered sub-paragraphs.' });

/** An agenda item and what the minutes record under it. */
export const AgendaItemSchema = z
  .object({
    id: z.string(),
    /** As written without trailing punctuation ("4", "16/10/6/1"), or null for an unnumbered heading. */
    number: z.string().nullable(),
    title: z.string(),
    paragraphs: z.array(ParagraphSchema),
    position: PositionSchema.optional(),
  })
  .register(modelRegistry, { id: 'AgendaItem', description: 'An agenda item and what the minutes record under it.' });
/** An agenda item and what the minutes record under it. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

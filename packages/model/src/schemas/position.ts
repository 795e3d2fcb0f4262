import { z } from 'zod';
import { modelRegistry } from '../registry.js';

/** `line`, `column`: 1-based. `offset`: 0-based UTF-16 index into the input string. */
export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .register(modelRegistry, { id: 'Point', description: 'A place in the source text.' });
/** A place in the source text: `line` and `column` 1-based, `offset` 0-based (UTF-16). */
export type Point = z.infer<typeof PointSchema>;

/** `end` is the first character *after* the span (exclusive). */
export const PositionSchema = z
  .object({ start: PointSchema, end: PointSchema })
  .register(modelRegistry, { id: 'Position', description: 'A span of the source text; end is exclusive.' });
/** A span of the source text; `end` is exclusive. */
export type Position = z.infer<typeof PositionSchema>;

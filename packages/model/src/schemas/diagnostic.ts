import { z } from 'zod';
import { modelRegistry } from '../registry.js';
import { PositionSchema } from './position.js';

/** How serious a diagnostic is: `error`, `warning` or `info`. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is. */
export type Severity = z.infer<typeof SeveritySchema>;

/** Something a reader of the minutes should know the parser could not do. */
export const DiagnosticSchema = z
  .object({
    /** Stable code from the parser's catalogue, such as `LSMP2001`. */
    code: z.string(),
    severity: SeveritySchema,
    message: z.string(),
    position: PositionSchema.optional(),
    /** Which package produced it, such as `@lsmp/parser`. */
    source: z.string(),
    ruleId: z.string().optional(),
    /** The text the rule looked at. */
    actual: z.string().optional(),
  })
  .register(modelRegistry, { id: 'Diagnostic', description: 'Something a reader of the minutes should know the parser could not do.' });
/** Something a reader of the minutes should know the parser could not do. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

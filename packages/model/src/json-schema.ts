import { z } from 'zod';
import { modelRegistry } from './registry.js';

/** The model as JSON Schema (draft 2020-12), one schema per registered id. */
export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(modelRegistry, { target: 'draft-2020-12', io: 'output' }).schemas;
}

import { z } from 'zod';

/**
 * The model's own registry: ids and descriptions for the JSON Schema, kept out of
 * consumers' `z.globalRegistry`.
 */
export const modelRegistry = z.registry<{ id: string; description?: string }>();

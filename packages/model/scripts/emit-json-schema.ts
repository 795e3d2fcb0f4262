/// <reference types="node" />
// Writes the model's JSON Schema to dist/json-schema/, one file per schema id,
// so tools outside TypeScript get the same contract.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '../src/index.js';

const outDir = new URL('../dist/json-schema/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [id, schema] of Object.entries(toJsonSchema())) {
  writeFileSync(new URL(`${id}.json`, outDir), `${JSON.stringify(schema, null, 2)}\n`);
}

/// <reference types="node" />
// Regenerates src/data/london-enriched.generated.ts from the shared corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '@lsmp/vitest-config/shared-corpus';
import { buildCatalogue, catalogueSources, renderCatalogueModule } from './catalogue-sources.js';

const texts = new Map(catalogueSources.map((source) => [source.id, readFileSync(join(sharedDir, 'corpus', `${source.id}.txt`), 'utf8')]));
const target = new URL('../src/data/london-enriched.generated.ts', import.meta.url);
writeFileSync(target, renderCatalogueModule(buildCatalogue(texts)));
console.log(`wrote ${target.pathname}`);

import { defineConfig } from 'tsup';

export default defineConfig({
  // The workers are entries of their own, under parallel/ beside cli.js, where the pool looks for them.
  entry: {
    cli: 'src/cli.ts',
    'parallel/parse-worker': 'src/parallel/parse-worker.ts',
    'parallel/document-worker': 'src/parallel/document-worker.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
});

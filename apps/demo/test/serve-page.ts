import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const configFile = join(import.meta.dirname, '../vite.config.ts');
export const pageOutDir = join(import.meta.dirname, '../dist-page');

/** A local static server for the built page on 127.0.0.1. */
export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built page (dist-page/) with Vite's static preview server on a free port
 * of 127.0.0.1. The package's test script builds the page first; run alone, this
 * builds it when it is missing (other test files copy it, so it is not rebuilt here).
 */
export async function servePage(): Promise<PageServer> {
  if (!existsSync(join(pageOutDir, 'index.html'))) await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, close: () => server.close() };
}

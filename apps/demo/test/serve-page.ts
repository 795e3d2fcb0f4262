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
 * Builds the page (so the test never sees a stale build) and serves the built files
 * (dist-page/) with Vite's static preview server on a free port of 127.0.0.1.
 */
export async function servePage(): Promise<PageServer> {
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, close: () => server.close() };
}

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// On Node 20, module hooks (tsx's, from --import) do not reach worker threads, so a
// TypeScript worker (the CLI run from source) first registers tsx's hooks itself.
const TYPESCRIPT_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => { register(); return import(workerData.moduleUrl); });
`;

function tsxApiUrl(): string {
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
}

/** Starts a worker thread on a JavaScript module, or on a TypeScript one through tsx. */
export function startWorker(moduleUrl: URL, execArgv?: string[]): Worker {
  const options = execArgv ? { execArgv } : {};
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, options);
  return new Worker(TYPESCRIPT_BOOTSTRAP, { ...options, eval: true, workerData: { tsxApi: tsxApiUrl(), moduleUrl: moduleUrl.href } });
}

import { join } from 'node:path';
import { bundleForBrowser, nodeSchemeSpecifiers } from './bundle.js';
import { runWithoutNode } from './browser-realm.js';
import { importFromNode, RESOLUTION_MODES, TYPESCRIPT_PACKAGES, typeCheck } from './consumer-fixture.js';

/** What the consumer's browser bundle reports after parsing the sample. */
export interface BrowserRunResult {
  valid: boolean;
  issues: string[];
  diagnostics: number;
}

/** Bundles the consumer's browser entry (parser + model) for the browser and runs it without Node. */
export async function runBrowserBundle(dir: string): Promise<BrowserRunResult & { nodeSpecifiers: string[] }> {
  const bundle = await bundleForBrowser({ path: join(dir, 'browser-entry.mjs') }, { workingDir: dir, format: 'iife' });
  const realm = runWithoutNode(bundle.code);
  return { ...(realm.lsmpBrowserResult as BrowserRunResult), nodeSpecifiers: nodeSchemeSpecifiers(bundle.code) };
}

/**
 * Every consumer check in one call, for the release rehearsal: throws on the
 * first one that fails. The tests run the same steps one by one. `typeCheck:
 * false` leaves out the two type-checks (the slowest step), for a run that already
 * type-checked the same tarballs.
 */
export async function checkConsumer(dir: string, specifiers: string[], options: { typeCheck?: boolean } = {}): Promise<void> {
  const imports = await importFromNode(dir, specifiers);
  for (const name of specifiers) {
    if (JSON.stringify(imports.esm[name]) !== JSON.stringify(imports.cjs[name])) {
      throw new Error(`${name} exports differ: ESM ${imports.esm[name]}, CommonJS ${imports.cjs[name]}`);
    }
  }
  if (!imports.sameResult) throw new Error('The ESM and CommonJS parsers gave different results.');
  if (options.typeCheck !== false) {
    await Promise.all(RESOLUTION_MODES.flatMap((mode) => TYPESCRIPT_PACKAGES.map((compiler) => typeCheck(dir, mode, compiler))));
  }
  const browser = await runBrowserBundle(dir);
  if (!browser.valid || browser.nodeSpecifiers.length > 0) {
    throw new Error(`The browser bundle failed: ${JSON.stringify(browser)}`);
  }
}

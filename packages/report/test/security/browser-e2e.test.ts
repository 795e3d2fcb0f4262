/// <reference lib="dom" />
// The HTML reports of hostile minutes, opened in real headless Chromium: no script
// runs (no `__pwned` global, no dialog) and the page requests nothing beyond the
// document itself. The Content-Security-Policy is bypassed in one run, so the
// escaping alone is shown to hold, and kept in the other, as a reader would open it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium } from '../support/axe-chromium.js';
import { hostileReports } from './hostile-reports.js';

if (!hasChromium) console.warn(`skipping the browser security test: ${chromiumPath} is missing (tooling/vitest/ensure-chromium.mjs installs it as root)`);

const folder = mkdtempSync(join(tmpdir(), 'lsmp-report-security-'));

interface PageOutcome {
  globals: Record<string, unknown>;
  dialogs: string[];
  requests: string[];
  scripts: number;
  handlers: string[];
}

async function openReport(context: BrowserContext, path: string): Promise<PageOutcome> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(path).href;
  await page.goto(url, { waitUntil: 'load' });
  // Give error and load handlers of anything that slipped through time to fire.
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => ({
    globals: { __pwned: (window as unknown as Record<string, unknown>).__pwned, pwned: (window as unknown as Record<string, unknown>).pwned },
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.localName} ${name}`)),
  }));
  await page.close();
  return { ...found, dialogs, requests: requests.filter((request) => request !== url) };
}

describe.skipIf(!hasChromium)('hostile reports in headless Chromium', () => {
  const contexts: { name: string; context: BrowserContext }[] = [];

  beforeAll(async () => {
    for (const bypassCSP of [true, false]) {
      const context = await chromium.launchPersistentContext(mkdtempSync(join(folder, 'profile-')), {
        executablePath: chromiumPath,
        headless: true,
        bypassCSP,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      contexts.push({ name: bypassCSP ? 'escaping alone (CSP bypassed)' : 'with the CSP', context });
    }
  });

  afterAll(async () => {
    for (const { context } of contexts) await context.close();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [index, report] of hostileReports().entries()) {
    it(`${report.name}: no script runs and nothing is requested`, async () => {
      const path = join(folder, `report-${index}.html`);
      writeFileSync(path, report.html);
      for (const { name, context } of contexts) {
        const outcome = await openReport(context, path);
        expect({ name, ...outcome }).toEqual({ name, globals: { __pwned: undefined, pwned: undefined }, dialogs: [], requests: [], scripts: 0, handlers: [] });
      }
    });
  }

  it('would see a script that ran, a dialog and a request (the check can fail)', async () => {
    const path = join(folder, 'planted.html');
    writeFileSync(path, '<!doctype html><title>t</title><script>window.__pwned = 1; alert("x")</script><img src="http://127.0.0.1:9/x.png" alt="">');
    const outcome = await openReport(contexts[0]!.context, path);
    expect(outcome.globals.__pwned).toBe(1);
    expect(outcome.dialogs).toEqual(['alert: x']);
    expect(outcome.requests).toEqual(['http://127.0.0.1:9/x.png']);
  });
});

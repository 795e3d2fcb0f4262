/// <reference lib="dom" />
// The static site `lsmp report` writes for hostile minutes (markup, script and link
// payloads in the text and in the file name), opened page by page in headless
// Chromium with its Content-Security-Policy bypassed: the escaping alone keeps every
// script from running, and no page requests anything beyond its own file.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lsmp } from './run-cli.js';

const chromiumPath = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`skipping the site security test: ${chromiumPath} is missing (tooling/vitest/ensure-chromium.mjs installs it as root)`);

const hostileMinutes = [
  'Minutes of the Harbour Board meeting <script>window.__pwned = "title"</script>',
  'Held on 5 March 2024, 10am – 12pm at <img src=x onerror="window.__pwned = \'venue\'">',
  'Present:',
  'MO\tMaria Okafor\tHarbour Trust <svg onload="window.__pwned = \'svg\'"></svg> (Chair)',
  'TP\tTomasz Pawlak\tNorthbridge Council',
  '1. Welcome <iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '1.1 MO noted <javascript:window.__pwned=1> and [the paper](javascript:window.__pwned=2) and data:text/html,<script>alert(1)</script>.',
  '1.2 See <http://127.0.0.1:9/track> and <link rel="stylesheet" href="http://127.0.0.1:9/evil.css">.',
  'Action 1: TP to contact the Harbour Trust <div style="background:url(http://127.0.0.1:9/x.png)">x</div>',
  'Next meeting: 4 June 2024, 10am – 12pm at "><script>alert(1)</script>',
].join('\n');

/** Every HTML file of the site, except the browser page, which is an app with its own scripts. */
function sitePages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('page/'))
    .map((file) => join(root, file));
}

describe.skipIf(!hasChromium)('the report site of hostile minutes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lsmp-site-security-'));
  const site = join(folder, 'site');
  let context: BrowserContext;

  beforeAll(async () => {
    const input = join(folder, '"><img src=x onerror=alert(1)> minutes.txt');
    writeFileSync(input, hostileMinutes);
    const run = lsmp(['report', input, '--out', site]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    context = await chromium.launchPersistentContext(mkdtempSync(join(folder, 'profile-')), {
      executablePath: chromiumPath,
      headless: true,
      bypassCSP: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has pages to check, showing the payloads as text', () => {
    const pages = sitePages(site);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const withPayload = pages.filter((path) => /(&#x3C;|&lt;)script>window\.(__)?pwned/.test(readFileSync(path, 'utf8')));
    expect(withPayload.length).toBeGreaterThanOrEqual(2);
  });

  it('runs no script and requests nothing on any page', async () => {
    for (const path of sitePages(site)) {
      const page = await context.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => requests.push(request.url()));
      const url = pathToFileURL(path).href;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as Record<string, unknown>).__pwned ?? (window as unknown as Record<string, unknown>).pwned,
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
        scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
      }));
      await page.close();
      expect({ path, ...found, dialogs, requests: requests.filter((request) => request !== url) }).toEqual({
        path,
        pwned: undefined,
        scripts: 0,
        handlers: [],
        scriptLinks: [],
        dialogs: [],
        requests: [],
      });
    }
  });
});

/// <reference lib="dom" />
// The series HTML, charts included, checked by axe-core inside real headless Chromium
// (WCAG 2.1 A/AA and best practice), and shown to make no request of its own.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSeries } from '../../src/series/render-series.js';
import { fictionalSeries } from '../series/fictional-series.js';
import { goldenSeries } from '../series-golden/golden-series.js';

const browserPath = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';
const canRun = existsSync(browserPath);
if (!canRun) console.warn(`skipping the series accessibility test: ${browserPath} is missing`);

const housing = { id: 'housing', name: 'Housing' };
const pages: [string, string][] = [
  ['fictional series', renderSeries(fictionalSeries, { format: 'html', serviceAreaLinks: [[{ itemNumber: '3', serviceAreas: [housing] }]], serviceAreas: [housing] })],
  ...(canRun ? goldenSeries() : []).map((series): [string, string] => [series.name, renderSeries(series.minutes, { format: 'html', ...series.options })]),
];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!canRun)('series HTML accessibility (axe-core in headless Chromium)', () => {
  let browser: BrowserContext;
  let profileDir: string;

  beforeAll(async () => {
    profileDir = mkdtempSync(join(tmpdir(), 'lsmp-series-a11y-'));
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: browserPath,
      headless: true,
      bypassCSP: true, // only so the test can inject axe; the page itself allows no script
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it.each(pages)('%s: no violations, no requests', async (_name, html) => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(createRequire(import.meta.url)('axe-core').source as string);
    const found: AxeViolation[] = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (root: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.slice(0, 3).map(({ target }) => ({ target })) }));
    });
    await page.close();
    expect(found).toEqual([]);
    expect(requested.filter((url) => url !== 'about:blank' && !url.startsWith('data:'))).toEqual([]);
  });
});

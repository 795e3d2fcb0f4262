/// <reference lib="dom" />
// axe-core, injected into the rendered HTML in real headless Chromium, finds no
// WCAG 2.1 A/AA or best-practice violations; the page makes no request of its own.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMinutes } from '@lsmp/parser';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { harbourLinks, harbourMinutes, harbourSource } from './fixtures/harbourside.js';

const chromiumPath = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`skipping the accessibility test: ${chromiumPath} is missing (scripts/ensure-chromium.mjs installs it as root)`);
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const documents: [string, string][] = [
  ['fictional fixture', renderHtml(harbourMinutes)],
  ['fictional fixture with source view', renderHtml(harbourMinutes, { serviceAreas: harbourLinks, source: harbourSource })],
  ...(hasChromium ? (sharedCorpus('corpus') ?? []) : []).map((doc): [string, string] => [doc.name, renderHtml(parseMinutes(doc.text).minutes, { source: doc.text })]),
];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!hasChromium)('accessibility (axe-core in headless Chromium)', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'lsmp-report-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      // The report's CSP forbids every script; the test lifts it only to inject axe.
      bypassCSP: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function audit(html: string) {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
    });
    await page.close();
    return { violations, requests: requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank') };
  }

  it('axe does report problems (so an empty list means something)', async () => {
    const { violations } = await audit('<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#ccc">faint</p><img src="data:,"></body></html>');
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'html-has-lang']));
  });

  it('prints without the links back to the source, and starts the source view on a new page', async () => {
    const page = await context.newPage();
    await page.setContent(documents[1]![1]);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      sourceLink: getComputedStyle(document.querySelector('.source-link')!).display,
      sourceView: getComputedStyle(document.querySelector('#source')!).breakBefore,
    }));
    await page.emulateMedia({ media: 'screen' });
    const screen = await page.evaluate(() => getComputedStyle(document.querySelector('.source-link')!).display);
    await page.close();
    expect(printed).toEqual({ sourceLink: 'none', sourceView: 'page' });
    expect(screen).not.toBe('none');
  });

  it.each(documents)('%s has no violations and makes no requests', async (_name, html) => {
    expect(await audit(html)).toEqual({ violations: [], requests: [] });
  });
});

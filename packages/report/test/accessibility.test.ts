/// <reference lib="dom" />
// axe-core, injected into the rendered HTML in real headless Chromium, finds no
// WCAG 2.1 A/AA or best-practice violations; the page makes no request of its own.
import { parseMinutes } from '@lsmp/parser';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { harbourLinks, harbourMinutes, harbourSource } from './fixtures/harbourside.js';
import { auditHtml, chromiumPath, hasChromium, openChromium } from './support/axe-chromium.js';

if (!hasChromium) console.warn(`skipping the accessibility test: ${chromiumPath} is missing (tooling/vitest/ensure-chromium.mjs installs it as root)`);

const documents: [string, string][] = [
  ['fictional fixture', renderHtml(harbourMinutes)],
  ['fictional fixture with source view', renderHtml(harbourMinutes, { serviceAreas: harbourLinks, source: harbourSource })],
  ...(hasChromium ? [...(sharedCorpus('corpus') ?? []), ...(sharedCorpus('corpus-extra') ?? [])] : []).map((doc): [string, string] => [doc.name, renderHtml(parseMinutes(doc.text).minutes, { source: doc.text })]),
];

describe.skipIf(!hasChromium)('accessibility (axe-core in headless Chromium)', () => {
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    browser = await openChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('axe does report problems (so an empty list means something)', async () => {
    const { violations } = await auditHtml(browser.context, '<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#ccc">faint</p><img src="data:,"></body></html>');
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'html-has-lang']));
  });

  it('prints without the links back to the source, and starts the source view on a new page', async () => {
    const page = await browser.context.newPage();
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
    expect(await auditHtml(browser.context, html)).toEqual({ violations: [], requests: [] });
  });
});

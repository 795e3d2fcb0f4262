/// <reference lib="dom" />
// Shared by the accessibility tests: Debian's chromium through playwright-core, and
// axe-core injected into a page to audit an HTML report.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** A headless Chromium with a throw-away profile; `close()` removes the profile too. */
export async function openChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lsmp-report-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    // The reports' CSP forbids every script; the tests lift it only to inject axe.
    bypassCSP: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads `html` into a new page, runs axe (WCAG 2.1 A and AA, best practice) and
 * returns its violations and the URLs the page requested (data: and about:blank left out).
 */
export async function auditHtml(context: BrowserContext, html: string): Promise<{ violations: AxeViolation[]; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
  await page.close();
  return { violations, requests: requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank') };
}

/// <reference lib="dom" />
// DOM types for the functions that run inside the page (page.evaluate, waitForFunction).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMinutes } from '@lsmp/parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToStrategy } from '../src/formats/strategy-links.js';
import { loadSeries } from '../src/series/load-series.js';
import { type PageServer, pageOutDir, servePage } from './serve-page.js';

const chromiumPath = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';
const artefacts = join(import.meta.dirname, '../test-results/page');
const samples = join(import.meta.dirname, '../samples');
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`skipping the browser test: ${chromiumPath} is missing (tooling/vitest/ensure-chromium.mjs installs it as root)`);
const corpus = hasChromium ? sharedCorpus('corpus') : null;
// The minutes of the corpus (not the report in it) with an attendee list to count.
const corpusMinutes = corpus?.find((doc) => doc.gold && Array.isArray(doc.gold.attendees) && doc.gold.attendees.length > 0);

describe.skipIf(!hasChromium)('the browser page', () => {
  let server: PageServer;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(artefacts, { recursive: true, force: true });
    mkdirSync(artefacts, { recursive: true });
    server = await servePage();
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lsmp-chromium-')), {
      executablePath: chromiumPath,
      headless: true,
      acceptDownloads: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-revision]');
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  /** The counts the page shows, read from its summary. */
  async function shownCounts() {
    const read = async (id: string) => Number(await page.locator(`#${id}`).getAttribute('data-count'));
    return { attendees: await read('count-attendees'), items: await read('count-items'), actions: await read('count-actions') };
  }

  function parserCounts(text: string) {
    const { minutes } = parseMinutes(text);
    return { attendees: minutes.attendees.length, items: minutes.items.length, actions: minutes.actions.length };
  }

  /** Presses a download button and returns the file's text, saved among the artefacts. */
  async function downloadAs(format: string, expectedName: string): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#downloads button[data-format="${format}"]`)]);
    expect(download.suggestedFilename()).toBe(expectedName);
    const saved = join(artefacts, download.suggestedFilename());
    await download.saveAs(saved);
    return readFileSync(saved, 'utf8');
  }

  /** Screenshot for the test artefacts, once the rendered view's frame has drawn the report. */
  async function screenshot(name: string): Promise<void> {
    if (await page.isVisible('#rendered')) await page.frameLocator('#rendered iframe').locator('h1').waitFor();
    await page.screenshot({ path: join(artefacts, name), fullPage: true });
  }

  /** Waits until the page has shown a new document since `before`. */
  async function nextRevision(before: string | null): Promise<void> {
    await page.waitForFunction((previous) => document.body.dataset.revision !== previous, before);
  }

  it('shows the first meeting of the sample series on first visit', async () => {
    const first = readFileSync(join(samples, '2024-01-riverside-board.txt'), 'utf8');
    expect(await page.locator('#samples button').count()).toBe(6);
    expect(await page.getAttribute('body', 'data-document')).toBe('2024-01-riverside-board.txt');
    expect(await page.getAttribute('#samples button[aria-current="true"]', 'data-sample')).toBe('2024-01-riverside-board.txt');
    expect(await page.inputValue('#input')).toBe(first);
    expect(await shownCounts()).toEqual(parserCounts(first));
    await screenshot('1-first-visit.png');
  });

  it.skipIf(!corpusMinutes)('shows the counts the parser finds in a pasted corpus document', async () => {
    const doc = corpusMinutes!;
    // A real paste: the text goes on the clipboard, then Ctrl+V into the emptied text area.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), doc.text);
    await page.locator('#input').fill('');
    await page.locator('#input').focus();
    await page.keyboard.press('Control+V');
    expect(await page.inputValue('#input')).toBe(doc.text);
    // Typing re-reads after a pause: wait until the page shows the whole pasted text.
    await page.waitForFunction(
      (length) => document.body.dataset.document === 'pasted-minutes.txt' && document.body.dataset.textLength === length,
      String(doc.text.length),
    );
    expect(await shownCounts()).toEqual(parserCounts(doc.text));
    const linkedItems = linkToStrategy(parseMinutes(doc.text).minutes, doc.text).links.items.filter((item) => item.links.length > 0);
    expect(await page.locator('#links .strategy-links > li').count()).toBe(linkedItems.length);
    await screenshot('2-pasted-corpus.png');
  });

  it('switches to the source view, one row per line, with diagnostic lines highlighted', async () => {
    const text = await page.inputValue('#input');
    await page.click('#view-source');
    expect(await page.isVisible('#source')).toBe(true);
    expect(await page.isVisible('#rendered')).toBe(false);
    expect(await page.locator('#source .line').count()).toBe(text.split(/\r\n|\r|\n/).length);
    const flaggedLines = new Set(parseMinutes(text).minutes.diagnostics.flatMap((d) => (d.position ? [d.position.start.line] : [])));
    for (const line of flaggedLines) expect(await page.locator(`#line-${line}`).getAttribute('class')).toContain('flagged');
    await screenshot('3-source-view.png');
    await page.click('#view-rendered');
    expect(await page.isVisible('#rendered')).toBe(true);
    // The rendered view is @lsmp/report's HTML: one table row per attendee across its attendance tables.
    const frame = page.frameLocator('#rendered iframe');
    expect(await frame.locator('h1').textContent()).toBeTruthy();
  });

  it("keeps the rendered report's links to its source lines inside the report", async () => {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    const link = frame.locator('a[href^="#L"]').first();
    const target = await link.getAttribute('href');
    await link.click();
    await frame.waitForFunction((hash) => location.hash === hash, target);
    expect(page.url()).toBe(server.url);
  });

  it('reads a dropped file and downloads its CSV and JSON', async () => {
    const name = '2024-07-riverside-board.txt';
    const text = readFileSync(join(samples, name), 'utf8');
    const before = await page.getAttribute('body', 'data-revision');
    const dataTransfer = await page.evaluateHandle(
      ({ fileName, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'text/plain' }));
        return transfer;
      },
      { fileName: name, content: text },
    );
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await nextRevision(before);
    expect(await page.getAttribute('body', 'data-document')).toBe(name);
    expect(await shownCounts()).toEqual(parserCounts(text));

    const { minutes } = parseMinutes(text);
    const rows: string[][] = parseCsv(await downloadAs('actions-csv', '2024-07-riverside-board-actions.csv'), { bom: true });
    expect(rows[0]).toContain('action');
    const actionColumn = rows[0]!.indexOf('action');
    expect(rows.slice(1).map((row) => row[actionColumn])).toEqual(minutes.actions.map((action) => action.text));
    expect(JSON.parse(await downloadAs('json', '2024-07-riverside-board.json'))).toEqual(JSON.parse(JSON.stringify(minutes)));
    await screenshot('4-dropped-file.png');
  });

  it('opens the series report of the sample series in a tab of its own', async () => {
    const [tab] = await Promise.all([context.waitForEvent('page'), page.click('#series-report')]);
    await tab.waitForLoadState();
    expect(await tab.locator('h1').textContent()).toContain('Riverside Migration Partnership Board');
    // One row per tracked action, the same as the command line's tracker over the same files.
    const { loaded, report } = await loadSeries([]);
    expect(loaded).toHaveLength(6);
    expect(await tab.locator('tr[id^="action-"]').count()).toBe(report.actions.actions.length);
    await tab.screenshot({ path: join(artefacts, '5-series-report.png'), fullPage: false });
    await tab.close();
  });

  it('runs from the files on disk too, as in a report site opened without a server', async () => {
    const fromDisk = await context.newPage();
    const errors: string[] = [];
    fromDisk.on('pageerror', (error) => errors.push(error.message));
    await fromDisk.goto(pathToFileURL(join(pageOutDir, 'index.html')).href);
    await fromDisk.waitForSelector('body[data-revision]');
    expect(await fromDisk.getAttribute('body', 'data-document')).toBe('2024-01-riverside-board.txt');
    expect(errors).toEqual([]);
    await fromDisk.close();
  });

  it('threw no error', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no request outside its own server', () => {
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});

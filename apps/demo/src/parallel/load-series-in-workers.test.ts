import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeries } from '../series/load-series.js';
import { loadSeriesInWorkers } from './load-series-in-workers.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
// Enough documents for the pool: every sample twice, under names that sort and slug apart.
const folder = mkdtempSync(join(tmpdir(), 'lsmp-series-'));
for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) {
  copyFileSync(join(samples, file), join(folder, file));
  copyFileSync(join(samples, file), join(folder, `copy-${file}`));
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('loadSeriesInWorkers', () => {
  it('gives what loadSeries gives, as JSON, for a folder', async () => {
    const [inWorkers, inThread] = await Promise.all([loadSeriesInWorkers([folder], { size: 2, execArgv: ['--conditions=@lsmp/source'] }), loadSeries([folder])]);
    expect(inWorkers.loaded.length).toBe(12);
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inThread));
  });

  it('falls back to loadSeries for a few documents', async () => {
    const one = await loadSeriesInWorkers([join(samples, '2024-01-riverside-board.txt')]);
    expect(one.loaded.map((doc) => doc.slug)).toEqual(['2024-01-riverside-board']);
  });
});

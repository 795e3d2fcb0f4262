import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lsmp, samplesPath } from './run-cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('lsmp report', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lsmp-report-')), 'site');
  const run = lsmp(['report', '--out', out]);
  const samples = readdirSync(samplesPath).filter((f) => f.endsWith('.txt'));

  it('writes the site for the samples and says where it is', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`to ${out}/`);
    expect(run.stdout).toMatch(/meetings: +6\n/);
    // Two of the sample meetings were moved by a note (April 2024, February 2025).
    expect(run.stdout).toMatch(/timeline: +17 Jan 2024 to 16 Jul 2025; 2 meetings moved\n/);
    expect(run.stdout).toContain(join(out, 'index.html'));
  });

  it('puts the canonical JSON of every meeting under api/, the same as lsmp parse --json', () => {
    const index = readJson(join(out, 'api/index.json'));
    expect(index.meetings.map((m: { slug: string }) => `${m.slug}.txt`).sort()).toEqual(samples.sort());
    // Both list the samples in file-name order.
    const parsed = JSON.parse(lsmp(['parse', '--json']).stdout);
    index.meetings.forEach((meeting: { json: string }, i: number) => {
      expect(readJson(join(out, 'api', meeting.json))).toEqual(parsed[i]);
    });
  });

  it('puts the series data under api/series/, the same as the terminal commands report', () => {
    const actions = readJson(join(out, 'api/series/actions.json'));
    expect(actions.actions).toEqual(JSON.parse(lsmp(['actions', '--json']).stdout));
    const attendance = readJson(join(out, 'api/series/attendance.json'));
    expect(attendance.people).toEqual(JSON.parse(lsmp(['attendance', '--json']).stdout).people);
    // The samples were written to touch every London Enriched service area.
    const { coverage } = readJson(join(out, 'api/series/coverage.json'));
    expect(coverage.rows).toHaveLength(7);
    expect(coverage.rows.filter((row: { total: number }) => row.total === 0)).toEqual([]);
    for (const file of ['timeline.json', 'series.json']) expect(existsSync(join(out, 'api/series', file))).toBe(true);
  });

  it('links every file it lists from the index page, and every link resolves', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('These are the fictional sample minutes bundled with lsmp');
    const links = [...html.matchAll(/href="([^"#]+)/g)].map((m) => m[1]!);
    expect(links).toEqual(expect.arrayContaining(['series/index.html', 'downloads/actions.csv', 'downloads/attendance.csv', 'api/index.json', 'page/index.html']));
    for (const sample of samples) {
      const slug = sample.replace(/\.txt$/, '');
      expect(links).toEqual(expect.arrayContaining([`meetings/${slug}.html`, `meetings/${slug}.md`, `downloads/${slug}-actions.csv`, `downloads/${slug}.ics`]));
    }
    for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
  });

  it('replaces a site it wrote, and refuses a folder it did not write', () => {
    expect(lsmp(['report', '--out', out]).code).toBe(0);
    const other = mkdtempSync(join(tmpdir(), 'lsmp-not-a-site-'));
    writeFileSync(join(other, 'precious.txt'), 'keep me');
    const refused = lsmp(['report', '--out', other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists and is not a site lsmp wrote/);
    expect(readFileSync(join(other, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a folder with no minutes with exit 2 and writes nothing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'lsmp-empty-'));
    mkdirSync(join(empty, 'minutes'));
    const result = lsmp(['report', join(empty, 'minutes'), '--out', join(empty, 'site')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the folder has no minutes files/);
    expect(existsSync(join(empty, 'site'))).toBe(false);
  });
});

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lsmp, samplesPath } from './run-cli.js';

const samples = readdirSync(samplesPath).filter((f) => f.endsWith('.txt')).sort();
const first = join(samplesPath, samples[0]!);

describe('lsmp export', () => {
  it('prints one meeting as CSV, one row per action the parser found', () => {
    const minutes = JSON.parse(lsmp(['parse', '--json', first]).stdout);
    const { code, stdout } = lsmp(['export', first, '--format', 'csv']);
    expect(code).toBe(0);
    const rows: Record<string, string>[] = parseCsv(stdout, { columns: true });
    expect(rows.map((row) => row.action)).toEqual(minutes.actions.map((a: { text: string }) => a.text));
  });

  it('prints one calendar with the next meeting each sample announces', () => {
    const { code, stdout } = lsmp(['export', '--format', 'ics']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Every sample names its next meeting with a date (see samples/README.md).
    expect(stdout.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(samples.length);
    expect(stdout).toMatch(/^DTSTART;TZID=Europe\/London:20250716T140000\r$/m);
  });

  it('prints the series as an array of Open Civic Data events', () => {
    const events = JSON.parse(lsmp(['export', '--format', 'ocd']).stdout);
    expect(events).toHaveLength(samples.length);
    expect(events.every((event: { _type: string }) => event._type === 'event')).toBe(true);
  });

  it('writes one file per meeting with --out, and asks for --out where one file cannot hold several', () => {
    const refused = lsmp(['export', '--format', 'popolo']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--format popolo writes one file per meeting; give --out <folder>/);

    const out = mkdtempSync(join(tmpdir(), 'lsmp-export-'));
    const { code, stdout } = lsmp(['export', '--format', 'popolo', '--out', out, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).written).toHaveLength(samples.length);
    const popolo = JSON.parse(readFileSync(join(out, samples[0]!.replace(/\.txt$/, '.popolo.json')), 'utf8'));
    expect(popolo.persons.length).toBeGreaterThan(0);
  });

  it('exits 1 when a meeting has nothing to export', () => {
    const { code, stderr } = lsmp(['export', '-', '--format', 'ics'], { input: 'Minutes of a meeting with no next meeting\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/no dated next meeting/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLinks } from '../src/commands/link.js';
import { lsmp } from './run-cli.js';

function json(args: string[]) {
  const { code, stdout, stderr } = lsmp(args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('lsmp strategy', () => {
  it('lists the service areas and the actions of each', () => {
    const { code, stdout } = lsmp(['strategy']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^London Enriched – A strategy for refugee integration \(launched 2009-12-02\)/);
    expect(stdout).toMatch(/community-safety\s+7\.3\.1 7\.2\.2 7\.3\.3 7\.3\.4 7\.3\.5\n/);
    expect(stdout).toMatch(/children-and-young-people\s+8\.3\.4\n/);
    expect(stdout).toContain('8.3.4  Improve protection for trafficked children and young people.');
    expect(stdout).toContain('source: 004_693ab2fc072466ab lines 271-306');
  });

  it('prints the catalogue as JSON', () => {
    const catalogue = json(['strategy', '--json']);
    expect(catalogue.serviceAreas).toHaveLength(7);
    expect(catalogue.actions.map((action: { id: string }) => action.id)).toEqual(['7.3.1', '7.2.2', '7.3.3', '7.3.4', '7.3.5', '8.3.4']);
  });

  it('filters by service area and by words', () => {
    expect(json(['strategy', '--json', '--area', 'Children and young people']).map((action: { id: string }) => action.id)).toEqual(['8.3.4']);
    expect(json(['strategy', '--json', '--search', 'Refugee Week']).map((action: { id: string }) => action.id)).toEqual(['7.3.4']);
  });

  it('refuses an unknown service area with one line and exit 2', () => {
    const { code, stdout, stderr } = lsmp(['strategy', '--area', 'transport']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/unknown service area "transport"; the service areas are: housing, /);
  });
});

describe('lsmp link', () => {
  // Fictional minutes, written for this test.
  const dir = mkdtempSync(join(tmpdir(), 'lsmp-link-'));
  const file = join(dir, 'board.txt');
  const text = [
    'Minutes of the Riverside Partnership Board meeting',
    '',
    '12 March 2024, Town Hall',
    '',
    '1. London Enriched progress report',
    '',
    '1.1 Members discussed ESOL classes and the Child Trafficking Toolkit.',
    '',
    '2. Any other business',
    '',
    '2.1 Nothing was raised.',
    '',
  ].join('\n');
  writeFileSync(file, text);

  it('shows each agenda item with its links and where the words are', () => {
    const { code, stdout, stderr } = lsmp(['link', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${file}\n  1  London Enriched progress report\n    strategy     London Enriched 1.00\n      "London Enriched" 5:4\n`);
    expect(stdout).toContain('    service area english-language-learning 0.90\n      "ESOL" 7:23\n');
    expect(stdout).toContain('    action       8.3.4 Improve protection for trafficked children and young people. 0.90\n      "Child Trafficking Toolkit" 7:44\n');
    expect(stdout).toContain('  2  Any other business\n    no links\n');
  });

  it('prints the links as JSON, evidence with its span in the file', () => {
    const result = json(['link', file, '--json']);
    const [progress, other] = result.items;
    expect(progress.links.map((link: { kind: string; id: string }) => `${link.kind}:${link.id}`)).toEqual([
      'strategy:london-enriched',
      'service-area:english-language-learning',
      'service-area:children-and-young-people',
      'action:8.3.4',
    ]);
    expect(progress.links[1].evidence[0].position.start).toEqual({ line: 7, column: 23, offset: text.indexOf('ESOL') });
    expect(other.links).toEqual([]);
  });

  it('leaves out links below --min-confidence and refuses a bad value', () => {
    const strict = json(['link', file, '--json', '--min-confidence', '0.95']);
    expect(strict.items[0].links.map((link: { id: string }) => link.id)).toEqual(['london-enriched']);
    const { code, stderr } = lsmp(['link', file, '--min-confidence', 'lots']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/expected a number from 0 to 1/);
  });

  it('refuses a missing file with exit 2', () => {
    const { code, stderr } = lsmp(['link', join(dir, 'nope.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nope\.txt/);
  });
});

describe('describeLinks', () => {
  it('lists linked actions raised under no agenda item after the items', () => {
    const link = { kind: 'service-area' as const, id: 'housing', name: 'housing', confidence: 0.8, evidence: [{ text: 'housing', rule: 'housing', field: 'text' as const, start: 0, end: 7 }] };
    const text = describeLinks('board.txt', {
      items: [{ id: 'i1', number: '1', title: 'Welcome', links: [], paragraphs: [], actions: [] }],
      actions: [{ id: 'a1', number: '3', itemNumber: null, links: [link] }],
    });
    expect(text.replace(/\x1b\[\d+m/g, '')).toBe('board.txt\n  1  Welcome\n    no links\n  actions under no agenda item\n    action 3: housing');
  });
});

import { parse } from 'csv-parse/sync';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderSeries } from '../../src/series/render-series.js';
import { action, attendee, minutes } from './build-minutes.js';
import { fictionalSeries } from './fictional-series.js';

const hostile = minutes({
  date: '2024-02-02',
  title: 'Minutes <script>alert(1)</script>',
  attendees: [attendee('a1', '=cmd|"/c calc"!A1', { organisation: '@SUM(A1:A9)' }), attendee('a2', 'Ann <b>Lee</b>', { organisation: 'Tom & Jerry Trust' })],
  actions: [action('x1', '=HYPERLINK("http://example.invalid","click") and <img src=x onerror=alert(1)>', { owners: ['+Ann'] })],
});

describe('renderSeries: Markdown', () => {
  const markdown = renderSeries(fictionalSeries);

  it('has the four sections with their tables', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Harbourside Integration Board: a series of meetings',
      '## Action tracker',
      '## Attendance register',
      '### People',
      '### Organisations',
      '## Strategy coverage',
      '## Timeline',
    ]);
    expect(markdown).toContain('| 2 | Arrange a roundtable on ESOL funding for community groups | Harbourside Council | 15 Mar 2023 | reported on, at risk |');
    expect(markdown).toContain('| Cllr Rosa Lindqvist (also written Cll Rosa Lindqvist, CLLR ROSA LINDQVIST) | Harbourside Council | present (chair) | present (chair) | apologies | 2 | 1 |');
    expect(markdown).toContain('| 15 Mar 2023 | Minutes of the Harbourside Integration Board, 15 March 2023 | 14:00–16:00 | Harbourside Civic Centre | 14 Jun 2023, 14:00–16:00; held on another date (21 Jun 2023) |');
  });

  it('escapes Markdown syntax in text from the minutes', () => {
    const text = renderSeries([hostile]);
    expect(text).toContain('Ann \\<b>Lee\\</b>');
    expect(text).toContain('Minutes \\<script>alert(1)\\</script>');
    expect(text).not.toMatch(/(?<!\\)<(script|img|b)\b/);
  });
});

describe('renderSeries: HTML', () => {
  const html = renderSeries(fictionalSeries, { format: 'html' });

  it('is one self-contained document that forbids scripts', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src (&#x27;|')none\1;/);
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
  });

  it('passes html-validate (a real HTML validator)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': 'off' } });
    for (const document of [html, renderSeries([hostile], { format: 'html' })]) {
      const report = await validator.validateString(document);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('escapes every piece of text from the minutes', () => {
    const text = renderSeries([hostile], { format: 'html' });
    expect(text).not.toContain('<script>alert');
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('<b>Lee');
    expect(text).toContain('&lt;img src=x onerror=alert(1)>');
    expect(text).toContain('<td>Minutes &lt;script>alert(1)&lt;/script></td>');
  });

  it('draws the charts with their text alternatives, and marks actions at risk', () => {
    expect(html.match(/<svg /g)).toHaveLength(2); // no coverage links given: no heat map
    expect(html).toContain('<title id="chart-actions-title">Actions by status</title>');
    expect(html).toContain('<summary>Data for “Attendance by organisation”</summary>');
    expect(html).toMatch(/<tr id="action-m1-x2" class="at-risk">/);
  });
});

describe('renderSeries: CSV', () => {
  it('writes the tracker so a CSV reader gets the same facts back', () => {
    const rows = parse(renderSeries(fictionalSeries, { format: 'actions-csv' }), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.status, r.at_risk, r.raised_at, r.evidence_at])).toEqual([
      ['m1-x1', 'done', 'false', '2023-03-15', '2023-06-21'],
      ['m1-x2', 'reported-on', 'true', '2023-03-15', '2023-06-21'],
      ['m1-x3', 'dropped', 'false', '2023-03-15', '2023-10-04'],
      ['m2-x2', 'done', 'false', '2023-06-21', '2023-10-04'],
    ]);
    expect(rows[0]!.owners).toBe('Gil Hartigan (Harbourside Council)');
  });

  it('names the columns of two meetings on one day apart', () => {
    const [header] = parse(renderSeries([minutes({ date: '2024-02-02' }), minutes({ date: '2024-02-02' })], { format: 'attendance-csv' })) as string[][];
    expect(header).toContain('2024-02-02 (m1)');
    expect(header).toContain('2024-02-02 (m2)');
  });

  it('writes the register with a column per meeting', () => {
    const rows = parse(renderSeries(fictionalSeries, { format: 'attendance-csv' }), { columns: true }) as Record<string, string>[];
    const rosa = rows.find((r) => r.person === 'Rosa Lindqvist')!;
    expect(rosa).toMatchObject({ honorific: 'Cllr', '2023-03-15': 'present', '2023-06-21': 'present', '2023-10-04': 'apologies', present: '2', apologies: '1' });
    expect(rows.find((r) => r.person === 'Tom Reyes')).toMatchObject({ '2023-03-15': '', '2023-06-21': 'substitute' });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const actions = parse(renderSeries([hostile], { format: 'actions-csv' }), { columns: true }) as Record<string, string>[];
    expect(actions[0]!.action!.startsWith("'=HYPERLINK")).toBe(true);
    expect(actions[0]!.owners).toBe("'+Ann");
    const people = parse(renderSeries([hostile], { format: 'attendance-csv' }), { columns: true }) as Record<string, string>[];
    expect(people.map((p) => [p.person, p.organisation])).toEqual([
      ['Ann <b>Lee</b>', 'Tom & Jerry Trust'],
      ["'=cmd|\"/c calc\"!A1", "'@SUM(A1:A9)"],
    ]);
  });
});

describe('renderSeries: JSON and options', () => {
  it('writes the data as JSON', () => {
    const data = JSON.parse(renderSeries(fictionalSeries, { format: 'json' }));
    expect(data.actions.counts).toEqual({ open: 0, 'reported-on': 1, done: 2, dropped: 1 });
  });

  it('throws a clear error for an unknown format', () => {
    expect(() => renderSeries([], { format: 'pdf' as never })).toThrow(/Unknown series format "pdf"/);
  });
});

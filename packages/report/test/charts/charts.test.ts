import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { actionsByStatusChart } from '../../src/charts/actions-by-status-chart.js';
import { attendanceByOrganisationChart } from '../../src/charts/attendance-chart.js';
import { chartToSvg } from '../../src/charts/chart.js';
import { coverageHeatmap } from '../../src/charts/coverage-heatmap.js';
import { textColourOn } from '../../src/charts/palette.js';
import { buildSeries } from '../../src/series/build-series.js';
import { fictionalSeries } from '../series/fictional-series.js';

const links = [
  [{ itemNumber: '3', serviceAreas: [{ id: 'housing', name: 'Housing & homelessness' }] }],
  undefined,
  [
    { itemNumber: '2', serviceAreas: [{ id: 'housing', name: 'Housing & homelessness' }, { id: 'english', name: 'English <language>' }] },
    { itemNumber: '3', serviceAreas: [{ id: 'english', name: 'English <language>' }] },
  ],
];
const report = buildSeries(fictionalSeries, { serviceAreaLinks: links, serviceAreas: [{ id: 'health', name: 'Health' }] });
const charts = {
  actions: actionsByStatusChart(report.actions),
  attendance: attendanceByOrganisationChart(report.attendance, report.meetings.length),
  coverage: coverageHeatmap(report.coverage!, report.meetings),
};

/** The values of one attribute on every element of a tag in an SVG string. */
function attributes(svg: string, tag: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

describe.each(Object.entries(charts))('%s chart', (_, chart) => {
  const svg = chartToSvg(chart);

  it('is named by its <title> and described by its <desc>', () => {
    const [labelledBy] = attributes(svg, 'svg', 'aria-labelledby');
    const [titleId, descId] = labelledBy!.split(' ');
    expect(svg).toContain(`role="img"`);
    expect(svg).toContain(`<title id="${titleId}">${chart.title}</title>`);
    expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
  });

  it('labels its axes', () => {
    expect(attributes(svg, 'text', 'font-weight').length).toBeGreaterThanOrEqual(2);
  });

  it('is well-formed XML without scripts or external references', async () => {
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
    // html-validate parses the SVG inline in a minimal document and checks nesting.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const html = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${svg.replace(/^<\?xml[^>]*>\n/, '')}</body></html>`;
    const result = await validator.validateString(html);
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('carries its numbers as a table', () => {
    expect(chart.table.rows.length).toBeGreaterThan(0);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.header.length);
  });
});

describe('actionsByStatusChart', () => {
  it('draws one bar per status, as tall as its count', () => {
    const svg = chartToSvg(charts.actions);
    const heights = attributes(svg, 'rect', 'height').map(Number);
    // open 0, reported on 1, done 2, dropped 1: heights in proportion.
    expect(heights).toHaveLength(4);
    expect(heights[0]).toBe(0);
    expect(heights[2]).toBeCloseTo(2 * heights[1]!, 0);
    expect(heights[3]).toBe(heights[1]);
    expect(charts.actions.table.rows).toEqual([
      ['open', 0],
      ['reported on', 1],
      ['done', 2],
      ['dropped', 1],
      ['at risk', 1],
    ]);
  });
});

describe('attendanceByOrganisationChart', () => {
  it('stacks present, substitute and apologies per organisation', () => {
    expect(charts.attendance.table.rows).toEqual([
      ['Harbourside Council', 4, 0, 1, 2],
      ['City Health Partnership', 1, 1, 2, 2],
      ['Refugee Welcome Harbourside', 1, 0, 0, 1],
    ]);
    // Legend swatches (3) plus one segment per non-zero count (2 + 3 + 1).
    expect(attributes(chartToSvg(charts.attendance), 'rect', 'width')).toHaveLength(9);
  });
});

describe('coverageHeatmap', () => {
  it('has a cell per service area and meeting, escaping names', () => {
    const svg = chartToSvg(charts.coverage);
    expect(attributes(svg, 'rect', 'fill')).toHaveLength(3 * 3);
    expect(svg).toContain('English &#x3C;language>');
    expect(charts.coverage.table.rows).toEqual([
      ['Health', 0, 0, '–', 0],
      ['Housing & homelessness', 1, 1, '–', 2],
      ['English <language>', 2, 0, '–', 2],
    ]);
  });

  it('writes labels in the colour that contrasts best with the cell', () => {
    expect(textColourOn('rgb(8, 48, 107)')).toBe('#ffffff');
    expect(textColourOn('rgb(229, 239, 249)')).toBe('#1b1b1b');
    expect(textColourOn('#f2f2f2')).toBe('#1b1b1b');
  });
});

describe('chartToSvg', () => {
  it('writes characters XML cannot carry as U+FFFD and escapes markup', () => {
    const coverage = coverageHeatmap(
      { ...report.coverage!, rows: report.coverage!.rows.map((row, index) => (index === 0 ? { ...row, serviceArea: { id: 'x', name: 'A\u0000B\uD800 <C> & "D"' } } : row)) },
      report.meetings,
    );
    const svg = chartToSvg(coverage);
    expect(svg).toContain('A\uFFFDB\uFFFD &#x3C;C> &#x26; "D"');
    expect(svg).not.toMatch(/[\u0000\uD800]/);
  });
});

import { actionsByStatusChart } from '../charts/actions-by-status-chart.js';
import { attendanceByOrganisationChart } from '../charts/attendance-chart.js';
import type { Chart } from '../charts/chart.js';
import { coverageHeatmap } from '../charts/coverage-heatmap.js';
import { hastToMarkup } from '../charts/hast-markup.js';
import { renderHtmlDocument } from '../shared/html-document.js';
import { h, type Markup, type MarkupElement } from '../shared/markup.js';
import type { SeriesReport } from './build-series.js';
import { actionsSummary, attendanceSummary, coverageSummary, seriesSummary, timelineSummary } from './series-summary.js';
import { actionTrackerTable, coverageTable, type ItemHref, organisationsTable, peopleTable, type SeriesTable, type TableCell, timelineTable } from './series-tables.js';

export interface SeriesHtmlOptions {
  /** Links coverage cells to the agenda items (for example to one-meeting reports). */
  itemHref?: ItemHref | undefined;
  /** Draw the SVG charts (default true). */
  charts?: boolean | undefined;
}

const SERIES_STYLES = `
figure.chart { margin: 1rem 0 2rem; }
figure.chart svg { max-width: 100%; height: auto; }
table.series th, table.series td { overflow-wrap: anywhere; }
tr.at-risk th, tr.at-risk td { background: #fff4e5; }
@media print { figure.chart { break-inside: avoid; } details.chart-data { display: none; } }
`;

/**
 * The series report as one self-contained, accessible, printable HTML document:
 * landmarks, captioned tables with header cells, SVG charts with a title, a
 * description and their data table, the shared Content-Security-Policy (no scripts,
 * no requests). Every text and attribute value is escaped.
 */
export function renderSeriesHtml(report: SeriesReport, options: SeriesHtmlOptions = {}): string {
  const charts = options.charts ?? true;
  const coverage = coverageTable(report, options.itemHref);
  const main: Markup[] = [
    h('nav', { 'aria-label': 'Contents' }, [
      h('ul', [
        ['actions', 'Action tracker'],
        ['attendance', 'Attendance register'],
        ['coverage', 'Strategy coverage'],
        ['timeline', 'Timeline'],
      ].map(([id, title]) => h('li', [h('a', { href: `#${id}-heading` }, title!)]))),
    ]),
    section('actions', 'Action tracker', actionsSummary(report), [
      ...(charts ? [figure(actionsByStatusChart(report.actions, { idPrefix: 'chart-actions' }))] : []),
      table(actionTrackerTable(report), (index) => (report.actions.actions[index]?.atRisk ? 'at-risk' : undefined)),
    ]),
    section('attendance', 'Attendance register', attendanceSummary(report), [
      ...(charts ? [figure(attendanceByOrganisationChart(report.attendance, report.meetings.length, { idPrefix: 'chart-attendance' }))] : []),
      h('h3', 'People'),
      table(peopleTable(report)),
      h('h3', 'Organisations'),
      table(organisationsTable(report)),
    ]),
    section('coverage', 'Strategy coverage', coverageSummary(report), [
      ...(charts && report.coverage ? [figure(coverageHeatmap(report.coverage, report.meetings, { idPrefix: 'chart-coverage' }))] : []),
      ...(coverage ? [table(coverage)] : []),
    ]),
    section('timeline', 'Timeline', timelineSummary(report), [table(timelineTable(report))]),
  ];
  if (report.skipped.length > 0) {
    main.push(
      section('left-out', 'Left out', 'Documents given that are not minutes of a meeting:', [
        h('ul', report.skipped.map((doc) => h('li', `${doc.title ?? `Document ${doc.inputIndex + 1}`}: ${doc.reason}`))),
      ]),
    );
  }
  return renderHtmlDocument({
    title: report.title,
    header: [h('h1', report.title), h('p', seriesSummary(report))],
    main,
    styles: SERIES_STYLES,
  });
}

function section(id: string, title: string, summary: string, content: Markup[]): MarkupElement {
  return h('section', { 'aria-labelledby': `${id}-heading` }, [h('h2', { id: `${id}-heading` }, title), h('p', summary), ...content]);
}

function table(model: SeriesTable, rowClass: (index: number) => string | undefined = () => undefined): MarkupElement {
  if (model.rows.length === 0) return h('p', 'None.');
  // No scrolling wrapper: a scrollable region must be focusable (axe), and a focusable
  // div is not interactive (biome, html-validate); long words wrap instead (see styles).
  return h('table', { class: 'series' }, [
    h('caption', model.caption),
    h('thead', [h('tr', model.header.map((name) => h('th', { scope: 'col' }, name)))]),
    h(
      'tbody',
      model.rows.map((row, index) =>
        h(
          'tr',
          { id: model.rowIds?.[index], class: rowClass(index) },
          row.map((value, column) => (column === (model.rowHeaderColumn ?? 0) ? h('th', { scope: 'row' }, [content(value)]) : h('td', [content(value)]))),
        ),
      ),
    ),
  ]);
}

function content(value: TableCell): Markup {
  return typeof value === 'string' ? value : h('a', { href: value.href }, value.text);
}

/** A chart with its caption and its numbers as a table, for readers who cannot see it. */
function figure(chart: Chart): MarkupElement {
  return h('figure', { class: 'chart' }, [
    // A figcaption must come first or last in its figure: first, so it reads as the chart's caption.
    h('figcaption', chart.description),
    hastToMarkup(chart.element),
    h('details', { class: 'chart-data' }, [
      h('summary', `Data for “${chart.title}”`),
      table({ caption: chart.table.caption, header: chart.table.header, rows: chart.table.rows.map((row) => row.map(String)) }),
    ]),
  ]);
}

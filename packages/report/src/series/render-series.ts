import type { Minutes } from '@lsmp/model';
import { buildSeries, type SeriesOptions } from './build-series.js';
import { renderActionTrackerCsv, renderAttendanceRegisterCsv } from './render-series-csv.js';
import { renderSeriesHtml } from './render-series-html.js';
import { renderSeriesMarkdown } from './render-series-markdown.js';
import type { ItemHref } from './series-tables.js';

/** What `renderSeries` writes. */
export type SeriesFormat = 'json' | 'markdown' | 'html' | 'actions-csv' | 'attendance-csv';

export const SERIES_FORMATS: readonly SeriesFormat[] = ['json', 'markdown', 'html', 'actions-csv', 'attendance-csv'];

export interface RenderSeriesOptions extends SeriesOptions {
  /** Default `markdown`. */
  format?: SeriesFormat | undefined;
  /** Markdown and HTML: links coverage cells to the agenda items. */
  itemHref?: ItemHref | undefined;
  /** HTML: draw the SVG charts (default true). */
  charts?: boolean | undefined;
  /** CSV: start with a UTF-8 byte order mark for spreadsheet programs (default false). */
  bom?: boolean | undefined;
}

/**
 * Renders a series of minutes: the action tracker, attendance register, strategy
 * coverage and timeline, as JSON, Markdown, HTML, or CSV (tracker or register).
 * @param minutesList Parsed minutes in any order; documents that are not minutes are left out.
 * @returns The document text. Throws only for an unknown `format` (a programming error).
 */
export function renderSeries(minutesList: readonly Minutes[], options: RenderSeriesOptions = {}): string {
  const report = buildSeries(minutesList, options);
  const format = options.format ?? 'markdown';
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return renderSeriesMarkdown(report, { itemHref: options.itemHref });
    case 'html':
      return renderSeriesHtml(report, { itemHref: options.itemHref, charts: options.charts });
    case 'actions-csv':
      return renderActionTrackerCsv(report, { bom: options.bom ?? false });
    case 'attendance-csv':
      return renderAttendanceRegisterCsv(report, { bom: options.bom ?? false });
    default:
      throw new TypeError(`Unknown series format ${JSON.stringify(format)}; expected one of ${SERIES_FORMATS.join(', ')}.`);
  }
}

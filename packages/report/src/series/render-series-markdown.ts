import type { PhrasingContent, Root, RootContent, Table, TableCell as MdTableCell } from 'mdast';
import { serialiseMarkdown } from '../shared/markdown.js';
import type { SeriesReport } from './build-series.js';
import { actionsSummary, attendanceSummary, coverageSummary, seriesSummary, timelineSummary } from './series-summary.js';
import {
  actionTrackerTable,
  coverageTable,
  type ItemHref,
  organisationsTable,
  peopleTable,
  type SeriesTable,
  type TableCell,
  timelineTable,
} from './series-tables.js';

export interface SeriesMarkdownOptions {
  /** Links coverage cells to the agenda items (for example to one-meeting reports). */
  itemHref?: ItemHref | undefined;
}

/**
 * The series report as GitHub-flavoured Markdown: the action tracker, the
 * attendance register, strategy coverage and the timeline, as headed tables.
 * Text from the minutes is escaped by `mdast-util-to-markdown`.
 */
export function renderSeriesMarkdown(report: SeriesReport, options: SeriesMarkdownOptions = {}): string {
  const coverage = coverageTable(report, options.itemHref);
  const children: RootContent[] = [
    heading(1, report.title),
    paragraph(seriesSummary(report)),
    heading(2, 'Action tracker'),
    paragraph(actionsSummary(report)),
    ...tableOrNothing(actionTrackerTable(report)),
    heading(2, 'Attendance register'),
    paragraph(attendanceSummary(report)),
    heading(3, 'People'),
    ...tableOrNothing(peopleTable(report)),
    heading(3, 'Organisations'),
    ...tableOrNothing(organisationsTable(report)),
    heading(2, 'Strategy coverage'),
    paragraph(coverageSummary(report)),
    ...(coverage ? tableOrNothing(coverage) : []),
    heading(2, 'Timeline'),
    paragraph(timelineSummary(report)),
    ...tableOrNothing(timelineTable(report)),
  ];
  if (report.skipped.length > 0) {
    children.push(heading(2, 'Left out'), {
      type: 'list',
      ordered: false,
      spread: false,
      children: report.skipped.map((doc) => ({ type: 'listItem', spread: false, children: [paragraph(`${doc.title ?? `Document ${doc.inputIndex + 1}`}: ${doc.reason}`)] })),
    });
  }
  return serialiseMarkdown({ type: 'root', children } satisfies Root);
}

function heading(depth: 1 | 2 | 3, text: string): RootContent {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

function paragraph(text: string): RootContent & { type: 'paragraph' } {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function tableOrNothing(table: SeriesTable): RootContent[] {
  if (table.rows.length === 0) return [paragraph('None.')];
  const row = (cells: readonly TableCell[]) => ({ type: 'tableRow' as const, children: cells.map(cell) });
  const node: Table = { type: 'table', align: table.header.map(() => null), children: [row(table.header), ...table.rows.map(row)] };
  return [node];
}

function cell(value: TableCell): MdTableCell {
  // A line break inside a table cell would end the row: flatten to spaces.
  const text = (typeof value === 'string' ? value : value.text).replace(/\s*\n\s*/g, ' ');
  const content: PhrasingContent = typeof value === 'string' ? { type: 'text', value: text } : { type: 'link', url: value.href, children: [{ type: 'text', value: text }] };
  return { type: 'tableCell', children: [content] };
}

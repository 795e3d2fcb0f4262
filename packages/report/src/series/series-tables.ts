import { describeOwner } from './resolve-owners.js';
import type { RegisterPerson } from './attendance-register.js';
import type { SeriesReport } from './build-series.js';
import type { CoverageItem } from './coverage-matrix.js';
import type { SeriesMeeting } from './meetings.js';
import { actionHistoryText, cellText, displayName, otherSpellings, nextMeetingText, organisationCellText, statusText } from './series-text.js';

/** A cell: text, or text linking somewhere. */
export type TableCell = string | { text: string; href: string };

/** A table both the Markdown and the HTML renderers draw, so they say the same. */
export interface SeriesTable {
  caption: string;
  header: string[];
  rows: TableCell[][];
  /** An id per row (for anchors), where rows have one. */
  rowIds?: string[];
  /** The column that names each row (HTML row header); default 0. */
  rowHeaderColumn?: number;
}

/** Builds a link to an agenda item of one meeting, or null for plain text. */
export type ItemHref = (meeting: SeriesMeeting, itemNumber: string | null, itemId: string | null) => string | null;

export function actionTrackerTable(report: SeriesReport): SeriesTable {
  const label = meetingLabels(report.meetings);
  return {
    caption: 'Action tracker',
    header: ['No.', 'Action', 'Owners', 'Raised', 'Status', 'Evidence', 'History'],
    rowIds: report.actions.actions.map((a) => `action-${a.id}`),
    rowHeaderColumn: 1,
    rows: report.actions.actions.map((action) => [
      action.number ?? '',
      action.text,
      action.owners.map(describeOwner).join('; '),
      action.raisedAt ? label(action.raisedAt) : `before ${label(action.firstSeenAt)}`,
      statusText(action),
      action.evidence ? `${action.evidence} (${label(action.evidenceMeetingId!)})` : '',
      actionHistoryText(action, label),
    ]),
  };
}

export function peopleTable(report: SeriesReport): SeriesTable {
  return {
    caption: 'Attendance register: people',
    header: ['Person', 'Organisation', ...report.meetings.map((m) => m.label), 'Present', 'Apologies'],
    rows: report.attendance.people.map((person) => [
      personText(person),
      person.organisation ?? '',
      ...person.cells.map(cellText),
      String(person.counts.present + person.counts.substitute),
      String(person.counts.apologies),
    ]),
  };
}

export function organisationsTable(report: SeriesReport): SeriesTable {
  return {
    caption: 'Attendance register: organisations',
    header: ['Organisation', ...report.meetings.map((m) => m.label), 'Meetings represented'],
    rows: report.attendance.organisations.map((organisation) => [
      organisation.name,
      ...organisation.cells.map(organisationCellText),
      `${organisation.meetingsRepresented} of ${report.meetings.length}`,
    ]),
  };
}

export function coverageTable(report: SeriesReport, itemHref?: ItemHref): SeriesTable | null {
  const coverage = report.coverage;
  if (!coverage) return null;
  const linked = new Set(coverage.linkedMeetings);
  return {
    caption: 'Strategy coverage: agenda items by service area',
    header: ['Service area', ...report.meetings.map((m) => m.label), 'Items'],
    rows: coverage.rows.map((row) => [
      row.serviceArea.name,
      ...row.cells.map((cell, index): TableCell => {
        if (!linked.has(cell.meetingId)) return 'not linked';
        const text = itemsText(cell.items);
        const first = cell.items[0];
        const href = first && itemHref ? itemHref(report.meetings[index]!, first.itemNumber, first.itemId) : null;
        return href ? { text, href } : text;
      }),
      String(row.total),
    ]),
  };
}

export function timelineTable(report: SeriesReport): SeriesTable {
  const label = meetingLabels(report.meetings);
  return {
    caption: 'Timeline of meetings',
    header: ['Meeting', 'Title', 'Time', 'Venue', 'Next meeting announced'],
    rows: report.timeline.entries.map((entry, index) => [
      report.meetings[index]!.label,
      report.meetings[index]!.title ?? '',
      [entry.start, entry.end].filter(Boolean).join('–'),
      entry.venue ?? '',
      nextMeetingText(entry, label),
    ]),
  };
}

/** "items 4, 5", "item 2, Chair's update", or "—" for none. */
function itemsText(items: readonly CoverageItem[]): string {
  if (items.length === 0) return '—';
  const numbers = items.flatMap((item) => (item.itemNumber ? [item.itemNumber] : []));
  const titles = items.flatMap((item) => (item.itemNumber ? [] : [item.title ?? 'an unnumbered item']));
  const numbered = numbers.length > 0 ? [`${numbers.length === 1 ? 'item' : 'items'} ${numbers.join(', ')}`] : [];
  return [...numbered, ...titles].join(', ');
}

/** "Cllr Rosa Lindqvist (also written Cll Rosa Lindqvist)". */
function personText(person: RegisterPerson): string {
  const shown = displayName(person);
  const others = otherSpellings(person);
  return others.length > 0 ? `${shown} (also written ${others.join(', ')})` : shown;
}

/** Meeting id to its label ("28 Sep 2011"), for text that refers to meetings. */
export function meetingLabels(meetings: readonly SeriesMeeting[]): (id: string) => string {
  const labels = new Map(meetings.map((m) => [m.id, m.label]));
  return (id) => labels.get(id) ?? id;
}


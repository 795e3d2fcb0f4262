import { type CsvOptions, writeCsv } from '../shared/csv.js';
import type { SeriesReport } from './build-series.js';
import { describeOwner } from './resolve-owners.js';
import { actionHistoryText, meetingDates, otherSpellings } from './series-text.js';
import { meetingLabels } from './series-tables.js';

/**
 * The action tracker as CSV (RFC 4180, header row, formula-injection safe):
 * one row per action, dates as ISO dates.
 */
export function renderActionTrackerCsv(report: SeriesReport, options: CsvOptions = {}): string {
  const date = meetingDates(report.meetings);
  const label = meetingLabels(report.meetings);
  const header = ['id', 'number', 'action', 'owners', 'item', 'raised_at', 'first_seen_at', 'status', 'at_risk', 'evidence', 'evidence_at', 'history'];
  const rows = report.actions.actions.map((a) => [
    a.id,
    a.number,
    a.text,
    a.owners.map(describeOwner).join('; '),
    a.itemNumber,
    a.raisedAt ? date(a.raisedAt) : null,
    date(a.firstSeenAt),
    a.status,
    a.atRisk,
    a.evidence,
    a.evidenceMeetingId ? date(a.evidenceMeetingId) : null,
    actionHistoryText(a, label),
  ]);
  return writeCsv(header, rows, options);
}

/**
 * The attendance register as CSV: one row per person, one column per meeting
 * (headed by its ISO date, or its label when undated) holding
 * present | substitute | apologies | absent, empty when not listed.
 */
export function renderAttendanceRegisterCsv(report: SeriesReport, options: CsvOptions = {}): string {
  const date = meetingDates(report.meetings, true);
  const header = ['person', 'honorific', 'other_spellings', 'organisation', ...report.meetings.map((m) => date(m.id)), 'present', 'substitute', 'apologies', 'absent'];
  const rows = report.attendance.people.map((p) => [
    p.name,
    p.honorific,
    otherSpellings(p).join('; '),
    p.organisation,
    ...p.cells.map((cell) => (cell.status === 'not-listed' ? null : cell.status)),
    p.counts.present,
    p.counts.substitute,
    p.counts.apologies,
    p.counts.absent,
  ]);
  return writeCsv(header, rows, options);
}

import type { SeriesReport } from '@lsmp/report';
import type { LoadedMinutes } from '../io/load-minutes.js';
import { jsonText, type SiteFile } from './site-file.js';

/**
 * The static API: the series data, and an index of it and of every meeting's
 * canonical JSON (written with the meeting's files), so a front end can be built on
 * the files alone. `api/index.json` says what is where.
 */
export function apiFiles(loaded: readonly LoadedMinutes[], report: SeriesReport): SiteFile[] {
  const meetings = loaded.map((doc) => ({
    slug: doc.slug,
    source: doc.name,
    title: doc.minutes.title,
    date: doc.minutes.date,
    seriesId: report.meetings.find((m) => loaded[m.inputIndex] === doc)?.id ?? null,
    json: `meetings/${doc.slug}.json`,
    links: `links/${doc.slug}.json`,
  }));
  const series = {
    actions: 'series/actions.json',
    attendance: 'series/attendance.json',
    coverage: 'series/coverage.json',
    timeline: 'series/timeline.json',
    all: 'series/series.json',
  };
  return [
    { path: 'api/index.json', content: jsonText({ title: report.title, meetings, series }), label: 'API index (JSON)' },
    { path: `api/${series.actions}`, content: jsonText({ meetings: report.meetings, ...report.actions }), label: 'Action tracker (JSON)' },
    { path: `api/${series.attendance}`, content: jsonText({ meetings: report.meetings, ...report.attendance }), label: 'Attendance register (JSON)' },
    { path: `api/${series.coverage}`, content: jsonText({ meetings: report.meetings, coverage: report.coverage }), label: 'Strategy coverage (JSON)' },
    { path: `api/${series.timeline}`, content: jsonText({ meetings: report.meetings, ...report.timeline }), label: 'Timeline (JSON)' },
    { path: `api/${series.all}`, content: jsonText(report), label: 'Whole series (JSON)' },
  ];
}

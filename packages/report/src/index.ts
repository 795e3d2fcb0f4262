// One meeting: Markdown and HTML reports.
export { renderMarkdown } from './markdown/render-markdown.js';
export { renderHtml } from './html/render-html.js';
export type { MeetingReportOptions } from './meeting/options.js';
export { CONTENT_SECURITY_POLICY } from './shared/html-document.js';
export { MEETING_FORMATS, renderMeeting, type MeetingFormat, type RenderMeetingOptions } from './render-meeting.js';
// Downloads: CSV, iCalendar, canonical JSON, Open Civic Data and Popolo.
export { renderActionsCsv, ACTIONS_CSV_COLUMNS } from './downloads/actions-csv.js';
export { renderAttendanceCsv, ATTENDANCE_CSV_COLUMNS } from './downloads/attendance-csv.js';
export type { CsvOptions } from './shared/csv.js';
export { renderICalendar, renderNextMeetingICalendar, type ICalendarOptions } from './icalendar/render-icalendar.js';
export { nextMeetingEvent, type CalendarEvent } from './icalendar/calendar-event.js';
export { renderJson } from './downloads/json.js';
export { renderOcdEvent, toOcdEvent, type OcdAgendaItem, type OcdEvent, type OcdEventOptions, type OcdRelatedEntity } from './downloads/ocd-event.js';
export {
  renderPopolo,
  toPopolo,
  type PopoloExport,
  type PopoloMembership,
  type PopoloOrganization,
  type PopoloPerson,
} from './downloads/popolo.js';
// A series of meetings: action tracker, attendance register, coverage, timeline.
export { buildSeries, type SeriesOptions, type SeriesReport } from './series/build-series.js';
export { renderSeries, SERIES_FORMATS, type RenderSeriesOptions, type SeriesFormat } from './series/render-series.js';
export { renderSeriesMarkdown, type SeriesMarkdownOptions } from './series/render-series-markdown.js';
export { renderSeriesHtml, type SeriesHtmlOptions } from './series/render-series-html.js';
export { renderActionTrackerCsv, renderAttendanceRegisterCsv } from './series/render-series-csv.js';
export { trackActions, type ActionTracker, type TrackedAction } from './series/track-actions.js';
export type { ActionEvent, ActionEventKind, ActionMatch } from './series/action-history.js';
export { classifyProgress, TRACKED_STATUSES, type TrackedStatus } from './series/classify-progress.js';
export { buildAttendanceRegister, REGISTER_STATUSES, type AttendanceRegister, type RegisterCell, type RegisterPerson, type RegisterStatus } from './series/attendance-register.js';
export type { OrganisationCell, OrganisationTotals, RegisterOrganisation } from './series/organisation-counts.js';
export { personKey, organisationKey } from './series/normalise-name.js';
export {
  buildCoverageMatrix,
  type CoverageCell,
  type CoverageItem,
  type CoverageMatrix,
  type CoverageRow,
  type ItemServiceAreas,
  type SeriesServiceAreaLinks,
  type ServiceAreaRef,
} from './series/coverage-matrix.js';
export { buildTimeline, type AnnouncementOutcome, type Timeline, type TimelineEntry } from './series/timeline.js';
export { orderSeries, type OrderedSeries, type SeriesMeeting, type SkippedDocument } from './series/meetings.js';
export type { TrackedOwner } from './series/resolve-owners.js';
export type { ItemHref } from './series/series-tables.js';
// Charts: SVG with a title, a description and a data table.
export { chartToSvg, type Chart, type ChartOptions, type ChartTable } from './charts/chart.js';
export { actionsByStatusChart } from './charts/actions-by-status-chart.js';
export { attendanceByOrganisationChart } from './charts/attendance-chart.js';
export { coverageHeatmap } from './charts/coverage-heatmap.js';

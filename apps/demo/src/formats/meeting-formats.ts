// Shared by the command line, the report site and the browser page, so all three
// offer the same files. Browser-safe: no Node APIs here.
import type { Minutes } from '@lsmp/model';
import {
  type ItemServiceAreas,
  renderActionsCsv,
  renderAttendanceCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderNextMeetingICalendar,
  renderOcdEvent,
  renderPopolo,
} from '@lsmp/report';

/** What a renderer may use besides the minutes. */
export interface MeetingContext {
  /** The text the minutes were parsed from (the HTML then ends with a source view). */
  text?: string | undefined;
  /** Where that text is published, relative to the rendered file (for line links). */
  sourceHref?: string | undefined;
  /** Service areas per agenda item, from the London Enriched linker where available. */
  serviceAreas?: readonly ItemServiceAreas[] | undefined;
  /** CSV: start with a byte order mark, for spreadsheet programs. */
  bom?: boolean | undefined;
}

export type MeetingFormatId = 'json' | 'actions-csv' | 'attendance-csv' | 'markdown' | 'html' | 'ics' | 'ocd' | 'popolo';

/** One file a meeting can be downloaded or exported as, rendered by @lsmp/report. */
export interface MeetingFormat {
  id: MeetingFormatId;
  label: string;
  /** Appended to the meeting's file stem ("2024-01-board" + "-actions.csv"). */
  suffix: string;
  mimeType: string;
  /** The file's text, or null when the minutes hold nothing for it (no dated next meeting for a calendar). */
  render(minutes: Minutes, context: MeetingContext): string | null;
}

export const meetingFormats: readonly MeetingFormat[] = [
  { id: 'json', label: 'JSON', suffix: '.json', mimeType: 'application/json', render: (m) => renderJson(m) },
  {
    id: 'actions-csv',
    label: 'Actions CSV',
    suffix: '-actions.csv',
    mimeType: 'text/csv',
    render: (m, c) => renderActionsCsv(m, { bom: c.bom ?? false }),
  },
  {
    id: 'attendance-csv',
    label: 'Attendance CSV',
    suffix: '-attendance.csv',
    mimeType: 'text/csv',
    render: (m, c) => renderAttendanceCsv(m, { bom: c.bom ?? false }),
  },
  {
    id: 'markdown',
    label: 'Markdown',
    suffix: '.md',
    mimeType: 'text/markdown',
    render: (m, c) => renderMarkdown(m, { serviceAreas: c.serviceAreas, sourceHref: c.sourceHref }),
  },
  {
    id: 'html',
    label: 'HTML',
    suffix: '.html',
    mimeType: 'text/html',
    render: (m, c) => renderHtml(m, { serviceAreas: c.serviceAreas, source: c.text, sourceHref: c.sourceHref }),
  },
  { id: 'ics', label: 'Calendar (ICS)', suffix: '.ics', mimeType: 'text/calendar', render: (m) => renderNextMeetingICalendar(m) },
  {
    id: 'ocd',
    label: 'Open Civic Data event',
    suffix: '.ocd.json',
    mimeType: 'application/json',
    render: (m, c) => renderOcdEvent(m, { serviceAreas: c.serviceAreas, sourceHref: c.sourceHref }),
  },
  { id: 'popolo', label: 'Popolo', suffix: '.popolo.json', mimeType: 'application/json', render: (m) => renderPopolo(m) },
];

/** The format with this id; the ids above are the only ones there are. */
export function meetingFormat(id: MeetingFormatId): MeetingFormat {
  return meetingFormats.find((format) => format.id === id)!;
}

import type { Minutes } from '@lsmp/model';
import { renderActionsCsv } from './downloads/actions-csv.js';
import { renderAttendanceCsv } from './downloads/attendance-csv.js';
import { renderJson } from './downloads/json.js';
import { renderOcdEvent } from './downloads/ocd-event.js';
import { renderPopolo } from './downloads/popolo.js';
import { renderHtml } from './html/render-html.js';
import { renderNextMeetingICalendar } from './icalendar/render-icalendar.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import type { MeetingReportOptions } from './meeting/options.js';

/** Every format of one meeting, with the file name ending and media type to save or serve it with. */
export const MEETING_FORMATS = {
  markdown: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  'actions-csv': { extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  'attendance-csv': { extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  icalendar: { extension: 'ics', mediaType: 'text/calendar; charset=utf-8' },
  json: { extension: 'json', mediaType: 'application/json' },
  'ocd-event': { extension: 'json', mediaType: 'application/json' },
  popolo: { extension: 'json', mediaType: 'application/json' },
} as const satisfies Record<string, { extension: string; mediaType: string }>;

export type MeetingFormat = keyof typeof MEETING_FORMATS;

/** Options for {@link renderMeeting}: the format, and what each format takes. */
export interface RenderMeetingOptions extends MeetingReportOptions {
  /** Default `markdown`. */
  format?: MeetingFormat | undefined;
  /** CSV: start with a UTF-8 byte order mark for spreadsheet programs (default false). */
  bom?: boolean | undefined;
  /** iCalendar: the DTSTAMP (default midnight UTC of the minutes' date). */
  generatedAt?: Date | undefined;
}

/**
 * One meeting in any of its formats, for callers that pick the format at run time
 * (a command-line flag, a download menu).
 * @param minutes Parsed minutes.
 * @param options The format and its options.
 * @returns The text; null only for `icalendar` when no dated next meeting is announced.
 * @throws TypeError for a format that is not in {@link MEETING_FORMATS}.
 */
export function renderMeeting(minutes: Minutes, options: RenderMeetingOptions = {}): string | null {
  const format = options.format ?? 'markdown';
  switch (format) {
    case 'markdown':
      return renderMarkdown(minutes, options);
    case 'html':
      return renderHtml(minutes, options);
    case 'actions-csv':
      return renderActionsCsv(minutes, { bom: options.bom ?? false });
    case 'attendance-csv':
      return renderAttendanceCsv(minutes, { bom: options.bom ?? false });
    case 'icalendar':
      return renderNextMeetingICalendar(minutes, { generatedAt: options.generatedAt });
    case 'json':
      return renderJson(minutes);
    case 'ocd-event':
      return renderOcdEvent(minutes, { serviceAreas: options.serviceAreas, sourceHref: options.sourceHref });
    case 'popolo':
      return renderPopolo(minutes);
    default:
      throw new TypeError(`Unknown meeting format ${JSON.stringify(format)}; expected one of ${Object.keys(MEETING_FORMATS).join(', ')}.`);
  }
}

// Every one-meeting format, keyed by its golden file name.
import type { Minutes } from '@lsmp/model';
import {
  type MeetingReportOptions,
  renderActionsCsv,
  renderAttendanceCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderNextMeetingICalendar,
  renderOcdEvent,
  renderPopolo,
} from '../../src/index.js';

/** The file name and content of each format; null where a format has nothing to give. */
export function renderAllFormats(minutes: Minutes, options: MeetingReportOptions = {}): Record<string, string | null> {
  return {
    'report.md': renderMarkdown(minutes, options),
    'report.html': renderHtml(minutes, options),
    'actions.csv': renderActionsCsv(minutes),
    'attendance.csv': renderAttendanceCsv(minutes),
    'next-meeting.ics': renderNextMeetingICalendar(minutes),
    'minutes.json': renderJson(minutes),
    'ocd-event.json': renderOcdEvent(minutes, { serviceAreas: options.serviceAreas, sourceHref: options.sourceHref }),
    'popolo.json': renderPopolo(minutes),
  };
}

import { type MeetingFormat, meetingFormat } from '../../src/formats/meeting-formats.js';
import type { Analysis } from './analyse.js';

/** The downloads the page offers, in button order; each is rendered by @lsmp/report. */
export const downloadFormats: readonly MeetingFormat[] = (['json', 'actions-csv', 'attendance-csv', 'markdown', 'html', 'ics'] as const).map(meetingFormat);

/** The file a download button gives for the document on show, or null when it has nothing to give. */
export function renderDownload(format: MeetingFormat, analysis: Analysis): string | null {
  return format.render(analysis.minutes, { text: analysis.text, serviceAreas: analysis.strategy.serviceAreas });
}

/** The meeting as one HTML document with its source view, for the rendered view. */
export function renderedDocument(analysis: Analysis): string {
  return meetingFormat('html').render(analysis.minutes, { text: analysis.text, serviceAreas: analysis.strategy.serviceAreas })!;
}

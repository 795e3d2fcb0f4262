import { describe, expect, it } from 'vitest';
import { harbourLinks, harbourMinutes } from '../test/fixtures/harbourside.js';
import { renderActionsCsv, renderHtml, renderNextMeetingICalendar } from './index.js';
import { MEETING_FORMATS, type MeetingFormat, renderMeeting } from './render-meeting.js';

describe('renderMeeting', () => {
  it('gives the same text as the format’s own function', () => {
    expect(renderMeeting(harbourMinutes, { format: 'html', serviceAreas: harbourLinks })).toBe(renderHtml(harbourMinutes, { serviceAreas: harbourLinks }));
    expect(renderMeeting(harbourMinutes, { format: 'actions-csv', bom: true })).toBe(renderActionsCsv(harbourMinutes, { bom: true }));
    expect(renderMeeting(harbourMinutes, { format: 'icalendar' })).toBe(renderNextMeetingICalendar(harbourMinutes));
    expect(renderMeeting(harbourMinutes)!.startsWith('# Minutes of the Harbourside')).toBe(true);
  });

  it('renders every listed format, and refuses others with a clear error', () => {
    for (const format of Object.keys(MEETING_FORMATS) as MeetingFormat[]) expect(renderMeeting(harbourMinutes, { format })).toBeTypeOf('string');
    expect(() => renderMeeting(harbourMinutes, { format: 'pdf' as MeetingFormat })).toThrow(/Unknown meeting format "pdf"; expected one of markdown, html/);
  });
});

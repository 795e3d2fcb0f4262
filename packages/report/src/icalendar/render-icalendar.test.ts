import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { harbourMinutes } from '../../test/fixtures/harbourside.js';
import { renderICalendar, renderNextMeetingICalendar } from './render-icalendar.js';

/** Reads a calendar back with ical.js, resolving TZIDs through the file's own VTIMEZONE. */
function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('renderNextMeetingICalendar', () => {
  const ics = renderNextMeetingICalendar(harbourMinutes)!;

  it('gives back the next meeting through a real iCalendar parser', () => {
    const [event, ...rest] = readBack(ics);
    expect(rest).toHaveLength(0);
    expect(event!.summary).toBe('Harbourside Integration Board meeting');
    expect(event!.location).toBe(harbourMinutes.nextMeeting!.venue);
    expect(event!.description).toContain('Moved from 2 June 2025.');
    // 14:00 and 16:00 British Summer Time are 13:00 and 15:00 UTC.
    expect(event!.startDate.toJSDate().toISOString()).toBe('2025-06-09T13:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2025-06-09T15:00:00.000Z');
  });

  it('uses CRLF and lines of at most 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is the same for the same minutes (stable UID and DTSTAMP)', () => {
    expect(renderNextMeetingICalendar(harbourMinutes)).toBe(ics);
    expect(ics).toContain('DTSTAMP:20250303T000000Z');
  });

  it('writes a dated meeting without a time as an all-day event in winter time', () => {
    const next = { ...harbourMinutes.nextMeeting!, date: '2025-12-01', start: null, end: null };
    const [event] = readBack(renderNextMeetingICalendar({ ...harbourMinutes, nextMeeting: next })!);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2025-12-01');
    expect(event!.endDate.toString()).toBe('2025-12-02');
  });

  it('gives null when no dated next meeting is announced', () => {
    expect(renderNextMeetingICalendar({ ...harbourMinutes, nextMeeting: null })).toBeNull();
    expect(renderNextMeetingICalendar({ ...harbourMinutes, nextMeeting: { ...harbourMinutes.nextMeeting!, date: '9 June' } })).toBeNull();
    expect(renderICalendar([])).toBeNull();
  });

  it('writes one event per announced meeting for a series', () => {
    const later = { ...harbourMinutes, date: '2025-06-09', nextMeeting: { ...harbourMinutes.nextMeeting!, date: '2025-09-15', originalDate: null, note: null } };
    const events = readBack(renderNextMeetingICalendar([harbourMinutes, later, later])!);
    expect(events.map((e) => e.startDate.toString())).toEqual(['2025-06-09T14:00:00', '2025-09-15T14:00:00']);
  });
});

import type { Minutes } from '@lsmp/model';
import { LONDON_TIME_ZONE, LONDON_VTIMEZONE } from '../shared/europe-london.js';
import { type CalendarEvent, nextMeetingEvent } from './calendar-event.js';
import { contentLine, textLine } from './content-lines.js';

/** Options for {@link renderICalendar}. */
export interface ICalendarOptions {
  /**
   * The DTSTAMP of every event (when the calendar data was made). Default: midnight
   * UTC of the first event's date, so the same minutes always give the same file.
   */
  generatedAt?: Date | undefined;
}

const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function dayAfter(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function utcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const zone = { TZID: LONDON_TIME_ZONE };
  const when = event.start
    ? [
        contentLine('DTSTART', `${compactDate(event.date)}T${compactTime(event.start)}`, zone),
        ...(event.end ? [contentLine('DTEND', `${compactDate(event.date)}T${compactTime(event.end)}`, zone)] : []),
      ]
    : [contentLine('DTSTART', compactDate(event.date), { VALUE: 'DATE' }), contentLine('DTEND', compactDate(dayAfter(event.date)), { VALUE: 'DATE' })];
  return [
    'BEGIN:VEVENT',
    textLine('UID', event.uid),
    contentLine('DTSTAMP', stamp),
    ...when,
    textLine('SUMMARY', event.summary),
    ...(event.location ? [textLine('LOCATION', event.location)] : []),
    ...(event.description ? [textLine('DESCRIPTION', event.description)] : []),
    'END:VEVENT',
  ];
}

/**
 * An RFC 5545 iCalendar file of events: CRLF line ends, lines folded at 75
 * octets, TEXT values escaped, timed events in Europe/London with its VTIMEZONE.
 * @param events The events; repeated UIDs are written once.
 * @param options The DTSTAMP to use.
 * @returns The calendar, or null when there is no event (a calendar must hold one).
 */
export function renderICalendar(events: readonly CalendarEvent[], options: ICalendarOptions = {}): string | null {
  const unique = [...new Map(events.map((e) => [e.uid, e])).values()];
  const first = unique[0];
  if (!first) return null;
  const stamp = utcStamp(options.generatedAt ?? new Date(`${first.date}T00:00:00Z`));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//lsmp//report//EN',
    'CALSCALE:GREGORIAN',
    ...(unique.some((e) => e.start) ? LONDON_VTIMEZONE : []),
    ...unique.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The next meeting(s) announced in one or several minutes, as an iCalendar file.
 * @param minutes One parsed minutes, or a series.
 * @param options The DTSTAMP to use; default midnight UTC of the latest minutes' date.
 * @returns The calendar, or null when no minutes announce a dated next meeting.
 */
export function renderNextMeetingICalendar(minutes: Minutes | readonly Minutes[], options: ICalendarOptions = {}): string | null {
  const list: readonly Minutes[] = Array.isArray(minutes) ? minutes : [minutes as Minutes];
  const events = list.map(nextMeetingEvent).filter((e): e is CalendarEvent => e !== null);
  // By default the calendar was made when the (latest) minutes were.
  const latest = list.map((m) => m.date).filter((d): d is string => d !== null && ISO_DATE.test(d)).sort().at(-1);
  return renderICalendar(events, { generatedAt: options.generatedAt ?? (latest ? new Date(`${latest}T00:00:00Z`) : undefined) });
}

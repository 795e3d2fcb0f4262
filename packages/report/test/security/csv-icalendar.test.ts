// Downloads opened in other programs: no CSV cell from the input starts a formula
// (=, +, -, @, tab, CR), and no iCalendar text can break its line, add a property
// or exceed 75 octets per line; the text comes back whole through real parsers.
import type { Minutes } from '@lsmp/model';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildSeries, renderActionsCsv, renderActionTrackerCsv, renderAttendanceCsv, renderAttendanceRegisterCsv, renderNextMeetingICalendar } from '../../src/index.js';
import { harbourMinutes } from '../fixtures/harbourside.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a hostile document might hold, starting with a formula trigger half the time. */
const hostileText = fc
  .tuple(fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '=HYPERLINK("http://127.0.0.1:9/?"&A1)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1)', '+'), fc.string({ unit: 'grapheme', maxLength: 30 }))
  .map(([start, rest]) => `${start}${rest}`)
  .filter((text) => text.trim() !== '');

/** The harbourside minutes with the text in every field the CSV downloads show. */
function withText(text: string): Minutes {
  return {
    ...harbourMinutes,
    body: text,
    attendees: harbourMinutes.attendees.map((a) => ({ ...a, name: `${text} ${a.name}`, organisation: text, role: text })),
    actions: harbourMinutes.actions.map((a) => ({ ...a, text, status: text, owners: [text], ownerRefs: [{ raw: text, kind: 'unknown', attendeeId: null, name: text }] })),
  };
}

function allCsv(minutes: Minutes): string[] {
  const series = buildSeries([harbourMinutes, minutes]);
  return [renderActionsCsv(minutes), renderAttendanceCsv(minutes), renderActionTrackerCsv(series), renderAttendanceRegisterCsv(series)];
}

describe('CSV downloads', () => {
  it('never start a cell with a formula trigger, and keep the text behind a guard quote', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const csv of allCsv(withText(text))) {
          const cells = (parseCsv(csv, { bom: true, relax_quotes: false }) as string[][]).flat();
          expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
        }
        const [first] = parseCsv(renderActionsCsv(withText(text)), { columns: true }) as Record<string, string>[];
        expect(first!.action).toBe(FORMULA_START.test(text) ? `'${text}` : text);
      }),
      { numRuns: 60 },
    );
  });
});

/** Property names of a calendar's content lines, in order (continuation lines left out). */
function propertyNames(calendar: string): string[] {
  return calendar
    .split('\r\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => /^[A-Z-]+/.exec(line)?.[0] ?? `(bad line: ${line})`);
}

/** Text without the control characters the renderer documents it drops. */
const calendarText = fc.string({ unit: 'grapheme', maxLength: 120 }).map((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''));
const injection = fc.constantFrom('\r\nATTENDEE:mailto:a@example.org', '\nEND:VEVENT\nBEGIN:VEVENT', ';X-EVIL=1:', ',\\;', '\u2028URL:http://127.0.0.1:9/');

describe('iCalendar downloads', () => {
  const base = renderNextMeetingICalendar(harbourMinutes)!;

  it('escape, fold and keep whole any venue and note', () => {
    fc.assert(
      fc.property(calendarText, injection, calendarText, (before, attack, after) => {
        const venue = `${before}${attack}${after}`;
        const note = `${after}${attack}${'ü✓'.repeat(30)}`;
        const calendar = renderNextMeetingICalendar({ ...harbourMinutes, nextMeeting: { ...harbourMinutes.nextMeeting!, venue, note } })!;
        expect(calendar.endsWith('\r\n')).toBe(true);
        expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of calendar.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(propertyNames(calendar)).toEqual(propertyNames(base));
        const event = new ICAL.Component(ICAL.parse(calendar)).getFirstSubcomponent('vevent')!;
        expect(event.getFirstPropertyValue('location')).toBe(venue.replace(/\r\n|\r/g, '\n'));
        expect(String(event.getFirstPropertyValue('description'))).toContain(note.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 80 },
    );
  });
});

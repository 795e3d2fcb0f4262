// Any text in any field renders without a crash: HTML and Markdown keep it as text,
// CSV, iCalendar and JSON give it back through real parsers.
import type { Minutes } from '@lsmp/model';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  renderActionsCsv,
  renderAttendanceCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderNextMeetingICalendar,
  renderOcdEvent,
  renderPopolo,
} from '../src/index.js';
import { wellFormed } from '../src/shared/well-formed.js';
import { harbourMinutes, harbourSource } from './fixtures/harbourside.js';

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<x-evil>', '</main><x-evil onload=alert(1)>', '=cmd|" /C calc"!A0', '-1+1', '@SUM(1)', '\u0000\uD800', 'a\r\nb\rc', '# x | y *z*', ';,\\'),
);
/** Text starting with a marker tag, so escaping failures are visible in the output. */
const marked = hostile.map((text) => `<x-evil>${text}`);

function withText(text: string): Minutes {
  const [first, second] = harbourMinutes.attendees;
  const [item] = harbourMinutes.items;
  const [action] = harbourMinutes.actions;
  return {
    ...harbourMinutes,
    title: text,
    venue: text,
    attendees: [{ ...first!, name: text, organisation: text, role: text }, second!],
    items: [{ ...item!, title: text, paragraphs: [{ ...item!.paragraphs[0]!, text, number: text }] }],
    actions: [{ ...action!, text, status: text, owners: [text], ownerRefs: [{ raw: text, kind: 'unknown', attendeeId: null, name: null }] }],
    nextMeeting: { ...harbourMinutes.nextMeeting!, venue: text, note: text },
  };
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('robustness to any text', () => {
  it('HTML keeps every field as text and stays valid', async () => {
    await fc.assert(
      fc.asyncProperty(marked, async (text) => {
        const html = renderHtml(withText(text), { source: `${harbourSource}\n${text}` });
        expect(html).not.toContain('<x-evil');
        expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        const report = await validator.validateString(html);
        expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('Markdown, JSON, Open Civic Data and Popolo render; JSON round-trips', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const minutes = withText(text);
        // mdast-util-to-markdown escapes the tag as `\<x-evil>`.
        expect(renderMarkdown(minutes, { sourceHref: 'm.txt' })).not.toMatch(/(?<!\\)<x-evil/);
        expect(JSON.parse(renderJson(minutes))).toEqual(minutes);
        expect(() => JSON.parse(renderOcdEvent(minutes))).not.toThrow();
        expect(() => JSON.parse(renderPopolo(minutes))).not.toThrow();
      }),
    );
  });

  it('CSV gives every cell back, neutralised where it could be a formula', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const minutes = withText(text);
        const utf8 = wellFormed(text);
        const expected = /^[=+\-@\t\r]/.test(utf8) ? `'${utf8}` : utf8;
        const [action] = parseCsv(renderActionsCsv(minutes), { columns: true }) as Record<string, string>[];
        expect(action).toMatchObject({ action: expected, status: expected, owners: expected });
        const [person] = parseCsv(renderAttendanceCsv(minutes), { columns: true }) as Record<string, string>[];
        expect(person).toMatchObject({ name: expected, organisation: expected });
      }),
    );
  });

  it('iCalendar gives the venue back, less control characters, with line breaks as LF', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const ics = renderNextMeetingICalendar(withText(text))!;
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        const expected = wellFormed(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')).replace(/\r\n|\r/g, '\n');
        expect(event.location ?? '').toBe(expected);
      }),
    );
  });
});

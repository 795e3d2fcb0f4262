// Golden files for each shared corpus document in every one-meeting format, with the
// London Enriched service areas from the linker; and the downloads read back by
// real CSV and iCalendar parsers give the facts of the parsed minutes.
import { linkMinutes, londonEnriched, toItemServiceAreas } from '@lsmp/london-enriched';
import { parseMinutes } from '@lsmp/parser';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './expect-golden.js';
import { renderAllFormats } from './formats.js';

const corpus = (sharedCorpus('corpus') ?? []).map((doc) => {
  const { minutes } = parseMinutes(doc.text);
  return { name: doc.name, minutes, serviceAreas: toItemServiceAreas(linkMinutes(minutes, londonEnriched)) };
});

/** Undoes the CSV formula guard, as a reader of the spreadsheet sees the cell. */
const shown = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

describe.skipIf(corpus.length === 0).each(corpus)('golden files: $name', ({ name, minutes, serviceAreas }) => {
  const formats = renderAllFormats(minutes, { serviceAreas, sourceHref: `${name}.txt` });
  it.each(Object.entries(formats))('%s', (file, content) => {
    expectGolden(`${name}/${file}`, content);
  });

  it('actions.csv read back gives every action', () => {
    const rows = parseCsv(formats['actions.csv']!, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.number, shown(r.action!), r.owners_as_written, r.agenda_item, r.origin])).toEqual(
      minutes.actions.map((a) => [a.number ?? '', a.text, a.owners.join('; '), a.itemNumber ?? '', a.origin]),
    );
  });

  it('attendance.csv read back gives every roster entry', () => {
    const rows = parseCsv(formats['attendance.csv']!, { columns: true }) as Record<string, string>[];
    const key = (name: string, attendance: string, organisation: string | null) => `${attendance}|${name}|${organisation ?? ''}`;
    expect(rows.map((r) => key(shown(r.name!), r.attendance!, shown(r.organisation!))).sort()).toEqual(
      minutes.attendees.map((a) => key(a.name, a.attendance, a.organisation)).sort(),
    );
  });

  it('next-meeting.ics read back gives the next meeting', () => {
    const ics = formats['next-meeting.ics'];
    const next = minutes.nextMeeting;
    if (!ics) {
      expect(next?.date ?? null).toBeNull();
      return;
    }
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe(next?.start ? `${next.date}T${next.start}:00` : next?.date);
    expect(event.location ?? null).toBe(next?.venue ?? null);
  });
});

// How the text itself is written: markdown marks from Word exports, page furniture
// and blank-line noise from PDF extractions, wrapped and hyphenated lines, and the
// characters people type (CRLF, non-breaking spaces, smart quotes, en dashes).
import { describe, expect, it } from 'vitest';
import { codes, para, paragraphs, parseLines, pdfHeader, people, person, spanText, wordHeader } from './build.js';

const roster = ['**Present**', '', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

describe('Word exports with markdown marks', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    ...roster,
    '## **Draft Minutes**',
    '',
    '### **1. Welcome and apologies**',
    '',
    '1.1 **MO** welcomed members to the *first* meeting of the year.',
    '',
    '#### **2. Harbour walk**',
    '',
    '**TP** reported on the harbour walk.',
  ]);

  it('reads the meeting facts from bold and plain header lines', () => {
    expect({
      title: minutes.title,
      body: minutes.body,
      date: minutes.date,
      start: minutes.start,
      end: minutes.end,
      venue: minutes.venue,
      status: minutes.status,
    }).toEqual({
      title: 'Minutes of the Northbridge Community Partnership meeting',
      body: 'Northbridge Community Partnership',
      date: '2023-03-14',
      start: '10:00',
      end: '12:00',
      venue: 'Town Hall',
      status: 'Draft',
    });
  });

  it('takes items from "#" headings of any level, without their bold marks', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Harbour walk'],
    ]);
  });

  it('drops bold and italic marks from paragraphs and attributes bold initials', () => {
    expect(minutes.items.map((i) => paragraphs(i.paragraphs))).toEqual([
      [para('MO welcomed members to the first meeting of the year.', { number: '1.1', speaker: 'MO' })],
      [para('TP reported on the harbour walk.', { speaker: 'TP' })],
    ]);
    expect(minutes.items[0]!.paragraphs[0]!.speaker).toEqual({ raw: 'MO', attendeeId: 'a1', name: 'Maria Okafor' });
  });
});

describe('PDF extractions', () => {
  const lines = [
    ...pdfHeader(),
    '',
    'MO\tMaria Okafor\tNorthbridge Council',
    'TP\tTomasz Pawlak\tHarbour Trust',
    '',
    'NORTHBRIDGE COUNCIL',
    '',
    '1. Welcome',
    '',
    '1.1 MO welcomed members and explained that the',
    'partnership would meet four times a year.',
    '',
    '',
    '',
    '1.2 TP thanked the council for the new meeting',
    'room.',
    '',
    'NORTHBRIDGE COUNCIL',
    '',
    '2. Harbour walk',
    '',
    '2.1 TP reported that the walk had attracted new',
    'volunteers from the neigh-',
    'bourhood.',
    '',
    'NORTHBRIDGE COUNCIL',
  ];
  const result = parseLines(lines);
  const { minutes } = result;

  it('joins wrapped lines into one paragraph and ignores runs of blank lines', () => {
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('MO welcomed members and explained that the partnership would meet four times a year.', { number: '1.1', speaker: 'MO' }),
      para('TP thanked the council for the new meeting room.', { number: '1.2', speaker: 'TP' }),
    ]);
  });

  it('spans a wrapped paragraph from its first line to its last', () => {
    const first = minutes.items[0]!.paragraphs[0]!;
    expect(spanText(lines.join('\n'), first.position)).toBe(lines.slice(14, 16).join('\n'));
  });

  // Gap: a word hyphenated at a line end keeps "neigh- bourhood" instead of being
  // joined into "neighbourhood".
  it('rejoins a word hyphenated across a line end', () => {
    expect(paragraphs(minutes.items[1]!.paragraphs)).toEqual([
      para('TP reported that the walk had attracted new volunteers from the neighbourhood.', { number: '2.1', speaker: 'TP' }),
    ]);
  });

  it('skips repeated page furniture, with a diagnostic, and keeps it out of items and paragraphs', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Harbour walk'],
    ]);
    const all = minutes.items.flatMap((i) => i.paragraphs.map((p) => p.text)).join(' ');
    expect(all).not.toContain('NORTHBRIDGE');
    expect(codes(result)).toContain('LSMP1002');
    expect(people(minutes)).toEqual([
      person('Maria Okafor', 'present', 'Present', { initials: 'MO', organisation: 'Northbridge Council' }),
      person('Tomasz Pawlak', 'present', 'Present', { initials: 'TP', organisation: 'Harbour Trust' }),
    ]);
  });

  it('skips a repeated markdown heading of page furniture ("# NORTHBRIDGE COUNCIL")', () => {
    const withHeadings = lines.map((l) => (l === 'NORTHBRIDGE COUNCIL' ? '# NORTHBRIDGE COUNCIL' : l));
    const other = parseLines(withHeadings).minutes;
    expect(other.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Harbour walk'],
    ]);
    expect(other.title).toBe('Minutes of the Northbridge Community Partnership meeting');
  });
});

describe('line endings and characters', () => {
  const lines = [
    ...wordHeader('21 November 2022', '2–4pm'),
    ...roster,
    '### **1. Youth services**',
    '',
    '1.1 **MO** – said the ‘Open Doors’ scheme had been “a real success”.',
    '',
    '1.2 **TP** – asked about the café’s opening hours.',
  ];

  it('reads CRLF text as LF text, with offsets into the CRLF string', () => {
    const lf = parseLines(lines).minutes;
    const crlfText = lines.join('\r\n');
    const crlf = parseLines(lines, '\r\n').minutes;
    const withoutPositions = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v)));
    expect(withoutPositions(crlf)).toEqual(withoutPositions(lf));
    const paragraph = crlf.items[0]!.paragraphs[1]!;
    expect(spanText(crlfText, paragraph.position)).toBe('1.2 **TP** – asked about the café’s opening hours.');
    expect(paragraph.position?.start.line).toBe(lines.length);
  });

  it('keeps smart quotes and en dashes as written, and reads the en dash in times and after initials', () => {
    const { minutes } = parseLines(lines);
    expect([minutes.date, minutes.start, minutes.end]).toEqual(['2022-11-21', '14:00', '16:00']);
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('MO – said the ‘Open Doors’ scheme had been “a real success”.', { number: '1.1', speaker: 'MO' }),
      para('TP – asked about the café’s opening hours.', { number: '1.2', speaker: 'TP' }),
    ]);
  });

  it('reads non-breaking spaces as spaces in names, headings and dates', () => {
    const nbsp = lines.map((l) => l.replace(/ /g, '\u00a0'));
    const { minutes } = parseLines(nbsp);
    expect(minutes.date).toBe('2022-11-21');
    expect(people(minutes).map((p) => p.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak']);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Youth services']]);
  });
});

describe('a running header after a later page number', () => {
  const page = (n: number, header: string) => ['', `Page ${n} of 3`, '', header, ''];
  const lines = [
    'Minutes of the Northbridge Community Partnership meeting held on 14 March 2023',
    '',
    'Present',
    'Maria Okafor (MO)          Northbridge Council (Chair)',
    'Tomasz Pawlak (TP)         Harbour Trust',
    ...page(2, 'NCP minutes 14 March 2023'),
    'Rosa Santos (RS)           Riverside Forum',
    '',
    '1. Welcome',
    'MO welcomed members.',
  ];

  it('is page furniture, so the list it broke goes on', () => {
    const result = parseLines(lines);
    expect(result.minutes.attendees.map((a) => a.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak', 'Rosa Santos']);
    expect(result.diagnostics.filter((d) => d.code === 'LSMP1002').map((d) => d.actual)).toEqual(['Page 2 of 3', 'NCP minutes 14 March 2023']);
  });

  it('is not taken after the first page number, where the title may stand', () => {
    const { minutes } = parseLines(['Page 1 of 3', '', ...lines]);
    expect(minutes.title).toBe('Minutes of the Northbridge Community Partnership meeting held on 14 March 2023');
  });
});

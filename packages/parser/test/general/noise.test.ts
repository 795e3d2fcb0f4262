// What conversion and publication leave in minutes, and meetings that went oddly
// (issue 3). Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { type Person, codes, items, names, parse, people, person } from './support.js';

const TITLE = 'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023 at 7.30pm';
const ROSTER = ['', 'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, Cllr Priya Venn', ''];

const byListThenName = (a: Person, b: Person) => a.attendance.localeCompare(b.attendance) || a.name.localeCompare(b.name);

describe('page furniture and link residue', () => {
  it('skips running headers and page numbers, inside an item too', () => {
    const result = parse(
      'OAKHURST PARISH COUNCIL',
      TITLE,
      ...ROSTER,
      '1. Apologies for absence',
      'None.',
      '',
      '2. Footpaths',
      'The stile on the church path is broken.',
      '',
      'Page 1 of 2',
      '',
      'OAKHURST PARISH COUNCIL',
      '',
      'The Clerk has reported it to the county footpaths officer.',
      '',
      '3. Planning',
      'No applications were received.',
      '',
      '4. Finance',
      'The bank reconciliation was noted.',
      '',
      'Page 2 of 2',
    );
    const { minutes } = result;
    expect(minutes.title).toBe(TITLE);
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Footpaths' },
      { number: '3', title: 'Planning' },
      { number: '4', title: 'Finance' },
    ]);
    expect(minutes.items[1]!.paragraphs.map((p) => p.text)).toEqual([
      'The stile on the church path is broken.',
      'The Clerk has reported it to the county footpaths officer.',
    ]);
    expect(minutes.items[3]!.paragraphs.map((p) => p.text)).toEqual(['The bank reconciliation was noted.']);
    expect(codes(result)).toContain('LSMP1002');
  });

  it('drops "pdf icon PDF 100 KB" link residue from titles and text', () => {
    const { minutes } = parse(
      TITLE,
      ...ROSTER,
      '1. Minutes of the previous meeting pdf icon PDF 100 KB',
      'The minutes of the meeting held on 7 March 2023 were approved.',
      '',
      '2. Annual accounts',
      'pdf icon PDF 212 KB',
      'The accounts were approved.',
    );
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Minutes of the previous meeting' },
      { number: '2', title: 'Annual accounts' },
    ]);
    expect(minutes.items.flatMap((i) => i.paragraphs.map((p) => p.text))).toEqual([
      'The minutes of the meeting held on 7 March 2023 were approved.',
      'The accounts were approved.',
    ]);
  });

  it('drops link residue written as a markdown link', () => {
    const { minutes } = parse(
      TITLE,
      ...ROSTER,
      '1. Annual accounts [pdf icon PDF 212 KB](https://example.org/documents/accounts.pdf)',
      'The accounts were approved.',
    );
    expect(items(minutes)).toEqual([{ number: '1', title: 'Annual accounts' }]);
  });
});

describe('conversion marks', () => {
  it('reads escaped markdown in numbers, bullets and titles', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      '\\* Cllr Ada Finch (Chair)',
      '\\* Cllr Bernard Oakes',
      '',
      '1\\. Apologies for absence',
      'None.',
      '',
      '2\\. Planning application 23\\_0042 \\[rear extension\\]',
      'No objection.',
    );
    expect(names(minutes)).toEqual(['Ada Finch', 'Bernard Oakes']);
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Planning application 23_0042 [rear extension]' },
    ]);
  });

  it('reads runs of no-break spaces as spaces and as column gaps', () => {
    const nbsp = '\u00a0\u00a0\u00a0\u00a0';
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      `Ada Finch${nbsp}Larchford Borough Council`,
      `Bernard Oakes${nbsp}Wealden Water Ltd`,
      '',
      `1${nbsp}Apologies for absence`,
      'None.',
      '',
      `2${nbsp}Footpaths`,
      'The stile is broken.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Bernard Oakes', { organisation: 'Wealden Water Ltd' }),
    ]);
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Footpaths' },
    ]);
  });
});

describe('tables inside markdown', () => {
  it('reads an HTML table of attendees, one row a line, and not its header row', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      '<table>',
      '<tr><th>Name</th><th>Organisation</th></tr>',
      '<tr><td>Ada Finch</td><td>Larchford Borough Council</td></tr>',
      '<tr><td>Tom Reedbank</td><td>Treasurer</td></tr>',
      '</table>',
      '',
      '1. Apologies for absence',
      'None.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { role: 'Treasurer' }),
    ]);
  });

  it('reads an HTML table written on one line', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      '<table><tr><td>Ada Finch</td><td>Larchford Borough Council</td></tr><tr><td>Tom Reedbank</td><td>Treasurer</td></tr></table>',
      '',
      '1. Apologies for absence',
      'None.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { role: 'Treasurer' }),
    ]);
  });

  it('reads a markdown pipe table of attendees, and not its header row', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      '',
      '| Name | Organisation |',
      '| --- | --- |',
      '| Ada Finch | Larchford Borough Council |',
      '| Tom Reedbank | Treasurer |',
      '',
      '1. Apologies for absence',
      'None.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { role: 'Treasurer' }),
    ]);
  });
});

describe('meetings that went oddly', () => {
  it('reads an inquorate meeting: its roster and times, no items, and says it was inquorate', () => {
    const result = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      'Apologies: Cllr Priya Venn, Cllr Tom Reedbank, Cllr Jess Moor',
      '',
      'The meeting was inquorate. No business was transacted and the meeting closed at 7.40pm.',
    );
    const { minutes } = result;
    expect(codes(result)).toContain('LSMP1006');
    expect(minutes.kind).toBe('minutes');
    expect(people(minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Tom Reedbank', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Jess Moor', { honorific: 'Cllr', attendance: 'apologies' }),
    ]);
    expect(minutes.items).toEqual([]);
    expect(minutes.actions).toEqual([]);
    expect(minutes.decisions).toEqual([]);
    expect([minutes.date, minutes.start, minutes.end]).toEqual(['2023-04-04', '19:30', '19:40']);
  });

  it('keeps both entries when a person is in two contradictory lists, and merges apologies stated twice', () => {
    const result = parse(
      'MINUTES OF OAKHURST PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL Tuesday 4th April 2023 at 7.30pm',
      '',
      'Councillors present: G Holt, R Pike, T Quill',
      'Councillors absent: G Holt, F Grey',
      '',
      'Item 1 Apologies for absence',
      'Apologies were received from Cllr F Grey and Cllr T Quill.',
      '',
      'Item 2 Footpaths',
      'The stile is broken.',
    );
    const { minutes } = result;
    expect(people(minutes).sort(byListThenName)).toEqual(
      [
        person('G Holt'),
        person('R Pike'),
        person('T Quill'),
        person('G Holt', { attendance: 'apologies' }),
        person('F Grey', { attendance: 'apologies' }),
        person('T Quill', { honorific: 'Cllr', attendance: 'apologies' }),
      ].sort(byListThenName),
    );
    const contradiction = result.diagnostics.filter((d) => d.code === 'LSMP2006');
    expect(contradiction.map((d) => [d.severity, d.message, d.position?.start.line])).toEqual([
      ['warning', '"G Holt" is listed both as present and as sending apologies.', 4],
    ]);
  });
});

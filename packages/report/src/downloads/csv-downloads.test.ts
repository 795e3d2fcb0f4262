import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { harbourMinutes } from '../../test/fixtures/harbourside.js';
import { renderActionsCsv } from './actions-csv.js';
import { renderAttendanceCsv } from './attendance-csv.js';

/** Reads CSV back with a CSV library, as a spreadsheet user's tool would. */
const readBack = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
/** What a spreadsheet shows for a neutralised cell: the text without the guard quote. */
const shown = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

describe('renderActionsCsv', () => {
  const rows = readBack(renderActionsCsv(harbourMinutes));

  it('gives back every action with its owners, item, origin and status', () => {
    expect(rows.map((r) => [r.number, shown(r.action!), r.agenda_item, r.origin, r.status])).toEqual(
      harbourMinutes.actions.map((a) => [a.number, a.text, a.itemNumber, a.origin, a.status ?? '']),
    );
    expect(rows[2]).toMatchObject({ owners: 'Piet Fenwick; Harbourside Council', owners_as_written: 'PF; Harbourside Council', owner_organisations: 'Harbourside Council' });
    expect(rows[3]).toMatchObject({ owners: 'Tomás Lindqvist; @team', owner_organisations: 'Harbour Health Trust', source_lines: '66' });
  });

  it('neutralises formula cells', () => {
    expect(rows[3]!.action).toBe(`'=HYPERLINK("http://example.invalid") to be checked by Tomás`);
  });

  it('has only a header when there are no actions, and a BOM on request', () => {
    expect(renderActionsCsv({ ...harbourMinutes, actions: [] })).toBe(
      'meeting_date,body,number,action,owners,owners_as_written,owner_organisations,agenda_item,origin,status,source_lines\r\n',
    );
    expect(renderActionsCsv(harbourMinutes, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('renderAttendanceCsv', () => {
  const rows = readBack(renderAttendanceCsv(harbourMinutes));

  it('gives back every roster entry grouped by list', () => {
    expect(rows.map((r) => `${r.attendance}:${r.name}`)).toEqual([
      'present:Nadia Okonjo',
      'present:Piet Fenwick',
      'present:Rosa Wexford',
      'present:Tomás Lindqvist',
      'present:Yusuf Adeyemi',
      'apologies:Una Marr',
      'in-attendance:Kai Brandt',
      'secretariat:Gil Hartigan',
      'speaker:Ines Moreau',
    ]);
    expect(rows[3]).toMatchObject({ substitute_for: 'Una Marr', partial: 'true', chair: 'false', source_line: '16' });
    expect(rows[0]).toMatchObject({ chair: 'true', role: 'Deputy Mayor for Communities', meeting_date: '2025-03-03' });
  });

  it('neutralises formula cells and keeps other text as written', () => {
    expect(rows[8]!.organisation).toBe("'@Harbour University");
    expect(rows[4]!.organisation).toBe(`"=Equal Voices" | Residents' Forum`);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, writeCsv } from './csv.js';

describe('writeCsv', () => {
  it('writes a header, CRLF line ends and RFC 4180 quoting', () => {
    const csv = writeCsv(
      ['a', 'b'],
      [
        ['plain', 'with, comma'],
        ['say "hi"', 'two\nlines'],
      ],
    );
    expect(csv).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('round-trips through a CSV parser, except for neutralised cells', () => {
    const rows = [['Zoë – “quoted”', '=SUM(A1:A2)', '', 'x;y']];
    const back = parse(writeCsv(['w', 'x', 'y', 'z'], rows), { columns: true }) as Record<string, string>[];
    expect(back).toEqual([{ w: 'Zoë – “quoted”', x: "'=SUM(A1:A2)", y: '', z: 'x;y' }]);
  });

  it('can start with a byte order mark', () => {
    expect(writeCsv(['a'], [], { bom: true }).startsWith('\uFEFFa')).toBe(true);
  });
});

describe('neutraliseCell', () => {
  it.each(['=1+1', '+44 20', '-2', '@SUM(1)', '\tx', '\rx'])('prefixes %j', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it('leaves other text, numbers and empty cells as they are', () => {
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-2)).toBe('-2');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(true)).toBe('true');
  });
});

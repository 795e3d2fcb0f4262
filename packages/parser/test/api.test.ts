// The public API as the README documents it.
import { describe, expect, it } from 'vitest';
import * as parser from '../src/index.js';
import { diagnosticCatalogue, LineIndex, parseMinutes } from '../src/index.js';

describe('the public surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(parser).sort(), 'a new export needs its section in README.md (API)').toEqual(['LineIndex', 'diagnosticCatalogue', 'parseMinutes']);
  });
});

describe('parseMinutes', () => {
  it('throws a TypeError only for a programming error: text that is not a string', () => {
    expect(() => parseMinutes(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseMinutes(42 as unknown as string)).toThrow(TypeError);
  });

  it('reports empty text instead of failing', () => {
    const { minutes, diagnostics } = parseMinutes('   \n\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['LSMP1003']);
    expect([minutes.attendees, minutes.items, minutes.actions]).toEqual([[], [], []]);
  });

  it('rewords a diagnostic through `messages`, keeping its code, severity and position', () => {
    const text = 'Minutes of the Harbourside Forum meeting\n\n12 March 2024\n\nPresent:\n\nAL\tAda Lovell\tHarbour Trust\n\n1. Welcome\n\n**Action 1:** Book the hall.';
    const plain = parseMinutes(text).diagnostics.find((d) => d.code === 'LSMP4001');
    const reworded = parseMinutes(text, { messages: { LSMP4001: ({ actual }) => `Nobody owns "${actual}".` } }).diagnostics.find(
      (d) => d.code === 'LSMP4001',
    );
    expect(plain?.message).toBe('Action has no owner: "Book the hall.".');
    expect(reworded).toEqual({ ...plain, message: 'Nobody owns "Book the hall.".' });
  });
});

describe('diagnosticCatalogue', () => {
  it('has stable LSMP codes with a severity and a template each, by phase', () => {
    for (const [code, entry] of Object.entries(diagnosticCatalogue)) {
      expect(code).toMatch(/^LSMP[1-5]\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
      expect(entry.template.length).toBeGreaterThan(0);
    }
  });
});

describe('LineIndex', () => {
  const index = new LineIndex('ab\r\ncd\nef');

  it('gives 1-based lines and columns and 0-based offsets, counting CRLF as written', () => {
    expect(index.lineStarts).toEqual([0, 4, 7]);
    expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(index.point(9)).toEqual({ line: 3, column: 3, offset: 9 });
  });

  it('clamps offsets to the text and makes spans with an exclusive end', () => {
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 3, column: 3, offset: 9 });
    expect(index.span(4, 6)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } });
    expect(index.span(6, 4)).toEqual({ start: { line: 2, column: 3, offset: 6 }, end: { line: 2, column: 3, offset: 6 } });
  });
});

import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, textLine } from './content-lines.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with a leading space, never inside a character', () => {
    const line = `LOCATION:${'ü✓😀'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine(line)).not.toContain('\uFFFD');
  });
});

describe('content lines', () => {
  it('writes parameters and drops control characters', () => {
    expect(contentLine('DTSTART', '20250609T140000', { TZID: 'Europe/London' })).toBe('DTSTART;TZID=Europe/London:20250609T140000');
    expect(textLine('SUMMARY', 'a\u0000b, c')).toBe('SUMMARY:ab\\, c');
  });
});

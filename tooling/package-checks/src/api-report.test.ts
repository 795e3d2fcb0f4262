import { describe, expect, it } from 'vitest';
import { surfaceOnly } from './api-report.js';

describe('surfaceOnly', () => {
  it('drops what adding a doc comment would change, and keeps every signature', () => {
    const report = [
      '// @public (undocumented)',
      'export interface ParseResult {',
      '    // (undocumented)',
      '    minutes: Minutes;',
      '}',
      '',
      '// @public',
      'export function parseMinutes(text: string): ParseResult;',
    ].join('\n');
    expect(surfaceOnly(report)).toBe(
      [
        '// @public',
        'export interface ParseResult {',
        '    minutes: Minutes;',
        '}',
        '',
        '// @public',
        'export function parseMinutes(text: string): ParseResult;',
      ].join('\n'),
    );
  });

  it('leaves "(undocumented)" alone where it is code, not a marker', () => {
    const code = "export const note = 'see (undocumented)';";
    expect(surfaceOnly(code)).toBe(code);
  });
});

import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('allows web and mail addresses', () => {
    expect(safeUrl(' https://example.org/a?b#c ')).toBe('https://example.org/a?b#c');
    expect(safeUrl('http://example.org')).toBe('http://example.org');
    expect(safeUrl('mailto:clerk@example.org')).toBe('mailto:clerk@example.org');
  });

  it('refuses scripts, data, relative and malformed addresses', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//example.org', 'www.example.org', 'https://', 'https://exa mple.org', 'https://a\u0000b', null, '']) {
      expect(safeUrl(url), String(url)).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from './html-escape.js';

describe('escapeText', () => {
  it('escapes what would start a tag or a character reference, and nothing else', () => {
    expect(escapeText(`<script>alert("x" + 'y')</script> & co`)).toBe(`&lt;script>alert("x" + 'y')&lt;/script> &amp; co`);
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('keeps other text as written and replaces what HTML cannot carry', () => {
    expect(escapeText('Café – Zoë’s “report”, 5 × 3 😀')).toBe('Café – Zoë’s “report”, 5 × 3 😀');
    expect(escapeText('a\u0000b\uD800c<')).toBe('a\uFFFDb\uFFFDc&lt;');
  });

  it('writes numeric references on request', () => {
    expect(escapeText('a < b & c', 'numeric')).toBe('a &#x3C; b &#x26; c');
  });
});

describe('escapeAttribute', () => {
  it('escapes every character that could end a quoted value', () => {
    expect(escapeAttribute(`" onmouseover='x' \`y\` & <z>`)).toBe('&quot; onmouseover=&#x27;x&#x27; &#x60;y&#x60; &amp; <z>');
    expect(escapeAttribute('"', 'numeric')).toBe('&#x22;');
  });

  it('replaces controls and lone surrogates', () => {
    expect(escapeAttribute('a\u0007\uDC00')).toBe('a\uFFFD\uFFFD');
  });
});

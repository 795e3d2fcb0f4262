import { describe, expect, it } from 'vitest';
import { htmlSafeText } from './html-text.js';

describe('htmlSafeText', () => {
  it('replaces controls and lone surrogates, keeps tabs, newlines and real characters', () => {
    expect(htmlSafeText('a\u0000b\u0007c\u007F\u0085d')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFDd');
    expect(htmlSafeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(htmlSafeText('tab\tline\n😀 Zoë')).toBe('tab\tline\n😀 Zoë');
  });
});

import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { htmlSafeText, makeTreeHtmlSafe } from './html-text.js';

describe('htmlSafeText', () => {
  it('replaces controls and lone surrogates, keeps tabs, newlines and real characters', () => {
    expect(htmlSafeText('a\u0000b\u0007c\u007F\u0085d')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFDd');
    expect(htmlSafeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(htmlSafeText('tab\tline\n😀 Zoë')).toBe('tab\tline\n😀 Zoë');
  });

  it('cleans every text node and string attribute of a tree', () => {
    const tree = h('p', { title: 'a\u0001' }, ['b\u0002', h('span', 'c\u0003')]);
    makeTreeHtmlSafe(tree);
    expect(tree.properties.title).toBe('a\uFFFD');
    expect(JSON.stringify(tree)).not.toMatch(/\\u000[123]/);
  });
});

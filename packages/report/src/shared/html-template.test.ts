import { describe, expect, it } from 'vitest';
import { Html, html } from './html-template.js';
import { h } from './markup.js';
import { writeMarkup } from './write-markup.js';

describe('html', () => {
  it('escapes each value for where it stands: attribute value or text', () => {
    const value = `"><script>alert('x')</script>&`;
    expect(html`<a href="${value}" title="x ${value}">${value}</a>`.text).toBe(
      '<a href="&quot;><script>alert(&#x27;x&#x27;)</script>&amp;" title="x &quot;><script>alert(&#x27;x&#x27;)</script>&amp;">">&lt;script>alert(\'x\')&lt;/script>&amp;</a>',
    );
  });

  it('writes numbers as they are and keeps markup from another template', () => {
    const inner = html`<b>${'<b>'}</b>`;
    expect(html`<p id="L${12}">${inner} ${12.5}</p>`.text).toBe('<p id="L12"><b>&lt;b></b> 12.5</p>');
  });

  it('refuses a value in a tag name or an unquoted attribute', () => {
    const tag = 'script';
    expect(() => html`<${tag}>`).toThrow(/double-quoted attribute value/);
    expect(() => html`<a href=${tag}>x</a>`).toThrow(/double-quoted attribute value/);
  });

  it('cannot be made other than by the template tag', () => {
    expect(() => new Html(Symbol('html template') as never, '<script>')).toThrow(TypeError);
  });

  it('is written as is inside elements, in HTML pages only', () => {
    const page = h('p', ['Source: ', html`<a href="#L1">line 1</a>`]);
    expect(writeMarkup(page, { indent: true, references: 'named' })).toBe('<p>Source: <a href="#L1">line 1</a></p>');
    expect(() => writeMarkup(page, { indent: false, references: 'numeric' })).toThrow(/named references/);
  });
});

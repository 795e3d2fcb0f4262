import { describe, expect, it } from 'vitest';
import { h } from './markup.js';
import { writeMarkup } from './write-markup.js';

const indented = { indent: true, references: 'named' } as const;
const compact = { indent: false, references: 'numeric' } as const;

describe('writeMarkup', () => {
  it('escapes every text and attribute value', () => {
    const html = writeMarkup(h('p', { title: '"><script>' }, '<img src=x onerror=alert(1)>', h('a', { href: 'https://e.org/?a=1&b=2' }, '&amp;')), indented);
    expect(html).toBe('<p title="&quot;><script>">&lt;img src=x onerror=alert(1)><a href="https://e.org/?a=1&amp;b=2">&amp;amp;</a></p>');
  });

  it('puts block elements on their own lines, two spaces a level, and keeps phrasing inline', () => {
    const html = writeMarkup(h('section', [h('h2', 'Title'), h('ul', [h('li', ['One ', h('strong', 'two')]), h('li', 'Three')])]), indented);
    expect(html).toBe('<section>\n  <h2>Title</h2>\n  <ul>\n    <li>One <strong>two</strong></li>\n    <li>Three</li>\n  </ul>\n</section>');
  });

  it('collapses whitespace in text and drops it at the edges of blocks', () => {
    expect(writeMarkup(h('p', ' a \n\t b ', h('span', 'c'), ' '), indented)).toBe('<p>a b <span>c</span></p>');
    expect(writeMarkup(h('td', ['x', ' ', ' ', 'y ']), indented)).toBe('<td>x y</td>');
  });

  it('keeps the text of <pre> as written', () => {
    expect(writeMarkup(h('div', h('pre', 'a  b\n  <c>\n')), indented)).toBe('<div>\n  <pre>a  b\n  &lt;c>\n</pre>\n</div>');
  });

  it('writes void elements without an end tag and leaves out empty attributes', () => {
    expect(writeMarkup(h('head', [h('meta', { charset: 'utf-8', name: undefined, content: null, hidden: false, async: true })]), indented)).toBe(
      '<head>\n  <meta charset="utf-8" async>\n</head>',
    );
  });

  it('refuses raw text that would close its element', () => {
    expect(writeMarkup(h('style', 'a > b { color: red; }'), indented)).toBe('<style>a > b { color: red; }</style>');
    expect(() => writeMarkup(h('style', '</style><script>'), indented)).toThrow(/Raw text/);
  });

  it('writes everything on one line, text untouched, when not indenting', () => {
    expect(writeMarkup(h('svg', [h('g', [h('text', { x: 1 }, ' a  "b" ')])]), compact)).toBe('<svg><g><text x="1"> a  "b" </text></g></svg>');
  });
});

import { h } from './markup.js';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, renderHtmlDocument, shortTitle } from './html-document.js';

describe('renderHtmlDocument', () => {
  const html = renderHtmlDocument({
    title: 'Board <minutes>',
    header: [h('h1', 'Board <minutes> & "more"')],
    main: [h('p', '<script>alert(1)</script>')],
  });

  it('is a complete document with a language, charset and CSP that forbids scripts', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">\n {2}<head>\n {4}<meta charset="utf-8">\n/);
    const csp = CONTENT_SECURITY_POLICY.replaceAll("'", '&#x27;');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('script-src');
  });

  it('has banner, main and contentinfo landmarks and a print stylesheet', () => {
    expect(html).toMatch(/<body>\s*<header>.*<\/header>\s*<main id="main">.*<\/main>\s*<footer>.*<\/footer>\s*<\/body>/s);
    expect(html).toContain('@media print');
  });

  it('escapes text', () => {
    expect(html).toContain('<title>Board &lt;minutes></title>');
    expect(html).toContain('<p>&lt;script>alert(1)&lt;/script></p>');
    expect(html).not.toContain('<script');
  });
});

describe('shortTitle', () => {
  it('keeps titles of up to 70 characters and cuts longer ones at a word', () => {
    expect(shortTitle('Board  minutes\n')).toBe('Board minutes');
    const long = 'Minutes of the meeting of the Parish Council held on Wednesday 10 July 2013 at the Village Hall';
    expect(shortTitle(long)).toBe('Minutes of the meeting of the Parish Council held on Wednesday 10…');
    expect(shortTitle(long).length).toBeLessThanOrEqual(70);
    expect(shortTitle('x'.repeat(100))).toBe(`${'x'.repeat(69)}…`);
  });
});

import { describe, expect, it } from 'vitest';
import { harbourLinks, harbourMinutes, harbourSource } from '../../test/fixtures/harbourside.js';
import { renderHtml } from './render-html.js';

describe('renderHtml', () => {
  const html = renderHtml(harbourMinutes, { serviceAreas: harbourLinks, source: harbourSource });

  it('escapes every piece of source text', () => {
    expect(html).not.toMatch(/<script|<draft>|<B>|<citizenship>/);
    expect(html).toContain('asked whether &lt;script>alert("x")&lt;/script> classes');
  });

  it('has tables with captions and header scopes', () => {
    expect(html.match(/<caption>/g)).toHaveLength(6);
    expect(html).toContain('<th scope="row">Circulate the &lt;draft> ESOL map <a class="source-link" href="#L45"');
  });

  it('links each paragraph and action to an existing source line', () => {
    const targets = [...html.matchAll(/href="#(L\d+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) expect(html).toContain(`id="${target}"`);
    expect(html).toContain('<span id="L56" class="line"><span class="line-number" aria-hidden="true">56</span>3.2.1 **PF** asked whether &lt;script>');
  });

  it('links to the published text when no source is given, and has no source view', () => {
    const linked = renderHtml(harbourMinutes, { sourceHref: 'https://example.org/m.txt' });
    expect(linked).toContain('href="https://example.org/m.txt#L54-L56"');
    expect(linked).not.toContain('id="L1"');
    expect(renderHtml(harbourMinutes)).not.toContain('class="source-link"');
  });

  it('links only to web and mail addresses', () => {
    expect(html).toContain('<a href="https://example.org/esol-map">https://example.org/esol-map</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<li>the provider list</li>');
  });

  it('names each speaker with initials kept', () => {
    expect(html).toContain('<span class="speaker">Yusuf Adeyemi (YA)</span> noted that');
  });
});

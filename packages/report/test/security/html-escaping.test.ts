// Every string from the input reaches the HTML reports as text: markup, script,
// event handlers, and javascript:/data:/vbscript: links from hostile minutes
// come out inert, in the one-meeting report and in the series report.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../src/index.js';
import { harbourMinutes, harbourSource } from '../fixtures/harbourside.js';
import { activeContent } from './html-inspection.js';
import { HOSTILE_URLS, hostileMinutes } from './hostile-minutes.js';
import { hostileReports } from './hostile-reports.js';

describe('HTML reports of hostile minutes', () => {
  it('carry the hostile text (so the checks below see it)', () => {
    const minutes = hostileMinutes();
    const text = JSON.stringify(minutes);
    for (const fragment of ['<script>', '<img src=x onerror=', '<svg onload=', 'javascript:window', '<iframe srcdoc=']) expect(text).toContain(fragment.replace(/"/g, '\\"'));
    expect(minutes.references.map((r) => r.url)).toEqual(expect.arrayContaining([...HOSTILE_URLS]));
  });

  for (const { name, html } of hostileReports()) {
    describe(name, () => {
      it('has no element, attribute, URL or style that runs or loads anything', () => {
        expect(activeContent(html)).toEqual([]);
      });

      it('shows the payloads as text, escaped', () => {
        expect(html).not.toMatch(/<script|<svg onload|<iframe|<img/i);
        expect(html).toMatch(/(&#x3C;|&lt;)script>/);
      });

      it('declares the Content-Security-Policy that allows no script and no request', () => {
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'");
        expect(meta).toBe(CONTENT_SECURITY_POLICY);
        expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
        expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval|https?:|\*/);
      });
    });
  }

  it('the inspection finds active content when there is some', () => {
    const planted = renderHtml(harbourMinutes, { source: harbourSource }).replace('</main>', '<a href=" JaVa&#x53;cript:x">x</a><img src="data:x"><p onclick="x">y</p></main>');
    expect(activeContent(planted)).toEqual(['<a href=" JaVa&#x53;cript:x">', '<img> element', '<img src="data:x">', '<p onclick>']);
  });
});

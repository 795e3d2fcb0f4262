import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes the characters that end text or attributes', () => {
    expect(escapeHtml(`<script>alert("x" + 'y' + \`z\`)</script> & co`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#x27;y&#x27; + &#x60;z&#x60;)&lt;/script&gt; &amp; co',
    );
  });

  it('keeps other text, including non-ASCII, as written', () => {
    expect(escapeHtml('Café – Zoë’s “report”, 5 × 3')).toBe('Café – Zoë’s “report”, 5 × 3');
  });

  it('escapes an existing reference again, so it shows as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

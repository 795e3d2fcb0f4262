import { type Html, html } from '../shared/html-template.js';
import { h, type MarkupElement } from '../shared/markup.js';
import { labelledSection } from './nodes.js';

/**
 * The original text with numbered lines, each line an element with id `L<n>` that
 * paragraphs and actions link to. Lines are split at line feeds, as the parser
 * counts them; a carriage return before the line feed is dropped.
 * @param source The text the minutes were parsed from.
 */
export function sourceViewSection(source: string): MarkupElement {
  const lines = source.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  // A template per line: thousands of lines, each the same few elements.
  const numbered: Html[] = lines.map((line, index) => {
    const number = index + 1;
    return html`<span id="L${number}" class="line"><span class="line-number" aria-hidden="true">${number}</span>${line.endsWith('\r') ? line.slice(0, -1) : line}</span>\n`;
  });
  return labelledSection('source', 'Source text', [h('pre', { class: 'source' }, numbered)]);
}

import { h, type Markup, type MarkupElement } from '../shared/markup.js';
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
  const content: Markup[] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    content.push(
      h('span', { id: `L${number}`, class: 'line' }, h('span', { class: 'line-number', 'aria-hidden': 'true' }, String(number)), line.replace(/\r$/, '')),
      '\n',
    );
  });
  return labelledSection('source', 'Source text', [h('pre', { class: 'source' }, content)]);
}

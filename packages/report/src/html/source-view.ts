import type { Element } from 'hast';
import { h } from 'hastscript';
import { type HtmlContent, labelledSection } from './nodes.js';

/**
 * The original text with numbered lines, each line an element with id `L<n>` that
 * paragraphs and actions link to. Lines are split at line feeds, as the parser
 * counts them; a carriage return before the line feed is dropped.
 * @param source The text the minutes were parsed from.
 */
export function sourceViewSection(source: string): Element {
  const lines = source.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const content: HtmlContent[] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    content.push(
      h('span', { id: `L${number}`, className: ['line'] }, [h('span', { className: ['line-number'], ariaHidden: 'true' }, String(number)), line.replace(/\r$/, '')]),
      '\n',
    );
  });
  return labelledSection('source', 'Source text', [h('pre', { className: ['source'] }, content)]);
}

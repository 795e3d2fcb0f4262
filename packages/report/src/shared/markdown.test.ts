import { describe, expect, it } from 'vitest';
import { serialiseMarkdown } from './markdown.js';

describe('serialiseMarkdown', () => {
  it('escapes text that would read as Markdown syntax', () => {
    const markdown = serialiseMarkdown({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '1. not a list *or emphasis* <b>' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '# not a heading' }] },
      ],
    });
    expect(markdown).toBe('1\\. not a list \\*or emphasis\\* \\<b>\n\n\\# not a heading\n');
  });

  it('writes GFM tables and escapes pipes in cells', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const markdown = serialiseMarkdown({
      type: 'root',
      children: [{ type: 'table', children: [{ type: 'tableRow', children: [cell('a'), cell('b')] }, { type: 'tableRow', children: [cell('x | y'), cell('z')] }] }],
    });
    expect(markdown).toBe('| a | b |\n| - | - |\n| x \\| y | z |\n');
  });
});

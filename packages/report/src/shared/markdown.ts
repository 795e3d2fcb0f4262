import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { wellFormed } from './well-formed.js';

/**
 * Serialises an mdast tree as GitHub-flavoured Markdown with `mdast-util-to-markdown`,
 * which escapes whatever in the text would otherwise read as Markdown syntax (a line
 * starting `1.` or `#`, stray `*` or `_`, a `|` inside a table cell).
 * @param tree The document.
 * Lone surrogates become U+FFFD, so the text encodes as UTF-8.
 * @returns Markdown text ending with a newline.
 */
export function serialiseMarkdown(tree: Root): string {
  const markdown = toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    extensions: [gfmTableToMarkdown({ tableCellPadding: true, tablePipeAlign: false })],
  });
  return wellFormed(markdown);
}

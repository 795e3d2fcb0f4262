// Small constructors for mdast nodes, so the renderers read like the document.
import type { BlockContent, Heading, Link, List, Paragraph, PhrasingContent, Strong, Table, TableCell, Text } from 'mdast';
import type { SourceLink } from '../meeting/source-link.js';

export const text = (value: string): Text => ({ type: 'text', value });
export const strong = (value: string): Strong => ({ type: 'strong', children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3 | 4, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

export function bulletList(items: BlockContent[][]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children })) };
}

/** A link back to the source, as " ([lines 12–14](href))", or nothing. */
export function sourceLinkNodes(link: SourceLink | null): PhrasingContent[] {
  if (!link) return [];
  const node: Link = { type: 'link', url: link.href, children: [text(link.label)] };
  return [text(' ('), node, text(')')];
}

/** A GFM table; every cell is plain text (escaped on serialisation). */
export function table(header: readonly string[], rows: readonly (readonly (string | PhrasingContent[])[])[]): Table {
  const cell = (value: string | PhrasingContent[]): TableCell => ({ type: 'tableCell', children: typeof value === 'string' ? [text(value)] : value });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
  };
}

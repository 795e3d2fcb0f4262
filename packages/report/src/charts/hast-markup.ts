import type { Element, ElementContent } from 'hast';
import { find, svg } from 'property-information';
import { type Attributes, type Markup, MarkupElement } from '../shared/markup.js';

/**
 * A chart's hast `<svg>` as markup to write, with hast's property names turned
 * into SVG attribute names (`textAnchor` to `text-anchor`, `className` to `class`)
 * by `property-information`, the table hast-util-to-html reads.
 * @param node The SVG element, or one of its children.
 */
export function hastToMarkup(node: ElementContent): Markup {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  return new MarkupElement(node.tagName, svgAttributes(node), node.children.map(hastToMarkup));
}

function svgAttributes(element: Element): Attributes {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === null || value === undefined) continue;
    const info = find(svg, property);
    attributes[info.attribute] = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : value;
  }
  return attributes;
}

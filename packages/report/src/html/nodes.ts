// Small hast builders shared by the HTML sections.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { MeetingFact } from '../meeting/meeting-facts.js';
import type { SourceLink } from '../meeting/source-link.js';

/** Content hastscript accepts: nodes and plain strings (which become escaped text). */
export type HtmlContent = ElementContent | string;

/** A link back to the source lines, or nothing. */
export function sourceLinkNodes(link: SourceLink | null): HtmlContent[] {
  if (!link) return [];
  return [' ', h('a', { className: ['source-link'], href: link.href, ariaLabel: `Source: ${link.label}` }, link.label)];
}

/** Facts as a description list. */
export function factList(facts: readonly MeetingFact[]): Element {
  return h(
    'dl',
    { className: ['facts'] },
    facts.flatMap((fact) => [h('dt', fact.label), h('dd', fact.value)]),
  );
}

/** A section labelled by its heading, for the document outline and landmarks. */
export function labelledSection(id: string, title: string, content: HtmlContent[], level: 'h2' | 'h3' = 'h2'): Element {
  return h('section', { ariaLabelledBy: `${id}-heading`, id }, [h(level, { id: `${id}-heading` }, title), ...content]);
}

/**
 * A data table with a caption, column headers (`scope="col"`) and one cell of each
 * row (the first unless `rowHeader` says otherwise) as its row header (`scope="row"`).
 */
export function dataTable(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly (string | HtmlContent[])[])[],
  rowHeader = 0,
): Element {
  const cells = (row: readonly (string | HtmlContent[])[]) =>
    row.map((value, index) => (index === rowHeader ? h('th', { scope: 'row' }, value) : h('td', value)));
  return h('table', [
    h('caption', caption),
    h('thead', h('tr', header.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', rows.map((row) => h('tr', cells(row)))),
  ]);
}

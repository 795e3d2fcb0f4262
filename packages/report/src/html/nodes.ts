// Small builders shared by the HTML sections.
import { html } from '../shared/html-template.js';
import { h, type Markup, type MarkupElement } from '../shared/markup.js';
import type { MeetingFact } from '../meeting/meeting-facts.js';
import type { SourceLink } from '../meeting/source-link.js';

/** A link back to the source lines, or nothing. */
export function sourceLinkNodes(link: SourceLink | null): Markup[] {
  if (!link) return [];
  return [' ', html`<a class="source-link" href="${link.href}" aria-label="Source: ${link.label}">${link.label}</a>`];
}

/** Facts as a description list. */
export function factList(facts: readonly MeetingFact[]): MarkupElement {
  return h(
    'dl',
    { class: 'facts' },
    facts.flatMap((fact) => [h('dt', fact.label), h('dd', fact.value)]),
  );
}

/** A section labelled by its heading, for the document outline and landmarks. */
export function labelledSection(id: string, title: string, content: Markup, level: 'h2' | 'h3' = 'h2'): MarkupElement {
  return h('section', { 'aria-labelledby': `${id}-heading`, id }, h(level, { id: `${id}-heading` }, title), content);
}

/**
 * A data table with a caption, column headers (`scope="col"`) and one cell of each
 * row (the first unless `rowHeader` says otherwise) as its row header (`scope="row"`).
 */
export function dataTable(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly Markup[])[],
  rowHeader = 0,
): MarkupElement {
  const cells = (row: readonly Markup[]) =>
    row.map((value, index) => (index === rowHeader ? h('th', { scope: 'row' }, value) : h('td', value)));
  return h('table', [
    h('caption', caption),
    h('thead', h('tr', header.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', rows.map((row) => h('tr', cells(row)))),
  ]);
}

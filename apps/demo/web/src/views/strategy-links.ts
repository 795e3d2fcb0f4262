import type { Link, MinutesLinks } from '@lsmp/london-enriched';
import { h } from '../dom.js';

const KIND_LABEL: Record<Link['kind'], string> = { 'service-area': 'service area', action: 'action', strategy: 'strategy', reference: 'reference' };

function evidenceButtons(link: Link, showLine: (line: number) => void): (HTMLElement | string)[] {
  return link.evidence.slice(0, 4).flatMap((evidence, index) => {
    const line = evidence.position?.start.line;
    const quoted = `“${evidence.text}”`;
    if (!line) return [index > 0 ? ', ' : '', quoted];
    const button = h('button', { type: 'button', class: 'evidence', title: `line ${line}` }, quoted);
    button.addEventListener('click', () => showLine(line));
    return [index > 0 ? ', ' : '', button];
  });
}

/**
 * What each agenda item concerns in London Enriched, as @lsmp/london-enriched's
 * linker found it, with the words that show it; each quotation opens its line.
 */
export function renderStrategyLinks(container: HTMLElement, links: MinutesLinks, showLine: (line: number) => void): void {
  const items = links.items.filter((item) => item.links.length > 0);
  if (items.length === 0) {
    container.replaceChildren(h('p', { class: 'links-none' }, 'No agenda item names a London Enriched service area, action or related strategy.'));
    return;
  }
  container.replaceChildren(
    h(
      'ul',
      { class: 'strategy-links' },
      ...items.map((item) =>
        h(
          'li',
          {},
          h('strong', {}, item.number ? `${item.number}. ${item.title}` : item.title),
          h(
            'ul',
            {},
            ...item.links.map((link) =>
              h(
                'li',
                { 'data-kind': link.kind },
                h('span', { class: 'link-kind' }, KIND_LABEL[link.kind]),
                ' ',
                link.kind === 'action' ? `${link.id} ${link.name}` : link.name,
                ' ',
                h('span', { class: 'confidence' }, `(${Math.round(link.confidence * 100)}%)`),
                h('br'),
                ...evidenceButtons(link, showLine),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

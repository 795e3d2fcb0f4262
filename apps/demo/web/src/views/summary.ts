import type { Minutes } from '@lsmp/model';
import { h } from '../dom.js';

function fact(label: string, value: string | null): HTMLElement {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '–'));
}

function count(id: string, label: string, value: number): HTMLElement {
  return h('li', {}, h('strong', { id, 'data-count': value }, String(value)), ` ${label}`);
}

/** The meeting's facts and how much was found in it. */
export function renderSummary(container: HTMLElement, minutes: Minutes): void {
  const time = minutes.start ? `${minutes.start}${minutes.end ? `–${minutes.end}` : ''}` : null;
  const next = minutes.nextMeeting;
  const nextText = next ? `${next.date ?? '?'}${next.originalDate ? ` (moved from ${next.originalDate})` : ''}` : null;
  const problems = minutes.diagnostics.filter((d) => d.severity !== 'info').length;
  container.replaceChildren(
    h('h2', {}, minutes.title ?? 'Untitled minutes'),
    h('dl', { class: 'facts' }, fact('Body', minutes.body), fact('Date', minutes.date), fact('Time', time), fact('Venue', minutes.venue), fact('Next meeting', nextText)),
    h(
      'ul',
      { class: 'counts' },
      count('count-attendees', 'attendees', minutes.attendees.length),
      count('count-items', 'agenda items', minutes.items.length),
      count('count-actions', 'actions', minutes.actions.length),
      count('count-decisions', 'decisions', minutes.decisions.length),
      count('count-diagnostics', `diagnostics (${problems} to look at)`, minutes.diagnostics.length),
    ),
  );
}

import { h } from '../dom.js';

/**
 * Shows a rendered HTML document in a sandboxed frame: the report's own styles apply,
 * and its scripts (it has none) could not run.
 */
export function renderRenderedView(container: HTMLElement, html: string | null): void {
  if (html === null) {
    container.replaceChildren(h('p', { class: 'note' }, 'The rendered view needs @lsmp/report, which is not available in this build.'));
    return;
  }
  const frame = h('iframe', { title: 'The minutes, rendered', sandbox: '', class: 'rendered-frame' });
  frame.srcdoc = html;
  container.replaceChildren(frame);
}

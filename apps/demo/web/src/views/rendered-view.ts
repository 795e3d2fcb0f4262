import { h } from '../dom.js';

/**
 * Shows the HTML report of @lsmp/report in a sandboxed frame: its own styles and
 * in-page links (to its source view) work, and no script could run in it.
 */
export function renderRenderedView(container: HTMLElement, html: string): void {
  const frame = h('iframe', { title: 'The minutes, rendered', sandbox: '', class: 'rendered-frame' });
  frame.srcdoc = html;
  container.replaceChildren(frame);
}

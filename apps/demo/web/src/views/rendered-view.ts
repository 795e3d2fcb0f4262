import { h } from '../dom.js';

let currentUrl: string | null = null;

/**
 * Shows the HTML report of @lsmp/report in a sandboxed frame where no script can run
 * (`allow-same-origin` without `allow-scripts`). The frame loads a blob URL rather
 * than `srcdoc`, so the report's links to its own source lines (`#L12`) move within
 * the report: in a srcdoc frame they resolve against this page's address and navigate
 * away. (From file://, browsers refuse even those in-frame moves.)
 */
export function renderRenderedView(container: HTMLElement, html: string): void {
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  container.replaceChildren(h('iframe', { title: 'The minutes, rendered', sandbox: 'allow-same-origin', class: 'rendered-frame', src: currentUrl }));
}

import type { Diagnostic } from '@lsmp/model';
import { h } from '../dom.js';

/** The diagnostics list; choosing one shows its lines in the source view. */
export function renderDiagnostics(container: HTMLElement, diagnostics: readonly Diagnostic[], showLine: (line: number) => void): void {
  if (diagnostics.length === 0) {
    container.replaceChildren(h('li', { class: 'none' }, 'None: the parser read everything it looked for.'));
    return;
  }
  container.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const line = diagnostic.position?.start.line;
      const label = h('span', { class: `severity ${diagnostic.severity}` }, diagnostic.severity);
      const where = line ? h('button', { type: 'button', class: 'goto-line', 'data-line': line }, `line ${line}`) : null;
      where?.addEventListener('click', () => showLine(line!));
      return h('li', {}, label, ' ', where, ' ', diagnostic.message, ' ', h('code', {}, diagnostic.code));
    }),
  );
}

import type { Diagnostic } from '@lsmp/model';
import { h } from '../dom.js';

/** Every line a diagnostic spans, with the messages about it. */
function flaggedLines(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const lines = new Map<number, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (!diagnostic.position) continue;
    const { start, end } = diagnostic.position;
    // `end` is exclusive: a span ending at column 1 does not reach into that line.
    const last = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
    for (let line = start.line; line <= last; line++) lines.set(line, [...(lines.get(line) ?? []), diagnostic]);
  }
  return lines;
}

/** The source text with line numbers, the lines diagnostics point at highlighted. */
export function renderSourceView(container: HTMLElement, text: string, diagnostics: readonly Diagnostic[]): void {
  const flagged = flaggedLines(diagnostics);
  const rows = text.split(/\r\n|\r|\n/).map((line, index) => {
    const number = index + 1;
    const about = flagged.get(number);
    const attributes: Record<string, string | number> = { id: `line-${number}`, class: 'line', 'data-line': number };
    if (about) {
      attributes.class = `line flagged ${about.some((d) => d.severity === 'error') ? 'error' : 'warning'}`;
      attributes.title = about.map((d) => `${d.severity}: ${d.message}`).join('\n');
    }
    return h('span', attributes, h('span', { class: 'line-number', 'aria-hidden': 'true' }, String(number)), line, '\n');
  });
  container.replaceChildren(h('pre', { class: 'source-text' }, ...rows));
}

/** Brings a line of the source view into sight. */
export function revealLine(container: HTMLElement, line: number): void {
  const row = container.querySelector<HTMLElement>(`#line-${line}`);
  row?.scrollIntoView({ block: 'center' });
  row?.classList.add('focused');
  setTimeout(() => row?.classList.remove('focused'), 1500);
}

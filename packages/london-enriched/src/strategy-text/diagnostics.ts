import type { Diagnostic, Severity } from '@lsmp/model';
import type { SourceLine } from './lines.js';

/** Stable codes of what `parseStrategyText` reports. Never reuse a code. */
export const strategyDiagnosticCatalogue = {
  LE1001: { severity: 'warning', template: 'No "Proposed Action (n.n.n)" heading found: the text yields no actions.' },
  LE1002: { severity: 'warning', template: 'Proposed Action {id} has no "{section}" section.' },
  LE1003: {
    severity: 'warning',
    template: 'Proposed Action {id} has no "Delivery partners" heading; the name-like line(s) after its outcome were read as its delivery partners.',
  },
  LE1004: { severity: 'warning', template: 'Proposed Action {id} appears twice; the later one was kept.' },
  LE1005: {
    severity: 'info',
    template: 'The delivery partners of {id} mark the lead in bold, but no bold survived in the text: no lead is recorded.',
  },
  LE1006: { severity: 'warning', template: 'Proposed Action {id} sits under no service area the text names.' },
  LE1007: { severity: 'warning', template: 'The text says it has {expected} service areas but lists {actual}; the list was kept as written.' },
  LE1008: { severity: 'warning', template: 'A "{section}" heading outside any Proposed Action was ignored.' },
  LE1009: { severity: 'warning', template: 'The text gives two launch dates ({first} and {second}); the first was kept.' },
} as const satisfies Record<string, { severity: Severity; template: string }>;

export type StrategyDiagnosticCode = keyof typeof strategyDiagnosticCatalogue;

/** A diagnostic for one line (or a run of lines) of the strategy text. */
export function strategyDiagnostic(
  code: StrategyDiagnosticCode,
  values: Record<string, string | number>,
  from?: SourceLine,
  to: SourceLine | undefined = from,
): Diagnostic {
  const entry = strategyDiagnosticCatalogue[code];
  const message = entry.template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
  const diagnostic: Diagnostic = { code, severity: entry.severity, message, source: '@lsmp/london-enriched' };
  if (from && to) {
    diagnostic.position = {
      start: { line: from.number, column: 1, offset: from.offset },
      end: { line: to.number, column: to.raw.length + 1, offset: to.offset + to.raw.length },
    };
  }
  return diagnostic;
}

import type { Diagnostic } from '@lsmp/model';
import { lineRange } from './source-lines.js';

/**
 * A diagnostic as one line: "line 66, warning LSMP2001: message".
 * @param diagnostic A diagnostic from the parser.
 */
export function diagnosticLine(diagnostic: Diagnostic): string {
  const range = lineRange(diagnostic.position);
  const where = range ? `line ${range.first}, ` : '';
  return `${where}${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** Diagnostics a reader should see: errors and warnings, not information. */
export function readerDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== 'info');
}

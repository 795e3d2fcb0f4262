import type { Diagnostic, Position } from '@lsmp/model';
import { type DiagnosticCode, diagnosticCatalogue } from './codes.js';

export interface DiagnosticDetails {
  actual?: string;
  expected?: string;
}

/** Replaceable wording, per code (as Chevrotain's message provider). */
export type MessageOverrides = Partial<Record<DiagnosticCode, (details: DiagnosticDetails) => string>>;

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function createDiagnostic(
  code: DiagnosticCode,
  position: Position | undefined,
  details: DiagnosticDetails = {},
  messages?: MessageOverrides,
): Diagnostic {
  const entry = diagnosticCatalogue[code];
  const custom = messages?.[code];
  const message = custom
    ? custom(details)
    : entry.template.replace(/\{(actual|expected)\}/g, (_, key: 'actual' | 'expected') => clip(details[key] ?? ''));
  const diagnostic: Diagnostic = { code, severity: entry.severity, message, source: '@lsmp/parser' };
  if (position) diagnostic.position = position;
  if (details.actual !== undefined) diagnostic.actual = details.actual;
  return diagnostic;
}

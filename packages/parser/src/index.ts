export { parseMinutes, type ParseOptions, type ParseResult } from './parse-minutes.js';
export { diagnosticCatalogue, type DiagnosticCode } from './diagnostics/codes.js';
export type { DiagnosticDetails, MessageOverrides } from './diagnostics/create-diagnostic.js';
export { LineIndex } from './position/line-index.js';

import { stringify } from 'csv-stringify/sync';
import { wellFormed } from './well-formed.js';

/** One cell: text, a number, a boolean, or null/undefined for an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options for {@link writeCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheet programs need to detect UTF-8. Default false. */
  bom?: boolean;
}

/** A cell starting with one of these is read as a formula by spreadsheet programs. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell against formula injection (OWASP "CSV injection"): text that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, which
 * spreadsheets show as text and do not evaluate. Numbers are left alone, so a real
 * negative number stays a number.
 * @param cell A cell value.
 * @returns The value to write.
 */
export function neutraliseCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = wellFormed(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes an RFC 4180 CSV document: a header row, CRLF line ends (also after the last
 * row), fields quoted where they hold a comma, quote or line break, every text cell
 * neutralised with {@link neutraliseCell} (which also replaces lone surrogates
 * with U+FFFD, so the text encodes as UTF-8). Uses csv-stringify's synchronous API,
 * which needs no Node streams.
 * @param header Column names.
 * @param rows Records, each as long as `header`.
 * @returns The CSV text (UTF-8 when encoded).
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const records = [header, ...rows].map((row) => row.map(neutraliseCell));
  // csv-stringify quotes a bare LF only when it is the record delimiter, so ask for it.
  return stringify(records, { record_delimiter: '\r\n', bom: options.bom ?? false, quoted_match: /[\r\n]/ });
}

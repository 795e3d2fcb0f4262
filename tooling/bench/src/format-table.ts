/** A column of a printed table: its heading and how to show a row's value. */
export interface Column<Row> {
  heading: string;
  value: (row: Row) => string | number;
  /** Right-align (numbers); left-align otherwise. */
  numeric?: boolean;
}

/** Formats a number with a fixed count of decimals ("12.3"). */
export function fixed(value: number, decimals = 1): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : String(value);
}

/** A plain-text table with a heading row and aligned columns. */
export function formatTable<Row>(title: string, rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => String(column.value(row))));
  const widths = columns.map((column, i) => Math.max(column.heading.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) => values.map((v, i) => (columns[i]!.numeric ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  return [title, line(columns.map((c) => c.heading)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

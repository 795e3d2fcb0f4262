import type { Position } from '@lsmp/model';

/** The lines a span covers, 1-based and inclusive. */
export interface LineRange {
  first: number;
  last: number;
}

/**
 * The source lines a position covers. The model's `end` is exclusive, so a span
 * ending at column 1 of a line does not include that line.
 * @param position A span from the parser, or undefined for generated nodes.
 * @returns The range, or null when there is no position.
 */
export function lineRange(position: Position | undefined): LineRange | null {
  if (!position) return null;
  const first = position.start.line;
  const endsAtLineStart = position.end.column === 1 && position.end.line > first;
  return { first, last: Math.max(first, endsAtLineStart ? position.end.line - 1 : position.end.line) };
}

/** "line 12" or "lines 12–14". */
export function lineRangeLabel(range: LineRange): string {
  return range.first === range.last ? `line ${range.first}` : `lines ${range.first}–${range.last}`;
}

/** The fragment naming a range, GitHub style: "L12" or "L12-L14". */
export function lineRangeFragment(range: LineRange): string {
  return range.first === range.last ? `L${range.first}` : `L${range.first}-L${range.last}`;
}

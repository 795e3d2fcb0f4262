/**
 * "Court Members | Court Members": a table whose columns carry one caption holds the same in each column,
 * so every cell of its rows is a person of their own ("Ada Finch (Chair) | Ben Rook"), never a name and
 * the organisation beside it.
 */
export function repeatsCaption(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  const caption = cells[0]!.toLowerCase();
  return cells.every((c) => c.toLowerCase() === caption);
}

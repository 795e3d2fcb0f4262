import type { Line } from '../scan/scan-lines.js';

/** "Jo Finch / Lay Member /": a row flattened with slashes whose last cell was empty. */
export const endsWithEmptyCell = (text: string) => {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(' /') && trimmed.lastIndexOf(' / ', trimmed.length - 3) > 0;
};

/**
 * "Jo Finch / Lay Member / ", "Ann Lee / Director, Acme / By Phone": a Word table flattened with slashes, whose
 * "Present" and "Apology" columns were mostly left empty (their ticks lost). Where two rows or more end with an
 * empty cell, every row's cells are parted at tabs, as a table's are, the empty ones left out; else the lines as they are.
 */
export function slashTableCells(lines: readonly Line[]): readonly Line[] {
  // "Name / Organization / Position" over "Tom Hale / IFRC / Coordinator": the caption row says what each cell holds.
  const captioned = lines.some((l) => isSlashColumnCaptions(l.text));
  if (captioned) return lines.map((line) => (line.text.includes(' / ') ? { ...line, text: slashCells(line.text).join('\t') } : line));
  let emptyLast = 0;
  for (const l of lines) if (endsWithEmptyCell(l.text) && ++emptyLast === 2) break;
  if (emptyLast < 2) return lines;
  // (The caption row names no one.)
  return lines.filter((line) => !isSlashCaptionRow(line.text)).map((line) => {
    const cells = line.text.includes(' / ') ? slashCells(line.text) : [];
    return cells.length >= 2 ? { ...line, text: cells.join('\t') } : line;
  });
}

/** "Jo Finch / Lay Member /" -> ["Jo Finch", "Lay Member"]: the row's cells, the empty ones left out. */
export function slashCells(text: string): string[] {
  return text
    .trimEnd()
    .replace(/ \/$/, '')
    .split(' / ')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

// The captions of such a table's columns: the person's name, what they are, and a tick column for each list.
const SLASH_CAPTION = /^(?:names?|(?:job\s+)?(?:titles?|roles?)(?:\s*(?:&|and)\s*organi[sz]ations?)?|organi[sz]ations?(?:\s*(?:&|and)\s*(?:titles?|roles?))?|present|apolog(?:y|ies)|absent|attended|initials)$/i;
const TICK_CAPTION = /^(?:present|apolog(?:y|ies)|absent|attended)$/i;

/** "Name / Title & Organisation / Present / Apology": the caption row of a roster table flattened with slashes. */
export function isSlashCaptionRow(text: string): boolean {
  if (!text.includes(' / ')) return false;
  const cells = text.split(' / ').map((c) => c.trim());
  return cells.length >= 3 && /^names?$/i.test(cells[0]!) && cells.every((c) => SLASH_CAPTION.test(c)) && cells.some((c) => TICK_CAPTION.test(c));
}

// "Organization", "Position/Function": the captions of a table's name, organisation and role columns.
const NAME_CAPTION = /^names?$/i;
const DESCRIPTION_CAPTION = /^(?:organi[sz]ations?|agency|affiliations?|(?:job\s+)?(?:titles?|roles?|positions?|functions?)(?:\s?\/\s?(?:titles?|roles?|positions?|functions?))?)$/i;

/** "Name / Organization / Position/Function": a table's caption row written with slashes, the name first, no tick column. */
export function isSlashColumnCaptions(text: string): boolean {
  if (!text.includes(' / ')) return false;
  const cells = slashCells(text);
  return cells.length >= 2 && NAME_CAPTION.test(cells[0]!) && cells.slice(1).every((c) => DESCRIPTION_CAPTION.test(c));
}

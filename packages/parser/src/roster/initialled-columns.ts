import type { Line } from '../scan/scan-lines.js';
import { initialsOf } from '../text/names.js';
import { readsAsBody } from './describe.js';
import { cellsOf } from './parse-entry.js';
import { lastBracketOf, namesPersonWithBracket } from './run-on-parts.js';

// "Robert Kaltenborn(RK)": a word's last letter, then a bracket of capitals with no space before it.
const GLUED_BRACKET = /(?<=\p{Ll})\((?=\p{Lu}{2,4}\))/gu;

/** "Anne Joy(AJ)": the line with a space put before a bracket of initials glued to the name, as it is written elsewhere. */
export function withInitialsBracketSpaced(line: Line): Line {
  if (!line.text.includes('(')) return line;
  const text = line.text.replace(GLUED_BRACKET, ' (');
  return text === line.text ? line : { ...line, text };
}

// Rows it takes to tell a list of people two a row from a table of a name and an organisation's acronym.
const MIN_ROWS = 2;

/**
 * "David Rudkin (DR)      Robert Kaltenborn (RK)": a list laid out two or more people a row, each with the initials the
 * minutes call them by. A bracket of initials alone could be a table's "Name (JR) | Body (BD)"; where, in two rows or more,
 * each bracket is the initials of the words before it and no cell reads as a body, the cells are people.
 */
export function rowsOfInitialledNames(content: readonly Line[]): boolean {
  let rows = 0;
  for (const line of content) {
    if (!line.text.includes(')')) continue;
    const cells = cellsOf(line.text);
    if (cells.length >= 2 && cells.every(namesWithOwnInitials) && ++rows >= MIN_ROWS) return true;
  }
  return false;
}

function namesWithOwnInitials(cell: string): boolean {
  if (!namesPersonWithBracket(cell)) return false;
  const name = cell.slice(0, cell.lastIndexOf(' (')).trim();
  return lastBracketOf(cell) === initialsOf(name) && !readsAsBody(name);
}

import { type RosterHeading, readRosterHeading } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import type { Line } from '../scan/scan-lines.js';
import { isUpperAt } from '../text/clean.js';

// Roster lists laid side by side in columns, as PDF extraction gives them.

/** Two roster lists side by side ("Present:      Apologies:"), as PDF extraction lays out columns. */
export interface RosterColumns {
  sections: RosterSection[];
  starts: number[];
  /** "Members Present Confirmed Apologies": the headings, and each row's cells, parted by one space only. */
  joined?: boolean;
}

export function readColumnHeadings(line: Line): RosterColumns | null {
  const cells = cellsOf(line.text);
  if (cells.length < 2) return readJoinedHeadings(line);
  const headings: RosterHeading[] = [];
  for (const cell of cells) {
    const heading = readRosterHeading(cell.replace(/:$/, ''), true);
    if (!heading || heading.rest) return null;
    headings.push(heading);
  }
  return {
    sections: headings.map((heading) => ({ heading, headingLine: line, lines: [] })),
    starts: cells.map((c) => line.raw.indexOf(c)),
  };
}

// Two headings run together are short: "Members Present Confirmed Apologies".
const MAX_JOINED_HEADINGS = 48;

/** "Members Present Confirmed Apologies", "Present Apologies": two lists' headings side by side, one space apart. */
function readJoinedHeadings(line: Line): RosterColumns | null {
  const text = line.text.trim();
  if (text.length > MAX_JOINED_HEADINGS || text.includes(':') || text.includes(',')) return null;
  // ("Voting Member Regrets" is one heading, though "Voting Member" and "Regrets" are two.)
  if (readRosterHeading(text, true)) return null;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    // (Each heading starts with a capital: "Officials in attendance" is one heading.)
    if (!isUpperAt(text, at + 1)) continue;
    const left = readRosterHeading(text.slice(0, at), true);
    const right = left && !left.rest ? readRosterHeading(text.slice(at + 1), true) : null;
    if (left && right && !right.rest && right.attendance !== left.attendance) {
      return { sections: [left, right].map((heading) => ({ heading, headingLine: line, lines: [] })), starts: [0, at + 1], joined: true };
    }
  }
  return null;
}

// The right-hand cell of a joined row is a name alone, of this many words at most ("Cllr Peter May").
const MAX_RIGHT_WORDS = 4;

/**
 * "Selina Moyo; WSMP (SM) Anne Hubbard": a row of two joined columns parted where the words after a person's entry
 * are a name alone (no bracket, no description), the longest such name; else the row is the left column's alone.
 */
function joinedCells(text: string): string[] {
  const words = text.split(' ');
  for (let n = Math.min(MAX_RIGHT_WORDS, words.length - 2); n >= 2; n--) {
    const right = words.slice(-n).join(' ');
    if (right.includes('(') || right.includes(')') || right.includes(',') || right.includes(';')) continue;
    const person = parseEntry([right]);
    if (!person || person.initials || person.description.role || person.description.organisation) continue;
    const left = words.slice(0, -n).join(' ');
    if (parseEntry([left])) return [left, right];
  }
  return [text];
}

/** Puts each cell of a two-column line into the list whose heading stood nearest above it. */
export function distribute(line: Line, columns: RosterColumns): void {
  if (columns.joined) {
    joinedCells(line.text).forEach((cell, k) => {
      columns.sections[k]!.lines.push({ ...line, text: cell });
    });
    return;
  }
  let from = 0;
  for (const cell of cellsOf(line.text)) {
    const at = line.raw.indexOf(cell, from);
    from = at + cell.length;
    let best = 0;
    columns.starts.forEach((start, k) => {
      if (Math.abs(start - at) < Math.abs(columns.starts[best]! - at)) best = k;
    });
    columns.sections[best]!.lines.push({ ...line, text: cell });
  }
}

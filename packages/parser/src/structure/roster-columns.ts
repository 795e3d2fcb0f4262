import { type RosterHeading, readRosterHeading } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { cellsOf } from '../roster/parse-entry.js';
import type { Line } from '../scan/scan-lines.js';

// Roster lists laid side by side in columns, as PDF extraction gives them.

/** Two roster lists side by side ("Present:      Apologies:"), as PDF extraction lays out columns. */
export interface RosterColumns {
  sections: RosterSection[];
  starts: number[];
}

export function readColumnHeadings(line: Line): RosterColumns | null {
  const cells = cellsOf(line.text);
  if (cells.length < 2) return null;
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

/** Puts each cell of a two-column line into the list whose heading stood nearest above it. */
export function distribute(line: Line, columns: RosterColumns): void {
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

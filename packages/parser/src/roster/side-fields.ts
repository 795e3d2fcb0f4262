import type { Line } from '../scan/scan-lines.js';
import { readRosterHeading } from './headings.js';
import { cellsOf } from './parse-entry.js';
import type { RosterSection } from './read-roster.js';

// "Apologies:", "Chair:", "Distribution:": a label alone in a cell after a person's cells.
const SIDE_LABEL = /^\p{Lu}[\p{L} ]{1,20}:$/u;

/**
 * "Mark Pike (MPI) | Councillor | Chair: | Frank Rowe": a header table sets fields beside the list of those
 * present. Each row keeps its person; a field beside it heads a list of its own ("Apologies:", whose names go
 * on down its column) or names the chair; any other field ("Distribution:") is no one's.
 */
export function splitSideFields(sections: RosterSection[]): RosterSection[] {
  return sections.flatMap((section) => (section.heading.attendance === 'present' && !section.heading.chair ? splitSection(section) : [section]));
}

function splitSection(section: RosterSection): RosterSection[] {
  const kept: Line[] = [];
  const sides: RosterSection[] = [];
  let side: RosterSection | null = null;
  let column = -1;
  for (const line of section.lines) {
    const cells = line.blank ? [] : cellsOf(line.text);
    const at = cells.findIndex((c, k) => k > 0 && SIDE_LABEL.test(c));
    if (at !== -1) {
      kept.push({ ...line, text: cells.slice(0, at).join('\t') });
      const heading = readRosterHeading(cells.slice(at).join(' '), false);
      side = heading ? { heading, headingLine: line, lines: [] } : null;
      column = at;
      if (side) sides.push(side);
    } else if (side && !side.heading.chair && cells.length > column && column > 0) {
      // "Frank Rowe (FRO) | Councillor/Chairman | Tom Dunn (TDU)": a name under "Apologies:" goes on that list.
      kept.push({ ...line, text: cells.slice(0, column).join('\t') });
      side.lines.push({ ...line, text: cells.slice(column).join('\t') });
    } else kept.push(line);
  }
  // The chair's field goes before the list, as "Chair:" above a list does: the listed person then takes the chair.
  return sides.length === 0 ? [section] : [...sides.filter((s) => s.heading.chair), { ...section, lines: kept }, ...sides.filter((s) => !s.heading.chair)];
}

import type { RosterSection } from './read-roster.js';

const hasText = (section: RosterSection) => section.heading.rest !== '' || section.lines.some((l) => !l.blank);

/**
 * Three or more plain headings alone on lines that follow one another (blank lines between
 * allowed). Two, or marked headings, are more often a list under its group ("### Attendance",
 * "#### Panel members").
 */
function stacked(run: RosterSection[]): boolean {
  return run.length >= 3 && run.every((section, k) => {
    const line = section.headingLine;
    if (!line || line.heading > 0 || line.bold || section.heading.rest !== '') return false;
    const previous = run[k - 1]?.headingLine;
    return !previous || line.index - previous.index <= 2;
  });
}

/**
 * "Attendees / In attendance / Observers", each heading alone, then as many lines of names:
 * a table whose header row and body row were flattened one cell to a line. The k-th line
 * under the last heading belongs to the k-th heading of the run.
 */
export function zipStackedHeadings(sections: RosterSection[]): RosterSection[] {
  const out: RosterSection[] = [];
  let runStart = 0;
  for (let k = 0; k < sections.length; k++) {
    if (!hasText(sections[k]!)) continue;
    const run = sections.slice(runStart, k + 1);
    const rows = sections[k]!.lines.filter((l) => !l.blank);
    if (rows.length === run.length && stacked(run)) out.push(...run.map((section, j) => ({ ...section, lines: [rows[j]!] })));
    else out.push(...run);
    runStart = k + 1;
  }
  out.push(...sections.slice(runStart));
  return out;
}

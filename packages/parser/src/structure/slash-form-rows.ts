import type { Line } from '../scan/scan-lines.js';
import { readRosterHeading } from '../roster/headings.js';

// A Word form of minutes (a label cell, then its value; a number cell, then the topic) that a converter flattened with
// " / " between a row's cells: "Attendees Present / Ann Lee, Bo Chan", "Note taker / Cy Dunn", "II / REVIEW OF MINUTES".
// The label's row reads as "Label: value" does, the number's row as "II. REVIEW OF MINUTES" does.

// "Members excused / Ann Lee, Bo Chan": a short label cell, no colon, then the value.
const LABEL_ROW = /^([^/:]{2,40}?) \/ (\S.*)$/;
// "III / REVIEW AND APPROVAL OF MINUTES": a Roman or Arabic number cell, then a title opening with a letter.
const NUMBER_ROW = /^([IVXL]{1,6}|\d{1,2}) \/ (\p{L}.*)$/u;
// A form's topics, as many as this, show the numbered rows to be its items rather than a stray cell.
const LEAST_NUMBER_ROWS = 2;

/** The label and value of a roster row "Note taker / Cy Dunn", or null where the first cell is no list's label. */
function labelRowOf(text: string): [string, string] | null {
  const m = text.includes(' / ') ? LABEL_ROW.exec(text) : null;
  // (A row of three cells or more is a table's, and "Present / Regrets" is the caption row of two lists.)
  if (!m || m[2]!.includes(' / ')) return null;
  // ("1. Attendees / introductions:": one label whose words a slash joins, no row of two cells.)
  if (readRosterHeading(text.replace(/:$/, ''), true)?.rest === '') return null;
  const label = readRosterHeading(m[1]!, true);
  const value = readRosterHeading(m[2]!.replace(/:$/, ''), true);
  return label && label.rest === '' && !(value && value.rest === '') ? [m[1]!, m[2]!] : null;
}

/** The number and title of a topic row "II / REVIEW OF MINUTES", or null. */
function numberRowOf(text: string): [string, string] | null {
  const m = text.includes(' / ') ? NUMBER_ROW.exec(text) : null;
  return m && !m[2]!.includes(' / ') ? [m[1]!, m[2]!] : null;
}

/** The lines with a flattened form's label rows and topic rows written as labels and numbered headings; others as they are. */
export function readSlashFormRows(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.includes(' / '))) return lines;
  const numbered = lines.filter((l) => !l.code && numberRowOf(l.text) !== null).length >= LEAST_NUMBER_ROWS;
  return lines.map((l) => {
    if (l.blank || l.code) return l;
    const row = labelRowOf(l.text);
    if (row) return { ...l, text: `${row[0]}: ${row[1]}` };
    const topic = numbered ? numberRowOf(l.text) : null;
    return topic ? { ...l, text: `${topic[0]}. ${topic[1]}` } : l;
  });
}

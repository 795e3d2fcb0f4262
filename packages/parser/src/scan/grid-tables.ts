import type { Line } from './scan-lines.js';

// Layouts of markdown and plain-text converters read after the lines are split: pandoc's grid tables
// ("+------+------+" rules, "| a | b |" rows), whose cells wrap inside their columns, and setext headings.

/** "+------+--------+", "+:=====+" under a header row: a grid table's rule. */
function isGridRule(raw: string): boolean {
  const t = raw.trim();
  if (t.length < 3 || t.charCodeAt(0) !== 43 || t.charCodeAt(t.length - 1) !== 43) return false;
  for (let i = 1; i < t.length - 1; i++) {
    const c = t[i];
    if (c !== '-' && c !== '=' && c !== '+' && c !== ':') return false;
  }
  return true;
}

/**
 * Reads each grid table row as one line: the rules read as blank, and a row written over several lines
 * ("| MR | Mike Reed | Deputy Director, |" / "|    |           | Migration Policy |") gives its first line
 * every column's words, tab-separated, the lines after it reading as blank.
 */
export function joinGridRows(lines: Line[]): void {
  let closes = false;
  for (let k = 0; k < lines.length; k++) {
    if (!isGridRule(lines[k]!.raw)) continue;
    let end = k + 1;
    while (end < lines.length && isRow(lines[end]!)) end++;
    // The table's last rule closes the row above it.
    if (closes || end > k + 1) blank(lines[k]!);
    closes = end > k + 1;
    if (end - k > 2 && end < lines.length && isGridRule(lines[end]!.raw)) joinRow(lines.slice(k + 1, end));
    k = end - 1;
  }
}

const isRow = (line: Line) => line.raw.trimStart().startsWith('|');

function blank(line: Line): void {
  line.text = '';
  line.blank = true;
}

function joinRow(rows: Line[]): void {
  const columns: string[][] = [];
  for (const row of rows) {
    const t = row.raw.trim();
    t.slice(1, t.endsWith('|') ? -1 : undefined)
      .split('|')
      .forEach((cell, j) => {
        const words = cell.trim();
        if (words) (columns[j] ??= []).push(words);
      });
  }
  rows[0]!.text = columns
    .filter(Boolean)
    .map((c) => c.join(' '))
    .join('\t');
  for (const row of rows.slice(1)) blank(row);
}

/**
 * "Present" over "-------", "1. Welcome" over "==========" (markdown's setext headings, as HTML-to-text converters
 * underline headings): the line above is a heading, level 1 under "=" and 2 under "-", and the underline reads as
 * blank. The underline is as long as its heading, so that a rule under a paragraph stays a rule.
 */
export function readUnderlinedHeadings(lines: Line[]): void {
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const c = line.text.charCodeAt(0);
    // "---" alone may close a front matter block: a dashed underline is four long at least.
    if ((c !== 45 && c !== 61) || line.text.length < (c === 45 ? 4 : 3)) continue;
    const above = lines[k - 1]!;
    if (above.blank || above.heading > 0 || Math.abs(above.raw.trim().length - line.text.length) > 1 || !isRule(line.text, line.text[0]!)) continue;
    above.heading = c === 61 ? 1 : 2;
    line.text = '';
    line.blank = true;
  }
}

function isRule(text: string, mark: string): boolean {
  for (let i = 0; i < text.length; i++) if (text[i] !== mark) return false;
  return true;
}

/** One line of the input. `number` is 1-based; `offset` is the 0-based index of its first character. */
export interface SourceLine {
  number: number;
  offset: number;
  /** The line without its line break. */
  raw: string;
  /** Trimmed, with Markdown emphasis and heading marks removed. */
  text: string;
  /** Leading spaces (a tab counts as four). */
  indent: number;
}

/** Splits text into lines, keeping where each starts. Accepts `\n` and `\r\n`. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  let number = 1;
  for (const piece of text.split('\n')) {
    const raw = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    const leading = /^[ \t]*/.exec(raw)![0];
    lines.push({ number, offset, raw, text: plainText(raw), indent: leading.replace(/\t/g, '    ').length });
    offset += piece.length + 1;
    number += 1;
  }
  return lines;
}

/** Drops Markdown heading marks and emphasis that text converted from Word often carries. */
export function plainText(raw: string): string {
  return raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

/** Runs of non-blank lines. */
export function splitBlocks(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A list marker at the start of a line: `1.`, `1)`, `1.2`, or a bullet. */
export const LIST_MARKER = /^\s*(?:\d+(?:\.\d+)*[.)]?|[•▪◦·*–-])\s+/;

/** A single line that reads as a heading: no list marker, no closing sentence punctuation, not too long. */
export function isHeadingLike(block: SourceLine[]): boolean {
  if (block.length !== 1) return false;
  const text = block[0]!.text;
  return !LIST_MARKER.test(block[0]!.raw) && !/[.:;,]$/.test(text) && text.split(/\s+/).length <= 25;
}

/** Joins the lines of a block into running text. */
export function joinLines(block: SourceLine[]): string {
  return block.map((line) => line.text).join(' ');
}

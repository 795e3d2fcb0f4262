import { stripMarks } from '../text/clean.js';

/** One physical line of the input, with its cleaned text and layout facts. */
export interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character and of the line break (exclusive end). */
  start: number;
  end: number;
  raw: string;
  /** Markdown marks, escapes and no-break spaces removed; trimmed; inner spacing kept. */
  text: string;
  /** Markdown heading level (`#` count), 0 for none. */
  heading: number;
  /** The whole line is bold (`**...**`), as Word exports mark headings. */
  bold: boolean;
  blank: boolean;
  /** Leading spaces and tabs of the raw line. */
  indent: number;
}

const HEADING = /^\s{0,3}(#{1,6})\s+/;
const TRAILING_HASHES = /\s+#+\s*$/;

export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let raw = text.slice(start, end);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    lines.push(readLine(raw, index, start, start + raw.length));
    index++;
    start = end + 1;
    if (end === text.length) break;
  }
  return lines;
}

function readLine(raw: string, index: number, start: number, end: number): Line {
  // Lone CRs (old Mac line ends) and no-break spaces are noise for every rule.
  let body = raw.replace(/[\r\u00a0\u2007\u202f]/g, ' ');
  const indent = body.length - body.trimStart().length;
  let heading = 0;
  const h = HEADING.exec(body);
  if (h) {
    heading = h[1]!.length;
    body = body.slice(h[0].length).replace(TRAILING_HASHES, '');
  }
  const trimmed = body.trim();
  const bold = /^(\*\*|__)[^*_].*(\*\*|__)[:.]?$/.test(trimmed) && !/^(\*\*|__).*(\*\*|__).+(\*\*|__)/.test(trimmed.slice(2, -2));
  const text = stripMarks(trimmed);
  return { index, start, end, raw, text, heading, bold, blank: text.length === 0, indent };
}

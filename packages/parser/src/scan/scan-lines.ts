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
  /** Inside a fenced code block (```), where no structure is read. */
  code: boolean;
  /** Leading spaces and tabs of the raw line. */
  indent: number;
}

const HEADING = /^\s{0,3}(#{1,6})\s+/;
const TRAILING_HASHES = /\s+#+\s*$/;

export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push(readLine(text.slice(start, m.index), lines.length, start, m.index));
    start = m.index + m[0].length;
  }
  lines.push(readLine(text.slice(start), lines.length, start, text.length));
  let fenced = false;
  for (const line of lines) {
    const fence = /^\s{0,3}(?:```|~~~)/.test(line.raw);
    line.code = fenced || fence;
    if (fence) fenced = !fenced;
  }
  return lines;
}

function readLine(raw: string, index: number, start: number, end: number): Line {
  // No-break spaces are noise for every rule; table rows become tab-separated cells.
  let body = tableRowToCells(raw.replace(/[\u00a0\u2007\u202f]/g, ' '));
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
  return { index, start, end, raw, text, heading, bold, blank: text.length === 0, code: false, indent };
}

const HTML_CELL = /<\/?t[dh]\b[^>]*>/gi;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** HTML table rows (`<tr><td>..</td>`) and markdown pipe rows (`| a | b |`) as tab-separated cells. */
function tableRowToCells(line: string): string {
  if (/<t[dh]\b/i.test(line)) {
    return line
      .split(HTML_CELL)
      .map((c) => c.replace(/<[^>]*>/g, '').trim())
      .filter(Boolean)
      .join('\t');
  }
  if (/<\/?(?:table|tbody|thead|tr)\b[^>]*>/i.test(line)) return line.replace(/<\/?(?:table|tbody|thead|tr)\b[^>]*>/gi, '');
  if (line.includes('|') && PIPE_SEPARATOR.test(line)) return '';
  if (/^\s*\|.*\|\s*$/.test(line)) {
    return line
      .trim()
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
      .join('\t');
  }
  return line;
}

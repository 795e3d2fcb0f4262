import { joinGridRows, readUnderlinedHeadings } from './grid-tables.js';
import { isSpaceCode, PDF_WORD, stripMarks, trimEndOf } from '../text/clean.js';
import { decodeEntities, htmlBlockText, isHtmlBlockText, numberListHeadings } from './html-blocks.js';
import { cellHeadingEnd } from './cell-heading.js';
import { hasTableTag, rowStarts, splitAtCellTags, withoutTableTags } from './html-tags.js';
import { brokenLinePieces } from './break-tags.js';
import { paragraphPieces } from './paragraph-tags.js';

/** One physical line of the input, with its cleaned text and layout facts. */
export interface Line {
  /** 0-based index among the lines read (a one-line HTML table gives a line per row). */
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

// "##Title" without the space, as older markdown wrote headings: two hashes at least, then a letter ("#tag" is no heading).
const HEADING = /^\s{0,3}(#{1,6})(?:\s+|(?<=##)(?=\p{L}))/u;
/** A code fence line ("```", "~~~"). */
export const FENCE = /^\s{0,3}(?:```|~~~)/;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
const BOLD_LINE = /^(\*\*|__)[^*_].*(\*\*|__)[:.]?$/;
const BOLD_INSIDE = /^(\*\*|__).*(\*\*|__).+(\*\*|__)/;

/** Splits the text at line breaks (\r\n, \r, \n) and reads each line once. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  // Facts of the whole text spare every line a search: most texts have no no-break space and no code fence.
  const noBreakSpaces = text.includes('\u00a0') || text.includes('\u2007') || text.includes('\u202f');
  // A PDF icon's "pdf" can only come from the text, or from letters a removed tag joined.
  const mayHavePdf = PDF_WORD.test(text) || text.includes('<');
  const htmlBlocks = isHtmlBlockText(text);
  const quoted = isQuotedReply(text);
  const readLine = (raw: string, index: number, start: number, end: number) => {
    const unquoted = quoted && raw.charCodeAt(0) === 62 ? raw.replace(QUOTE_MARK, '') : raw;
    const spaced = noBreakSpaces && hasNoBreakSpace(unquoted) ? unquoted.replace(NO_BREAK_SPACES, ' ') : unquoted;
    // A table row keeps its cell tags for tableRowToCells.
    const marked = htmlBlocks && (raw.includes('<') || raw.includes('&')) && !HTML_CELL_START.test(raw) ? htmlBlockText(spaced) : spaced;
    return readLineOf(marked, raw, index, start, end, mayHavePdf);
  };
  let start = 0;
  const length = text.length;
  if (!text.includes('\r')) {
    // Most texts break lines with \n alone: let indexOf find them.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      pushLine(lines, readLine, text.slice(start, i), start, i);
      start = i + 1;
    }
  } else {
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      pushLine(lines, readLine, text.slice(start, i), start, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  pushLine(lines, readLine, text.slice(start), start, length);
  if (text.includes('• ')) unbulletNumberedParagraphs(lines);
  if (htmlBlocks) addBlockBreaks(lines, readLine);
  if (htmlBlocks && text.includes('<ol')) numberListHeadings(lines);
  if (text.includes('+-') && text.includes('-+')) joinGridRows(lines);
  if (text.includes('\n---') || text.includes('\n===')) readUnderlinedHeadings(lines);
  if (!text.includes('```') && !text.includes('~~~')) return lines;
  let fenced = false;
  for (const line of lines) {
    const fence = (line.raw.includes('```') || line.raw.includes('~~~')) && FENCE.test(line.raw);
    line.code = fenced || fence;
    if (fence) fenced = !fenced;
  }
  return lines;
}

const CLOSES_BLOCK = /<\/(?:p|li|h[1-6]|ul|ol|div|blockquote)>\s*$/i;

/** A web export closes each paragraph with its tag and no blank line after it: a blank line is read there, as plain text has one. */
function addBlockBreaks(lines: Line[], readLine: (raw: string, index: number, start: number, end: number) => Line): void {
  const read = lines.splice(0);
  for (const [k, line] of read.entries()) {
    line.index = lines.length;
    lines.push(line);
    const next = read[k + 1];
    if (next && !next.blank && line.raw.includes('</') && CLOSES_BLOCK.test(line.raw)) lines.push(readLine('', lines.length, line.end, line.end));
  }
}

/** Reads one physical line; an HTML table written on one line is read row by row, a "<br />"-joined line line by line, and a line of "<p>" paragraphs paragraph by paragraph. */
function pushLine(lines: Line[], readLine: (raw: string, index: number, start: number, end: number) => Line, raw: string, start: number, end: number): void {
  const broken = raw.includes('<br') || raw.includes('<BR') ? brokenLinePieces(raw) : [];
  const pieces = broken.length === 0 && raw.includes('</') ? paragraphPieces(raw) : broken;
  if (pieces.length === 0) pushRows(lines, readLine, raw, start, end, 2);
  // (A block of a line cut into blocks holds one row at most: "<table><tr>...</tr>" is cut before its row.)
  else for (const [from, to] of pieces) pushRows(lines, readLine, raw.slice(from, to), start + from, start + to, 1);
}

/**
 * Reads a line, or the rows of an HTML table it holds when they are `minRows` or more ("<table>" alone before the
 * first row reads as a blank line).
 */
function pushRows(lines: Line[], readLine: (raw: string, index: number, start: number, end: number) => Line, raw: string, start: number, end: number, minRows: number): void {
  const rows = raw.includes('<') ? rowStarts(raw) : [];
  if (rows.length < minRows || (rows.length === 1 && rows[0] === 0)) {
    lines.push(readLine(raw, lines.length, start, end));
    return;
  }
  const cuts = [0, ...rows.filter((at) => at > 0), raw.length];
  for (let k = 0; k + 1 < cuts.length; k++) lines.push(readLine(raw.slice(cuts[k], cuts[k + 1]), lines.length, start + cuts[k]!, start + cuts[k + 1]!));
}

/** A heading's closing hashes ("## Title ##"): `s.replace(/\s+#+\s*$/, '')` in one backward pass. */
function withoutClosingHashes(s: string): string {
  const trimmed = trimEndOf(s, '');
  const hashless = trimEndOf(trimmed, '#', false);
  if (hashless.length === trimmed.length) return s;
  const before = trimEndOf(hashless, '');
  return before.length === hashless.length ? s : before;
}

/** "Treasurer's Report {#treasurers_report}": pandoc's identifier or classes after a heading are no part of its title. */
function withoutAttributes(s: string): string {
  const trimmed = s.trimEnd();
  if (!trimmed.endsWith('}')) return s;
  const open = trimmed.lastIndexOf(' {');
  return open > 0 && (trimmed.charAt(open + 2) === '#' || trimmed.charAt(open + 2) === '.') && !trimmed.slice(open + 2, -1).includes(' ') ? trimmed.slice(0, open) : s;
}

function hasNoBreakSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xa0 || c === 0x2007 || c === 0x202f) return true;
  }
  return false;
}

/** Reads one line; `spaced` is the raw line with no-break spaces made spaces, as they are noise for every rule. */
// "> Present": an email's reply quotes the message it answers a line at a time, each line behind ">" and a space.
const QUOTE_MARK = /^> ?/;
const QUOTED_LINE = /^>(?: |$)/gm;
const FILLED_LINE = /^[ \t]*\S/gm;

/**
 * Minutes forwarded or answered in an email, quoted whole: at least half the filled lines (and ten) open with ">", which
 * is then the quotation's mark, not the text's (a markdown page quotes a passage here and there, not most of itself).
 */
function isQuotedReply(text: string): boolean {
  if (!text.includes('\n>')) return false;
  const quotedLines = text.match(QUOTED_LINE)?.length ?? 0;
  return quotedLines >= 10 && quotedLines * 2 >= (text.match(FILLED_LINE)?.length ?? 0);
}

function readLineOf(spaced: string, raw: string, index: number, start: number, end: number, mayHavePdf: boolean): Line {
  // Table rows become tab-separated cells.
  let body = tableRowToCells(spaced);
  let indent = 0;
  while (indent < body.length && isSpaceCode(body.charCodeAt(indent))) indent++;
  let heading = 0;
  const h = body.includes('#') ? HEADING.exec(body) : null;
  if (h) {
    heading = h[1]!.length;
    body = withoutAttributes(withoutClosingHashes(body.slice(h[0].length)));
  }
  const trimmed = body.trim();
  const first = trimmed.charCodeAt(0);
  // "*" or "_": only then can the line be bold.
  const bold = (first === 42 || first === 95) && BOLD_LINE.test(trimmed) && !BOLD_INSIDE.test(trimmed.slice(2, -2));
  // "________________" (a word processor's horizontal line) or "***": a rule, read as markdown's "---" is (the marks would strip it blank).
  const text = (first === 42 || first === 95) && MARK_RULE.test(trimmed) ? '---' : stripMarks(trimmed, mayHavePdf);
  // "-   Rod Aldridge": pandoc pads a list mark to the tab stop; the run of spaces after it is no cell break.
  const padded = text.charCodeAt(1) === 32 && text.charCodeAt(2) === 32;
  // ":   Members present: Karen, Kevin": pandoc's definition-list mark before a definition is no part of it either.
  const listed = padded && (first === 45 || first === 42 || first === 8226) ? text.replace(PADDED_MARK, '$1 ') : padded && first === 58 ? text.replace(DEFINITION_MARK, '') : text;
  const slash = first >= 48 && first <= 57 ? listed.indexOf(' / ') : -1;
  const cells = slash !== -1 && slash === listed.lastIndexOf(' / ') ? listed.replace(NUMBER_CELL, '$1\t') : listed;
  const labelled = cells.includes(' :') ? cells.replace(SPACED_LABEL_COLON, '$1:') : cells;
  return { index, start, end, raw, text: labelled, heading, bold, blank: labelled.length === 0, code: false, indent };
}

// "1. / Introductions and Apologies": a Word table's number cell and its title cell, flattened with a slash
// (a row of more cells, "1 / President / Jo Finch / Yes", is no item's).
const NUMBER_CELL = /^(\d{1,3}\.?) \/ (?=\S)/;
// "Apologies : Ann Lee", "Matters arising : Nil.": a label typed with a space before its colon (as older HTML pages and
// some typists write it), read as "Apologies:" is, so that the lists and run-in headings that look for the colon find it.
const SPACED_LABEL_COLON = /^(\p{Lu}[\p{L}'’. ]{0,40}?\p{L}\.?) +:(?= +\S)/u;
const MARK_RULE = /^(?:_{3,}|\*{3,})$/;
const PADDED_MARK = /^([-*•]) {2,}(?=\S)/;
const DEFINITION_MARK = /^: {2,}(?=\S)/;
const HTML_CELL_START = /<t[dh]\b/i;
const SEPARATOR_CELL = /^:?-{3,}:?$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** HTML table rows (`<tr><td>..</td>`) and markdown pipe rows (`| a | b |`) as tab-separated cells. */
function tableRowToCells(line: string): string {
  if (line.includes('<')) {
    if (HTML_CELL_START.test(line)) {
      return splitAtCellTags(line)
        .map(cellWithHeading)
        .filter(Boolean)
        .join('\t');
    }
    if (hasTableTag(line)) return withoutTableTags(line);
  }
  if (!line.includes('|')) return line;
  if (isPipeSeparator(line)) return '';
  const cell = flattenedCell(line);
  if (cell !== null) return cell;
  if (PIPE_ROW.test(line)) {
    return line
      .trim()
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
      .join('\t');
  }
  // "Who | What | When" without the outer pipes (or with one of them, "Who | What | When |"): three cells or more, each pipe between spaces;
  // two when the row closes with its pipe ("Ada Finch (Chair) | Ben Rook |"), as a web page's table rows are copied.
  const whole = line.trim();
  const trimmed = withoutEmptyClosingCells(whole);
  // "Cllr M Duff | |": a row's first cell filled, the others empty: that cell alone.
  if (trimmed.length < whole.length) {
    const alone = flattenedCell(trimmed);
    if (alone !== null) return alone;
  }
  const closed = trimmed.endsWith(' |');
  const inner = closed ? trimmed.slice(0, -2) : trimmed.startsWith('| ') ? trimmed.slice(2) : line;
  const cells = inner.split(' | ');
  if (cells.length >= (closed ? 2 : 3) && cells.every((c) => c.trim() !== '' && !c.includes('|'))) return cells.map((c) => c.trim()).join('\t');
  return line;
}

/** "Cllr M Duff | |", "Ann Lee | Chair | |": a copied table row without the empty cells closing it (its last pipe kept). */
function withoutEmptyClosingCells(row: string): string {
  let end = row.length;
  while (end >= 4 && row.startsWith(' | |', end - 4)) end -= 2;
  return row.slice(0, end);
}

/**
 * "Introductions |" and "|" alone: an HTML table flattened one cell to a line, each cell
 * closed by a pipe. The cell's text, or null when the line is not one (a pipe elsewhere).
 */
function flattenedCell(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '|') return '';
  const pipe = trimmed.indexOf('|');
  return pipe === trimmed.length - 1 && pipe > 0 && isSpaceCode(trimmed.charCodeAt(pipe - 1)) ? trimmed.slice(0, -1).trimEnd() : null;
}

/**
 * A markdown table's separator row ("| --- | :---: |"): cells of three or more dashes,
 * optionally with colons, between optional outer pipes. Read cell by cell: the single
 * regex for it backtracked on long runs of white space.
 */
export function isPipeSeparator(line: string): boolean {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

/** A cell's text, its opening bold run (an item's heading written before its record) a cell of its own. */
function cellWithHeading(cell: string): string {
  const headingEnd = cell.includes('<') ? cellHeadingEnd(cell) : -1;
  if (headingEnd === -1) return cellText(cell).trim();
  return `${cellText(cell.slice(0, headingEnd)).trim()}\t${cellText(cell.slice(headingEnd)).trim()}`;
}

/**
 * An HTML cell's text: "Absence:</b><div></div>Cllr Mick Hale,<div></div>&nbsp;" -> "Absence: Cllr Mick Hale,".
 * The breaks inside the cell part its words, and the entities a web export kept are read.
 */
function cellText(cell: string): string {
  const broken = cell.includes('<') ? withoutTags(cell.replace(CELL_BREAK, ' $&')) : cell;
  return broken.includes('&') ? decodeEntities(broken) : broken;
}

const CELL_BREAK = /<(?:div|br|p|li|h[1-6])\b/gi;

/** `s.replace(/<[^>]*>/g, '')`: each "<" up to the next ">" removed, in one pass. */
export function withoutTags(s: string): string {
  let out = '';
  let last = 0;
  for (let open = s.indexOf('<'); open !== -1; open = s.indexOf('<', last)) {
    const close = s.indexOf('>', open + 1);
    if (close === -1) break;
    out += s.slice(last, open);
    last = close + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Bulleted paragraphs make a page's every paragraph a bullet when at least this share of its lines opens with one.
const BULLETED_SHARE = 0.7;
const MIN_BULLETED_LINES = 8;

/**
 * "• 1. Apologies ...", "• 1a. Election ...": a page that put a bullet before every paragraph (a blog's list export)
 * hides its numbered items behind them. Where most lines open with "• ", a number's line loses its bullet.
 */
function unbulletNumberedParagraphs(lines: Line[]): void {
  let filled = 0;
  let bulleted = 0;
  for (const line of lines) {
    if (line.blank) continue;
    filled++;
    if (line.text.startsWith('• ')) bulleted++;
  }
  if (bulleted < MIN_BULLETED_LINES || bulleted < filled * BULLETED_SHARE) return;
  for (const line of lines) if (line.text.startsWith('• ') && opensWithListNumber(line.text, 2)) line.text = line.text.slice(2);
}

/** "1. ", "12. ", "1a. " at `at`: a list number of one or two figures, perhaps a letter, a full stop and a space. */
function opensWithListNumber(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 2 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === at) return false;
  const c = text.charCodeAt(k);
  if (c >= 97 && c <= 122) k++;
  return text.charCodeAt(k) === 46 && isSpaceCode(text.charCodeAt(k + 1));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

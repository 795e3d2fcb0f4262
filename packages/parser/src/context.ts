import type { Diagnostic, Position } from '@lsmp/model';
import type { DiagnosticCode } from './diagnostics/codes.js';
import { createDiagnostic, type DiagnosticDetails, type MessageOverrides } from './diagnostics/create-diagnostic.js';
import type { LineIndex } from './position/line-index.js';
import type { Line } from './scan/scan-lines.js';
import { isSpaceCode } from './text/clean.js';

const WORD = /^[\p{L}\p{N}]+$/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const isWordCharacter = (codePoint: number | undefined) => codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));

function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  // The second half of a surrogate pair: read the whole pair.
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(at - 2) : low;
}

/** Where a line's text ends: before its trailing white space. */
function contentEnd(line: Line): number {
  const { raw } = line;
  let trail = raw.length;
  while (trail > 0 && isSpaceCode(raw.charCodeAt(trail - 1))) trail--;
  return line.start + trail;
}

/** Where a line's text starts: after its leading white space (at its end when it is all white space). */
function contentStart(line: Line): number {
  const { raw } = line;
  let lead = 0;
  while (lead < raw.length && isSpaceCode(raw.charCodeAt(lead))) lead++;
  return Math.min(line.start + lead, contentEnd(line));
}

/** What every rule of one parse shares: the text, positions and the diagnostics sink. */
export class Context {
  readonly diagnostics: Diagnostic[] = [];
  // A line some rules read twice (a list tried as two kinds) is reported once.
  private readonly reported = new Set<string>();

  constructor(
    readonly text: string,
    readonly index: LineIndex,
    private readonly messages: MessageOverrides | undefined,
  ) {}

  /** Reports a diagnostic; one about the whole document points at its first line. */
  report(code: DiagnosticCode, position: Position | undefined, details: DiagnosticDetails = {}): void {
    const at = position ?? this.firstLineSpan();
    const diagnostic = createDiagnostic(code, at, details, this.messages);
    const key = `${code} ${at.start.offset} ${at.end.offset} ${diagnostic.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic);
  }

  private firstLineSpan(): Position {
    const start = this.text.search(/\S/);
    if (start === -1) return this.index.span(0, this.text.length);
    const end = this.text.slice(start).search(/[\r\n]/);
    return this.index.span(start, end === -1 ? this.text.length : start + end);
  }

  lineSpan(line: Line): Position {
    return this.index.span(contentStart(line), contentEnd(line));
  }

  /** From the first line's text to the last line's: the same as the two line spans joined, with half the work. */
  linesSpan(first: Line, last: Line): Position {
    return { start: this.index.point(contentStart(first)), end: this.index.point(contentEnd(last)) };
  }

  /** Whether `word` stands as a whole word anywhere in the text (case-sensitive). */
  usesWord(word: string): boolean {
    if (!WORD.test(word)) return false;
    const { text } = this;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (!isWordCharacter(codePointBefore(text, at)) && !isWordCharacter(text.codePointAt(at + word.length))) return true;
    }
    return false;
  }
}

import type { Diagnostic, Position } from '@lsmp/model';
import type { DiagnosticCode } from './diagnostics/codes.js';
import { createDiagnostic, type DiagnosticDetails, type MessageOverrides } from './diagnostics/create-diagnostic.js';
import type { LineIndex } from './position/line-index.js';
import type { Line } from './scan/scan-lines.js';

/** What every rule of one parse shares: the text, positions and the diagnostics sink. */
export class Context {
  readonly diagnostics: Diagnostic[] = [];
  private wordCache: Set<string> | null = null;

  constructor(
    readonly text: string,
    readonly index: LineIndex,
    private readonly messages: MessageOverrides | undefined,
  ) {}

  /** Reports a diagnostic; one about the whole document points at its first line. */
  report(code: DiagnosticCode, position: Position | undefined, details: DiagnosticDetails = {}): void {
    this.diagnostics.push(createDiagnostic(code, position ?? this.firstLineSpan(), details, this.messages));
  }

  private firstLineSpan(): Position {
    const start = this.text.search(/\S/);
    if (start === -1) return this.index.span(0, this.text.length);
    const end = this.text.slice(start).search(/[\r\n]/);
    return this.index.span(start, end === -1 ? this.text.length : start + end);
  }

  lineSpan(line: Line): Position {
    const lead = line.raw.length - line.raw.trimStart().length;
    const trail = line.raw.trimEnd().length;
    return this.index.span(line.start + Math.min(lead, trail), line.start + trail);
  }

  linesSpan(first: Line, last: Line): Position {
    return { start: this.lineSpan(first).start, end: this.lineSpan(last).end };
  }

  /** Whether `word` stands as a whole word anywhere in the text (case-sensitive). */
  usesWord(word: string): boolean {
    if (!this.wordCache) this.wordCache = new Set(this.text.match(/[\p{L}\p{N}]+/gu) ?? []);
    return this.wordCache.has(word);
  }
}

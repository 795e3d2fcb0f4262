import { isSpaceCode } from './clean.js';

// Patterns such as /^(.+?)\s+and\s+(.+)$/ retry their white space from every start
// inside a long run of it (quadratic on one long line). These read the same match
// run by run: every start inside one run of white space reaches the same end.

/** Whether a UTF-16 code unit ends a line for `.` (which matches anything else). */
export const isLineBreakCode = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function lastLineBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isLineBreakCode(s.charCodeAt(i))) return i;
  return -1;
}

/** Whether a line break stands at or after `at` (`(.*)$` from there fails). */
export const hasLineBreakFrom = (s: string, at: number) => lastLineBreak(s) >= at;

function firstLineBreak(s: string): number {
  for (let i = 0; i < s.length; i++) if (isLineBreakCode(s.charCodeAt(i))) return i;
  return s.length;
}

export function skipSpaces(s: string, at: number): number {
  let end = at;
  while (end < s.length && isSpaceCode(s.charCodeAt(end))) end++;
  return end;
}

/**
 * `(.+)$` after white space that starts at `spaceStart` (`\s+` when `minSpace` is 1,
 * `\s*` when 0): the rest of the line after the white space, or its last character
 * when the text ends in white space, or null when a line break follows.
 */
export function restOfLine(s: string, spaceStart: number, minSpace: 0 | 1): string | null {
  const end = skipSpaces(s, spaceStart);
  if (end < s.length) return lastLineBreak(s) < end ? s.slice(end) : null;
  return end - spaceStart > minSpace && !isLineBreakCode(s.charCodeAt(end - 1)) ? s.slice(end - 1) : null;
}

export interface LazyHead {
  /** The head: `(.+?)` before the white space. */
  head: string;
  /** The tail's match, read where the white space ends. */
  tail: RegExpExecArray;
}

/**
 * `^(.{min,max}?)\s+<tail>`: the shortest head whose white space is followed by
 * `tail`, a sticky regex that starts with a character other than white space.
 * `accept` may turn a tail down (for what follows it), as a regex would backtrack.
 * The head holds no line break unless `dotAll`. `starts`, when given, holds every
 * character the tail can start with: other runs of white space are passed by.
 */
export function lazyHead(
  s: string,
  tail: RegExp,
  {
    min = 1,
    max = Number.POSITIVE_INFINITY,
    dotAll = false,
    accept,
    starts,
  }: { min?: number; max?: number; dotAll?: boolean; accept?: (m: RegExpExecArray) => boolean; starts?: string } = {},
): LazyHead | null {
  const last = dotAll ? max : Math.min(max, firstLineBreak(s));
  for (let at = min; at <= last && at < s.length; at++) {
    if (!isSpaceCode(s.charCodeAt(at))) continue;
    const end = skipSpaces(s, at);
    if (starts !== undefined && (end === s.length || !starts.includes(s[end]!))) {
      at = end - 1;
      continue;
    }
    tail.lastIndex = end;
    const m = tail.exec(s);
    if (m && (!accept || accept(m))) return { head: s.slice(0, at), tail: m };
    at = end - 1;
  }
  return null;
}

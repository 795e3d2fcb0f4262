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
  /** The finder's match: the white space and the tail. */
  tail: RegExpExecArray;
}

/**
 * `^(.{min,max}?)\s+<tail>`: the shortest head whose white space is followed by the
 * tail. `finder` is a global regex for `\s+<tail>` (a tail that starts with a
 * character other than white space) that starts only where a run of white space
 * does, by a lookbehind (after a character other than white space, or at `min`):
 * every start inside one run reaches the same end, so each run is read once.
 * `accept` may turn a match down (for what follows it), as a regex would backtrack.
 * The head holds no line break unless `dotAll`. `atMin`, the finder as a sticky regex
 * without its lookbehind, reads a run of white space that `min` falls inside.
 */
export function lazyHead(
  s: string,
  finder: RegExp,
  {
    min = 1,
    max = Number.POSITIVE_INFINITY,
    dotAll = false,
    accept,
    atMin,
  }: { min?: number; max?: number; dotAll?: boolean; accept?: (m: RegExpExecArray) => boolean; atMin?: RegExp } = {},
): LazyHead | null {
  let clean = 0; // s[0..clean) holds no line break
  if (atMin && min <= max && isSpaceCode(s.charCodeAt(min - 1)) && isSpaceCode(s.charCodeAt(min))) {
    for (; !dotAll && clean < min; clean++) if (isLineBreakCode(s.charCodeAt(clean))) return null;
    atMin.lastIndex = min;
    const m = atMin.exec(s);
    if (m && (!accept || accept(m))) return { head: s.slice(0, min), tail: m };
  }
  finder.lastIndex = min;
  for (let m = finder.exec(s); m; m = finder.exec(s)) {
    const at = m.index;
    if (at > max) return null;
    for (; !dotAll && clean < at; clean++) if (isLineBreakCode(s.charCodeAt(clean))) return null;
    if (!accept || accept(m)) return { head: s.slice(0, at), tail: m };
    finder.lastIndex = at + 1;
  }
  return null;
}

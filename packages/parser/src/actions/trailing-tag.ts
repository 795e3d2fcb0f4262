import { isSpaceCode } from '../text/clean.js';

/** A bracket at the end of a text ("... (GLA)."), and where its white space starts. */
export interface TrailingTag {
  index: number;
  inner: string;
}

function skipSpaceBack(s: string, end: number): number {
  let at = end;
  while (at > 0 && isSpaceCode(s.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * `/\s*\(([^()]{1,80})\)\s*[.]?\s*$/.exec(s)` read backwards from the end: the regex
 * tried every start, quadratic on a long run of white space.
 */
export function trailingTag(s: string): TrailingTag | null {
  let end = skipSpaceBack(s, s.length);
  if (s[end - 1] === '.') end = skipSpaceBack(s, end - 1);
  const close = end - 1;
  if (s[close] !== ')') return null;
  const open = s.lastIndexOf('(', close - 1);
  if (open === -1 || close - open - 1 < 1 || close - open - 1 > 80) return null;
  const inner = s.slice(open + 1, close);
  if (inner.includes(')')) return null;
  return { index: skipSpaceBack(s, open), inner };
}

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

/** "Do X (GLA) - The report was not posted": the text, the bracket and the progress after a dash. */
export interface TagThenStatus {
  text: string;
  inner: string;
  status: string;
}

const isDash = (c: string | undefined) => c === '-' || c === '–' || c === '—';

/**
 * `/^(.*?)\s*\(([^()]{1,80})\)\s*[-–—]\s+(.+)$/s.exec(s)` bracket by bracket from the
 * left: the regex retried every prefix, quadratic on a long run of white space.
 */
export function tagThenStatus(s: string): TagThenStatus | null {
  let close = -1;
  for (let open = s.indexOf('('); open !== -1; ) {
    const next = s.indexOf('(', open + 1);
    if (close <= open) close = s.indexOf(')', open + 1);
    if (close === -1) return null;
    const length = close - open - 1;
    // A "(" before the ")" makes the inner one the candidate.
    if ((next !== -1 && next < close) || length < 1 || length > 80) {
      open = next;
      continue;
    }
    const bracket = open;
    open = next;
    let dash = close + 1;
    while (dash < s.length && isSpaceCode(s.charCodeAt(dash))) dash++;
    if (!isDash(s[dash])) continue;
    let rest = dash + 1;
    while (rest < s.length && isSpaceCode(s.charCodeAt(rest))) rest++;
    const spaces = rest - dash - 1;
    // The status takes at least one character: the last space when nothing else is left.
    if (rest === s.length) rest--;
    if (spaces < 1 || rest <= dash + 1) continue;
    return { text: s.slice(0, skipSpaceBack(s, bracket)), inner: s.slice(bracket + 1, close), status: s.slice(rest) };
  }
  return null;
}

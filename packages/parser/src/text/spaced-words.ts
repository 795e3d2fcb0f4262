import { asciiWordAt, isWordCode } from './char-codes.js';
import { isSpaceCode } from './clean.js';

// Loops for patterns such as /\s+and\s+/ and /\s*@[\w-]+/: as regexes they rescan a long
// run of white space from every position in it (quadratic on one long line).

/**
 * The first match of `/\s+(?:word1|word2|...)\s+/` in `s` from `from`: where its white
 * space starts and where the white space after the word ends. `words` are lower case
 * when `ignoreCase`.
 */
export function findSpacedWord(s: string, words: readonly string[], ignoreCase: boolean, from = 0): { start: number; end: number } | null {
  let i = from;
  while (i < s.length) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    for (const word of words) {
      let end = i + word.length;
      if (!asciiWordAt(s, i, word, ignoreCase) || end >= s.length || !isSpaceCode(s.charCodeAt(end))) continue;
      while (end < s.length && isSpaceCode(s.charCodeAt(end))) end++;
      return { start, end };
    }
  }
  return null;
}

/** `s.replace(/\s+<word>\s+/g, replacement)` for one case-sensitive word. */
export function replaceSpacedWord(s: string, word: string, replacement: string): string {
  let out = '';
  let last = 0;
  for (let found = findSpacedWord(s, [word], false); found; found = findSpacedWord(s, [word], false, found.end)) {
    out += s.slice(last, found.start) + replacement;
    last = found.end;
  }
  return last === 0 ? s : out + s.slice(last);
}

const isHandleCode = (c: number) => isWordCode(c) || c === 45;

/** `s.replace(/\s*@[\w-]+/g, '')`: "@handles" and the white space before them. */
export function removeHandles(s: string): string {
  if (!s.includes('@')) return s;
  let out = '';
  let last = 0;
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < s.length && isHandleCode(s.charCodeAt(end))) end++;
    if (end === at + 1) continue;
    let start = at;
    while (start > last && isSpaceCode(s.charCodeAt(start - 1))) start--;
    out += s.slice(last, start);
    last = end;
    at = end - 1;
  }
  return out + s.slice(last);
}


/** Length of an owner separator at `at` (",", "/", "&", ";" or the word "and"), or 0. */
function ownerSeparatorAt(s: string, at: number): number {
  const c = s[at];
  if (c === ',' || c === '/' || c === '&' || c === ';') return 1;
  const wordStart = at === 0 || !isWordCode(s.charCodeAt(at - 1));
  return wordStart && s.startsWith('and', at) && !isWordCode(s.charCodeAt(at + 3)) ? 3 : 0;
}

/** Length of a list separator at `at` ("," or ";"), or 0. */
const listSeparatorAt = (s: string, at: number) => (s[at] === ',' || s[at] === ';' ? 1 : 0);

/**
 * Spans of `/\s*<separator>\s*` (or `\s+` after it when `spaceAfter`) in `s`, left to
 * right, as `split` and a global `exec` find them: each starts at the white space
 * before its separator.
 */
function separatorSpans(s: string, separatorAt: (s: string, at: number) => number, spaceAfter: boolean): [number, number][] {
  const spans: [number, number][] = [];
  let last = 0;
  let spaceStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) continue;
    const length = separatorAt(s, i);
    let end = i + length;
    while (end < s.length && isSpaceCode(s.charCodeAt(end))) end++;
    if (length > 0 && (!spaceAfter || end > i + length)) {
      spans.push([Math.max(last, spaceStart), end]);
      last = end;
      i = end - 1;
      spaceStart = end;
      continue;
    }
    spaceStart = i + 1;
  }
  return spans;
}

export function splitAt(s: string, spans: [number, number][]): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of spans) {
    parts.push(s.slice(last, start));
    last = end;
  }
  parts.push(s.slice(last));
  return parts;
}

/** `s.split(/\s*(?:,|\/|&|;|\band\b)\s*\/)`: owners at commas, slashes, ampersands, semicolons and "and". */
export function splitAtOwnerSeparators(s: string): string[] {
  return splitAt(s, separatorSpans(s, ownerSeparatorAt, false));
}

/** Spans of `/\s*[,;]\s+/g`: a comma or semicolon with white space after it. */
export function listSeparatorSpans(s: string): [number, number][] {
  return separatorSpans(s, listSeparatorAt, true);
}

/** Length of a dash with white space on both sides at `at` (" - ", " – ", " — "), or 0: the white space after is checked by the caller. */
const spacedDashAt = (s: string, at: number) => ((s[at] === '-' || s[at] === '–' || s[at] === '—') && at > 0 && isSpaceCode(s.charCodeAt(at - 1)) ? 1 : 0);

/** Spans of `/\s*[,;]\s+|\s+[-–—]\s+/g`: the separators of a roster description ("Co-Chair – Acme Trust"). */
export function descriptionSeparatorSpans(s: string): [number, number][] {
  return separatorSpans(s, (text, at) => listSeparatorAt(text, at) || spacedDashAt(text, at), true);
}

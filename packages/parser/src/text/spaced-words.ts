import { isSpaceCode } from './clean.js';

// Loops for patterns such as /\s+and\s+/ and /\s*@[\w-]+/: as regexes they rescan a long
// run of white space from every position in it (quadratic on one long line).

function sameWord(s: string, at: number, word: string, ignoreCase: boolean): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(at + k);
    // ASCII only, as a case-insensitive regex without the u flag.
    if (ignoreCase && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

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
      if (!sameWord(s, i, word, ignoreCase) || end >= s.length || !isSpaceCode(s.charCodeAt(end))) continue;
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

const isHandleCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

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

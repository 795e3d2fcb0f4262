// Character tests by code, for scanners that walk a line without a regex per character.

/** A letter, figure or underscore (ASCII): what `\w` matches. */
export const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether `word` is written at `at`; with `ignoreCase`, `word` is lower case and ASCII capitals match it, as a regex's i flag without u. */
export function asciiWordAt(s: string, at: number, word: string, ignoreCase: boolean): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(at + k);
    if (ignoreCase && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

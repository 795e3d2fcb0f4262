/**
 * Calls `each` with every match of a global pattern in the text from `start` on, as
 * `text.matchAll(pattern)` finds them, until it returns false. It runs the pattern itself
 * (matchAll copies it on every call), so it sets the pattern's `lastIndex`.
 */
export function eachMatch(text: string, pattern: RegExp, start: number, each: (match: RegExpExecArray) => boolean | undefined): void {
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (each(match) === false) return;
    // An empty match moves on by one character (one code point with the u flag), as matchAll does.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
}

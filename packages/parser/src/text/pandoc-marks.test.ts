import { describe, expect, it } from 'vitest';
import { unwrapSpans, withoutPandocMarks } from './pandoc-marks.js';

/** Random strings over the spans' characters, so that every nesting and unclosed edge turns up. */
function randomStrings(alphabet: string[], count: number): string[] {
  let seed = 7;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join(''));
}

const SPAN = /\[([^[\]]*)\]\{[.#][^{}]*\}/g;
/** The regex unwrapSpans stands for, applied as often as it is (three times at most). */
function byRegex(s: string): string {
  let out = s;
  for (let k = 0; k < 3; k++) out = out.replace(SPAN, '$1');
  return out;
}

describe('unwrapSpans', () => {
  it('equals the regex it replaces on every mix of brackets, braces and marks', () => {
    for (const s of randomStrings(['[', ']', '{', '}', '.', '#', 'a'], 50000)) expect(unwrapSpans(s)).toBe(byRegex(s));
  });

  it('keeps the words of underlined, highlighted and bookmarked spans', () => {
    expect(unwrapSpans('[Apologies]{.underline} and [urgent]{.mark}[]{#_Toc512 .anchor}')).toBe('Apologies and urgent');
  });

  it('leaves brackets and braces that make no span', () => {
    expect(unwrapSpans('[see annex] {draft} [a]{b} [c]{.{d}')).toBe('[see annex] {draft} [a]{b} [c]{.{d}');
  });
});

describe('withoutPandocMarks', () => {
  it('drops the carets around a superscript, not an escaped caret', () => {
    expect(withoutPandocMarks('11^th^ April, 40m^2^, A\\^ and B\\^')).toBe('11th April, 40m2, A\\^ and B\\^');
  });

  it("drops a footnote's mark, not the note's own label", () => {
    expect(withoutPandocMarks('The report was noted.[^3]')).toBe('The report was noted.');
    expect(withoutPandocMarks('[^3]: Published in May.')).toBe('[^3]: Published in May.');
  });

  it("drops the backslash of a line break, not an escaped backslash's", () => {
    expect(withoutPandocMarks('Hal Hart, Chamber of Commerce\\')).toBe('Hal Hart, Chamber of Commerce');
    expect(withoutPandocMarks('C:\\\\')).toBe('C:\\\\');
    expect(withoutPandocMarks('C:\\\\\\')).toBe('C:\\\\');
  });
});

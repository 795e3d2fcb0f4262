// Pandoc writes Word's underlining, highlighting and bookmarks as bracketed spans with attributes
// ("[Apologies]{.underline}", "[urgent]{.mark}", "[]{#_Toc5123 .anchor}"), Word's superscripts
// between carets ("11^th^ April", "m^2^"), a line break inside a paragraph as a backslash that ends
// the line, and a footnote's mark as "[^1]". The words stay; the marks go.

const SUPERSCRIPT = /(?<!\\)\^([^\s^\\]{1,20})\^/g;
const NOTE_MARK = /\[\^[^\]\s]{1,12}\](?!:)/g;

/** A line without pandoc's marks: spans, superscripts, footnote marks and the backslash of a line break. */
export function withoutPandocMarks(s: string): string {
  let out = withoutSuperscripts(unwrapSpans(s));
  if (out.includes('[^')) out = out.replace(NOTE_MARK, '');
  return endsWithLineBreak(out) ? out.slice(0, -1) : out;
}

/** The line ends with an odd run of backslashes: the last is a line break's mark, not an escaped backslash. */
function endsWithLineBreak(s: string): boolean {
  let run = 0;
  while (run < s.length && s.charCodeAt(s.length - 1 - run) === 92) run++;
  return run % 2 === 1;
}

/** "11^th^" -> "11th": pandoc's superscripts without their carets. */
function withoutSuperscripts(s: string): string {
  return s.includes('^') ? s.replace(SUPERSCRIPT, '$1') : s;
}

/**
 * `s.replace(/\[([^[\]]*)\]\{[.#][^{}]*\}/g, '$1')` in one left-to-right pass (the "}" looked for once
 * per stretch, so a line of unclosed spans stays linear), repeated for a span inside a span.
 */
export function unwrapSpans(s: string): string {
  let out = s;
  for (let depth = 0; depth < 3 && out.includes(']{'); depth++) {
    const next = unwrapInnermostSpans(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function unwrapInnermostSpans(s: string): string {
  let out = '';
  let last = 0;
  let open = -1; // the last "[" since the last "]"
  let closeBrace = -2; // the first "}" at or after the last attributes looked at (-1: none)
  for (let at = 0; at < s.length; at++) {
    const c = s.charCodeAt(at);
    if (c === 91) open = at;
    else if (c === 93) {
      const attributesAt = at + 2;
      const spanned = open !== -1 && s.charCodeAt(at + 1) === 123 && (s.charCodeAt(attributesAt) === 46 || s.charCodeAt(attributesAt) === 35);
      if (spanned && closeBrace !== -1 && closeBrace < attributesAt) closeBrace = s.indexOf('}', attributesAt);
      const braceOpen = spanned && closeBrace !== -1 ? s.indexOf('{', attributesAt) : -1;
      if (spanned && closeBrace !== -1 && (braceOpen === -1 || braceOpen > closeBrace)) {
        out += s.slice(last, open) + s.slice(open + 1, at);
        last = closeBrace + 1;
        at = closeBrace;
      }
      open = -1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

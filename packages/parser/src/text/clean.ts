import { withoutPandocMarks } from './pandoc-marks.js';

// Each pattern runs only when the character it needs is in the text: most lines have none of them.
// A match starts where its "[" or white space does, never inside the white space (linear time).
const PDF_ICON = /(?:\[|(?<![[\s]))\s*pdf icon\s*(?:\]\s*)?PDF\s+[\d.]+\s*[KM]B\b\]?/gi;
/** "pdf" in any case: a PDF icon's residue can be in the text. */
export const PDF_WORD = /pdf/i;
const STRONG = /\*\*|__/g;
const EMPHASIS = /(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,:;])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>"'^$@])/g;

/**
 * Removes the marks Word-to-markdown converters leave (bold, italics, escapes,
 * link syntax, pandoc's spans, superscripts, footnote marks and line breaks) and keeps the words. Tabs and runs of spaces are kept: roster
 * columns depend on them. `mayHavePdf` false says the text has no "pdf" icon to look for.
 */
export function stripMarks(s: string, mayHavePdf = true): string {
  let out = withoutPandocMarks(s);
  // Links first: "[pdf icon PDF 212 KB](url)" is a link whose words are residue.
  if (out.includes('](') || out.includes('] (http')) out = unwrapLinks(out);
  if (mayHavePdf && PDF_WORD.test(out)) out = out.replace(PDF_ICON, '');
  if (out.includes('<')) out = unwrapAutolinks(out);
  if (out.includes('**') || out.includes('__')) out = out.replace(STRONG, '');
  if (out.includes('*')) out = out.replace(EMPHASIS, '$1$2');
  if (out.includes('\\')) out = out.replace(ESCAPE, '$1');
  return out.trim();
}

/** After a link's "](": its target (white space may lead) up to the closing ")", one level of brackets allowed; the index after it or -1. */
function linkTargetEnd(s: string, open: number): number {
  let at = open + 1;
  // "[#31]( https://...)": white space before the target.
  while (at < s.length && isSpaceCode(s.charCodeAt(at))) at++;
  while (at < s.length) {
    const c = s[at]!;
    if (c === ')') return at + 1;
    if (isSpaceCode(s.charCodeAt(at))) return -1;
    if (c === '(') {
      at++;
      while (at < s.length && s[at] !== '(' && s[at] !== ')' && !isSpaceCode(s.charCodeAt(at))) at++;
      if (s[at] !== ')') return -1;
    }
    at++;
  }
  return -1;
}

/**
 * `s.replace(/\[([^\]]*)\]\(\s*(?:[^()\s]|\([^()\s]*\))*\)/g, '$1')` in one pass: every "["
 * before the same "]" ends the same way, so a failed "]" is never read again. A web target
 * after one space ("[#12] (https://...)") is read as the link's too.
 */
export function unwrapLinks(s: string): string {
  let out = '';
  let last = 0;
  for (let open = s.indexOf('['); open !== -1; ) {
    const close = s.indexOf(']', open + 1);
    if (close === -1) break;
    // "[#16170] (https://...)": a space typed between the words and the target.
    const spaced = s[close + 1] === ' ' && s.startsWith('(http', close + 2);
    const end = s[close + 1] === '(' ? linkTargetEnd(s, close + 1) : spaced ? linkTargetEnd(s, close + 2) : -1;
    if (end === -1) {
      open = s.indexOf('[', close + 1);
      continue;
    }
    out += s.slice(last, open) + s.slice(open + 1, close);
    // "[Ana Ruiz](mailto:..) [Ben Ode](mailto:..)": people named by their addresses stay separate entries.
    if (s.startsWith('mailto:', close + 2) && startsAnotherName(s, end)) out += ',';
    last = end;
    open = s.indexOf('[', end);
  }
  return last === 0 ? s : out + s.slice(last);
}

/** After white space, a capital or another link: the next name in a list. */
function startsAnotherName(s: string, at: number): boolean {
  let k = at;
  while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  return k > at && ((c >= 65 && c <= 90) || c === 91);
}

/**
 * `s.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')` in one pass: the regex let
 * `[^>\s]+` run from every "<" to the same stop, quadratic on a line of unclosed links.
 */
export function unwrapAutolinks(s: string): string {
  let out = '';
  let last = 0;
  let stop = -1; // the first ">" or white space at or after the address last looked at
  for (let open = s.indexOf('<'); open !== -1; open = s.indexOf('<', open + 1)) {
    let at = open + 1;
    if (s.startsWith('https:', at)) at += 6;
    else if (s.startsWith('http:', at)) at += 5;
    else if (s.startsWith('mailto:', at)) at += 7;
    else continue;
    if (stop < at) {
      stop = at;
      while (stop < s.length && s[stop] !== '>' && !isSpaceCode(s.charCodeAt(stop))) stop++;
    }
    if (stop === at || s[stop] !== '>') continue;
    out += s.slice(last, open) + s.slice(open + 1, stop);
    last = stop + 1;
    open = stop;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Collapses all whitespace to single spaces. */
export function collapse(s: string): string {
  return collapseSpaces(s).trim();
}

// "Ecma Int.", "Acme Ltd.": abbreviations whose full stop is part of the name.
const ABBREVIATION_END = /(?:^|[\s(])(?:Inc|Ltd|Int|Intl|Corp|Co|Dept|Univ|Assoc|Bros|Jr|Sr)\.$/;

/** Drops list punctuation a cell ends with (trailing commas and full stops), but not an abbreviation's full stop. */
export function trimListPunctuation(s: string): string {
  const trimmed = trimEndOf(s, ',;.');
  return (s.charCodeAt(trimmed.length) === 46 && ABBREVIATION_END.test(`${trimmed}.`) ? `${trimmed}.` : trimmed).trim();
}

/** `s.replace(/\s*:\s*$/, '')`: a final colon and the white space around it. */
export function trimEndColon(s: string): string {
  const trimmed = trimEndOf(s, '');
  return trimmed.endsWith(':') ? trimEndOf(trimmed.slice(0, -1), '') : s;
}

/**
 * `s` without the characters of `chars` (and white space, unless `spaces` is false)
 * it ends with: `s.replace(/[\s<chars>]+$/, '')` in one backward pass, where the regex
 * would rescan a long run from every start.
 */
export function trimEndOf(s: string, chars: string, spaces = true): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (!(spaces && isSpaceCode(c)) && !chars.includes(s[end - 1]!)) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Splits at top-level separators (any character of `separators`), ignoring those inside brackets. */
export function splitTopLevel(s: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && separators.includes(c)) {
      parts.push(s.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(s.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Whether a UTF-16 code unit is JavaScript whitespace (`\s`). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ')`, without the regex when every space is already a single " ". */
export function collapseSpaces(s: string): string {
  return NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

// Two white-space characters in a row, or one that is not " ".
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Whether the character at `at` is an ASCII capital (A-Z). */
export const isUpperAt = (text: string, at: number) => text.charCodeAt(at) >= 65 && text.charCodeAt(at) <= 90;
/** Whether the character at `at` is an ASCII digit. */
export const isDigitAt = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/** The index of the last occurrence of `word` (two characters or more) in `text` as a whole word, or -1. */
export function lastWordAt(text: string, word: string): number {
  if (word.length < 2) return -1;
  for (let at = text.lastIndexOf(word); at !== -1; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    const after = text.charAt(at + word.length) || ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** More "(" than ")": the text stops inside a bracket (a bracket that goes on on the next line). */
export function opensBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The parts of `text` between the `separator`s that stand outside brackets. */
export function splitOutsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, k)) {
      parts.push(text.slice(from, k));
      from = k + separator.length;
      k = from - 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

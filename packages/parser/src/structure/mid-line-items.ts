import type { Line } from '../scan/scan-lines.js';
import { isSpaceCode } from '../text/clean.js';

// " 4. MEMBERS’ DECLARATION OF INTERESTS ...", " 8. Transport": a number and a capitalised title, inside a line.
const INNER_NUMBER = /\s(\d{1,2})\.\s(?=\p{Lu})/gu;
const LINE_NUMBER = /^(\d{1,2})[.)]\s/;
const MIN_RUN_AFTER_WORD = 3;

const TITLE_WINDOW = 200;

/** The last character other than white space in text[from, to), or '' when there is none. */
function lastCharBefore(text: string, from: number, to: number): string {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= from ? text.charAt(k) : '';
}

/** The number of words in capitals (two letters or more) at the start of `text`. */
function capitalsRun(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) {
    const word = w.replace(/:$/, '');
    if (!/^\p{Lu}[\p{Lu}'’&-]+$/u.test(word) && !/^(?:OF|TO|&)$/.test(word)) break;
    n++;
    if (w.endsWith(':')) break;
  }
  return n;
}

/**
 * Minutes typed as one paragraph per item sometimes run the next item on in the same
 * paragraph ("... accepted by all. 4. MEMBERS’ DECLARATION OF INTERESTS There were none."):
 * the line is cut before such a number when a sentence or a bracket ends before it and the
 * title is in capitals or the number is the next after the last line's (a word may end before
 * a title of three capitalised words or more), so that the heading starts a line of its own.
 */
export function splitMidLineItems(content: Line[]): Line[] {
  // `search` starts at 0 and leaves the global pattern's lastIndex alone, as `test` would not.
  if (!content.some((l) => !l.blank && !l.code && l.text.search(INNER_NUMBER) !== -1)) return content;
  const out: Line[] = [];
  // The number the last line that starts with one gave: the next number may run on inside a line in any case.
  let lastNumber = 0;
  for (const line of content) {
    if (line.blank || line.code) {
      out.push(line);
      continue;
    }
    const opening = LINE_NUMBER.exec(line.text);
    if (opening) lastNumber = Number(opening[1]);
    let from = 0;
    INNER_NUMBER.lastIndex = 0;
    for (let m = INNER_NUMBER.exec(line.text); m; m = INNER_NUMBER.exec(line.text)) {
      // Only the character before the number and the words just after it are read: a long line costs one pass.
      const last = lastCharBefore(line.text, from, m.index);
      const run = capitalsRun(line.text.slice(m.index + m[0].length, m.index + m[0].length + TITLE_WINDOW));
      const endsSentence = /[.!?)]/.test(last);
      const next = Number(m[1]) === lastNumber + 1;
      if (!last || !(endsSentence ? run >= 2 || next : run >= MIN_RUN_AFTER_WORD && /\p{Ll}/u.test(last))) continue;
      out.push(partOf(line, from, m.index));
      from = m.index + 1;
      lastNumber = Number(m[1]);
    }
    out.push(from === 0 ? line : partOf(line, from, line.text.length));
  }
  return out;
}

/** A line holding part of another line's text, placed where that text stands in the raw line when it can be found. */
function partOf(line: Line, from: number, to: number): Line {
  const text = line.text.slice(from, to).trim();
  const at = line.raw.indexOf(text.slice(0, 20));
  const start = at === -1 ? line.start : line.start + at;
  return { ...line, text, start, end: at === -1 ? line.end : Math.min(line.end, start + text.length), raw: text };
}

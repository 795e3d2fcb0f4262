// HTML table tags read in one pass. The regexes they stand for (in the comments) let
// `[^>]*` run from every "<" to the next ">", quadratic on a line of unclosed tags.

import { asciiWordAt, isWordCode } from '../text/char-codes.js';

/** Finds `/<\/?(?:name1|name2)\b[^>]*>/gi` matches, left to right, each as [start, end). */
function findTags(s: string, names: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  let nextClose = -2; // index of the first ">" at or after the last position asked about (-1: none)
  const closeFrom = (at: number) => {
    if (nextClose === -1 || (nextClose >= at && nextClose !== -2)) return nextClose;
    nextClose = s.indexOf('>', at);
    return nextClose;
  };
  for (let open = s.indexOf('<'); open !== -1; ) {
    let at = open + 1;
    if (s.charCodeAt(at) === 47) at++;
    const name = names.find((n) => asciiWordAt(s, at, n, true) && !isWordCode(s.charCodeAt(at + n.length)));
    const close = name === undefined ? -1 : closeFrom(at + name.length);
    if (name !== undefined && close === -1) break;
    if (close !== -1) found.push([open, close + 1]);
    open = s.indexOf('<', close !== -1 ? close + 1 : open + 1);
  }
  return found;
}

const CELL_TAGS = ['td', 'th'];
const TABLE_TAGS = ['table', 'tbody', 'thead', 'tr'];

/** `line.split(/<\/?t[dh]\b[^>]*>/gi)`. */
export function splitAtCellTags(line: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of findTags(line, CELL_TAGS)) {
    parts.push(line.slice(last, start));
    last = end;
  }
  parts.push(line.slice(last));
  return parts;
}

/** Whether the line holds a table, row or section tag: `/<\/?(?:table|tbody|thead|tr)\b[^>]*>/i`. */
export function hasTableTag(line: string): boolean {
  return findTags(line, TABLE_TAGS).length > 0;
}

/** `line.replace(/<\/?(?:table|tbody|thead|tr)\b[^>]*>/gi, '')`. */
export function withoutTableTags(line: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of findTags(line, TABLE_TAGS)) {
    out += line.slice(last, start);
    last = end;
  }
  return out + line.slice(last);
}

/** Where each `<tr ...>` opens: a table written on one line holds several rows. */
export function rowStarts(line: string): number[] {
  return findTags(line, ['tr'])
    .filter(([start]) => line.charCodeAt(start + 1) !== 47)
    .map(([start]) => start);
}

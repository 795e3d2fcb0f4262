// A document site's text of a PDF can keep its paragraphs as "<p>...</p>" tags and write them all on one physical
// line ("<p>PRESENT: ...</p><p>1. APOLOGIES</p><p>..."), and a converter of Word to HTML writes the whole page so,
// headings, lists and tables too ("<h2>Present</h2><table><tr><td>..."). Such a line, opening with a block tag, is
// read as the blocks it joins, each keeping its tags: a paragraph, a heading, a list entry, a table row (the cells of
// a row, and the paragraphs inside a cell, stay together).

import { isWordCode } from '../text/char-codes.js';

// Tags of the blocks a line is cut between: one closes where the next opens. Each name is followed by ">" or a space.
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'ul', 'ol', 'div']);
// One closed block is a line of its own already.
const MIN_PIECES = 2;
// Tag names are short: "table" is the longest read here.
const MAX_NAME = 5;

/** The lower-case name of the tag whose name starts at `at`, when ">" or a space ends it, else ''. */
function tagNameAt(raw: string, at: number): string {
  let end = at;
  while (end < raw.length && end - at <= MAX_NAME && isWordCode(raw.charCodeAt(end))) end++;
  const after = raw.charCodeAt(end);
  return end > at && (after === 62 || after === 32) ? raw.slice(at, end).toLowerCase() : '';
}

const opensBlock = (raw: string, at: number) => raw.charCodeAt(at) === 60 && BLOCK_TAGS.has(tagNameAt(raw, at + 1));

/** The [start, end) spans of the blocks a "<p>...</p><p>...</p>" line holds, or [] when it is no such line. */
export function paragraphPieces(raw: string): [number, number][] {
  let from = 0;
  while (raw.charCodeAt(from) === 32 || raw.charCodeAt(from) === 9) from++;
  if (!opensBlock(raw, from)) return [];
  const pieces: [number, number][] = [];
  let last = 0;
  for (let close = raw.indexOf('</'); close !== -1; close = raw.indexOf('</', close + 2)) {
    if (!BLOCK_TAGS.has(tagNameAt(raw, close + 2))) continue;
    const end = raw.indexOf('>', close + 2) + 1;
    let next = end;
    while (raw.charCodeAt(next) === 32) next++;
    // Only where the next block opens: "</p>" before words, or before the cell's end, is read as it was.
    if (next < raw.length && !opensBlock(raw, next)) continue;
    pieces.push([last, end]);
    last = next;
  }
  if (pieces.length < MIN_PIECES) return [];
  if (last < raw.length) pieces.push([last, raw.length]);
  return pieces;
}

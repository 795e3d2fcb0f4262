import type { Line } from './scan-lines.js';

/** A line holding part of another line's text, placed where that text stands in the raw line when it can be found. */
export function partOf(line: Line, from: number, to: number): Line {
  const text = line.text.slice(from, to).trim();
  const at = line.raw.indexOf(text.slice(0, 20));
  const start = at === -1 ? line.start : line.start + at;
  return { ...line, text, start, end: at === -1 ? line.end : Math.min(line.end, start + text.length), raw: text };
}

/** The line emptied where it stands: text a page put around the minutes, no part of them. */
export const blankedLine = (line: Line): Line => ({ ...line, text: '', raw: '', blank: true });

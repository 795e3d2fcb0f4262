import type { Line } from '../scan/scan-lines.js';
import type { RosterSection } from './read-roster.js';

// A star (or two, three) closing a word, before the line's end, a space, a comma or a bracket: a footnote mark.
const MARK_AFTER_WORD = /(?<=[\p{L}.)])\*{1,3}(?=$|[\s,;)])/gu;
// A star opening a word ("*Jo Finch*", "**Present**", "* Jo Finch"): emphasis or a bullet, which the entry readers know.
const OPENING_STAR = /(?:^|\s)\*/;

/**
 * "Jessie Fraser*", "Adrian Martin* (departed 7:23 p.m.)", "Gary Greidanus, Senior Landscape Architect*": a mark after a
 * word that a key under the list explains ("*Attended electronically"), taken off wherever it stands in the entry, so that
 * the entry reads as it would unmarked (a post with a star after it no longer reads as a name). Lines with emphasis are left.
 */
export function withoutFootnoteStars(section: RosterSection): RosterSection {
  const rest = unmarked(section.heading.rest);
  const lines = section.lines.map(unmarkedLine);
  const changed = lines.some((l, k) => l !== section.lines[k]);
  if (rest === section.heading.rest && !changed) return section;
  return { ...section, heading: { ...section.heading, rest }, lines: changed ? lines : section.lines };
}

function unmarked(text: string): string {
  return text.includes('*') && !OPENING_STAR.test(text) ? text.replace(MARK_AFTER_WORD, '') : text;
}

function unmarkedLine(line: Line): Line {
  const text = unmarked(line.text);
  return text === line.text ? line : { ...line, text };
}

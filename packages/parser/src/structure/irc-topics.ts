import type { Line } from '../scan/scan-lines.js';
import type { ItemSection } from './segment.js';

/**
 * A raw IRC log of a meeting ("[Tue 11:15:21] <manu>	Topic: Charter", "11:15 <ann> topic: Budget"): the chair or scribe
 * sets each topic with a "Topic:" line, which the bots that write minutes from the log make the headings. The topics are
 * the items, each over the log lines up to the next.
 */

// A log line: a time stamp (bracketed, or a clock time), then the speaker's nick in angle brackets or "*" for an action.
const LOG_LINE = /^(?:\[[^\]]{1,30}\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)(?:<[^>\s]{1,40}>|\*)\s/;
const TOPIC = /^(?:\[[^\]]{1,30}\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)<[^>\s]{1,40}>\s+topic\s*:\s*(\S.{0,150})$/i;

/** The topics of a time-stamped log (half its filled lines log lines, two topics at least), or null. */
export function readIrcTopics(lines: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  let filled = 0;
  let logged = 0;
  for (const line of lines) {
    if (line.blank) continue;
    filled++;
    if (LOG_LINE.test(line.text)) logged++;
  }
  if (logged < 4 || logged * 2 < filled) return null;
  const items: ItemSection[] = [];
  let first = -1;
  lines.forEach((line, k) => {
    const m = line.blank ? null : TOPIC.exec(line.text);
    if (m) {
      if (first < 0) first = k;
      items.push({ heading: { number: null, title: m[1]!.trim(), rest: '' }, line, lines: [] });
    } else if (items.length > 0) items[items.length - 1]!.lines.push(line);
  });
  return items.length >= 2 ? { before: lines.slice(0, first), items } : null;
}

import type { Line } from '../scan/scan-lines.js';
import type { ItemHeading } from './headings.js';
import { readsAsSentence } from './run-in-title.js';

export interface UnnumberedItem {
  heading: ItemHeading;
  line: Line;
  lines: Line[];
}

// Headings that organise the minutes rather than name a topic discussed.
const NOT_A_TOPIC =
  /^(?:links?|agenda|present|attendees|attendance|apologies|upcoming meetings?|next meetings?|future meetings?|q\s*&\s*a.*|questions.*|other|aob|any other business|resolutions?|conclusions?|outcomes?|summary|notes|action items|actions|decisions?|minutes|contents|announcements)$/i;
const BULLET = /^[-*•·]\s+/;

/**
 * Minutes with no numbered items (software committees' notes) name their topics in
 * markdown headings. A heading whose first content is a list groups topics: each
 * bullet followed by discussion is then a topic of its own. Headings such as
 * "Resolution" belong to the topic above them.
 */
export function readUnnumberedItems(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const marked = readMarkedHeadings(lines);
  if (marked.items.length > 0) return marked;
  const plain = readPlainHeadings(lines);
  return plain.items.length > 0 ? plain : readLabelledParagraphs(lines);
}

// "Matters Arising: The dustbin has now been ...": a short capitalised label, a colon, then the paragraph.
const PARAGRAPH_LABEL = /^(\p{Lu}[\p{L}'’&/-]*(?:\s+[\p{L}'’&/-]+){0,4}):\s+\S/u;

/**
 * Minutes written as labelled paragraphs ("Minutes: ...", "Planning: ...", "Correspondence: ..."):
 * each label that opens a paragraph of its own heads a topic. Three such paragraphs at least,
 * or the labels are read as part of the text.
 */
function readLabelledParagraphs(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const items: UnnumberedItem[] = [];
  const before: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    const label = !line.code && (previous === undefined || previous.blank || previous.index < line.index - 1) ? PARAGRAPH_LABEL.exec(line.text) : null;
    if (label && label[1]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w.length <= 3)) {
      items.push({ heading: { number: null, title: label[1]!, rest: line.text.slice(label[1]!.length + 1).trim() }, line, lines: [] });
      continue;
    }
    if (items.length > 0) items[items.length - 1]!.lines.push(line);
    else before.push(line);
  }
  return items.length >= 3 ? { items, before } : { items: [], before: lines };
}

function readMarkedHeadings(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const items: UnnumberedItem[] = [];
  const before: Line[] = [];
  let current: UnnumberedItem | null = null;
  let grouping = false;
  let skipping = false;
  const content = lines.filter((l) => !l.blank);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.code && line.heading >= 2 && line.heading <= 4) {
      const title = line.text.replace(/(?<!\s)\s*\((?:\p{Lu}{2,4}(?:\s*[,/&]\s*\p{Lu}{2,4})*)\)\s*$/u, '').trim();
      if (NOT_A_TOPIC.test(title)) {
        // An outcome heading stays in its topic; an organising heading ends it.
        skipping = !current || !/^(?:resolutions?|conclusions?|outcomes?|decisions?|summary|notes|action items|actions)$/i.test(title);
        if (skipping) current = null;
        else current?.lines.push(line);
        grouping = false;
        continue;
      }
      skipping = false;
      const firstContent = content.find((l) => l.index > line.index);
      // Bullets are topics only when one of them has discussion of its own; else the heading is the topic.
      grouping = Boolean(firstContent && BULLET.test(firstContent.text) && firstContent.heading === 0 && bulletWithDiscussion(lines, i));
      current = grouping ? null : { heading: { number: null, title, rest: '' }, line, lines: [] };
      if (current) items.push(current);
      continue;
    }
    if (grouping && BULLET.test(line.text) && line.indent < 2 && hasDiscussion(lines, i)) {
      current = { heading: { number: null, title: line.text.replace(BULLET, '').trim(), rest: '' }, line, lines: [] };
      items.push(current);
      continue;
    }
    if (current) current.lines.push(line);
    else if (!skipping && items.length === 0) before.push(line);
  }
  return { items, before };
}

/** Whether a bullet under the heading at `at` (before the next heading) opens a topic. */
function bulletWithDiscussion(lines: Line[], at: number): boolean {
  for (let j = at + 1; j < lines.length && lines[j]!.heading === 0; j++) {
    if (BULLET.test(lines[j]!.text) && lines[j]!.indent < 2 && hasDiscussion(lines, j)) return true;
  }
  return false;
}

/** A bullet opens a topic when text other than bullets follows it before the next heading or bullet. */
function hasDiscussion(lines: Line[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.heading > 0) return false;
    if (BULLET.test(l.text)) return l.indent >= 2;
    return true;
  }
  return false;
}

/**
 * Plain-text minutes with no numbers and no marks: a short capitalised line of its own
 * ("Declarations of Interest", "Open Forum for Public Participation (10 minutes)"),
 * after a blank line and before text, heads a topic. Two such headings at least, or
 * the text is read as having none.
 */
function readPlainHeadings(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const items: UnnumberedItem[] = [];
  const before: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isPlainHeading(lines, i)) {
      items.push({ heading: { number: null, title: line.text.replace(/:$/, ''), rest: '' }, line, lines: [] });
      continue;
    }
    if (items.length > 0) items[items.length - 1]!.lines.push(line);
    else before.push(line);
  }
  return items.length >= 2 ? { items, before } : { items: [], before: lines };
}

const NOT_PLAIN_HEADING = /[.,;:!?]$|[.!?]\s/;

function isPlainHeading(lines: Line[], at: number): boolean {
  const line = lines[at]!;
  // The lines may come without their blank lines: a gap in the line numbers is a blank line too.
  const previous = lines[at - 1];
  const blankBefore = previous === undefined || previous.blank || previous.index < line.index - 1;
  if (line.blank || line.code || !blankBefore) return false;
  // "Matters Arising:" heads a topic as "Matters Arising" does; "9 dwellings at £270" or "The meeting closed at 9pm" does not.
  const text = line.text.replace(/:$/, '');
  if (text.length > 90 || NOT_PLAIN_HEADING.test(text) || !/^\p{Lu}/u.test(text) || BULLET.test(text)) return false;
  if (text.split(/\s+/).length > 12 || NOT_A_TOPIC.test(text) || /[£$€]/.test(text) || readsAsSentence(text)) return false;
  // Text follows, on the next line or after one blank line.
  const next = lines[at + 1]?.blank ? lines[at + 2] : lines[at + 1];
  return next !== undefined && !next.blank;
}

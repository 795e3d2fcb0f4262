import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces } from '../text/clean.js';
import { endsUnfinished } from '../text/unfinished.js';
import { isTagAlone, opensWithTag } from '../actions/tagged-actions.js';
import { LABEL_WORDS, OWNER_AFTER_LABEL } from '../actions/read-action.js';
import { columnLineCut, isColumnLine } from '../actions/action-column.js';

/** Consecutive lines of one paragraph, bullet or action, as laid out in the source. */
export interface Block {
  lines: Line[];
  /** Cleaned text of the lines joined by spaces. */
  text: string;
}

// A line that starts a new unit even without a blank line before it.
const UNIT_START = new RegExp(`^(?:[-*•·▪]\\s+|\\d+(?:\\.\\d+)+\\.?\\s|\\d+[.)]\\s|\\p{Lu}{2,4}\\p{Ll}{0,3}\\s+[–—-]\\s|${LABEL_WORDS}\\b[^:]{0,40}:|decisions?\\s(?:and|&)\\sactions?\\s?:|actions?\\s\\d{1,3}[a-z]?\\s[–—-]\\s|\\(?[a-z]\\)\\s|[ivx]+\\)\\s)`, 'iu');
// "[168-A1] Action Item for ...", "[168-C2] Consensus: ...": a register's key (letters and figures) in square brackets opens
// each of the records a committee keeps one a line.
const REGISTER_KEY_START = /^\[(?=[^\]]{0,16}\d)(?=[^\]]{0,16}[A-Za-z])[A-Za-z0-9][A-Za-z0-9.-]{0,15}\]\s+\p{Lu}/u;
const HYPHENATED_BREAK = /(\p{Ll})-\n(?=\p{Ll})/gu;
const BOLD_SPEAKER = /^\s*(?:[-*]\s+)?\*\*\p{Lu}{2,4}\p{Ll}{0,3}\*\*/u;

/** Joins wrapped lines, rejoining a word hyphenated at a line end ("neighbour-" + "hood"). */
export function joinLines(lines: Line[]): string {
  let joined = lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join('\n');
  if (joined.includes('-\n')) joined = joined.replace(HYPHENATED_BREAK, '$1');
  return collapseSpaces(joined).trim();
}

const ACTION_LABEL_START = new RegExp(`^${LABEL_WORDS}\\b[^:]{0,40}:`, 'i');

/** "Action 1: BO to ..." then "... The Clerk will get quotes. Action: Clerk": the tagged line is an action of its own. */
function startsTaggedAction(current: Line[], line: Line): boolean {
  return line.text.includes('Action:') && !line.text.startsWith('Action:') && ACTION_LABEL_START.test(current[0]!.text);
}

// "ACTION – AH – Send the email": the label closed by a dash instead of a colon.
const ACTION_DASH_START = /^actions?\s+[–—-]\s/i;
// "Action: KH to ...", "ACTION – AH – Send the email": a line opening with an action label.
const opensActionBlock = (text: string): boolean => ACTION_LABEL_START.test(text) || ACTION_DASH_START.test(text);

/**
 * "Action: KH to bring the plan." then "Boundary Issue", or "ACTION: MR to monitor" then "Reoffending
 * findings:": in a text written one paragraph a line, a line opening with a capital after an action that
 * ended its sentence, a short caption ending with a colon or a short title, is the next heading or remark.
 */
function endsLabelledAction(current: Line[], line: Line): boolean {
  const next = line.text;
  const caption = (next.endsWith(':') && next.length <= 60) || isShortTitle(next);
  // "... reduced ESOL resources (GLA)": an owner tag in brackets ends the action's sentence too.
  if (!caption && !(/[.!?)]$/.test(current[current.length - 1]!.text) && /^\p{Lu}/u.test(next))) return false;
  const first = withoutRegisterKey(current[0]!.text);
  // ("... a short paper on the functioning of the" / "Project Board": the action's sentence goes on; tested last, on an
  // action's block only.)
  return (opensActionBlock(first) || opensNumberedOwnedAction(first)) && !endsUnfinished(current[current.length - 1]!.text);
}

/** "[168-A1] Action Item for ...": the text after the register's key. */
const withoutRegisterKey = (text: string): string => (text.startsWith('[') && REGISTER_KEY_START.test(text) ? text.slice(text.indexOf(']') + 1).trimStart() : text);

/** "Boundary Issue", "Kitchen Refurbishment": a few capitalised words and no stop, as a sub-topic's heading is written. */
function isShortTitle(text: string): boolean {
  // "Arnold)": the end of a bracket opened on the line above.
  if (text.endsWith(')') && !text.includes('(')) return false;
  const words = text.split(' ');
  return words.length <= 5 && !/[.,;:!?]$/.test(text) && words.every((w) => /^[\p{Lu}\d&–-]/u.test(w) || w.length <= 3);
}

const isPipeRow = (line: Line) => line.raw.trimStart().startsWith('|');
// "\t\tThe Clerk reported ...": a row of a word processor's table saved as text, its first cells empty; each row is a paragraph.
const opensTableCell = (line: Line) => line.raw.charCodeAt(0) === 9;

// Lines cut by a page width are at most this long; a wider text keeps its paragraphs on one line each.
const MIN_PAGE_WIDTH = 50;
const MAX_PAGE_WIDTH = 120;

/**
 * "... the Parish Council would have to do so." / "Action: Clerk Rest of the ...": the paragraph's trailing tag,
 * moved to the start of a line by the page width (the line above reaches the width: the tag did not fit on it).
 */
function wrapsTag(current: Line[], line: Line, width: number): boolean {
  const above = current[current.length - 1]!;
  if (width < MIN_PAGE_WIDTH || width > MAX_PAGE_WIDTH || ACTION_LABEL_START.test(current[0]!.text) || !opensWithTag(line.text)) return false;
  const space = line.text.indexOf(' ');
  // Proportional fonts fill lines unevenly: within a tenth of the width counts as full.
  return above.text.length + 1 + (space === -1 ? line.text.length : space) > width * 0.9;
}

/** A paragraph ending its sentence, no action of its own, that a tag alone on the next line (`closes`) names the owners of. */
function tagsParagraph(above: Line[], closes: boolean): boolean {
  return closes && !opensActionBlock(above[0]!.text) && /[.!?)]$/.test(above[above.length - 1]!.text) && above.every((l) => l.heading === 0);
}

/** The text ends, a blank line follows or a new unit starts. */
const endsUnit = (next: Line | undefined) => next === undefined || next.blank || UNIT_START.test(next.text) || next.heading > 0;

/** "Action 12.2 EA to liaise with IT": a numbered label, then its owners and a verb, no colon: an action of its own line. */
function opensNumberedOwnedAction(text: string): boolean {
  const label = (text.charCodeAt(0) | 0x20) === 97 ? OWNER_AFTER_LABEL.exec(text) : null;
  return label !== null && /\d/.test(label[1]!);
}

/** The lines a bold span may wrap over, as a column's narrow cell does. */
const BOLD_COLUMN_REACH = 2;

/**
 * "**RS to contact SS" / "at UKBA for input**" cut into a paragraph with no blank lines: the bold entry of the action
 * column (a line `isColumnLine` passed), wrapped over a few lines. The index of the line that closes the bold, or -1 when
 * the line opens no such entry.
 */
function boldColumnLineEnd(lines: Line[], at: number): number {
  const raw = lines[at]!.raw.trimStart();
  if (!raw.startsWith('**') || raw.indexOf('**', 2) !== -1) return -1;
  for (let j = at + 1; j <= at + BOLD_COLUMN_REACH && j < lines.length && !lines[j]!.blank; j++) {
    const close = lines[j]!.raw.indexOf('**');
    if (close !== -1) return close + 2 >= lines[j]!.raw.trimEnd().length ? j : -1;
  }
  return -1;
}

/** Splits an item's lines into blocks at blank lines and at lines that start a unit. */
export function splitBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, text: joinLines(current) });
    current = [];
  };
  let width = 0;
  for (const line of lines) if (line.text.length > width) width = line.text.length;
  // The line after an action-column line cut into a sentence: it goes on with that sentence, in a block of its own.
  let cutAfter = -1;
  // The last line of a bold action-column entry wrapped over lines ("**RS to contact SS" / "at UKBA for input**").
  let boldColumnEnd = -1;
  for (const [k, line] of lines.entries()) {
    // "... advising the outcome." / "Action: Malcolm": the owners' tag on a line of its own closes the paragraph above
    // (across a blank line too, where nothing follows the tag but another blank line or a new unit).
    const above = current.length ? current : (lines[k - 1]?.blank ? (blocks[blocks.length - 1]?.lines ?? []) : []);
    if (above.length && isTagAlone(line.text) && tagsParagraph(above, current.length > 0 || endsUnit(lines[k + 1]))) {
      if (current.length === 0) current = blocks.pop()!.lines;
      current.push(line);
      flush();
      continue;
    }
    if (line.blank) {
      // A markdown table's rule ("| --- | --- |") reads as blank but holds its table together.
      if (!(current.length && line.raw.includes('|') && line.raw.includes('--'))) flush();
      continue;
    }
    // "... on indicators." / "RS to contact JR": a line of the action column, in a text with no blank lines.
    if (k <= boldColumnEnd) {
      current.push(line);
      continue;
    }
    // (One look at the line's opening first: most lines are no column cell, and this runs on every line.)
    const column = current.length > 0 && isColumnLine(line.text);
    const boldEnd = column ? boldColumnLineEnd(lines, k) : -1;
    const cut = boldEnd >= 0 ? 'alone' : column ? columnLineCut(current[current.length - 1]!.text, line.text, lines[k + 1]?.text) : null;
    if (cut || k === cutAfter) {
      flush();
      current.push(line);
      boldColumnEnd = boldEnd;
      if (cut === 'alone') cutAfter = Math.max(k, boldEnd) + 1;
      continue;
    }
    // "| 2.1 | Add the terms | AB |": a markdown table's rows stay one block, whatever they start with.
    if (current.length && !(isPipeRow(line) && isPipeRow(current[current.length - 1]!)) && (opensTableCell(line) || REGISTER_KEY_START.test(line.text) || ((UNIT_START.test(line.text) || opensNumberedOwnedAction(line.text)) && !wrapsTag(current, line, width)) || (line.raw.includes('**') && BOLD_SPEAKER.test(line.raw)) || line.heading > 0 || startsTaggedAction(current, line) || endsLabelledAction(current, line))) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

import type { Line } from '../scan/scan-lines.js';
import { isDigitAt, isSpaceCode, isUpperAt } from '../text/clean.js';
import { type Block, joinLines } from '../agenda/blocks.js';
import { startsWithBullet } from '../text/bullets.js';
import { SENTENCE_STOP } from '../text/names.js';
import { isActionColumnBlock } from './action-column.js';
import { subjectOwners } from './read-action.js';
import { type OwnerResolver, splitOwners } from './owners.js';

/** Where a right-hand cell may start (characters into the raw line): a page's right half, not a list's second word. */
const MIN_COLUMN = 30;
/** Text a line needs left of the gap to be a line of prose with a cell beside it. */
const MIN_LEFT = 10;
/** How far (in characters) the cells of one column may drift. */
const DRIFT = 3;
const BARE_OWNERS_MAX = 30;
const MIN_PROSE_WORDS = 4;
const CAPTION = /^actions?$/i;

/** One cell of the column: its line and where it lies in the raw line. */
export interface SideCell {
  line: Line;
  from: number;
  to: number;
}

/** An entry of the column: an action and its owners, over one cell or several wrapped ones. */
export interface SideEntry {
  cells: SideCell[];
  text: string;
  /** The cell names owners and nothing more ("RS", "RS/JR"): the action is in the text beside it. */
  bare: boolean;
}

/**
 * A right-hand action column that a PDF's layout export keeps beside the text ("2.1 SF gave an
 * update ...      SF to share figures" / "... and agreed to      on dispersal"): the lines with the
 * column's cells taken off, and the column's entries. Lines are left as they are unless a cell reads
 * as an action ("RS to contact JR"), as owners the roster knows ("RS"), as the column's caption
 * ("Action"), or under that caption as any owner ("All members", "GLA").
 */
export function splitSideColumn(lines: Line[], resolver: OwnerResolver): { lines: Line[]; entries: SideEntry[] } {
  const entries: SideEntry[] = [];
  const taken = new Map<number, SideCell>();
  let current: SideEntry | null = null;
  let column = -1;
  /** Where the column's caption ("Action") stood: under it, any owner the rules know may stand alone. */
  let captionColumn = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.blank || line.code || line.raw.length < MIN_COLUMN) {
      current = null;
      continue;
    }
    const cell = rightCell(line) ?? collapsedCell(line, lines[k + 1]);
    if (!cell) {
      current = null;
      continue;
    }
    const text = line.raw.slice(cell.from, cell.to);
    const leftEmpty = cell.from === contentStartOf(line.raw);
    if (CAPTION.test(text) && !leftEmpty) {
      taken.set(line.index, cell);
      captionColumn = cell.from;
      current = null;
      continue;
    }
    // A line with nothing left of its cell only goes on an entry: alone it is a line of the action column cut into the text.
    const underCaption = captionColumn !== -1 && Math.abs(cell.from - captionColumn) <= DRIFT;
    const starts = leftEmpty ? null : startsEntry(text, line, resolver, underCaption);
    if (starts === 'bare' && !besideProse(line.raw.slice(0, cell.from))) {
      current = null;
      continue;
    }
    if (starts) {
      current = { cells: [cell], text, bare: starts === 'bare' };
      column = cell.from;
      entries.push(current);
      taken.set(line.index, cell);
    } else if (current && !current.bare && Math.abs(cell.from - column) <= DRIFT) {
      current.cells.push(cell);
      current.text = `${current.text} ${text}`;
      taken.set(line.index, cell);
    } else current = null;
  }
  if (taken.size === 0) return { lines, entries };
  const left: Line[] = [];
  for (const line of lines) {
    const cell = taken.get(line.index);
    const rest = cell ? textBeside(line, cell) : line.text;
    // A line that held only the cell (a wrapped cell under the column, a caption) leaves nothing in the text.
    if (rest === line.text) left.push(line);
    else if (rest) left.push({ ...line, raw: line.raw.slice(0, cell!.from).trimEnd(), text: rest });
  }
  return { lines: left, entries };
}

/** The line's text without the cell at its end ('' when the text is the cell; the text unchanged when the cell is not at its end). */
function textBeside(line: Line, cell: SideCell): string {
  const cellText = line.raw.slice(cell.from, cell.to);
  if (!line.text.endsWith(cellText)) return line.text;
  return line.text.slice(0, line.text.length - cellText.length).trimEnd();
}

/** The last cell of a line after a gap of three spaces or a tab, far enough right; or the whole text of a line indented that far. */
function rightCell(line: Line): SideCell | null {
  const { raw } = line;
  const end = contentEndOf(raw);
  const start = contentStartOf(raw);
  if (start >= MIN_COLUMN) return { line, from: start, to: end };
  // Most lines have no gap at all: a native search spares them the walk.
  if (!raw.includes('   ', start) && !raw.includes('\t', start)) return null;
  for (let i = end - 1; i > start; i--) {
    const c = raw.charCodeAt(i);
    const gap = c === 9 || (c === 32 && raw.charCodeAt(i - 1) === 32 && raw.charCodeAt(i - 2) === 32);
    if (!gap) continue;
    let from = i + 1;
    while (from < end && isSpaceCode(raw.charCodeAt(from))) from++;
    let gapStart = i;
    while (gapStart > start && isSpaceCode(raw.charCodeAt(gapStart - 1))) gapStart--;
    // "5<tab>Book the hall<tab>LB": a tab left of the gap makes the line a table's row, its last cell no side column's.
    if (raw.lastIndexOf('\t', gapStart - 1) > start) return null;
    return from >= MIN_COLUMN && gapStart - start >= MIN_LEFT ? { line, from, to: end } : null;
  }
  return null;
}

/**
 * "... needed for quorum. SS" over "3.2 Raffle prizes ...": the column's owners run onto the paragraph's last
 * line after its full stop, the gap lost (a web page's table). Read only where the next line starts another
 * paragraph (a number, a bullet, a blank line or none): a sentence's first word wrapped to the line end goes on below.
 */
function collapsedCell(line: Line, next: Line | undefined): SideCell | null {
  const { raw } = line;
  const end = contentEndOf(raw);
  const last = raw.charCodeAt(end - 1);
  if (last < 65 || last > 90) return null;
  const from = raw.lastIndexOf(' ', end - 1) + 1;
  if (from < MIN_COLUMN || end - from > MAX_COLLAPSED || raw.charCodeAt(from - 2) !== 46) return null;
  return !next || next.blank || isDigitAt(next.text, 0) || startsWithBullet(next.text) ? { line, from, to: end } : null;
}

/** The longest owners' cell read from a line's end: "ES/HB", "DO’C/CJ". */
const MAX_COLLAPSED = 12;

/** Whether a cell opens an entry: an owner's task ("RS to contact JR"), or owners alone that the roster knows ("RS", "RS/JR"). */
function startsEntry(text: string, line: Line, resolver: OwnerResolver, underCaption: boolean): 'task' | 'bare' | null {
  if (isActionColumnBlock({ lines: [line], text }, resolver)) return 'task';
  if (text.length > BARE_OWNERS_MAX) return null;
  const tagged = afterActionWord(text);
  const owners = splitOwners(tagged ?? text);
  // "Action Ryan": the caption written in the cell lets any owner the rules know stand after it.
  const known = (owner: string) => resolver.hasInitials(owner) || ((underCaption || tagged !== null) && resolver.isOwner(owner));
  return owners.length > 0 && owners.every(known) ? 'bare' : null;
}

/** "Action Ryan", "Actions: RS/JR": the owners after the caption word in the cell, or null when it has none. */
function afterActionWord(text: string): string | null {
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 97) return null;
  const word = /^actions?:?\s+(?=\S)/i.exec(text);
  return word ? text.slice(word[0].length) : null;
}

/** A table's first cell ("Jane Roe      JR") is no prose: owners alone stand beside a sentence's words. */
function besideProse(left: string): boolean {
  return left.trim().split(/\s+/).length >= MIN_PROSE_WORDS;
}

function contentStartOf(raw: string): number {
  let start = 0;
  while (start < raw.length && isSpaceCode(raw.charCodeAt(start))) start++;
  return start;
}

function contentEndOf(raw: string): number {
  let end = raw.length;
  while (end > 0 && isSpaceCode(raw.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * What an entry asks and of whom. Owners alone ("RS") point at the text beside them: the action is
 * the sentence there that has them do something ("RS to circulate the mapping", "SF agreed to share
 * the figures"), from their name on, or else the whole paragraph.
 */
export function readSideEntry(entry: SideEntry, beside: string, resolver: OwnerResolver): { text: string; owners: string[] } {
  if (!entry.bare) return { text: entry.text, owners: subjectOwners(entry.text, resolver) };
  const owners = splitOwners(afterActionWord(entry.text) ?? entry.text);
  const sentences = beside.split(SENTENCE_STOP);
  for (let k = sentences.length - 1; k >= 0; k--) {
    const sentence = sentences[k]!;
    for (const owner of owners) {
      const at = ownerAsSubject(sentence, owner);
      if (at !== -1) return { text: sentence.slice(at).trim(), owners };
    }
  }
  return { text: beside, owners };
}

/** Where `owner` stands as a word followed by a task ("RS to", "RS agreed to", "RS will"), or -1. */
function ownerAsSubject(sentence: string, owner: string): number {
  for (let at = sentence.indexOf(owner); at !== -1; at = sentence.indexOf(owner, at + 1)) {
    const before = sentence.charCodeAt(at - 1);
    if (at > 0 && !isSpaceCode(before) && before !== 40) continue;
    if (TASK_AFTER_OWNER.test(sentence.slice(at + owner.length))) return at;
  }
  return -1;
}

const TASK_AFTER_OWNER = /^ (?:to|will|would|agreed to|offered to|undertook to|is to|was to) \p{Ll}/u;

/**
 * "Raffle tickets ordered" / "Tea stall – confirm the rota      MJ": in a paragraph of short lines none of which
 * closes a sentence (a list without its bullets), owners alone stand beside their own line, and the lines
 * in lower case below it that wrap it. Null for a paragraph of prose.
 */
export function listLineBeside(block: Block, index: number): string | null {
  const { lines } = block;
  const at = lines.findIndex((l) => l.index === index);
  if (at === -1 || lines.some((l) => /[.!?]$/.test(l.text)) || lines.filter((l) => isUpperAt(l.text, 0)).length < 2) return null;
  let end = at + 1;
  while (end < lines.length && /^\p{Ll}/u.test(lines[end]!.text)) end++;
  return joinLines(lines.slice(at, end));
}

import type { Line } from '../scan/scan-lines.js';
import { COLUMN_CAPTION } from './caption-row.js';
import { INITIALS_SHAPE, looksLikeInitials } from '../text/names.js';
import { cellsOf, hasCellBreak, parseEntry, type RosterEntry } from './parse-entry.js';
import { isChairWord, readsAsPost } from './describe.js';
import { endsMidPhrase } from './wrapped.js';
import { startsWithBullet } from '../text/bullets.js';
import { isDigitAt } from '../text/clean.js';

/** The lines between blank lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (!line.blank) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** A short line that names no person and says nothing: a description cell ("Home Office", "Deputy Mayor (Chair)"). */
export function readsAsDescriptionCell(text: string, underInitials = false): boolean {
  return readsAsShortCell(text, underInitials) && parseEntry([text]) === null;
}

/** A short line of words that says nothing (no sentence, no second cell, no "minutes"): a cell, person or description. */
function readsAsShortCell(text: string, underInitials: boolean): boolean {
  // Under an initials cell and a name the row is plain: a longer post, ended with a full stop, is still its description.
  const words = text.split(' ').length;
  if (underInitials ? words > 20 || /[!?:;]$/.test(text) : words > 10 || /[.!?:;]$/.test(text)) return false;
  return /\p{L}/u.test(text) && !hasCellBreak(text) && !/\b(?:minutes|agenda|notes)\b/i.test(text);
}

// The fewest words of a post that may pass for a name ("Jo Warden", "Tim Guest" are names; "North Area Commander" a post).
const POST_LIKE_NAME_WORDS = 3;

/**
 * "Waitemata District Commander" under "Superintendent Ann Hale": a post of capitalised words that would pass for a
 * name, ended by a post's head noun. Read as a description only among rows whose other descriptions read so outright.
 */
const readsAsPostCell = (text: string): boolean =>
  text.split(' ').length >= POST_LIKE_NAME_WORDS && readsAsShortCell(text, false) && readsAsPost(text) && !isDigitAt(text, 0) && !startsWithBullet(text);

/**
 * "Matthew Pennycook" / "Deputy Mayor (Chair)", then a blank line: a table exported one cell to
 * a line, each row a block of the name and its description (a "Name" / "Organisation" caption
 * block first, when there is one), or of initials, name and description; rows of three may also
 * follow one another with no blank line between. Null unless every block reads so and one has a
 * description.
 */
export function readStackedCells(lines: Line[]): { entry: RosterEntry; line: Line }[] | null {
  // A line of several cells ("Ben Rook / BR / - / Acme") is a row of its own, not one cell of a stacked row.
  if (lines.some((l) => !l.blank && cellsOf(l.text).length > 1)) return null;
  const blocks = blocksOf(lines);
  const joined = blocks.map(withWrappedCellsJoined);
  // "Senior Advisor," over the next name: a cell cut short in the source, not wrapped; read the lines as they stand
  // when the joined ones make no rows.
  return readStackedBlocks(joined) ?? (joined.some((b, k) => b.length !== blocks[k]!.length) ? readStackedBlocks(blocks) : null);
}

function readStackedBlocks(blocks: Line[][]): { entry: RosterEntry; line: Line }[] | null {
  if (!blocks.some((b) => b.length >= 2)) return null;
  const placed: { entry: RosterEntry; line: Line }[] = [];
  for (const block of blocks) {
    if (block.length >= 2 && block.length <= 3 && block.every((l) => COLUMN_CAPTION.test(l.text))) continue;
    // (A block of one or two cells is one row.)
    const oneRow = block.length <= 2;
    const three = oneRow ? null : rowsOfThree(block);
    const nameFirst = oneRow || three ? null : rowsOfThreeNameFirst(block);
    const rows = oneRow ? [block] : (three ?? nameFirst ?? rowsOfTwo(block));
    if (!rows) return null;
    const postsLikeNames = !oneRow && !three && !nameFirst && mostRowsDescribed(rows);
    for (const row of rows) {
      // "RB" / "Richard Barnes" / "Deputy Mayor": an initials cell first.
      const [name, description] = row.length === 3 ? row.slice(1) : row;
      const described = (text: string) => (row.length === 3 ? readsAsDescriptionCell(text, true) : readsAsPairedDescription(text) || (postsLikeNames && readsAsPostCell(text)));
      if (!isNameCell(name!.text) || (description && !described(description.text))) return null;
      // (The initials column second: the name read with its description, as a row of two, the initials put to it.)
      const entry = nameFirst ? withInitials(parseEntry([name!.text, description!.text]), row[0]!.text) : parseEntry(row.map((l) => l.text));
      if (!entry) return null;
      placed.push({ entry, line: name! });
    }
  }
  return placed;
}

// A cell this long reached the page's right margin: it may go on below.
const FULL_CELL = 60;

/**
 * "... Office of the Director for London and" / "Home Counties.", "... Department of Communities and Local" / "Government":
 * a cell the page width cut goes on on the next line (a comma after a name is a stray, no cut).
 */
function continuesCell(previous: Line | undefined, line: Line): boolean {
  // The rest of a cell is words: a number or a bullet opens something else.
  if (previous === undefined || previous.index !== line.index - 1 || !/^\p{L}/u.test(line.text) || opensRow(line.text)) return false;
  if (endsMidPhrase(previous.text)) return !previous.text.endsWith(',') || parseEntry([previous.text]) === null;
  return previous.text.length >= FULL_CELL && line.text.length < FULL_CELL && parseEntry([line.text]) === null;
}

const joinedCells = (previous: Line, line: Line): Line => ({ ...previous, text: `${previous.text} ${line.text}` });

function withWrappedCellsJoined(block: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of block) {
    if (continuesCell(out[out.length - 1], line)) out[out.length - 1] = joinedCells(out[out.length - 1]!, line);
    else out.push(line);
  }
  return out;
}

/**
 * The block cut into rows of initials, name and description, or null when it does not divide so. A first
 * row of two is the chair's, whose "Chair" in the initials column was read as the list's heading.
 */
function rowsOfThree(block: Line[]): Line[][] | null {
  const first = block.length % 3;
  if (first === 1) return null;
  const rows: Line[][] = first === 2 ? [block.slice(0, 2)] : [];
  for (let k = first; k < block.length; k += 3) {
    if (!opensRow(block[k]!.text)) return null;
    rows.push(block.slice(k, k + 3));
  }
  return rows;
}

/** The entry with the initials its row's initials cell gives. */
const withInitials = (entry: RosterEntry | null, initials: string): RosterEntry | null => (entry ? { ...entry, initials } : null);

/**
 * "Jesse Grey (Chair)" / "JG" / "Borough Council": rows of name, initials and description (the initials column second),
 * put in the order of rows that open with initials. Null unless every second cell reads as the initials of the name above.
 */
function rowsOfThreeNameFirst(block: Line[]): Line[][] | null {
  if (block.length % 3 !== 0) return null;
  const rows: Line[][] = [];
  for (let k = 0; k < block.length; k += 3) {
    const [name, initials, description] = [block[k]!, block[k + 1]!, block[k + 2]!];
    if (!initialsFitNameCell(name.text, initials.text)) return null;
    rows.push([initials, name, description]);
  }
  return rows;
}

/**
 * Whether `initials` read as the initials of the name the cell holds ("JG" under "Cllr Jesse Grey (Chair)"): its first letter.
 * ("MB", "NB", which looksLikeInitials rules out as words, are initials here, under the name they match.)
 */
function initialsFitNameCell(nameCell: string, initials: string): boolean {
  if (!INITIALS_SHAPE.test(initials)) return false;
  const name = parseEntry([nameCell])?.name;
  return name !== undefined && name.charAt(0).toUpperCase() === initials.charAt(0).toUpperCase();
}

/** Whether `text` may be the next cell of rows of name, initials and description, after `block`'s cells. */
function nameFirstCellFits(block: Line[], text: string): boolean {
  const at = block.length % 3;
  if (at === 0) return isNameCell(text);
  return at === 2 || initialsFitNameCell(block[block.length - 1]!.text, text);
}

/** Under a name in rows of two, a description may be a long post ("LSMP Chair; Deputy Mayor for ..."), but no sentence. */
export const readsAsPairedDescription = (text: string) => !isDigitAt(text, 0) && !startsWithBullet(text) && readsAsDescriptionCell(text, !text.endsWith('.'));

/** "Jo Finch" / "Harbour Trust" / "Sam Poe" / "Home Office": rows of a name and its description, no blank line between. */
function rowsOfTwo(block: Line[]): Line[][] | null {
  if (block.length % 2 === 1) return null;
  const rows: Line[][] = [];
  for (let k = 0; k < block.length; k += 2) rows.push(block.slice(k, k + 2));
  return rows;
}

/** Whether more than half the rows of two have a description that names no one (a list of bare names has none). */
const mostRowsDescribed = (rows: Line[][]): boolean => 2 * rows.filter((row) => row.length === 2 && readsAsPairedDescription(row[1]!.text)).length > rows.length;

/** A name cell holds one person: "A (AB), C (CD)" is a list of its own (a comma after the name is a stray). */
function isNameCell(text: string): boolean {
  return parseEntry([text]) !== null && !/[,;]/.test(text.replace(/,$/, '')) && !hasCellBreak(text);
}

/** "RB", or "Chair" in the initials column of the chair's row: the first cell of a row of three. */
const opensRow = (text: string) => looksLikeInitials(text) || isChairWord(text);

/**
 * The lines of a roster since its last blank line (or its heading), fed one by one, read as the
 * cells of such a table. The rows of three are checked as lines arrive, so a long roster costs one
 * pass, not one pass per line.
 */
export class CellBlock {
  private lines: Line[] = [];
  /** 2 when the block opens with a name (the chair's row of two, its "Chair" read as the heading), else 0. */
  private firstRow = 0;
  /** How many rows of three, after the first row of two if any, open with initials. */
  private initialsRows = 0;
  private rowsBroken = false;
  /** Whether the block so far reads as rows of two, a name then its description. */
  private pairs = true;
  /** A table read down: its initials, the names, then as many descriptions (-1 once the block reads otherwise). */
  private namesDown = 0;
  private descriptionsDown = 0;
  /** Whether the block so far reads as rows of name, initials and description (the initials column second). */
  private nameFirst = true;

  add(line: Line): void {
    if (line.blank) {
      this.lines = [];
      this.firstRow = 0;
      this.initialsRows = 0;
      this.rowsBroken = false;
      this.pairs = true;
      this.namesDown = 0;
      this.descriptionsDown = 0;
      this.nameFirst = true;
      return;
    }
    const last = this.lines[this.lines.length - 1];
    if (continuesCell(last, line)) {
      this.lines[this.lines.length - 1] = joinedCells(last!, line);
      return;
    }
    if (this.lines.length === 0 && !opensRow(line.text)) this.firstRow = 2;
    const at = this.lines.length - this.firstRow;
    if (at >= 0 && at % 3 === 0 && !this.rowsBroken) {
      if (opensRow(line.text)) this.initialsRows++;
      else this.rowsBroken = true;
    }
    // (A table exported a cell to a line has no bullets.)
    const nameCell = !startsWithBullet(line.text) && isNameCell(line.text);
    // (A post that would pass for a name keeps the rows going here; the block is read as rows only if most describe outright.)
    if (this.pairs) this.pairs = this.lines.length % 2 === 0 ? nameCell : readsAsPairedDescription(line.text) || readsAsPostCell(line.text);
    // (Initials read down come before the names: "CD" / "EF" / "Ann Bell" / ...)
    if (this.namesDown >= 0 && !(this.namesDown === 0 && opensRow(line.text))) {
      if (nameCell && this.descriptionsDown === 0) this.namesDown++;
      else if (this.descriptionsDown < this.namesDown && readsAsPairedDescription(line.text)) this.descriptionsDown++;
      else this.namesDown = -1;
    }
    if (this.nameFirst) this.nameFirst = nameFirstCellFits(this.lines, line.text);
    this.lines.push(line);
  }

  /**
   * Whether `line` goes on a row of the table: the description under a name (as the block's last
   * line, or before the initials that open the next row), or under an initials cell and a name; or a
   * caption under captions.
   */
  continuedBy(line: Line, next: Line | undefined): boolean {
    const block = this.lines;
    if (block.length === 0) return false;
    if (block.length <= 2 && block.every((l) => COLUMN_CAPTION.test(l.text)) && COLUMN_CAPTION.test(line.text)) return true;
    if (this.initialsRows > 0 && continuesCell(block[block.length - 1], line)) return true;
    // Rows of a name and its description so far, then the name this line describes (a long post without a stop too);
    // or the names of a table read down, and fewer descriptions than names so far.
    const pairedDown = this.namesDown >= 2 && this.descriptionsDown < this.namesDown;
    if (((this.pairs && block.length % 2 === 1) || pairedDown) && readsAsPairedDescription(line.text)) return true;
    // Rows of name, initials and description so far: the initials under the name, or the description under both.
    if (this.nameFirst && block.length % 3 !== 0 && nameFirstCellFits(block, line.text) && (block.length % 3 === 1 || readsAsDescriptionCell(line.text, true))) return true;
    if (!readsAsDescriptionCell(line.text)) return false;
    if (block.length === 1) return (!next || next.blank || opensRow(next.text) || isNameCell(next.text)) && parseEntry([block[0]!.text]) !== null;
    // Rows of initials, name and description so far, then the initials and name this line describes.
    const done = block.length - 2 - this.firstRow;
    return done >= 0 && done % 3 === 0 && this.initialsRows > done / 3 && parseEntry([block[block.length - 1]!.text]) !== null;
  }
}

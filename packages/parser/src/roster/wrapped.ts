import type { Line } from '../scan/scan-lines.js';
import { isUpperAt, opensBracket } from '../text/clean.js';
import { startsWithBullet } from '../text/bullets.js';
import { cellsOf, hasCellBreak, parseEntry } from './parse-entry.js';
import { readRosterHeading } from './headings.js';
import { looksLikePersonName, splitPersonName } from '../text/names.js';

// Words a description cannot end on: a line that stops at one was cut by the page width.
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'to', 'a', 'an', 'with', 'on', 'at', 'or', 'from', 'by', '&']);

/** "Group Partnership Manager in the Office of the": the text stops mid-phrase. */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.charAt(trimmed.length - 1);
  // ("Jo Finch / Lay Member /": a Word table's row flattened with slashes, its last cell empty, ends whole.)
  if (last === '/') return !(trimmed.endsWith(' /') && trimmed.lastIndexOf(' / ', trimmed.length - 3) > 0);
  if (last === ',' || last === '-' || last === '(') return true;
  const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
  const word = trimmed.slice(space + 1);
  // "Ingrid Barker – A": a capital A alone closes a line as a mark (absent, "Part A"); the article the page cut is "a".
  return space !== -1 && word !== 'A' && LINKING_WORDS.has(word.toLowerCase());
}

/** "(rep Jane Sayer)", "(also representing Acme)": a bracket alone on its line, the end of the description above. */
export const isBracketAlone = (text: string): boolean => text.startsWith('(') && text.endsWith(')') && text.indexOf(')') === text.length - 1;
/** "(Corporate Secretary", "(Chief Executive Officer (CEO)": a bracketed cell whose closing bracket a converter lost. */
export const isUnclosedBracket = (text: string): boolean => text.startsWith('(') && text.length <= 100 && text.split('(').length === text.split(')').length + 1;

// Titles written before a name: a list line that stops on one was cut before the name. Only the titles
// that are never a post after a comma: "Jo Finch, Inspector", "Ann Lee, Mayor" end their entries (text/names.ts lists all).
const NAME_OPENERS = new Set(['Cllr', 'Cllrs', 'Councillor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'PCSO', 'Prof', 'Rev', 'Revd', 'Sir', 'Dame']);

/**
 * "..., Cllr Mrs D", "..., County Councillor", "Mr Dave Robson (Principal Officer, Larchford": a list line cut
 * mid-name or mid-bracket. A title or initial last counts on a line listing several people ("Ann L" alone is a name).
 */
export function endsMidName(text: string): boolean {
  const trimmed = text.trimEnd();
  const comma = trimmed.lastIndexOf(',');
  if (comma !== -1) {
    const last = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), comma) + 1).replace(/\.$/, '');
    if ((last.length === 1 && isUpperAt(last, 0)) || NAME_OPENERS.has(last)) return true;
    // "Ada Finch (AF), Sam Poe (SP), Daniel": entries that close with their bracket, then one cut before it
    // (one bracket before the comma is a person and their organisation: "Sam Poe (SP), GLA").
    if (trimmed.charCodeAt(comma - 1) === 41 && !trimmed.endsWith(')') && trimmed.indexOf('), ') < trimmed.lastIndexOf('), ')) return true;
  }
  return opensBracket(trimmed);
}

const STARTS_ENTRY = /^(?:[-*•·▪]|\\\*|\d{1,3}[.)]?\s)/;

/** An entry wrapped over more lines than this is no entry: the joining stops (and stays linear). */
export const MAX_WRAPPED_LINES = 4;

// A row this long reached the page's right margin: its last cell may go on below it.
const FULL_ROW = 60;

// "..., John Foster, Robert" / "Preston, Hannah Salome, ...": a run-on list of several people the page width cut
// inside a name, the line ending on one capitalised word after a comma.
// ("..., Cr Murray Cox, Cr Stuart" / "Barwood, ...": a title before the one word, the surname on the next line.)
const ONE_WORD_TAIL = /,\s(?:(?:Cr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?\p{Lu}\p{Ll}+$/u;

/** A run-on list line (its text so far in `text`) that reached the right margin and stops inside a name. */
export function cutAtMargin(text: string, line: Line): boolean {
  return line.raw.length >= FULL_ROW && ONE_WORD_TAIL.test(text) && text.split(', ').length > 3;
}

/**
 * "MR  Mike Reed  Deputy Director, Department of Communities and Local" / "Government" / "LH  ...": a
 * table row's last cell wrapped onto a line of its own between two rows (or below the last one).
 */
export function continuesRow(previous: Line | undefined, line: Line, next: Line | undefined): boolean {
  // (A row of cells of its own, "Jo Finch / JF / - / Acme", starts a row.)
  if (!previous || previous.index !== line.index - 1 || hasCellBreak(line.text) || cellsOf(line.text).length > 1) return false;
  // "Members of the public" below the last observer: those there besides the list, no part of its row.
  if ((line.text.charCodeAt(0) | 0x20) === 109 && PUBLIC_LINE.test(line.text)) return false;
  // "Department of Communities and Local" / "Government", both under the description column: the cell's next wrapped line.
  if (line.indent > 0 && line.indent === previous.indent && !hasCellBreak(previous.text) && line.text.length <= FULL_ROW && !startsWithBullet(line.text)) return parseEntry([line.text]) === null;
  if (previous.raw.length < FULL_ROW) return false;
  const cells = cellsOf(previous.text);
  if ((cells.length < 2 && !continuesDashedRow(previous.text, line.text)) || line.text.length > FULL_ROW) return false;
  // Laid out by columns, the wrapped part stands under the last cell, not under the first ("Nick Turner" below a row of two people).
  // Cells parted by tabs give no column to measure by: an indent there is the hanging indent of a wrapped cell.
  // (A text browser wraps a row back to the row's own margin: "   BP   Belinda Porich   ... National Housing" / "   Federation".)
  if (line.indent > 0 && !previous.raw.includes('\t') && line.indent < previous.raw.lastIndexOf(cells[cells.length - 1]!) && line.indent !== previous.indent) return false;
  // (Unless the next line is the cell's next wrapped line, under it.)
  if (next && !next.blank && next.index === line.index + 1 && cellsOf(next.text).length !== cells.length && !(line.indent > 0 && next.indent === line.indent)) return false;
  // A person of their own ("Cllr Kim Chu (London Councils)" below two people a row) starts a row.
  return parseEntry([line.text]) === null;
}

const DASH = /\s[-–—]\s/;
const PUBLIC_LINE = /^members?\sof\sthe\spublic\b/i;

/**
 * "Terry Hicks – Assistant General Manager, East of England" / "Ambulance Service NHS Trust": a row written
 * "Name – Description" cut by the page width, the rest of the description a few capitalised words with no dash of its own.
 */
function continuesDashedRow(row: string, line: string): boolean {
  if (!DASH.test(row) || DASH.test(line) || !isUpperAt(line, 0) || line.endsWith(':')) return false;
  // One word ("Care") goes on the row unless it captions the table or heads a list ("Item", "Apologies").
  return line.includes(' ') || (!CAPTION_WORD.test(line) && readRosterHeading(line, false) === null);
}

const CAPTION_WORD = /^(?:items?|minutes?|agenda|actions?|notes?)$/i;

/**
 * A list's lines with those cut by the page width joined to the line they go on from. A row stopped
 * mid-phrase ("... Director of Policy and") is left to the reader of wrapped descriptions.
 */
const isPipeRow = (line: Line): boolean => line.raw.trimStart().startsWith('|');

// A line ending on a word's hyphen, a small letter before it ("Poirier-"; not "Jo Finch -", a dash before a post).
const HYPHEN_CUT = /\p{Ll}-$/u;

/**
 * A list line and the line the page width cut it onto, joined with a space; "Genevieve Poirier-" / "Murphy, Karen Dysart":
 * a double surname cut at its hyphen joins back whole.
 */
export function joinCutLine(text: string, next: string): string {
  return HYPHEN_CUT.test(text) && /^\p{Lu}\p{Ll}/u.test(next) ? `${text}${next}` : `${text} ${next}`;
}

export function joinWrappedLines(lines: Line[]): Line[] {
  const joined: Line[] = [];
  let parts = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const previous = joined[joined.length - 1];
    // A bullet or a number starts an entry of its own.
    const cut =
      previous !== undefined && parts < MAX_WRAPPED_LINES && previous.index === line.index - 1 && !previous.blank && !line.blank && !STARTS_ENTRY.test(line.text) &&
      (endsMidName(previous.text) || givenNameOverSurname(previous.text, line.text) || wrapsCommaList(previous.text, line.text) || endsWithCutName(previous.text, line.text) || coupleBeforeSurname(previous.text, line.text) || (!endsMidPhrase(previous.text) && continuesRow(previous, line, lines[k + 1]))) &&
      // "... Norfolk Constabulary (rep Nick" / "James Kearns – Chief Executive": a bracket the converter cut stays open.
      !startsDashedPerson(line.text) &&
      // "| Ada Finch | Harbour Network, Inc. (H... | Member |": a markdown table's rows are rows, whatever a cell left open.
      !(isPipeRow(previous) && isPipeRow(line));
    // The line break becomes spaces in `raw`, so that positions still run to the end of the second line.
    if (cut) {
      joined[joined.length - 1] = { ...previous, text: joinCutLine(previous.text, line.text), raw: previous.raw + ' '.repeat(line.start - previous.end) + line.raw, end: line.end, index: line.index };
      parts++;
    } else {
      joined.push(line);
      parts = 1;
    }
  }
  return joined;
}

/**
 * "Brothers: D Joynson, N Kelleher, D Ash, A Turner," / "N Brackenridge, J Grant, W Juss": a list of names parted by commas,
 * cut after one of its commas, goes on in a line that lists names too (no label of its own).
 */
function wrapsCommaList(previous: string, text: string): boolean {
  if (!previous.endsWith(',') || text.includes(':') || !text.includes(', ')) return false;
  const parts = previous.slice(0, -1).split(', ');
  return parts.length >= 3 && parts.slice(1).every((p) => parseEntry([p]) !== null);
}

// A given name alone closing a list ("..., and Richard") and a surname alone ("Paddon"), perhaps closed by a bracket or a stop.
const LONE_GIVEN_NAME = /^(?:(?:and|&)\s)?\p{Lu}[\p{Ll}'’-]+$/u;
const LONE_SURNAME = /^\p{Lu}[\p{L}'’-]+(?:\s\([^()]*\))?\.?$/u;
// "Pecota, Taylor King, ...": the cut name's surname opening the list's next line, a comma after it.
const SURNAME_OPENS_LIST = /^\p{Lu}[\p{L}'’-]+,\s/u;

/**
 * "District Supervisors: Jim Morrow, Joe D. Mikel, Janet Stein, and Richard" / "Paddon": a list of full names whose
 * last name the page width cut after its first word, the surname alone on the next line (or opening it: "..., Matt" /
 * "Pecota, Taylor King, ...").
 */
export function endsWithCutName(previous: string, text: string): boolean {
  if (!(LONE_SURNAME.test(text) || SURNAME_OPENS_LIST.test(text)) || previous.endsWith(',')) return false;
  const parts = previous.split(', ');
  if (parts.length < 3 || !LONE_GIVEN_NAME.test(parts[parts.length - 1]!.trim())) return false;
  const full = parts.slice(1, -1).filter((p) => p.trim().includes(' ')).length;
  // (A surname opening a list of given names mostly is no surname: "..., Kayla, Jessica" / "Honey, Haroon".)
  return full >= 2 && (LONE_SURNAME.test(text) || full * 2 >= parts.length - 2);
}

// Two given names joined, with no surname after them ("Norm & Nerina", "Liz and Maury").
const GIVEN_PAIR = /^\p{Lu}[\p{Ll}'’-]+\s(?:&|and)\s\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Present: Norm & Nerina" / "Murray, Liz & Maury Whyte, ...": a couple written before the surname they share, the page width
 * cutting the line before it; the surname opens the next line (a comma after it) or stands there alone.
 * (Not in a list of given names alone, "Sue, Jill, Paul and Mike": the pair closes that list.)
 */
export function coupleBeforeSurname(previous: string, text: string): boolean {
  const parts = previous.trimEnd().split(', ');
  if (!GIVEN_PAIR.test(parts[parts.length - 1]!) || !(SURNAME_OPENS_LIST.test(text) || LONE_SURNAME.test(text))) return false;
  return parts.slice(0, -1).every((p) => p.trim().includes(' '));
}

const DASHES = [' – ', ' - ', ' — '];

/** "Nigel Andrews – Tenancy Support Manager, Norwich City Council": a person's name, a dash, then who they are. */
export function startsDashedPerson(text: string): boolean {
  let at = -1;
  for (const dash of DASHES) {
    const k = text.indexOf(dash);
    if (k > 0 && (at === -1 || k < at)) at = k;
  }
  if (at === -1 || at > MAX_DASHED_NAME) return false;
  return looksLikePersonName(splitPersonName(text.slice(0, at)).name) && parseEntry([text]) !== null;
}

const MAX_DASHED_NAME = 40;

// "Cr" / "Richardson, Cr M Lyon": a title the line ended with, its person's name on the next line.
// ("Regrets: Bill Doyle and Fr." / "Anderson": a priest's or a professor's title as well.)
const ENDS_WITH_TITLE = /(?:^|[\s,])(?:Cr|Cllr|Mr|Mrs|Ms|Miss|Dr|Fr|Rev|Revd|Prof)\.?$/;
// "Holloway (Director Infrastructure Services)": a surname, then the bracket that describes its person.
const SURNAME_BEFORE_BRACKET = /^\p{Lu}[\p{Ll}'’-]+\s\(/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,14}$/u;
// A post or a list's label alone over the person it names ("Dean" may be either: the bracket below gives the post).
const NOT_GIVEN = /^(?:Chair|Chairman|Chairperson|Secretary|Treasurer|President|Clerk|Director|Manager|Officer|Members?|Apologies|Present|Absent|Staff|Guests?|Observers?)$/;

/**
 * "Dean" / "Baulch (Acting Manager Utilities)", "PRESENT: Cr" / "Richardson, ...": a converter that broke each entry after its
 * first word (a council site's text at a fixed width), the name going on at the next line's start.
 */
export function givenNameOverSurname(previous: string, text: string): boolean {
  return ENDS_WITH_TITLE.test(previous.trim()) || givenNameAlone(previous, text);
}

/** "Dean" over "Baulch (Acting Manager Utilities)": a given name alone on its line, the surname and bracket below. */
export function givenNameAlone(previous: string, text: string): boolean {
  const given = previous.trim();
  return GIVEN_NAME.test(given) && !NOT_GIVEN.test(given) && SURNAME_BEFORE_BRACKET.test(text);
}

import { withoutCredentials } from './credentials.js';
import { collapseSpaces, isUpperAt, trimListPunctuation } from '../text/clean.js';
import { INITIALS_SHAPE, initialsOf, isPostNominal, looksLikeInitials, looksLikePersonName, looksLikeSurname, runsWordsTogether, splitPersonName } from '../text/names.js';
import { hasLineBreakFrom, lazyHead, restOfLine } from '../text/lazy-head.js';
import { removeHandles } from '../text/spaced-words.js';
import { withoutColonBeforeHandle } from './handle-colon.js';
import { type Description, describe, isChairWord, readsAsBody, readsAsPost, readsAsPostBeforeArea, withoutMayorStyle } from './describe.js';
import { withoutPublicCount } from './public-count.js';
import { splitAttendanceMarks } from './attendance-marks.js';
import { abbreviates, splitInitialledRow, splitLeadingInitials } from './leading-initials.js';
import { readTitleSeparated } from './title-separated.js';
import { readSlashFields } from './slash-fields.js';
import { readGluedCell, readLostCell } from './lost-cell.js';
import { splitCapitalsLabel } from './capitals-label.js';
import { AREA_ENDING, readPostBeforeSurname } from './post-before-surname.js';

/** One roster entry as read from its line, before it is given a list and an id. */
export interface RosterEntry {
  name: string;
  honorific: string | null;
  initials: string | null;
  /** The initials column said "Chair". */
  chairColumn: boolean;
  /** "X was in attendance" in a list of those present: there, but not as a member. */
  inAttendance?: boolean;
  /** The initials came from a table's initials column ("| Name | Abbreviation |"): they are initials, whatever their letters. */
  initialsColumn?: boolean;
  /**
   * Read from "Name Description" with no mark between: a row of its own, never a part of a run-on list.
   * "certain" where the surname ran into the description ("LeeChair") or an acronym opens it ("Simin Azimi MRAP"),
   * "spaced" where one space parts them and only rows like it around say the line is one.
   */
  lostCell?: 'certain' | 'spaced';
  description: Description;
}

const BULLET = /^(?:[-*•·▪●◦]|\d+[.)])\s+/;
/** `s.replace(BULLET, '')`, tried only when the first character can start a bullet. */
export const withoutBullet = (s: string) => ('-*•·▪●◦0123456789'.includes(s.charAt(0)) && s !== '' ? s.replace(BULLET, '') : s);
const CHAIR_WORD = /^Chair(?:man|woman|person)?$/;
const IN_THE_CHAIR = /\s(?:was\s)?in\sthe\s[Cc]hair$/;
const isChair = (s: string) => s.length === 5 && s.toLowerCase() === 'chair';
// "Clerk J Taylor", "RFO Clive Baker", "the clerk A. Brown": a post written before the name.
// `(\S.*|<one space>)$` is `(.+)$` after white space, without retrying the white space.
const LEADING_TITLE = /^(?:[Tt]he\s)?((?:Parish\s|Town\s)?[Cc]lerk|RFO|Secretary|Treasurer|(?:Vice[- ])?President|Trustee|Director|Supervisor|Minute[- ]taker|Vice[- ]Chair(?:man)?|Chair(?:man|woman|person)?)\s+(\S.*|[^\S\n\r\u2028\u2029])$/;
// "Manager Herbek", "Attorney Staub", "Superintendent Kern": a village's or district's officer, the post before the surname
// alone ("Manager Engineering" is an Australian council's post before its area, no person).
const OFFICER_SURNAME = /^(Manager|Attorney|Administrator|Solicitor|Auditor|Superintendent)\s(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u;
const OFFICER_INITIALS = /^\p{Lu}{2,4}$/u;
// Finders for lazyHead (`^(.+?)` before them): "Jane Roe was also present", "Jane Roe - Acme".
const WAS_PRESENT = /(?<=^[^\n\r\u2028\u2029]|\S)\s+(?:was|were)\s+(?:also\s+)?(?:present|in attendance|attending)\b/gi;
const DASH = /(?<=^[^\n\r\u2028\u2029]|\S)\s+[-–—](?=\s)/g;
const LOPSIDED_DASH = /(?<=\p{L})-\s+(?=\p{Lu})|\s[–—](?=\p{Lu})/u;
// The name ends at its last character before the bracket's white space (or is one character).
const BRACKET = /^([^()]*[^()\s]|[^()])\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(\S.*|)$/;
const COMMA = /^([^,]+),\s*(\S.*|[^\S\n\r\u2028\u2029])$/;
// ", Jr." / ", Sr." after a name: the generation, part of the name (a dash, bracket, comma or the end after it).
const GENERATION_SUFFIX = /,\s(Jr|Sr)\.?(?=$|[\s(,–—-])/;
const KEYED_INITIALS = /^\[(\p{Lu}{2,4}\p{Ll}{0,2})\]\s?/u;
const EMPTY_DESCRIPTION: Description = {
  role: null, organisation: null, substituteFor: null, shadowing: null, chair: false, chairTitle: null, partial: false, standIn: null,
};

/** Where the initials opening a bracket end: at its first comma (or semicolon: "AT; chair"), dash or " for ". */
function leadEnd(inside: string): number {
  const semicolon = inside.indexOf(';');
  const comma = semicolon > 0 && semicolon <= 5 && !inside.includes(',') ? semicolon : inside.indexOf(',');
  const space = inside.indexOf(' ');
  if (space < 2 || (comma > 0 && comma < space)) return comma;
  const next = inside.slice(space, space + 5);
  return next.startsWith(' - ') || next.startsWith(' – ') || next === ' for ' ? space : comma;
}

/** Splits a line into columns at tabs or runs of three or more spaces. Callers only read the array. */
export function cellsOf(text: string): readonly string[] {
  let cells = cellsMemo?.get(text);
  if (cells) return cells;
  if (!hasCellBreak(text)) {
    const cell = text.trim();
    cells = (isUpperAt(cell, 0) && (initialsDashCells(cell) || (cell.includes(' / ') && initialsSlashCells(cell)))) || (cell ? [cell] : []);
  } else cells = withInitialsCellJoined(text.split(CELL_BREAK).map((c) => c.trim()).filter(Boolean));
  cellsMemo?.set(text, cells);
  return cells;
}

/**
 * "Mr Ann Lee      (AL)": bracketed initials set off by spaces after the name go with it, as "Mr Ann Lee (AL)";
 * "General Manager            (Mr P Hale)": so does a titled holder in brackets after their post, as "General Manager (Mr P Hale)".
 */
function withInitialsCellJoined(cells: string[]): string[] {
  const last = cells.length === 2 ? cells[1]! : '';
  if (!last.startsWith('(') || !last.endsWith(')')) return cells;
  return looksLikeInitials(last.slice(1, -1)) || BRACKETED_TITLED_HOLDER.test(last) ? [`${cells[0]} ${last}`] : cells;
}
/** "Manager Audit, Risk & Governance": a post over the first part of its area, the rest of the area after commas. */
function postBeforeAreaList(text: string): boolean {
  const [first, ...rest] = text.split(', ');
  return rest.length > 0 && (readsAsPost(first!) || readsAsPostBeforeArea(first!)) && rest.every((part) => /^\p{Lu}/u.test(part) && !isName(part));
}

// "(Mr P Hale)", "(Mrs N Te Pohe)", "(Prof T Moss)": a person with a title, the whole of a bracket.
const BRACKETED_TITLED_HOLDER = /^\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s\p{Lu}[^()]*\)$/u;

/** "Senior Lecturer", "Junior Dean": a post, with no title of a person's before it. */
function postBeforeTitledHolder(text: string): boolean {
  return readsAsPost(text) && splitPersonName(text).honorific === null;
}

/**
 * "RB – Richard Barnes – Deputy Mayor of London (Chair)": initials, the name and the description parted
 * by dashes, as a table's cells are by tabs. Null unless the initials are the name's.
 */
function initialsDashCells(text: string): string[] | null {
  const first = text.indexOf(' ');
  if (first < 2 || first > 6 || !/^\s[–—-]\s/.test(text.slice(first, first + 3))) return null;
  const initials = text.slice(0, first);
  if (!looksLikeInitials(initials)) return null;
  const rest = text.slice(first + 3).trim();
  const dash = rest.search(/\s[–—-]\s/);
  const name = dash === -1 ? rest : rest.slice(0, dash);
  const person = splitPersonName(name).name;
  if (!looksLikePersonName(person) || initialsOf(person)[0] !== initials[0]) return null;
  return dash === -1 ? [initials, name] : [initials, name, rest.slice(dash + 3).trim()];
}

/**
 * "Cllr Jim Beall / JB / - / Councillor, Acme Council": a Word table's row flattened with slashes, the name
 * then its initials, an empty cell ("-") and the description; read as the initials, the name and the rest.
 * Null unless the second cell is the name's initials.
 */
function initialsSlashCells(text: string): string[] | null {
  const [name, initials, ...rest] = text.split(' / ').map((c) => c.trim());
  if (rest.length === 0 || !looksLikeInitials(initials!)) return null;
  // "Cllr Ann Lee (Chair)": the bracket after the name goes with the description, where a row's cells are read for it.
  const bracket = name!.endsWith(')') ? name!.lastIndexOf('(') : -1;
  const bare = bracket > 0 ? name!.slice(0, bracket).trim() : name!;
  if (!looksLikePersonName(splitPersonName(bare).name) || initialsOf(splitPersonName(bare).name)[0] !== initials![0]) return null;
  const description = [rest.filter((c) => c !== '-' && c !== '').join(' / '), bracket > 0 ? name!.slice(bracket) : ''].filter(Boolean).join(' ');
  return [initials!, bare, ...(description ? [description] : [])];
}

const CELL_BREAK = /\t+|\s{3,}/;

const HAS_CELL_BREAK = /\t|\s{3}/;

/** Whether the text has a tab or three spaces in a row: most lines have neither. */
export const hasCellBreak = (text: string) => HAS_CELL_BREAK.test(text);

/**
 * Reads one roster entry from its cells: "INITIALS, Name, Description" (tab rows),
 * "Name, Description" (two columns), or one cell: "Name (Role, Organisation)",
 * "Name (INITIALS)", "Name, Role, Organisation", "Name @handle", "Name".
 * Returns null when the text is not a person.
 */
export function parseEntry(cells: readonly string[]): RosterEntry | null {
  if (!memo || cells.some((cell) => cell.includes('\t'))) return readEntry(cells);
  // One cell is its own key: the string (and its cached hash) the caller already holds.
  const key = cells.length === 1 ? cells[0]! : cells.join('\t');
  let entry = memo.get(key);
  if (entry === undefined) {
    entry = readEntry(cells);
    memo.set(key, entry);
  }
  // Callers adjust what they get: each has its own copy.
  return entry && { ...entry, description: { ...entry.description } };
}

let memo: Map<string, RosterEntry | null> | null = null;
let cellsMemo: Map<string, readonly string[]> | null = null;
// Other answers that depend on their text alone, kept for one parse (see perParse).
let textMemos: Map<string, unknown>[] | null = null;
let nextMemo = 0;

/**
 * Runs `read` with {@link parseEntry}, {@link cellsOf} and every {@link perParse}
 * function remembering their answers: one parse reads the same lines many times over.
 */
export function withEntryMemo<T>(read: () => T): T {
  const outer = [memo, cellsMemo, textMemos] as const;
  memo = new Map();
  cellsMemo = new Map();
  textMemos = [];
  try {
    return read();
  } finally {
    [memo, cellsMemo, textMemos] = outer;
  }
}

/** `read`, remembering its answer for each text while a parse runs. Callers only read what they get. */
export function perParse<V>(read: (text: string) => V): (text: string) => V {
  const slot = nextMemo++;
  return (text) => {
    if (!textMemos) return read(text);
    let answers = textMemos[slot] as Map<string, V> | undefined;
    if (!answers) textMemos[slot] = answers = new Map();
    if (answers.has(text)) return answers.get(text)!;
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}

// "Mr.Keith White(Vion Stoke Ferry)": a web export lost the spaces after a title's stop and before a bracket.
const GLUED_TITLE = /\b(Mrs?|Ms|Dr|Cllr)\.(?=\p{Lu}\p{Ll})/gu;
const GLUED_BRACKET = /(?<=\p{Ll})\((?=\p{Lu})/gu;
// "Grace.Ashaye (London)": a stop for the space between the given name and the surname, as an e-mail address writes them.
const DOTTED_NAME = /^(\p{Lu}\p{Ll}+)\.(?=\p{Lu}\p{Ll}+(?:\s\(|$))/u;

/** "Mr.Keith White(Vion)" -> "Mr. Keith White (Vion)". */
function withGlueSpaced(text: string): string {
  const titled = text.includes('.') ? text.replace(GLUED_TITLE, '$1. ').replace(DOTTED_NAME, '$1 ') : text;
  return titled.includes('(') ? titled.replace(GLUED_BRACKET, ' (') : titled;
}

/** The initials of the name written (its honorific left out) are `initials`. */
const spellsInitials = (written: string, initials: string) => initialsOf(splitPersonName(written).name) === initials;
/** "NB" before "Nadia Brook": a word looksLikeInitials rules out ("NB", "OK") is the initials cell of the name it abbreviates. */
const namesOwnInitials = (cell: string, name: string) => INITIALS_SHAPE.test(cell) && spellsInitials(name, cell);

function readEntry(cells: readonly string[]): RosterEntry | null {
  if (cells.length === 0) return null;
  if (cells.length >= 2) {
    const first = withoutBullet(cells[0]!);
    // "Home Office | Tom Pike | TP", "MRAP | Ann Lee | AL": the organisation's column first, the initials column last;
    // the initials say which cell is the name.
    const named = cells.length >= 3 && !isChair(first) ? cellNamedByLastInitials(cells) : -1;
    if (named > 0) return entryOf(cells[named]!, cells.filter((_, k) => k !== named && k !== cells.length - 1).join(', '), cells[cells.length - 1]!, false);
    // ("Deputy Mayor | Ann Lee | Chair": the chair's row of such a table, "Chair" in the initials column.)
    if (cells.length === 3 && isChair(cells[2]!) && !isChair(first) && isName(cells[1]!) && !isName(first)) return entryOf(cells[1]!, first, null, true);
    if (cells.length >= 2 && (isChair(first) || looksLikeInitials(first) || namesOwnInitials(first, cells[1]!)) && cells[1] && isName(cells[1])) {
      return entryOf(cells[1], cells.slice(2).join(', '), isChair(first) ? null : first, isChair(first));
    }
    if (isName(first)) {
      // "Tom Pike | Home Office | TP": an initials column last, when the initials are the name's.
      const last = cells[cells.length - 1]!;
      const initials = looksLikeInitials(last) && spellsInitials(first, last) ? last : null;
      return entryOf(first, (initials ? cells.slice(1, -1) : cells.slice(1)).join(', '), initials, false);
    }
    // "Jane Roe (Chair) | Acme": the name cell carries its own bracket.
    const inner = parseSingleCell(first);
    if (!inner) return null;
    // "Richard Barnes, Deputy Mayor (Chair) | RB": the initials column after the cell that names and describes the person.
    if (cells.length === 2 && looksLikeInitials(cells[1]!) && initialsOf(inner.name) === cells[1]) return { ...inner, initials: cells[1]! };
    const rest = describeOnce(cells.slice(1).join(', '));
    const own = inner.description;
    inner.description = {
      ...rest,
      role: own.role ?? rest.role,
      organisation: own.organisation ?? rest.organisation,
      chair: own.chair || rest.chair,
      chairTitle: own.chairTitle ?? rest.chairTitle,
      substituteFor: own.substituteFor ?? rest.substituteFor,
      partial: own.partial || rest.partial,
      standIn: own.standIn ?? rest.standIn,
    };
    return inner;
  }
  const slashed = cells[0]!.includes('/') ? readSlashedPost(cells[0]!) : null;
  if (slashed) return slashed;
  const cell = withGlueSpaced(cells[0]!);
  // "Gordon LangChief Superintendent, Cleveland Police": the glued surname, before any reading takes it whole.
  const glued = isUpperAt(cell, 0) && cell.length <= 200 ? readGluedCell(cell) : null;
  return glued ? { ...entryOf(glued.name, glued.description, null, false), lostCell: 'certain' } : parseSingleCell(cell);
}

/** The cell after the first whose name the last cell's initials spell, where the first cell's name does not; else -1. */
function cellNamedByLastInitials(cells: readonly string[]): number {
  const last = cells[cells.length - 1]!;
  if (!looksLikeInitials(last)) return -1;
  const spells = (cell: string) => isName(cell) && spellsInitials(cell, last);
  const first = withoutBullet(cells[0]!);
  if (first === last || spells(first)) return -1;
  for (let k = 1; k < cells.length - 1; k++) if (spells(cells[k]!)) return k;
  return -1;
}

// "Jenny Bui (AMS) / IETF Secretariat": a name, the organisation in brackets, and after a slash the seat the person holds,
// as the IETF's steering group calls its roll ("Jay Daley / IETF Executive Director", no bracket, is read as any "Name / Post").
// The bracket's close, then the slash.
const BRACKET_SLASH = /\)\s?\/\s+(?=\S)/;

/** A name, its organisation in brackets and its post after a slash; null unless the name reads as a person's. */
function readSlashedPost(cell: string): RosterEntry | null {
  const text = withoutBullet(cell).trim();
  const slash = BRACKET_SLASH.exec(text);
  if (!slash || text.length > 200) return null;
  const open = text.lastIndexOf('(', slash.index);
  const role = text.slice(slash.index + slash[0].length).trim();
  const organisation = text.slice(open + 1, slash.index).trim();
  if (open < 3 || role.includes('/') || role.length > 80 || organisation === '' || organisation.includes('(') || organisation.length > 60) return null;
  // "Zaheduzzaman (Zahed) Sarker": the name the person goes by, in brackets inside the name, is no part of it.
  const name = text.slice(0, open).replace(/\s\([^()]{1,30}\)(?=\s)/, '').trim();
  if (name.includes('/') || !isName(name)) return null;
  return { name, honorific: null, initials: null, chairColumn: false, description: { ...describeOnce(''), organisation, role } };
}

// (Only "without": "Head of Finance Jo Finch" runs together with flattened lists' neighbours too often to read so.)
const CLOCK_VALUE = /^\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?$/i;
const TIME_LABEL_END = /\s(?:(?:start|end|finish)\s)?time$/i;

const POST_JOINERS = new Set(['without']);
const POST_LINKS = new Set(['of', 'and', 'for', 'the', '&']);

/** "Town Administrator Tim Smith" -> the post and the name; null unless both read so and no title opens the name. */
function splitLeadingPost(text: string): { post: string; name: string } | null {
  const words = text.split(' ');
  if (words.length < 4 || words.length > 7) return null;
  // "Member without portfolio Nigel Dickinson": words in lower case only after a post's own preposition.
  const joiner = words.findIndex((w) => POST_JOINERS.has(w));
  const lowered = words.findIndex((w) => !isUpperAt(w, 0));
  // "Head of Finance Jo Lee", "Police and Crime Commissioner Roger Hirst": a post's linking words in lower case too.
  const linkedOnly = lowered > 0 && words.every((w) => isUpperAt(w, 0) || POST_LINKS.has(w));
  if (lowered !== -1 && !linkedOnly && (joiner < 1 || lowered < joiner)) return null;
  // (A post with linking words is the longer reading: "Director of Public Health Ann Voss".)
  for (const k of lowered === -1 ? [2, 3] : linkedOnly ? [5, 4, 3] : [3, 4, 5]) {
    if (lowered !== -1 && words.slice(k).some((w) => !isUpperAt(w, 0))) continue;
    const name = words.slice(k).join(' ');
    const post = words.slice(0, k).join(' ');
    if (words.length - k >= 2 && words.length - k <= 3 && readsAsPost(post) && splitPersonName(text).honorific === null && isName(name)) return { post, name };
  }
  return null;
}

/**
 * "Group Manager Services and Assets Ian Marshall": a longer post that heads its area with no "of", then a name of two
 * words, as New Zealand councils list the staff in attendance.
 */
function splitLeadingAreaPost(text: string): { post: string; name: string } | null {
  const words = text.split(' ');
  if (words.length < 5 || words.length > 9 || splitPersonName(text).honorific !== null) return null;
  const name = words.slice(-2).join(' ');
  const post = words.slice(0, -2).join(' ');
  return readsAsPostBeforeArea(post) && isName(name) && !readsAsPost(name) ? { post, name } : null;
}

// "Ben_Francis", "Kunihiko_Toumura": a name as a chat's scribe tool lists it, an underscore for each space.
const UNDERSCORED_NAME = /^\s*\p{Lu}[\p{Ll}'’-]+(?:_\p{Lu}[\p{L}'’-]+){1,3}\s*$/u;

/** "Ben_Francis" -> "Ben Francis": capitalised words joined by underscores, the whole cell. */
export const underscoredName = (cell: string): string => (cell.includes('_') && UNDERSCORED_NAME.test(cell) ? cell.replaceAll('_', ' ') : cell);

/** "Chris Hayes*", "Dinah Caine OBE**": marks after a name that a key under the list explains; "*Jo Finch*" is emphasis. */
function withoutFootnoteMark(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('*') || trimmed.trimStart().startsWith('*')) return text;
  let end = trimmed.length;
  while (end > 0 && trimmed.charCodeAt(end - 1) === 42) end--;
  return trimmed.slice(0, end);
}

/** "Jane Roe <jroe@example.org>": the address in angle brackets after a name says nothing of the person. */
function withoutAddress(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('>')) return text;
  const open = trimmed.lastIndexOf('<');
  const address = trimmed.slice(open + 1, -1);
  return open > 0 && address.includes('@') && !/\s/.test(address) ? trimmed.slice(0, open).trimEnd() : text;
}

/**
 * "Aaron Crick [Samsung SDS]": a closing bracket in square brackets, read as round ones;
 * "Ella Moss [Treasurer] (EM)": one before the initials' bracket, read after it.
 */
function squareToRound(text: string): string {
  if (!text.endsWith(']')) return text.endsWith(')') ? squareBeforeInitials(text) : text;
  const open = text.lastIndexOf('[');
  return open > 0 && !text.includes('(', open) ? `${text.slice(0, open)}(${text.slice(open + 1, -1)})` : text;
}

function squareBeforeInitials(text: string): string {
  const close = text.indexOf('] (');
  if (close < 0 || text.indexOf('(') !== close + 2 || text.includes('[', close)) return text;
  const open = text.lastIndexOf('[', close);
  return open > 0 ? `${text.slice(0, open).trimEnd()} ${text.slice(close + 2)} (${text.slice(open + 1, close)})` : text;
}

function parseSingleCell(cell: string, initialsFirst = true, initialsLast = true): RosterEntry | null {
  // "Rollin / NERSC / @rcthomas": read before the handle is taken away, which says the line is a person.
  const slashed = initialsFirst && cell.includes('/') ? readSlashFields(withoutBullet(cell).trim(), isName) : null;
  if (slashed) {
    const entry = entryOf(slashed.name, '', null, false);
    return { ...entry, description: { ...entry.description, organisation: slashed.organisation } };
  }
  const text = withoutBracketedNickname(squareToRound(collapseSpaces(trimListPunctuation(withoutFootnoteMark(withoutPublicCount(removeHandles(withoutColonBeforeHandle(withoutAddress(withoutBullet(underscoredName(cell)))))))))));
  // "Donald Sellers, Jr.- Supervisor", "James B. Brown, Jr. (Arrived at 6:05 p.m.)": the generation after the name's comma is the name's.
  const generation = text.includes(', ') ? GENERATION_SUFFIX.exec(text) : null;
  if (generation && generation.index === text.indexOf(',')) {
    const entry = parseSingleCell(`${text.slice(0, generation.index)}${text.slice(generation.index + generation[0].length)}`, initialsFirst, initialsLast);
    if (entry && text.slice(0, generation.index).trimEnd().endsWith(entry.name)) return { ...entry, name: `${entry.name}, ${generation[1]}.` };
  }
  // "Ruth Howard Wiltshire Council RH": the initials column last, run on after the description with one space.
  const last = initialsLast ? text.lastIndexOf(' ') : -1;
  const closing = last > 0 && looksLikeInitials(text.slice(last + 1)) ? readClosingInitials(text, last, initialsFirst) : null;
  if (closing) return closing;
  // "NB Nick Bowman (Sussex Police)": the initials column run into the name with one space (once: the name has no more).
  // "[JB] Justin Baker": the initials in square brackets before the name, the key a list gives each person.
  const keyed = initialsFirst && text.charCodeAt(0) === 91 ? KEYED_INITIALS.exec(text) : null;
  if (keyed) {
    const entry = parseSingleCell(text.slice(keyed[0].length), false);
    if (entry && abbreviates(keyed[1]!, entry.name)) return { ...entry, initials: keyed[1]! };
  }
  const lead = initialsFirst && isUpperAt(text, 0) && isUpperAt(text, 1) ? splitLeadingInitials(text) : null;
  if (lead) {
    const entry = parseSingleCell(lead.rest, false);
    // Capitals in brackets after the name are then its organisation ("AO Alex Oakes (WSCC)").
    const mark = entry?.initials && entry.initials !== lead.initials && !entry.description.organisation ? entry.initials : null;
    if (entry && abbreviates(lead.initials, entry.name)) return { ...entry, initials: lead.initials, description: mark ? { ...entry.description, organisation: mark } : entry.description };
  }
  // "BARNET Cllr Mike Freer", "HACKNEY Mayor Jules Pipe": the borough a member sits for, in capitals, before the titled name.
  const labelled = initialsFirst && isUpperAt(text, 0) && isUpperAt(text, 1) ? splitCapitalsLabel(text) : null;
  if (labelled) {
    const entry = parseSingleCell(labelled.rest, false);
    if (entry && !entry.description.organisation) return { ...entry, description: { ...entry.description, organisation: labelled.label } };
  }
  // `(.*)$` after it: no line break follows.
  const sentence = lazyHead(text, WAS_PRESENT, { accept: (m) => !hasLineBreakFrom(text, m.index + m[0].length) });
  if (sentence) {
    const entry = parseSingleCell(sentence.head);
    const after = text.slice(sentence.tail.index + sentence.tail[0].length);
    if (entry && /part of the meeting/i.test(after)) entry.description = { ...entry.description, partial: true };
    if (entry && sentence.tail[0].toLowerCase().includes('attend')) entry.inAttendance = true;
    return entry;
  }
  const titled = LEADING_TITLE.exec(text);
  // "Chair Okafor (excused)", "Director Lee (6:05)": a roll call's mark after the surname, read off before the surname is.
  const marked = titled && titled[2]!.endsWith(')') ? splitAttendanceMarks(titled[2]!) : null;
  if (marked && marked.text !== titled![2] && looksLikeSurname(marked.text) && !readsAsPost(marked.text)) {
    const entry = entryOf(marked.text, titled![1]!, null, false);
    return { ...entry, description: { ...entry.description, partial: marked.partial, listMark: marked.list ?? entry.description.listMark ?? null } };
  }
  // "Chairman PJB", "Treasurer GF": an officer a club's list names by initials alone, as it names its members after theirs.
  if (titled && OFFICER_INITIALS.test(titled[2]!)) return entryOf(titled[2]!, titled[1]!, titled[2]!, false);
  // "Secretary Rash", "Trustee Jones": a post before the surname alone, as American minutes name officers.
  if (titled && (isName(titled[2]!) || (looksLikeSurname(titled[2]!) && !readsAsPost(titled[2]!)))) {
    // "Chairman Cllr P Norris": the post read as any description is, so that a chair word marks the chair.
    return entryOf(titled[2]!, titled[1]!, null, false);
  }
  const surnamed = OFFICER_SURNAME.exec(text);
  if (surnamed && looksLikeSurname(surnamed[2]!) && !readsAsPost(surnamed[2]!) && !AREA_ENDING.test(surnamed[2]!)) return entryOf(surnamed[2]!, surnamed[1]!, null, false);
  const postSurname = text.length <= 60 ? readPostBeforeSurname(text) : null;
  if (postSurname) return entryOf(postSurname.name, postSurname.post, null, false);
  // "Town Administrator Tim Smith": a post of two or three words before a name of two or three, nothing between.
  const postFirst = text.length <= 60 && !/[(),:]/.test(text) ? splitLeadingPost(text) : null;
  if (postFirst) return entryOf(postFirst.name, postFirst.post, null, false);
  // "Head of Finance Jo Lee (JL)": the post first, then the name and its initials in brackets.
  const initialled = text.length <= 80 && text.endsWith(')') ? TRAILING_INITIALS.exec(text) : null;
  const initialledPostFirst = initialled && !/[(),:]/.test(text.slice(0, initialled.index)) ? splitLeadingPost(text.slice(0, initialled.index)) : null;
  if (initialledPostFirst && initialsOf(initialledPostFirst.name) === initialled![1]) return entryOf(initialledPostFirst.name, initialledPostFirst.post, initialled![1]!, false);
  // "Chair - Sarah Speed (SS)": a post and a dash before the name, then the name's own initials in brackets.
  const dashedPost = initialled && DASHED_POST_FIRST.test(text) ? parseSingleCell(text.slice(0, initialled.index), false, false) : null;
  if (dashedPost && !dashedPost.initials && initialsOf(dashedPost.name) === initialled![1]) return { ...dashedPost, initials: initialled![1]! };
  const areaPostFirst = text.length <= 90 && !/[(),:]/.test(text) ? splitLeadingAreaPost(text) : null;
  if (areaPostFirst) {
    const entry = entryOf(areaPostFirst.name, '', null, false);
    return { ...entry, description: { ...entry.description, role: areaPostFirst.post } };
  }
  const postComma = text.includes(', ') ? (readPostCommaName(text) ?? readDescriptionCommaName(text)) : null;
  if (postComma) return postComma;
  const bracket = BRACKET.exec(text);
  // "Monitoring Officer (R Bluett)": the post, then the person in brackets.
  if (bracket && !bracket[3] && !isName(bracket[1]!) && isName(bracket[2]!) && readsAsPost(bracket[1]!)) return entryOf(bracket[2]!, bracket[1]!, null, false);
  // "Senior Lecturer (Dr C Kern)": a post of two words that could pass for a name, its holder in brackets with a title,
  // as a college board lists its officers.
  if (bracket && !bracket[3] && BRACKETED_TITLED_HOLDER.test(`(${bracket[2]!.trim()})`) && postBeforeTitledHolder(bracket[1]!.trim())) {
    return entryOf(bracket[2]!, bracket[1]!, null, false);
  }
  // "Manager Audit, Risk & Governance (Mrs N Johnson)": a post whose area runs over commas, then its holder with a title in
  // brackets, as Australian councils list the staff in attendance.
  if (bracket && !bracket[3] && text.includes(', ') && BRACKETED_TITLED_HOLDER.test(`(${bracket[2]!.trim()})`) && postBeforeAreaList(bracket[1]!)) {
    const entry = entryOf(bracket[2]!, '', null, false);
    return { ...entry, description: { ...entry.description, role: bracket[1]!.trim() } };
  }
  // "Director Community Services (Jon Kingsford)": a post that heads its area with no "of", the whole of it the role.
  if (bracket && !bracket[3] && !isName(bracket[1]!) && isName(bracket[2]!) && readsAsPostBeforeArea(bracket[1]!)) {
    const entry = entryOf(bracket[2]!, '', null, false);
    return { ...entry, description: { ...entry.description, role: bracket[1]!.trim() } };
  }
  // "Her Worship the Mayor R Reese (Chairperson)", "Town Administrator Tim Smith (Chair)": a post before the name, then the
  // chair mark in brackets.
  const postedChair = bracket && !bracket[3] && isChairWord(bracket[2]!.trim()) && !/[(),:]/.test(bracket[1]!) && !isName(bracket[1]!) ? splitLeadingPost(bracket[1]!) : null;
  if (postedChair) return entryOf(postedChair.name, `${postedChair.post} (${bracket![2]!.trim()})`, null, false);
  // "Ann Marie Part (AMP)": the name's own initials in brackets vouch for a surname that is also a word of minutes.
  const spelled = bracket && !isName(bracket[1]!) ? bracket[2]!.trim() : '';
  if (spelled && /^\p{Lu}{2,4}$/u.test(spelled) && initialsOf(bracket![1]!.trim()) === spelled && vouchedSurname(bracket![1]!.trim())) {
    return entryOf(bracket![1]!, bracket![3]!.replace(/^[,;–—-]\s*/, ''), spelled, false);
  }
  if (bracket && isName(bracket[1]!)) {
    const inside = bracket[2]!.trim();
    // ("Ann Lee (AL) : Director": a colon after the initials, as a flattened table writes the cell's edge.)
    const after = bracket[3]!.replace(/^[,;:–—-]\s*/, '');
    // "Mina Bell (MB)": the name's own letters are initials, also where they spell a unit.
    const own = /^\p{Lu}{2,4}$/u.test(inside) && spellsInitials(bracket[1]!, inside);
    // "Tessa Grant (CEO)": capitals that spell a post and not the name are the post.
    if (own || (looksLikeInitials(inside) && !readsAsPost(inside))) return entryOf(bracket[1]!, after, inside, false);
    // "Tom Pike (TP, UKBA)", "Jane Merrow (JM, Chair)": the name's initials first, then what it says of them;
    // also "(JM - Chair)", "(JMe - notetaker)" and "(JM for Ada Finch)", the initials a dash or "for" apart.
    const comma = leadEnd(inside);
    const lead = comma > 0 ? inside.slice(0, comma).trim() : '';
    if (lead && looksLikeInitials(lead) && (initialsOf(splitPersonName(bracket[1]!).name) === lead || (comma !== inside.indexOf(',') && abbreviates(lead, splitPersonName(bracket[1]!).name)))) {
      const rest = inside.slice(comma).replace(/^(?:[,;]|\s[-–]\s)/, '').trim();
      const chairMark = isChairWord(rest) ? `(${rest})` : rest;
      return entryOf(bracket[1]!, [chairMark, after].filter(Boolean).join(', '), lead, false);
    }
    // "(Chairman)" alone is the chair mark: kept in its brackets, apart from the words after it.
    if (isChairWord(inside)) {
      // "Jo Finch (Chair) (JF), Acme": the name's initials in their own bracket after the chair mark.
      const initials = /^\((\p{Lu}{2,4})\)\s?,?\s?/u.exec(after);
      const own = initials && initialsOf(splitPersonName(bracket[1]!).name) === initials[1] ? initials : null;
      return entryOf(bracket[1]!, `(${inside}) ${own ? after.slice(own[0].length) : after}`, own ? own[1]! : null, false);
    }
    return entryOf(bracket[1]!, [inside, after].filter(Boolean).join(', '), null, false);
  }
  // "Ann Lee AL Clinical Chair": name, initials and post, a table's cells joined by single spaces.
  const row = text.includes(' ') ? splitInitialledRow(text) : null;
  if (row && isName(row.name)) return entryOf(row.name, row.description, row.initials, false);
  // (Read before the chair word alone: "Nadine Hale Vice Chairman" is the vice chairman, no chair named "Nadine Hale Vice".)
  // "Debroy Summers Deputy Chairman", "Tim Read Treasurer": an officer's post after the name, with no mark between.
  const officer = /(?:hairman|hair|hairperson|hairwoman|ecretary|reasurer)$/i.test(text) ? OFFICER_AFTER.exec(text) : null;
  if (officer && isName(text.slice(0, officer.index))) return entryOf(text.slice(0, officer.index), officer[1]!, null, false);
  // "R. Lankfer Chairman": the chair word after the name, with no mark between.
  const chairAfter = text.lastIndexOf(' ');
  if (chairAfter > 0 && CHAIR_WORD.test(text.slice(chairAfter + 1)) && isName(text.slice(0, chairAfter))) return entryOf(text.slice(0, chairAfter), text.slice(chairAfter + 1), null, false);
  // "Mrs E M Davies in the chair": the words after the name, as British committees mark who chaired.
  const inChair = text.endsWith('chair') || text.endsWith('Chair') ? IN_THE_CHAIR.exec(text) : null;
  if (inChair && isName(text.slice(0, inChair.index))) return entryOf(text.slice(0, inChair.index), 'Chair', null, false);
  // "Mrs R Crisp-Chair": the chair word joined to the name by a hyphen.
  const joined = text.lastIndexOf('-');
  if (joined > 0 && CHAIR_WORD.test(text.slice(joined + 1)) && isName(text.slice(0, joined))) return entryOf(text.slice(0, joined), text.slice(joined + 1), null, false);
  const comma = COMMA.exec(text);
  if (comma && isName(comma[1]!)) return entryOf(comma[1]!, comma[2]!, null, false);
  // "Selina Moyo; WSMP (SM)": a semicolon after the name, as a comma.
  const semicolon = text.indexOf('; ');
  if (semicolon > 0 && isName(text.slice(0, semicolon))) return entryOf(text.slice(0, semicolon), text.slice(semicolon + 2), null, false);
  let afterDash: string | null = null;
  const dash = lazyHead(text, DASH, { accept: (m) => (afterDash = restOfLine(text, m.index + m[0].length, 1)) !== null });
  // "Vice President – Ron Alford": a post that reads as a name too goes before the holder all the same.
  const postBeforeDash = dash && afterDash !== null && readsAsPost(dash.head) ? readPostThenHolder(dash.head, afterDash) : null;
  if (postBeforeDash) return postBeforeDash;
  if (dash && afterDash !== null && isName(dash.head)) return entryOf(dash.head, afterDash, null, false);
  // "Welfare Officer - Angela Irwin", "Ride Coordinator – Jo Finch": a club's officer list, the post first and the holder after the dash.
  const holder = dash && afterDash !== null ? readPostThenHolder(dash.head, afterDash) : null;
  if (holder) return holder;
  // "Helen Ames –ACS – OPPD", "Andrea Elton- WHHT": the dash after the name with its space lost on one side.
  const lopsided = text.includes('-') || text.includes('–') || text.includes('—') ? LOPSIDED_DASH.exec(text) : null;
  if (lopsided && isName(text.slice(0, lopsided.index))) return entryOf(text.slice(0, lopsided.index), text.slice(lopsided.index + lopsided[0].length), null, false);
  // "Jess Moor: Treasurer".
  const colon = text.indexOf(': ');
  // "Start Time: 13:02" under the list: a page's time field, no person; "Mayor H.S. Hughes Time: 6:00 p.m.": the person
  // before a time field the flattening ran on after the name.
  if (colon > 0 && CLOCK_VALUE.test(text.slice(colon + 2))) {
    const named = text.slice(0, colon).replace(TIME_LABEL_END, '');
    return named !== text.slice(0, colon) && isName(named) ? entryOf(named, '', null, false) : null;
  }
  if (colon > 0 && isName(text.slice(0, colon))) return entryOf(text.slice(0, colon), text.slice(colon + 2), null, false);
  // "Footpath Warden Mr C Philpott": a post written before the titled name.
  const posted = readTitleSeparated(text);
  if (posted?.length === 1) return posted[0]!;
  if (isName(text)) return entryOf(text, '', null, false);
  // "Jo Clark of the University of Reading", "John Shaw of Chiltern Rangers": an apology's person and the body they are from.
  const of = text.includes(' of ') ? NAME_OF_BODY.exec(text) : null;
  if (of && isName(of[1]!) && !readsAsPost(of[1]!)) return entryOf(of[1]!, of[2]!, null, false);
  return readHandleOwner(cell, text) ?? readStandingIn(text);
}

const TRAILING_INITIALS = / \((\p{Lu}{2,4})\)$/u;
// "Chair - ", "Vice Chair – ": a word or two of a post, then a dash, before a name.
const DASHED_POST_FIRST = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? [-–] \p{Lu}/u;
// The name's two to four words, then "of" and a capitalised body ("the" before it left out).
const NAME_OF_BODY = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) of (?:the )?(\p{Lu}[^,;:()]{1,80})$/u;

/**
 * The post or body before a dash and the person after it ("Home Office – Jo Finch (Deputy Director)": the person's own
 * post in a bracket after the name); null unless the head reads as a post or a body (not a name) and the rest as a name.
 */
function readPostThenHolder(head: string, rest: string): RosterEntry | null {
  // "Secretary – Brenda Campbell (absent)": the marks of how the holder attended close the line, no post of theirs.
  const marks = splitAttendanceMarks(rest.trim());
  const marked = marks.list !== null || marks.partial ? rest.trim().slice(marks.text.length) : '';
  const written = marks.text;
  // "Jo Finch (Deputy Director)": a name and the one bracket that closes it.
  const open = written.endsWith(')') ? written.lastIndexOf('(') : -1;
  const bracket = open > 2 && written.indexOf('(') === open ? written.slice(open + 1, -1).trim() : null;
  const name = bracket !== null ? written.slice(0, open).trim() : written;
  if (head.length > 40 || name.length > 40 || name.includes(' - ') || name.includes(' – ') || (isName(head) && !readsAsPost(head)) || !isName(name) || readsAsPost(name)) return null;
  if (bracket === null ? !readsAsPost(head) && !readsAsBody(head) : !readsAsBody(head)) return null;
  // (A body's own post in the bracket is the person's role there.)
  return entryOf(name, `${bracket !== null ? `${bracket}, ${head}` : head}${marked}`, null, false);
}

/**
 * "Ruth Howard Wiltshire Council RH", "Graham Hogg, Director of Housing RH": initials last on the line that spell the
 * words it starts with (after any title): those words are the name, the words between them the description.
 * Else the text before the initials as any entry reads, where the initials spell its name.
 */
function readClosingInitials(text: string, last: number, initialsFirst: boolean): RosterEntry | null {
  const initials = text.slice(last + 1);
  const capitals = initials.replace(/\p{Ll}/gu, '');
  const { name, honorific } = splitPersonName(text.slice(0, last));
  const words = name.split(' ');
  const nameWords = words.slice(0, capitals.length).join(' ').replace(/[,;]$/, '');
  if (words.length > capitals.length && initialsOf(nameWords) === capitals && isName(nameWords)) {
    const written = words.slice(capitals.length).join(' ').replace(/^[,;–—-]\s*/, '');
    // "Mark Lane (for Steve Benson) Aster": a bracket before the organisation says as much after it.
    const close = written.startsWith('(') ? written.indexOf(') ') : -1;
    const description = close > 0 ? `${written.slice(close + 2)} ${written.slice(0, close + 1)}` : written;
    return entryOf(honorific ? `${honorific} ${nameWords}` : nameWords, description, initials, false);
  }
  const entry = parseSingleCell(text.slice(0, last), initialsFirst, false);
  return entry && !entry.initials && capitals === initialsOf(entry.name) ? { ...entry, initials } : null;
}

// A deputy's chair post or a society's officer last on the line ("Clerk" may be a surname, and stays out).
const OFFICER_AFTER = /\s((?:vice|deputy)[\s-]chair(?:man|woman|person)?|secretary|treasurer)$/i;

/**
 * A row read from "Name Description" after one space stands only in a list with another row read so, next to it
 * or opening the list ("Mike Batty Head of ..." over "Miriam Robertson YOS Manager"): alone, it may be a heading
 * ("Ethnic Peoples Advisory Panel").
 */
export function standsBesideLostCell(entry: RosterEntry, neighbours: readonly (string | undefined)[]): boolean {
  return entry.lostCell !== 'spaced' || neighbours.some((text) => text !== undefined && parseRowEntry(cellsOf(text))?.lostCell !== undefined);
}

/**
 * A roster line as one row of a list: {@link parseEntry}, or else "Mike Batty Head of Community Protection",
 * the name and the description with the tab between them lost (never read in a part of a line).
 */
export function parseRowEntry(cells: readonly string[]): RosterEntry | null {
  const entry = parseEntry(cells);
  if (entry || cells.length !== 1) return entry;
  const text = collapseSpaces(trimListPunctuation(withoutBullet(cells[0]!)));
  const lost = isUpperAt(text, 0) ? readSpacedRow(text) : null;
  return lost && { ...entryOf(lost.name, lost.description, lost.initials ?? null, lost.chairColumn === true), lostCell: lost.certain ? 'certain' : 'spaced' };
}

const readSpacedRow = perParse(readLostCell);

// "Ada (TSC)" once a handle is taken away: one capitalised word, perhaps a bracket after it.
const ONE_WORD_OWNER = /^(\p{Lu}[\p{L}'’-]+)(?:\s*\(([^()]*)\))?$/u;

/**
 * "AdaLovelace @alovelace (TSC)": the handle says the line is a person, so one word before it
 * (a name typed without its space, or a given name alone) is that person's name as written.
 */
function readHandleOwner(cell: string, text: string): RosterEntry | null {
  if (!cell.includes('@') || removeHandles(cell) === cell) return null;
  const m = ONE_WORD_OWNER.exec(text) ?? spelledByHandle(cell, text);
  return m ? entryOf(m[1]!, m[2] ?? '', null, false) : (readBracketedOwner(text) ?? handleAsWritten(cell, text));
}

// "jdoe ()", "jdoe () - TSC" once the handle is taken away: the word, the empty bracket, what a dash says of the person.
const HANDLE_WORD = /^([\w.-]+)(?:\s?\(\s?\))?(?:\s[-–—]\s(\S.{0,80}))?$/;

/** "jdoe (@jdoe)", "jdoe (@jdoe) - TSC": a list that writes someone by their handle, then the handle again: the handle as written is who. */
function handleAsWritten(cell: string, text: string): RosterEntry | null {
  const m = HANDLE_WORD.exec(text);
  const handle = /@([\w-]+)/.exec(cell)?.[1];
  return m && handle && m[1]!.toLowerCase() === handle.toLowerCase() ? entryOf(m[1]!, m[2]?.trim() ?? '', null, false) : null;
}

// "Jon Church (@jonchurch)" once the handle is taken away: two to four capitalised words, perhaps a bracket after them.
const WORDS_BEFORE_HANDLE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([^()]*)\))?$/u;

/** The words before a handle that spells them ("Jon Church" for "@jonchurch"): a name, though its words name things too. */
function spelledByHandle(cell: string, text: string): RegExpExecArray | null {
  const m = WORDS_BEFORE_HANDLE.exec(text);
  const handle = /@([\w-]+)/.exec(cell)?.[1];
  return m && handle && m[1]!.replace(/[\s'’-]/g, '').toLowerCase() === handle.toLowerCase() ? m : null;
}

/** "@zkeaton (Zoe Keaton - observer)" once the handle is gone: the person in brackets, what follows a dash describing them. */
function readBracketedOwner(text: string): RosterEntry | null {
  if (!text.startsWith('(') || !text.endsWith(')') || text.indexOf(')') !== text.length - 1) return null;
  const inside = text.slice(1, -1).trim();
  const dash = inside.search(/\s[-–—]\s/);
  const name = dash === -1 ? inside : inside.slice(0, dash);
  return isName(name) ? entryOf(name, dash === -1 ? '' : inside.slice(dash + 3), null, false) : null;
}

const STANDS_IN_FOR = [' substituting for ', ' deputising for ', ' deputizing for ', ' on behalf of ', ' for '];

/**
 * "Kemi Adeyemi for Helen Marsh (Refugee Council)": a person there for an absent member, named
 * before the description (after it, "Kemi Adeyemi (Refugee Council) for Helen Marsh", the description reads it).
 */
function readStandingIn(text: string): RosterEntry | null {
  const lower = text.toLowerCase();
  const phrase = STANDS_IN_FOR.find((p) => lower.includes(p));
  if (!phrase) return null;
  const at = lower.indexOf(phrase);
  const head = text.slice(0, at);
  const after = text.slice(at + phrase.length);
  // The absent member's name runs to a bracket, a comma or the end.
  const end = after.search(/[(,]/);
  const absent = splitPersonName((end === -1 ? after : after.slice(0, end)).trim()).name;
  if (!isName(head) || !looksLikePersonName(absent)) return null;
  const entry = parseSingleCell(end === -1 ? head : `${head} ${after.slice(end)}`);
  if (entry) entry.description = { ...entry.description, substituteFor: absent };
  return entry;
}

// Pure answers asked for again and again while a roster is read (the same cells in several layouts).
const isName = perParse(readsAsName);
const describeOnce = perParse(describe);

/**
 * "Simin Azimi MRAP": capitals closing a name of three words or more in mixed case are an organisation's acronym, not a surname.
 * ("Daniel M. C. CHENG": after a middle initial they are the surname, written in capitals as Hong Kong lists write it.)
 */
function closesWithAcronym(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 3 && /^\p{Lu}{2,}$/u.test(words[words.length - 1]!) && /\p{Ll}/u.test(name) && !MIDDLE_INITIAL.test(words[words.length - 2]!);
}
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/** "Amir Rahimi – Business Support Officer": a dash or bar between words, as a name and its post are parted. */
const dashedPost = (post: string) => post.includes(' – ') || post.includes(' - ') || post.includes(' — ') || post.includes(' | ');

/** "Chief Administrative Officer, S. Chambers": a post, one comma, then its holder, as a staff list may write them. */
function readPostCommaName(text: string): RosterEntry | null {
  const comma = text.indexOf(', ');
  const post = text.slice(0, comma);
  const person = text.slice(comma + 2);
  // ("Amir Rahimi – Business Support Officer, Safeguarding Adults": a name and its post before the comma, the post's area after it.)
  if (person.includes(',') || post.includes('(') || person.includes('(') || dashedPost(post) || isName(post) || !isName(person) || readsAsPost(person) || !readsAsPost(post)) return null;
  const entry = entryOf(person, '', null, false);
  return { ...entry, description: { ...entry.description, role: withoutMayorStyle(post.trim()) } };
}

/**
 * "MRC, Antoinette Chow", "Manager Community Services, Mr D Linden", "Community Worker, Multicultural & Indigenous, Ms J Bassam":
 * a committee's list that writes what each member represents first, then the person after the last comma. A body before the
 * comma is the organisation; a post (one that heads its area with no "of" too), with its area after a further comma when a
 * title opens the name, is the role.
 */
const DESCRIPTION_NOT_FIRST = /\s[–—-]\s|\sand\s/;
const CAPITALS_WORD = /\b\p{Lu}{2,}\b/u;
function readDescriptionCommaName(text: string): RosterEntry | null {
  const comma = text.lastIndexOf(', ');
  const description = text.slice(0, comma).trim();
  const person = text.slice(comma + 2).trim();
  // ("Jo Kearns – Chief Executive, BUILD Norwich": a name and its post before the comma, a body in capitals after it;
  // "Clerk, Mrs A Lee and Assistant Clerk, Mrs B Rowe": two people, run into a sentence.)
  if (comma <= 0 || description.includes('(') || person.includes('(') || DESCRIPTION_NOT_FIRST.test(description) || CAPITALS_WORD.test(person)) return null;
  if (!isName(person) || readsAsPost(person) || isName(description)) return null;
  const first = description.split(', ')[0]!;
  const entry = () => entryOf(person, '', null, false);
  const titled = splitPersonName(person).honorific !== null;
  if ((description === first || titled) && (readsAsPost(first) || readsAsPostBeforeArea(first))) return { ...entry(), description: { ...EMPTY_DESCRIPTION, role: description } };
  return description === first && readsAsBody(description) ? { ...entry(), description: { ...EMPTY_DESCRIPTION, organisation: description } } : null;
}

// "Elizabeth (Betty) Warner": a given name, the name the person goes by in brackets, then the surname.
const BRACKETED_NICKNAME = /^(\p{Lu}[\p{Ll}'’-]+)\s\((\p{Lu}[\p{Ll}'’.-]{1,20})\)\s(?=\p{Lu}\p{Ll})/u;

/** "Elizabeth (Betty) Warner" -> "Elizabeth Warner": the bracket is no part of the name (nor a post: "Ann (Chair) Hale" stays). */
function withoutBracketedNickname(text: string): string {
  const m = text.includes(') ') ? BRACKETED_NICKNAME.exec(text) : null;
  return m && !isChairWord(m[2]!) && !readsAsPost(m[2]!) ? `${m[1]} ${text.slice(m[0].length)}` : text;
}

// "Fredettena “Tina” Fletcher", 'Robert "Bob" Hale': the name the person goes by, in quotes between given name and surname.
const QUOTED_NICKNAME = /(?<=\S)\s[“"‘]\p{Lu}[\p{Ll}'’.-]{0,20}[”"’]\s(?=\p{Lu})/u;

function readsAsName(written: string): boolean {
  // (Read without the nickname: the quotes are no letters of a name.)
  const plain = written.includes(' “') || written.includes(' "') || written.includes(' ‘') ? written.replace(QUOTED_NICKNAME, ' ') : written;
  const { name, honorific } = splitPersonName(trimListPunctuation(plain));
  if (closesWithAcronym(name) || name.split(' ').some(runsWordsTogether)) return false;
  // "Cllr Vaughan": after a title, a surname alone names a person.
  return looksLikePersonName(name) || (honorific !== null && (looksLikeSurname(name) || titledWordSurname(name)));
}

// Surnames that are also words of minutes ("Court", "Hall", "Church"), read as surnames only after a title.
const WORD_SURNAMES = new Set(['court', 'hall', 'church']);

/** "Ann Court" after "Cr": a given name, then a surname that is also a word of minutes ("Town Hall" stays a place: "Town" is no given name). */
function titledWordSurname(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && WORD_SURNAMES.has(name.slice(space + 1).toLowerCase()) && !PLACE_BEFORE.test(name) && looksLikePersonName(`${name.slice(0, space)} Hale`);
}
/** "Ann Marie Part": given names, then a capitalised word of minutes as the surname (no place's name: "Town Hall"). */
function vouchedSurname(name: string): boolean {
  const space = name.lastIndexOf(' ');
  // ("European Commission (EC)": a body's name, its acronym after it.)
  return space > 0 && /^\p{Lu}\p{Ll}+$/u.test(name.slice(space + 1)) && !PLACE_BEFORE.test(name) && !readsAsBody(name) && !readsAsPost(name) && looksLikePersonName(`${name.slice(0, space)} Hale`);
}
const PLACE_BEFORE = /^(?:town|village|county|city|guild|parish|civic|memorial|community|district|borough|st\.?|saint|high|crown|magistrates|royal|old|new|main|market|church|sports|pavilion|jubilee|victoria|albert|assembly|concert|music|drill|scout|mission|methodist|baptist|united|reformed|free)\s/i;

function entryOf(nameCell: string, descriptionText: string, initials: string | null, chairColumn: boolean): RosterEntry {
  const { name, honorific } = splitPersonName(trimListPunctuation(nameCell));
  // "Tom Pike, UKBA (TP)": the name's initials in brackets closing the description.
  const closing = initials ? null : closingInitials(descriptionText, name);
  // "Barbara Mitchell, RN, NHA, President": the credentials before the post are no part of it.
  const text = withoutCredentials(closing ? descriptionText.slice(0, closing.at).trimEnd() + closing.after : descriptionText);
  // "Neil Hale, MP": letters after the name, not a description.
  const description = text.trim() && !isPostNominal(text.trim()) ? describeOnce(text) : { ...EMPTY_DESCRIPTION };
  return { name, honorific, initials: initials ?? closing?.initials ?? null, chairColumn, description };
}

/**
 * Initials in brackets at the end of a description that abbreviate the name, where their bracket opens, and the marks
 * written after them ("SBC (MB) (Chair)", "YOS (Minutes) (KE)": the chair's or minute taker's mark on either side).
 */
function closingInitials(description: string, name: string): { initials: string; at: number; after: string } | null {
  const trimmed = description.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  let open = trimmed.lastIndexOf('(');
  let after = '';
  // "(Chair)", "(Minutes)" last: the initials may stand in the bracket before.
  if (open > 0 && MARK_AFTER_INITIALS.test(trimmed.slice(open + 1, -1)) && trimmed.charAt(open - 2) === ')') {
    after = ` ${trimmed.slice(open)}`;
    open = trimmed.lastIndexOf('(', open - 2);
  }
  const inside = trimmed.slice(open + 1, open > 0 ? trimmed.length - after.length - 1 : -1);
  // ("MB", "NB" are initials here, where they spell the name: elsewhere they may be megabytes or a note.)
  return open > 0 && INITIALS_SHAPE.test(inside) && (abbreviates(inside, name) || extendsInitials(inside, name)) ? { initials: inside, at: open, after } : null;
}

const MARK_AFTER_INITIALS = /^(?:(?:co-?)?chair(?:man|woman|person)?|minutes|minute[- ]taker|note[- ]taker|secretariat)$/i;

/** "JBE" for Jean Bell beside a Jane Bradley (JB): the name's initials, then one letter more that tells two apart. */
function extendsInitials(initials: string, name: string): boolean {
  const own = initialsOf(name);
  return own.length >= 2 && initials.length === own.length + 1 && initials.startsWith(own);
}

/** The entry of a person who stood in for an absent member ("Mr D Walker, Medical Director" for "A Cummings"). */
export function standInEntry(written: string, absent: string): RosterEntry {
  // The stand-in's own post may follow the name.
  const comma = written.indexOf(', ');
  const { name, honorific } = splitPersonName(comma > 0 ? written.slice(0, comma) : written);
  const description = { ...(comma > 0 ? describeOnce(written.slice(comma + 2)) : EMPTY_DESCRIPTION), substituteFor: absent };
  return { name, honorific, initials: null, chairColumn: false, description };
}

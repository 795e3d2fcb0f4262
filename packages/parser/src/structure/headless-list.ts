import type { Line } from '../scan/scan-lines.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readRosterHeading } from '../roster/headings.js';
import { findDates } from '../dates/parse-date.js';
import { isSpaceCode, isUpperAt, splitTopLevel } from '../text/clean.js';
import { filledFrom } from '../scan/filled-lines.js';
import { readInitialledGivenName } from '../roster/initialled-given-name.js';
import { startsDashedPerson } from '../roster/wrapped.js';
import { JOINING_AND } from '../roster/prose-roster.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { endsInRollWord, splitAttendanceMarks } from '../roster/attendance-marks.js';
import { COUNTED_PEOPLE } from '../roster/counted-people.js';

// A list this long, line for line a person, before another list's heading.
const LEAST_PEOPLE = 3;
const MOST_PEOPLE = 60;

/**
 * "Jo Finch (Chairman)" / "Sam Pike" / "Ann Lee" as a block of their own under the title, then
 * "In Attendance": the list of those present, its heading lost in conversion. Read only where the
 * block starts after a blank line, every line of it names one person, and another list's heading follows.
 */
export function opensHeadlessList(content: Line[], at: number): boolean {
  const first = content[at]!;
  // ("• Ann Hale – Treasurer": the block may be bulleted.)
  const bulleted = startsWithBullet(first.text);
  // (Bullets set the block apart from the title line above them, with no blank line between.)
  const apart = at === 0 || content[at - 1]!.blank || (bulleted && !startsWithBullet(content[at - 1]!.text));
  if (!isUpperAt(bulleted ? withoutBulletMark(first.text).trimStart() : first.text, 0) || !apart) return false;
  let end = at;
  while (end < content.length && !content[end]!.blank && (!bulleted || startsWithBullet(content[end]!.text)) && end - at < MOST_PEOPLE) end++;
  if (end - at < LEAST_PEOPLE) return opensSpacedList(content, at);
  // The list heading after the block, tested first: most blocks have none.
  const next = filledFrom(content, end);
  const heading = next < content.length ? readRosterHeading(content[next]!.text, true) : null;
  // ("Apologies: Dan Moss": the apologies after those present, names on the label's line.)
  const headed = (heading !== null && (heading.rest === '' || heading.attendance === 'apologies') && !heading.chair) || (next < content.length && namesChairTaken(content[next]!.text));
  // "Plus 53 residents who attended the meeting" under the names: those counted beside the people named, an attendance list's last line.
  const counted = next < content.length && COUNTED_PEOPLE.test(content[next]!.text);
  const tally = emptyTally();
  // "- Councillor Ann Hale" / "- Mr. Sam Pike, Chief Executive": bulleted lines, each a person by title.
  let bulletedTitled = 0;
  // "- Julie Hart, Engagement Facilitator" / "- D. Moss, tenant": bulleted lines, each a person, a comma and who they are.
  let bulletedDescribed = 0;
  // "Ann Cole      Director Community Services (Chair)" / "Ben Tait      Metropolitan Police": each line a person and who
  // they are in a cell of their own, one of them the chair.
  const table = { described: 0, chaired: false };
  for (let k = at; k < end; k++) {
    const text = content[k]!.text;
    const bare = startsWithBullet(text) ? withoutBulletMark(text).trimStart() : null;
    const entry = bare !== null ? parseEntry(cellsOf(bare)) : null;
    const titled = entry?.honorific != null;
    if (text.length > 120 || findDates(text).length > 0 || readRosterHeading(text, false) || !(titled || namesPeople(text))) return false;
    if (titled) bulletedTitled++;
    if (entry && bare!.startsWith(`${entry.name}, `) && /\p{L}{3}/u.test(bare!.slice(entry.name.length))) bulletedDescribed++;
    if (bare === null) tallyTableRow(table, text);
    count(tally, text);
  }
  const chairedTable = table.chaired && table.described === end - at;
  return headed || counted || listsPeople(tally) || bulletedTitled === end - at || bulletedDescribed === end - at || chairedTable;
}

/**
 * A row of a person and who they are, counted ("Ann Cole      RBC Housing", or "Ann ColeRBC Housing" where the converter
 * lost the cell break and the surname ran into the description); and whether it marks the chair.
 */
function tallyTableRow(table: { described: number; chaired: boolean }, text: string): void {
  const cells = cellsOf(text);
  if (cells.length > 2) return;
  const entry = parseEntry(cells);
  if (entry === null || (cells.length === 1 && entry.lostCell !== 'certain')) return;
  if (entry.description.role === null && entry.description.organisation === null && !entry.description.chair) return;
  table.described++;
  if (entry.description.chair) table.chaired = true;
}

/** What the lines of a block without a heading say of the people on them. */
interface PeopleTally {
  people: number;
  /** "Doug (DL)": a given name with the person's initials. */
  initialled: number;
  /** A person with who they are in brackets, and of those, the ones written with a title. */
  bracketed: number;
  titled: number;
}

const emptyTally = (): PeopleTally => ({ people: 0, initialled: 0, bracketed: 0, titled: 0 });

function count(tally: PeopleTally, text: string): void {
  tally.people++;
  // (Or a person with the initials the minutes call them by: "Ruth Howard Wiltshire Council RH".)
  if (readInitialledGivenName(text) || parseEntry(cellsOf(text))?.initials) tally.initialled++;
  const described = describedPerson(text);
  if (described) tally.bracketed++;
  if (described === 'titled') tally.titled++;
}

/**
 * Without the next list's heading, given names with their initials ("Doug (DL)") say the block lists people, as do
 * names each with who they are in brackets, mostly by title ("Mr Dave Robson (Mill Manager, Acme Ltd)").
 */
const listsPeople = (t: PeopleTally): boolean => t.initialled >= LEAST_PEOPLE || describesAll(t.people, t.bracketed, t.titled);

/** "Mr Dave Robson (Mill Manager, Acme Ltd)", "Ken Vine (Mill Manager)": a person with who they are in brackets, by title or not. */
function describedPerson(text: string): 'titled' | 'untitled' | null {
  if (!text.endsWith(')')) return null;
  const entry = parseEntry(cellsOf(text));
  if (entry === null || entry.description === null) return null;
  return entry.honorific === null ? 'untitled' : 'titled';
}

/** Every line a person with who they are in brackets, half of them at least by title ("Mr", "Mrs"): a list of people. */
const describesAll = (people: number, bracketed: number, titled: number): boolean => people >= LEAST_PEOPLE && bracketed === people && 2 * titled >= people;

// "Celia Burn in the Chair.": who took the chair, as Scottish minutes say below the list of those present.
const CHAIR_TAKEN = /^(\S[^.]{2,60}?),?\s+in\s+the\s+chair\.?(?:\s|$)/i;

function namesChairTaken(text: string): boolean {
  const m = text.length < 200 && text.includes(' the ') ? CHAIR_TAKEN.exec(text) : null;
  return m !== null && parseEntry([m[1]!]) !== null;
}

/** "Jo Finch", or "Jo Finch / Sam Pike" sharing a seat. */
function namesPeople(text: string): boolean {
  if (parseEntry(cellsOf(text)) || readInitialledGivenName(text)) return true;
  const shared = text.split(' / ');
  return shared.length === 2 && shared.every((part) => parseEntry([part]) !== null);
}

/**
 * "Mike Batty – Head of Community Protection (Chair)", a blank line, "Miriam Robertson – YOS Manager", ...
 * then "Also in attendance:": the same list with a blank line after every entry.
 */
function opensSpacedList(content: Line[], at: number): boolean {
  const tally = emptyTally();
  let dashed = 0;
  let k = at;
  for (; k < content.length && k - at < 2 * MOST_PEOPLE; k++) {
    const text = content[k]!.text;
    if (content[k]!.blank) continue;
    if (text.length > 120 || findDates(text).length > 0 || readRosterHeading(text, false) || !namesPeople(text)) break;
    count(tally, text);
    if (startsDashedPerson(text)) dashed++;
  }
  const heading = tally.people >= LEAST_PEOPLE && k < content.length ? readRosterHeading(content[k]!.text, true) : null;
  // ("Regrets:  Jo Lind, Ben Hale": the apologies after those present, names on the label's line, as in a block without blank lines.)
  // ("Pam Reed - Chairman (Community Board member)" / "Dan Moss - Friends of the Museum" / ..., a blank line after each, under
  // the meeting's Date/Time/Venue fields: a council page's members, its "Present" caption lost; every line "Name - who".)
  return (
    (heading !== null && (heading.rest === '' || heading.attendance === 'apologies') && !heading.chair) ||
    listsPeople(tally) ||
    (dashed >= LEAST_PEOPLE && dashed === tally.people && underMeetingField(content, at))
  );
}

// "Venue:    Museum Meeting Room, ...", "Time:   2.30pm": the last of the meeting's fields over the members' lines.
const PLACE_OR_TIME_FIELD = /^(?:venue|location|place|time)\s*:\s*\S/i;
// Blank lines between the fields and the list, at most this many (a council page's spacing).
const MOST_BLANKS_ABOVE = 6;

/** The line above `at`, past a few blank ones, is the meeting's venue or time field (not an officers' list in running text). */
function underMeetingField(content: Line[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= MOST_BLANKS_ABOVE && content[k]!.blank) k--;
  return k >= 0 && !content[k]!.blank && PLACE_OR_TIME_FIELD.test(content[k]!.text.trim());
}

function separatorCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) count++;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) count++;
  return count;
}

/** A heading-less attendance line: "Jane Roe (JR), Sam Poe (SP), ..." between the title and the text. */
export function readsAsRoster(line: Line, next: Line | undefined): boolean {
  // "Ada Finch (AF), Sam Poe (SP), Jo Lee (JL)," cut by the page width: read with the line it goes on to.
  const text = next && next.index === line.index + 1 && line.text.endsWith(',') ? `${line.text} ${next.text}` : line.text;
  if (separatorCount(text) < 3) return false;
  const parts = splitTopLevel(text, ',;').filter((p) => p.trim() !== '');
  if (parts.length < 4) return false;
  return parts.filter((p, k) => parseEntry([p]) !== null || (k === parts.length - 1 && namesTwoJoined(p))).length >= parts.length * 0.8;
}

// "D. Page & D. White.": the list's last two people joined (no longer than two names with their posts).
const TWO_NAMES_LENGTH = 80;

/** "D. Page & D. White": two people joined by "&" or "and", each one a person. */
function namesTwoJoined(part: string): boolean {
  if (part.length > TWO_NAMES_LENGTH) return false;
  const halves = part.split(JOINING_AND);
  return halves.length === 2 && halves.every((half) => parseEntry([half]) !== null);
}

/**
 * "AC Alison Cooper (Chair)" and the two lines after it alike: a list of those present with its
 * heading lost, each line opening with the initials of the name after them.
 */
export function opensInitialsList(content: Line[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const text = content[k]?.text ?? '';
    if (!isUpperAt(text, 0) || !isUpperAt(text, 1)) return false;
    const initials = parseEntry(cellsOf(text))?.initials;
    if (!initials || !text.startsWith(initials) || !isSpaceCode(text.charCodeAt(initials.length))) return false;
  }
  return true;
}

// People written "Name – post" under the title, as many as this, make the list of those present.
const LEAST_DASHED = 5;

/**
 * "Jo Finch – Independent Chair" / "Sam Poe – Manager, Acme (also" / "rep Ann Lee)" straight under the title's lines,
 * no blank line above: the list of those present, its heading lost, each person with a dash before their post and some
 * entries wrapped onto a second line. Read where the block starts at such a person and twice as many people as other lines fill it.
 */
export function opensDashedList(content: Line[], at: number): boolean {
  if (!startsDashedPerson(content[at]!.text) || (at > 0 && startsDashedPerson(content[at - 1]!.text))) return false;
  let people = 0;
  let wrapped = 0;
  for (let k = at; k < content.length && !content[k]!.blank && k - at < 2 * MOST_PEOPLE; k++) {
    const line = content[k]!;
    if (startsDashedPerson(line.text)) people++;
    else if (line.heading > 0 || readRosterHeading(line.text, false)) break;
    else wrapped++;
  }
  return people >= LEAST_DASHED && 2 * wrapped <= people;
}

/**
 * "Call to Order" / "Ann Reed- Chairman- Absent" / "Tom Lake- Supervisor- Present" / ...: a roll whose every line ends in the mark
 * of whether the member was there, under a heading that is no list's. The marks say it is the list of members, whatever is above it.
 */
export function opensMarkedRoll(content: Line[], at: number): boolean {
  if (!isRollLine(content[at]!.text) || (at > 0 && isRollLine(content[at - 1]!.text))) return false;
  let end = at;
  while (end < content.length && end - at < MOST_PEOPLE && isRollLine(content[end]!.text)) end++;
  return end - at >= LEAST_PEOPLE;
}

/** "Ann Reed- Chairman- Absent", "Tom Lake - Present": a person, then a roll's mark. */
function isRollLine(text: string): boolean {
  if (text.length > 120 || !endsInRollWord(text)) return false;
  const marks = splitAttendanceMarks(text.trim());
  return marks.text !== text.trim() && parseEntry(cellsOf(marks.text)) !== null;
}

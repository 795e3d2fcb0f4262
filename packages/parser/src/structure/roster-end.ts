import { readInitialSeparated } from '../roster/initial-separated.js';
import { endsWithEmptyCell, isSlashColumnCaptions, slashCells } from '../roster/slash-row.js';
import { twoSpaceCells } from '../roster/two-space-cells.js';
import { isOpeningTitle } from './opening-item.js';
import { endsInBodyAfterName, goesOnNamesBeforeBodies } from '../roster/name-before-body.js';
import { goesOnCaptionedRows } from '../roster/spaced-caption-table.js';
import { type RosterHeading, readRosterHeading } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { NOT_A_PERSON, isRunOn, listsUnderPluralTitle, runOnParts } from '../roster/run-on-parts.js';
import { cellsOf, hasCellBreak, parseEntry, parseRowEntry, standsBesideLostCell, withoutBullet } from '../roster/parse-entry.js';
import { readGivenNameAmongEntries, readGivenNameLines } from '../roster/first-names.js';
import { readInitialledGivenName } from '../roster/initialled-given-name.js';
import { readHandleLines } from '../roster/handle-names.js';
import { readDotLabel } from '../agenda/unnumbered-items.js';
import { startsWithPlainNumber } from '../agenda/irregular-numbers.js';
import { apologiesMidSentence, namesNotThere, resolvedApologyNames } from '../roster/apologies-sentence.js';
import { mayBeYearMinuteNumber } from './year-numbered-minutes.js';
import { readsAsBody } from '../roster/describe.js';
import { initialsOf, looksLikeInitials, looksLikePersonName, splitPersonName } from '../text/names.js';
import { continuesRow, cutAtMargin, endsMidName, endsMidPhrase, givenNameAlone, givenNameOverSurname, isBracketAlone, isUnclosedBracket } from '../roster/wrapped.js';
import { COLUMN_CAPTION } from '../roster/caption-row.js';
import { CellBlock, readsAsDescriptionCell } from '../roster/stacked-cells.js';
import type { Line } from '../scan/scan-lines.js';
import { saysWhoChairs } from '../roster/chair-sentence.js';
import { readPluralTitle } from '../roster/run-on-marks.js';
import { isUpperAt, splitTopLevel, trimEndOf } from '../text/clean.js';
import { isColumnCaption, MAX_CAPTION } from '../actions/action-table.js';
import { CHECK_BOX, startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { filledFrom, lastFilled, nextFilled } from '../scan/filled-lines.js';
import { OPENS_WITH_STANDING_ITEM } from '../agenda/standard-labels.js';
import { sharedSurname } from '../roster/shared-surname.js';
import { headsParagraphAfterInlineList } from './heading-after-inline-list.js';
import { COUNTED_PEOPLE } from '../roster/counted-people.js';
import { readsAsTitledPeople } from '../roster/title-separated.js';

// Where a roster list goes on and where it ends, line by line, as the segment walk meets its lines.

const IN_THE_CHAIR = /\sin\sthe\schair$/i;
const KEYED_LINE = /^[^:\t()]{2,80}:\s+(\S.*)$/;
const EMPTY_ROW = /^\p{Lu}[\p{Lu}&'’.]*(?: [\p{Lu}&'’.]+)* [-–—]$/u;

/**
 * "Apologies:" then "Members: The Rector, Professor J Briggs": the members named under the label of the
 * apologies, before any of them, are the members who sent apologies, not those present.
 */
export function withinApologies(heading: RosterHeading, section: RosterSection): RosterHeading {
  const opened = section.heading.attendance === 'apologies' && section.heading.rest === '' && section.lines.every((l) => l.blank);
  return opened && heading.attendance === 'present' && !heading.chair && /^members$/i.test(heading.label.trim()) ? { ...heading, attendance: 'apologies' } : heading;
}

// "Members" over the board, "Attendees" over the officers and guests below it (as NHS and other public boards list them).
// ("Core Membership" then "Attendees": a partnership's statutory members, then those it invites.)
const MEMBERS_LABEL = /^(?:(?:board|committee|panel|council|core)\s+)?members(?:\s+present)?:?$|^core\s+membership:?$/i;
const ATTENDEES_LABEL = /^attendees:?$/i;

// "Present:" (or "Councillors Present:") over the members, then "Attending:" over the officers, as Scottish councils' joint
// committees and community justice authorities list them.
const PRESENT_LABEL = /^(?:(?:councillors|members)\s+)?present:?$/i;
const ATTENDING_LABEL = /^attending:?$/i;
// "Present:" over a university council's members, then "Attendees:" over its officers and observers: "Attendees" beside
// either list of the members.
const MEMBERS_OR_PRESENT_LABEL = { test: (label: string) => MEMBERS_LABEL.test(label) || PRESENT_LABEL.test(label) };

/**
 * "Attendees" after a list headed "Members" or "Present", "Attending" after one headed "Present": those who attended beside the
 * members, not the members themselves.
 */
export function besideMembers(heading: RosterHeading, sections: readonly RosterSection[]): RosterHeading {
  if (heading.attendance !== 'present' || heading.chair) return heading;
  const label = heading.label.trim();
  const members = ATTENDEES_LABEL.test(label) ? MEMBERS_OR_PRESENT_LABEL : ATTENDING_LABEL.test(label) ? PRESENT_LABEL : null;
  const listed = members !== null && sections.some((s) => s.heading.attendance === 'present' && !s.heading.chair && members.test(s.heading.label.trim()));
  return listed ? { ...heading, attendance: 'in-attendance' } : heading;
}

/**
 * "## Present" then "### TSC", "### V8", "### Other", each over its people: sub-headings that
 * group one list. The first comes before any entry, one level below the list's heading; the
 * others at its level. A generic group ("Other") names no organisation.
 */
export function readRosterGroup(line: Line, section: RosterSection, content: Line[], at: number): RosterSection | null {
  const above = section.headingLine?.heading ?? 0;
  if (line.heading === 0 && !line.bold) return readPlainGroup(line, section, content, at);
  if (above === 0) return null;
  const sibling = section.group !== undefined && line.heading === above;
  const first = section.group === undefined && line.heading > above && !section.heading.rest && section.lines.every((l) => l.blank);
  if (!(sibling || first) || readRosterHeading(line.text, true)) return null;
  const next = nextFilled(content, at);
  if (!next || next.heading > 0 || !parseEntry(cellsOf(next.text))) return null;
  return { heading: section.heading, headingLine: line, lines: [], group: /^others?$/i.test(line.text) ? '' : line.text };
}

// "Scottish Government", "RJ Action Plan project team": a caption of a few words, no punctuation that would make it a sentence
// or an entry ("Lanarkshire Community Justice Authority (LCJA)": the body's acronym after it, in brackets).
const PLAIN_CAPTION = /^\p{Lu}[\p{L}'’&/-]*(?: (?:&|\p{L}[\p{L}'’&/-]*)){0,6}(?: \(\p{Lu}{2,8}\))?$/u;

/**
 * "Attendees and apologies" / "Scottish Government" / "• Anna Donald (Chair)" / "• Zak Tuck", then "Cosla" / "• Katie Brown":
 * unmarked lines set apart by a blank line over bulleted people, as a government page's sub-headings read once their
 * marks are lost; each names the group of the bullets under it, as a marked sub-heading does.
 */
function readPlainGroup(line: Line, section: RosterSection, content: Line[], at: number): RosterSection | null {
  if (startsWithBullet(line.text) || !PLAIN_CAPTION.test(line.text) || COLUMN_CAPTION.test(line.text)) return null;
  // Set apart by a blank line over bullets; or, with no blank line, a body's name ("North Lanarkshire Council") over plain lines.
  const body = !content[at - 1]?.blank;
  if (body && !(line.text.includes(' ') && readsAsBody(line.text))) return null;
  const next = nextFilled(content, at);
  if (!next || next.heading > 0 || startsWithBullet(next.text) === body) return null;
  const { filled, bullets } = filledLinesOf(section);
  const captioned = section.group !== undefined && section.headingLine !== null && section.headingLine.heading === 0 && !section.headingLine.bold;
  const first = section.group === undefined && section.headingLine !== null && !section.heading.rest && filled === 0;
  if (!(first || (captioned && filled > 0 && (body || bullets === filled))) || readRosterHeading(line.text, true) || (first && parseEntry(cellsOf(line.text)))) return null;
  if (!parseEntry(cellsOf(withoutBulletMark(next.text)))) return null;
  return { heading: section.heading, headingLine: line, lines: [], group: /^others?$/i.test(line.text) ? '' : line.text };
}

/** How many of the section's lines are filled and how many of those are bullets, counted once as the list grows. */
function filledLinesOf(section: RosterSection): { filled: number; bullets: number } {
  let seen = filledLines.get(section);
  if (!seen) {
    seen = { filled: 0, bullets: 0, scanned: 0 };
    filledLines.set(section, seen);
  }
  for (; seen.scanned < section.lines.length; seen.scanned++) {
    const l = section.lines[seen.scanned]!;
    if (l.blank) continue;
    seen.filled++;
    if (startsWithBullet(l.text)) seen.bullets++;
  }
  return seen;
}

const filledLines = new WeakMap<RosterSection, { filled: number; bullets: number; scanned: number }>();

/** Before any entry of a list an item title opened, a sentence or a bullet of prose is the item's text. */
export function writesItemText(line: Line, section: RosterSection): boolean {
  if (section.lines.some((l) => !l.blank) || parseEntry(cellsOf(line.text)) || opensNamesUnderPluralTitle(line.text)) return false;
  const { text } = line;
  return startsWithBullet(text) || (/[.!?:]$/.test(text) && text.split(/\s+/).length >= 5);
}

/** "Councillors Mr D Jones (Chair), Mrs S Barton, ... & Mr J Foulkes (Clerk).": names under the plural title they share, a stop after the last. */
function opensNamesUnderPluralTitle(text: string): boolean {
  if (!listsUnderPluralTitle(text)) return false;
  const first = splitTopLevel(readPluralTitle(text).rest, ',')[0];
  return first !== undefined && parseEntry([first.trim()]) !== null;
}

/**
 * "Jane Roe" / "Home Office" between blank lines: a later cell of a table row exported one cell to
 * a line (or of its caption row, "Name" / "Organisation"), which stays with the list.
 */
export function isSecondCellOfRow(line: Line, section: RosterSection, next: Line | undefined): boolean {
  if (line.heading > 0 || line.bold) return false;
  const { lines } = section;
  const above = lines[lines.length - 1];
  // Only a description or a caption goes on a row: the cheap tests first.
  if (!above || above.blank || !(readsAsDescriptionCell(line.text) || COLUMN_CAPTION.test(line.text))) return false;
  return cellBlockOf(section).continuedBy(line, next);
}

/** The section's lines since its last blank line, brought up to date with the lines added since the last call. */
function cellBlockOf(section: RosterSection): CellBlock {
  let fed = cellBlocks.get(section);
  if (!fed) {
    fed = { block: new CellBlock(), scanned: 0 };
    cellBlocks.set(section, fed);
  }
  for (; fed.scanned < section.lines.length; fed.scanned++) fed.block.add(section.lines[fed.scanned]!);
  return fed.block;
}

const cellBlocks = new WeakMap<RosterSection, { block: CellBlock; scanned: number }>();

/** Whether a line of the list read so far ends in a body after a two-word name; each line tested once as the list grows. */
function namesBeforeBodiesSoFar(section: RosterSection): boolean {
  let seen = bodyRows.get(section);
  if (!seen) {
    seen = { found: false, scanned: 0 };
    bodyRows.set(section, seen);
  }
  for (; !seen.found && seen.scanned < section.lines.length; seen.scanned++) seen.found = endsInBodyAfterName(section.lines[seen.scanned]!.text);
  return seen.found;
}

const bodyRows = new WeakMap<RosterSection, { found: boolean; scanned: number }>();

/** A bullet naming a body, in a list that so far names bodies only. */
function listsBodiesOnly(line: Line, section: RosterSection): boolean {
  const isBodyBullet = (l: Line) => startsWithBullet(l.text) && readsAsBody(withoutBullet(l.text));
  return isBodyBullet(line) && section.lines.every((l) => l.blank || isBodyBullet(l));
}

/**
 * "GLA" alone after a blank line, over rows of cells ("WL<tab>Wayne Lawley<tab>...", or "WL" / "Wayne Lawley"
 * stacked): the caption of the rows below, as a marked heading is. One cell of a row stands beside the others.
 */
export function headsTableRows(content: Line[], at: number): boolean {
  if (content[at]!.text.length > 6 || !content[at - 1]?.blank) return false;
  const k = filledFrom(content, at + 1);
  const next = content[k];
  if (next === undefined) return false;
  // Stacked, a row opens with initials and a name ("AB" over "CD" is a run of initials: the acronym is one of them).
  const name = content[k + 1];
  return hasCellBreak(next.text) || (looksLikeInitials(next.text) && name?.blank === false && !looksLikeInitials(name.text));
}

// "Cr Ndiaye (Chair) opened the meeting at 11:36": the chair opening the meeting, no entry (a sentence of the text).
const OPENED_THE_MEETING = /\((?:chair|chairman|chairperson|chairwoman|mayor)\)\s(?:opened|declared\sopen)\sthe\smeeting\b/i;

const AGENDA_CAPTION = /^(?:(?:agenda\s+)?items?|topics?)$/i;

/**
 * "Board members present: Ann Lee, Tom Hall, and Jo Finch, Myron" / "Davis and Ron Wiley.", "Others present: ..., Mrs J" /
 * "Taylor": the label's list cut inside a name, no entry below it yet.
 */
function continuesListCutInName(line: Line, section: RosterSection): boolean {
  const label = section.headingLine;
  // ("Others present: County Councillor M Storey, Mrs J" / "Taylor": the list ends on an initial, the surname below.)
  return label !== null && line.index === label.index + 1 && !line.text.includes(':') && !startsWithBullet(line.text) && (cutAtMargin(section.heading.rest, label) || endsOnInitial(section.heading.rest));
}

// "..., Mrs J", "..., Clerk J.": a list of several people whose line ends on an initial, the surname cut off.
const ENDS_ON_INITIAL = /,\s[^,]*\b\p{Lu}\.?$/u;
const endsOnInitial = (rest: string): boolean => ENDS_ON_INITIAL.test(rest);

/** A heading that is not a roster list, or plain text after entries, ends the roster. */
export function endsRoster(line: Line, section: RosterSection, next: Line | undefined): boolean {
  if (line.heading > 0 || line.bold) return true;
  // The list's last entry so far, and whether it has one at all (on its heading's line or below).
  const last = lastFilled(section.lines);
  // "Management Fees" over its paragraph, below a list written whole on its label's line.
  if (last === undefined && headsParagraphAfterInlineList(line, section, next)) return true;
  if (last === undefined && continuesListCutInName(line, section)) return false;
  const hasEntries = section.heading.rest !== '' || last !== undefined;
  // "Staff: Phil" / "Holloway (Director ...)" / "Dean" / "Baulch (...)": each entry broken after its first word.
  const lineAbove = last?.text ?? section.heading.rest;
  if (givenNameOverSurname(lineAbove, line.text) || (next !== undefined && givenNameAlone(line.text, next.text))) return false;
  // "Trudy MCLEAY, Vice Chairperson, in the Chair.": who took the chair, said below the lists.
  // "Councillor Ada Finch in the Chair": the line Scottish minutes put under the lists, without a stop (the list's first line
  // so written is its chair's entry).
  if ((line.text.endsWith('.') || (IN_THE_CHAIR.test(line.text) && hasEntries)) && saysWhoChairs(line.text)) return true;
  // "Cr Ndiaye (Chair) opened the meeting at 11:36" / "am ...": the opening sentence after the lists, wrapped before its stop.
  if (line.text.includes(' the meeting') && OPENED_THE_MEETING.test(line.text)) return true;
  // A list without a heading ends at two blank lines or more when its entries have one at most between them:
  // the next block is another list whose heading was lost too, or the text.
  const lastEntry = section.headingLine === null ? last : undefined;
  if (lastEntry && line.index - lastEntry.index > 2 && !hasWideGap(section.lines)) return true;
  // "- Review and Acceptance of June minutes" under "Ann Lee (Advent House)" lines: a bullet after a list written without
  // bullets is no entry of it, but the items the converter turned into bullets.
  if (hasEntries && startsWithBullet(line.text) && listedWithoutBullets(section)) return true;
  // "Dr Ann Lee / Lay Member /": a row of a table flattened with slashes, its last cell empty, goes on with the list, as does
  // a row under one with a tick column filled ("Jo Finch / Lay Member / By Phone").
  if (hasEntries && line.text.includes(' / ') && (endsWithEmptyCell(line.text) || endsWithEmptyCell(last?.text ?? '')) && parseEntry(slashCells(line.text))) return false;
  // "Ann Reed / IFRC / Focal Person" under "Name / Organization / Position": a row of the table its caption row opened.
  if (hasEntries && line.text.includes(' / ') && section.lines.some((l) => isSlashColumnCaptions(l.text)) && parseEntry([slashCells(line.text)[0] ?? ''])) return false;
  const cells = cellsOf(twoSpaceCells(line).text);
  // "| Item | Time (min) |": the caption row of the agenda's table, after the lists.
  if (cells.length >= 2 && hasEntries && AGENDA_CAPTION.test(cells[0]!)) return true;
  // "09/69       Chairman's Introduction": a minute number in a cell of its own, then the title, after the lists
  // ("13/24.      Apologies for Absence": a stop may close the number).
  if (cells.length === 2 && hasEntries && mayBeYearMinuteNumber(trimEndOf(cells[0]!, '.')) && /^\p{Lu}/u.test(cells[1]!)) return true;
  if (cells.length !== 1) return false;
  // "25.18 Apologies had been received from ...": a minute numbered on through the year, after the lists.
  if (hasEntries && opensYearMinute(line.text)) return true;
  // "The Meeting was called to order at 8:30 am by Chairman of the Board, Steve Miller.": a sentence that opens with the
  // words tells what happened, though a name closes it.
  if (hasEntries && OPENS_WITH_MEETING.test(line.text) && line.text.endsWith('.') && tellsWhatHappened(line.text)) return true;
  // "MPA -", "BARKING AND DAGENHAM –": a row of a list by bodies in capitals with no one beside the body.
  if (hasEntries && EMPTY_ROW.test(line.text)) return false;
  // "D Dewar-Whalley K Ingleton J Lewis", "Messrs: T. Ashton M Brookes": members' initials and surnames run together.
  if (hasEntries && readInitialSeparated(line.text)) return false;
  // "Actioned By", "Owner": an action table's column caption alone on its line, where the lists end.
  if (line.text.length <= MAX_CAPTION && isColumnCaption(line.text.trim())) return true;
  const entry = parseRowEntry(cells);
  if (entry && standsBesideLostCell(entry, [last?.text, next?.text, section.lines.find((l) => !l.blank)?.text])) return false;
  // "Jane and Gerald Payne" among names a line: a couple, the surname written once for both.
  if (hasEntries && sharedSurname(withoutBulletMark(line.text))) return false;
  // "- Sumana" below "- Dustin": a list that opened with a given name goes on with one.
  const first = section.lines.find((l) => !l.blank);
  if (first && readGivenNameLines([first.text, line.text])) return false;
  // "* Nick_L [Amazon]" over "* geds-dm [Amazon]": a list of the names people go by in the project's chat.
  if (readHandleLines(first ? [first.text, line.text] : next && !next.blank ? [line.text, next.text] : [])) return false;
  // "- Ademola" between "- Jo Finch" and "- Sam Poe": a given name alone among the bullets of full names.
  if (readGivenNameAmongEntries(line.text, last?.text, next?.text) || readInitialledGivenName(line.text)) return false;
  // "* Acme Foundation Board of Directors" over the names: the bodies the meeting brought together, listed before anyone.
  if (listsBodiesOnly(line, section)) return false;
  // A numbered line that is no entry ("1. Apologies were received from A, B") opens the items.
  if (startsWithPlainNumber(line.text)) return true;
  // "Tom Finch was absent.", "Jo Finch had sent her apologies.": the list's people who were not there, said under it.
  if (hasEntries && namesNotThere(line.text)) return false;
  // "LB welcomed everyone and apologies were noted from R Lee, M Howe.": the opening's sentence after the list, not its entries.
  if (hasEntries && apologiesMidSentence(line.text) !== null) return true;
  // A line starting in lower case continues the entry above it (a wrapped description), as does a bracket alone ("(rep Jo Finch)").
  if (!hasEntries || looksLikeInitials(line.text) || isRunOn(line.text) || isBracketAlone(line.text) || isUnclosedBracket(line.text)) return false;
  // "King's Lynn Borough Council)" under "Present: Ms Jo Finch (Environmental Health Officer,": the bracket's end, cut off.
  if (line.text.endsWith(')') && closesBracketAbove(line.text, lineAbove)) return false;
  // "- [ ] Bo Reed (Initech)" after "- [x] Ada Finch (Acme)": the roll's next box.
  if (line.text.includes('[') && isBoxed(line) && section.lines.some(isBoxed)) return false;
  if (awaitsDescriptionRun(section) || endsMidPhrase(last?.text ?? '') || (last?.index === line.index - 1 && endsMidName(last.text)) || continuesRow(last, line, next)) return false;
  // Figures without a word ("12345 %%%") head nothing: the roster reports the line as one it cannot read. A rule ("-----") ends it.
  if (/\d/.test(line.text) && !/\p{L}\p{L}/u.test(line.text)) return false;
  // "Jess Moor: Treasurer" is an entry; "Minutes: Miss Roe proposed and Mr Poe seconded that ..." is a labelled
  // paragraph, and "mnot: we looked at the numbers again" a speaker's words: both end the lists.
  // "- Minutes of last Meeting: – 25 March 2010": an item's usual title as a label, after the lists.
  if (hasEntries && OPENS_WITH_STANDING_ITEM.test(withoutBulletMark(line.text).trimStart())) return true;
  // "Welcome, introductions and apologies": the meeting's opening, after the lists.
  if (hasEntries && isOpeningTitle(line.text)) return true;
  // "RESOLVED: To note the apologies received from Mr A Lee and Mr B Moss.": a committee page's record under the apologies heading.
  if (section.heading.attendance === 'apologies' && resolvedApologyNames(line.text)) return false;
  const keyed = KEYED_LINE.exec(line.text);
  if (keyed) return labelsParagraph(line.text) || (/^\p{Ll}/u.test(keyed[1]!) && keyed[1]!.split(' ').length >= 4) || labelsSentence(line.text, keyed[1]!);
  // "Public forum. A number of residents attended ...": a paragraph under its label ends the lists too.
  if (readDotLabel(line.text)) return true;
  // "- 8 representatives with lived experience": people counted, not named, among the list's entries.
  if (COUNTED_PEOPLE.test(withoutBulletMark(line.text))) return false;
  // "Members of the Executive Management Team", "Television and media": a group there, not named, among the list's entries.
  if (hasEntries && UNNAMED_GROUP.test(withoutBulletMark(line.text).trim())) return false;
  // "Mr. Lee entered the meeting at 6:32PM.": a sentence that tells what happened at the meeting ends the lists.
  if (line.text.endsWith('.') && THE_MEETING.test(line.text) && tellsWhatHappened(line.text) && parseEntry([line.text]) === null) return true;
  // "Ruth Pike Mill Lane Residents" under "Karen Ashdown Farnley Borough Council": rows of names and bodies flattened with one space.
  if (hasEntries && goesOnNamesBeforeBodies(line.text, () => namesBeforeBodiesSoFar(section))) return false;
  // "Cllr Jo Finch Borough Council (Chair)" under "Name Agency": a row of a table its converter parted with one space.
  if (goesOnCaptionedRows(line.text, section.lines)) return false;
  // "Cllr Ann Hale Cllr Tom Finch Cllr Jo Reed": titled people run together, short and in title case, yet no heading.
  if (readsAsTitledPeople(line.text)) return false;
  const words = line.text.split(/\s+/);
  // A heading never stops mid-phrase ("... Director for London and"): that is a description the page width cut.
  return !/[,;]/.test(line.text) && (words.length <= 6 || (words.length <= 12 && isTitleCase(line.text) && !endsMidPhrase(line.text))) && !/^(?:\p{Ll}|&)/u.test(line.text);
}

/** "25.18 Apologies ...", "15.05 Matters arising": a year's minute number, a space, then a capital. */
function opensYearMinute(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && mayBeYearMinuteNumber(text.slice(0, space)) && isUpperAt(text, space + 1);
}

/** Whether `text` closes the one bracket the entry above left open, at its end, and holds no other. */
// Entries as many as this, none bulleted, show the list's own form.
const UNBULLETED_ENTRIES = 2;

/** The list's lines are entries written without bullets, each opening with a capital (two at least, every one). */
function listedWithoutBullets(section: RosterSection): boolean {
  const filled = section.lines.filter((l) => !l.blank);
  return filled.length >= UNBULLETED_ENTRIES && filled.every((l) => /^\p{Lu}/u.test(l.text));
}

function closesBracketAbove(text: string, above: string): boolean {
  return !text.includes('(') && text.indexOf(')') === text.length - 1 && above.lastIndexOf('(') > above.lastIndexOf(')');
}

/** Two blank lines or more between entries of the list (the blank lines after its last entry aside). */
function hasWideGap(lines: Line[]): boolean {
  let blanks = 0;
  for (const l of lines) {
    if (l.blank) blanks++;
    else if (blanks >= 2) return true;
    else blanks = 0;
  }
  return false;
}

const isBoxed = (line: Line) => CHECK_BOX.test(withoutBulletMark(line.text));

const UNNAMED_GROUP = /^(?:(?:members|representatives)\s+of\s+(?:the\s+)?(?:public|press|media|(?:\p{Lu}[\p{L}&-]*\s+){1,5}(?:team|staff|group|directorate))|(?:the\s+)?(?:press|media|(?:television|tv|radio|press)\s+(?:and|&)\s+media)|[\p{L}‘’'\s]{2,40}\ssupporters)$/iu;

const THE_MEETING = /(?:^|\s)the\smeeting\b/i;
const OPENS_WITH_MEETING = /^the\smeeting\s/i;

/** Three words in lower case in a row, outside brackets: a sentence, where an entry's words are capitalised. */
function tellsWhatHappened(text: string): boolean {
  let run = 0;
  for (const word of text.replace(/\([^()]*\)/g, ' ').split(' ')) {
    run = /^\p{Ll}/u.test(word) ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** A label, then a sentence of ten words or more: a paragraph of the minutes, not a roster entry. */
function labelsParagraph(text: string): boolean {
  const colon = text.indexOf(':');
  return text.slice(colon + 1).trim().split(/\s+/).length >= 10 && !isRunOn(text.slice(colon + 1));
}

/**
 * "Minutes of the last Meeting: Cllr Lee proposed acceptance, seconded by Cllr Roe": a label that names no one, then a
 * sentence about people rather than a list of them.
 */
function labelsSentence(text: string, rest: string): boolean {
  const lowerWords = rest.replace(/\([^()]*\)/g, ' ').split(' ').filter((w) => /^\p{Ll}/u.test(w)).length;
  if (lowerWords < 2 || parseEntry([text.slice(0, text.indexOf(':'))]) !== null) return false;
  return runOnParts(rest).some((part) => parseEntry([part]) === null && !NOT_A_PERSON.test(part.trim()));
}

/** "Open Forum for Public Participation (10 minutes)": every longer word outside brackets capitalised, as headings are. */
function isTitleCase(text: string): boolean {
  const words = text.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => w.length >= 4);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A table extracted as runs (k initials, k names) whose third run, the descriptions, is still coming. */
function awaitsDescriptionRun(section: RosterSection): boolean {
  let run = columnRuns.get(section);
  if (!run) {
    run = { initials: 0, filled: 0, scanned: 0 };
    columnRuns.set(section, run);
  }
  // Counted as lines arrive, so a long roster costs one pass, not one pass per line.
  for (; run.scanned < section.lines.length; run.scanned++) {
    const line = section.lines[run.scanned]!;
    if (line.blank) continue;
    if (run.filled === run.initials && looksLikeInitials(line.text)) run.initials++;
    else if (run.filled < 2 * run.initials && parseEntry([line.text]) === null) run.initials = -1;
    run.filled++;
  }
  const k = run.initials;
  return k >= 2 && run.filled >= 2 * k && run.filled < 3 * k;
}

/** Per roster section: leading initials (-1 once a name after them is not a name), lines counted so far. */
const columnRuns = new WeakMap<RosterSection, { initials: number; filled: number; scanned: number }>();

/**
 * "MC" over "Cllr Merrick Cockell" (a table exported one cell to a line), or among other initials ("AW" / "MC" / "BP",
 * its columns read down): the row's initials cell, not the heading the letters could spell ("MC", the master of
 * ceremonies). A name below must have those initials.
 */
/**
 * "Rob Finch" / "Chair" / "Tia Wilson" / "Deputy Chair": in a table exported a cell to a line, a name then its post,
 * "Chair" (no colon) is the post of the name above, no heading of a chair's list, when the rows go on so below it.
 */
export function isChairCellOfRow(line: Line, section: RosterSection, content: Line[], at: number): boolean {
  if (line.text.includes(':') || !isSecondCellOfRow(line, section, content[at + 1])) return false;
  const [name, description] = [content[at + 1], content[at + 2]];
  // ("Chair" over "Daniel Appelquist, Peter Linss", then "Scribe": a chat roll's list of chairs, the next list's heading after it.)
  return (
    name !== undefined && description !== undefined && !name.blank && !description.blank && !/[,;]/.test(name.text) && parseEntry([name.text]) !== null &&
    readsAsDescriptionCell(description.text) && readRosterHeading(description.text, true) === null
  );
}

export function opensStackedRow(content: Line[], at: number): boolean {
  const { text } = content[at]!;
  const next = content[at + 1];
  if (text.length > 4 || !next || next.blank || !looksLikeInitials(text)) return false;
  const before = content[at - 1];
  if (looksLikeInitials(next.text) || (before && !before.blank && looksLikeInitials(before.text))) return true;
  const name = splitPersonName(next.text).name;
  return looksLikePersonName(name) && text.toUpperCase().startsWith(initialsOf(name));
}

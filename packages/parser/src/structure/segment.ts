import type { Context } from '../context.js';
import { isDateAlone } from '../dates/date-alone.js';
import { findDates } from '../dates/parse-date.js';
import { type ItemHeading, isItemLetter, isRomanNumber, readItemHeading, readRomanSeriesOpening, romanOf, romanValue, runningCount } from '../agenda/headings.js';
import { type RosterHeading, isRollCall, readRollCallItem, readRosterHeading, readSecretaryLine } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { isRunOn } from '../roster/run-on-parts.js';
import { namesEveryone } from '../roster/everyone.js';
import { hasDottedHeading, readUnnumberedItems, type UnnumberedItem } from '../agenda/unnumbered-items.js';
import { splitRunInTitle } from '../agenda/run-in-title.js';
import { IrregularNumbers, startsWithPlainNumber } from '../agenda/irregular-numbers.js';
import { isActionListCaption } from '../agenda/read-body.js';
import { readConfirmedNumber } from '../agenda/confirmed-numbers.js';
import { rejoinAcrossPageBreaks } from './page-breaks.js';
import { splitInnerRosterLabel } from './inner-roster-label.js';
import { splitSlashNamePostColumns } from './slash-name-post-columns.js';
import { splitSlashColumnLists } from './slash-column-lists.js';
import { readSlashFormRows } from './slash-form-rows.js';
import { splitInlineAgenda } from './inline-agenda.js';
import { splitNumberedColumnPairs } from './numbered-column-pairs.js';
import { splitMidLineItems } from './mid-line-items.js';
import { splitRomanSeries } from './roman-series.js';
import { splitCapitalsLabels } from './capitals-labels.js';
import { type FrontMatter, readFrontMatter } from './front-matter.js';
import { stripPandocTitleMarks } from './pandoc-title-block.js';
import { opensDashedList, opensHeadlessList, opensInitialsList, opensMarkedRoll, readsAsRoster } from './headless-list.js';
import { collapseSpaces, isDigitAt } from '../text/clean.js';
import { startsWithBullet } from '../text/bullets.js';
import { coupleBeforeSurname, endsMidName, endsWithCutName } from '../roster/wrapped.js';
import { readChairField } from '../roster/chair-field.js';
import { opensRollCallTable, opensRosterTable } from '../roster/caption-row.js';
import { stackedRollCallEnd } from '../roster/stacked-roll-call.js';
import { isSlashCaptionRow, isSlashColumnCaptions, slashCells } from '../roster/slash-row.js';
import { continuesPairedTable, readPairedCaptions } from '../roster/paired-captions.js';
import { FENCE, type Line } from '../scan/scan-lines.js';
import { isActionTableCaption, MAX_CAPTION, MAX_TABLE_CAPTION, readContinuousStackedTable } from '../actions/action-table.js';
import { findFurniture } from './page-furniture.js';
import { keysPostInStaffList } from './post-key-in-staff-list.js';
import { withoutWebLinkCrumb } from './weblink-crumb.js';
import { withoutBreadcrumb } from './breadcrumb.js';
import { withoutSharingSitePrelude, withoutUploaderCaption } from './sharing-site-prelude.js';
import { withoutViewerControls } from './transcription-page.js';
import { readRosterGroup, writesItemText, isSecondCellOfRow, isChairCellOfRow, endsRoster, headsTableRows, opensStackedRow, withinApologies, besideMembers } from './roster-end.js';
import { joinInitialledOneCellRows, joinOneCellRows } from './one-cell-rows.js';
import { withMangledNumbersMended } from './mangled-item-numbers.js';
import { firstItemNumber, readTitleAboveParagraph, readSplitHeading, isLabelledItem, PARAGRAPH_NUMBER } from './item-numbers.js';
import { type RosterColumns, readColumnHeadings, distribute } from './roster-columns.js';
import { opensItemText, readTopicLine, withLostStandingItems } from './topic-lines.js';
import { withOpeningItem } from './opening-item.js';
import { splitContentsEntries } from './contents-entries.js';
import { readEchoedAgenda } from './echoed-agenda.js';
import { readRestatedAgenda } from './restated-agenda.js';
import { numberedEntry } from './numbered-roster.js';
import { filledFrom, nextFilled } from '../scan/filled-lines.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readsAsSentence } from '../agenda/run-in-title.js';
import { BODY_NAME, TITLE } from '../header/header-words.js';
import { HELD_IN_CAPITALS, continuesCapitalsHeading } from '../header/capitals-heading.js';
import { withoutAgendaCopies } from './agenda-copies.js';
import { readMeetBotTopics } from './meetbot-topics.js';
import { readIrcTopics } from './irc-topics.js';
import { readParentlessSubItems } from './parentless-sub-items.js';
import { readYearNumberedMinutes } from './year-numbered-minutes.js';
import { breaksCountYearRun } from './slashed-count-style.js';
import { readDiscussionTable } from './discussion-table.js';
import { readItemTableRows } from './item-table-rows.js';
import { isLabelAmongLinks } from './page-links.js';
import { readIssueMeetings } from './issue-meetings.js';
import { readAgendaItemPage } from './agenda-item-page.js';

export interface ItemSection {
  heading: ItemHeading;
  line: Line;
  lines: Line[];
}

/** The document cut into its parts: front matter, header, roster, preamble and items. */
export interface Segments {
  /** What YAML or TOML front matter says of the meeting (title; date, start, end and venue where it lists the people). */
  frontMatter: Omit<FrontMatter, 'from'>;
  header: Line[];
  roster: RosterSection[];
  /** Lines between the roster and the first item ("Draft Minutes", column captions). */
  preamble: Line[];
  items: ItemSection[];
  /** Every line that is neither front matter nor page furniture. */
  content: Line[];
}

/** Where the table from `at` on ends: its first blank line (a markdown table's rule, "|---|---|", reads as blank but goes on). */
function endOfTable(content: Line[], at: number): number {
  let k = at;
  while (k < content.length && (!content[k]!.blank || content[k]!.raw.includes('|'))) k++;
  return k;
}

/** Skips YAML front matter and repeated page furniture, then walks the lines once (twice for numbered sentences). */
export function segment(lines: Line[], ctx: Context): Segments {
  const front = readFrontMatter(lines);
  const from = front.from;
  stripPandocTitleMarks(lines, from);
  const furniture = findFurniture(lines.slice(from), ctx);
  const content = joinInitialledOneCellRows(joinOneCellRows(readSlashFormRows(splitSlashNamePostColumns(splitSlashColumnLists(splitInnerRosterLabel(
    splitCapitalsLabels(splitMidLineItems(splitRomanSeries(splitInlineAgenda(splitNumberedColumnPairs(splitContentsEntries(withoutBreadcrumb(withoutWebLinkCrumb(withoutViewerControls(withoutUploaderCaption(withoutSharingSitePrelude(
      withMangledNumbersMended(rejoinAcrossPageBreaks(
        lines.slice(from).map((l) => (furniture.has(l.index) ? { ...l, text: '', blank: true } : l)),
        furniture,
      )),
    ))))))))))),
  ))))));
  const firstNumber = firstItemNumber(content);
  // The page's left margin: lines indented past it are points of a list, in both walks.
  const margin = usualIndent(content);
  let out = walk(content, front, firstNumber, margin, false);
  // Every numbered heading indented past the margin (a web page's list, the text flush left): the items are the list.
  if (out.items.length === 0) {
    // (Not "  1. [Spec PR](...)" straight under a bullet's agenda entry: the entry's own sub-list.)
    const indented = content.find((l, k) => l.indent > margin && !l.code && startsWithPlainNumber(l.text) && !underBullet(content, k));
    const listed = indented ? walk(content, front, firstNumber, indented.indent, false) : null;
    // (Not an agenda listed above the lists of those there: a reading that loses the roster read at the margin is no better.)
    if (listed && listed.items.length >= 2 && (listed.roster.length > 0 || out.roster.length === 0)) out = listed;
  }
  // Minutes written as numbered sentences ("1. Apologies were received from ..."): no item read, or the
  // first number skipped. Read again taking numbered sentences for items, and keep that when it reads more.
  const firstRead = out.items.find((item) => item.heading.number !== null)?.heading.number;
  const skipsFirst = out.items.length === 0 || (firstRead !== undefined && runningCount(firstRead) > firstNumber);
  // Stopped at a numbered sentence: the relaxed reading must go on past it, not merely add it.
  if (skipsFirst || stopsBeforeNextNumber(out)) {
    const relaxed = walk(content, front, firstNumber, margin, true);
    const more = skipsFirst ? 1 : 2;
    // (Read on below: numbered sentences under markdown topic headings may still be points of lists in them.)
    if (relaxed.items.length >= Math.max(2, out.items.length + more) && relaxed.items.every((item) => item.heading.number !== null)) out = relaxed;
  }
  out = withTopicsAroundPoints(out);
  // An IRC meeting's MeetBot minutes: the topics of its "Meeting summary".
  // (Its roster, "People Present", closes the minutes: the summary then stands in the header.)
  const botAfter = out.items.length === 0 ? readMeetBotTopics(out.preamble) : null;
  const botAbove = out.items.length === 0 && !botAfter ? readMeetBotTopics(out.header) : null;
  // A raw IRC log's "<nick> Topic: ..." lines.
  const logAfter = out.items.length === 0 && !botAfter && !botAbove ? readIrcTopics(out.preamble) : null;
  const logAbove = out.items.length === 0 && !botAfter && !botAbove && !logAfter ? readIrcTopics(out.header) : null;
  if (botAfter ?? logAfter) {
    out.items = (botAfter ?? logAfter)!.items;
    out.preamble = (botAfter ?? logAfter)!.before;
  } else if (botAbove ?? logAbove) {
    out.items = (botAbove ?? logAbove)!.items;
    out.header = (botAbove ?? logAbove)!.before;
  }
  // Minutes kept as one table, a row per topic ("Discussion Points | Notes | Actions").
  const table = out.items.length === 0 ? readDiscussionTable(out.preamble) : null;
  // "15.05  Matters arising": minutes numbered on through the year, the year first.
  const yearNumbered = out.items.length === 0 && !table ? readYearNumbered(out) : false;
  if (table) {
    out.items = table.items;
    out.preamble = table.before;
  } else if (out.items.length === 0 && !yearNumbered) {
    // Topics follow the title: the lines down to it stay the header's ("The Council" over "Minutes of the meeting ...").
    // "Clark Township Board Special Meeting Minutes" / "" / "Special Meeting" / "" / "January 28, 2008": lines a web page set
    // apart by blank lines are the title's too, down to the meeting's date line under them.
    // ("09-28-15" / "Minutes of the Board's Regular Meeting" / "September 28, 2015": the date again under the title is the title's too.)
    const titleAt = out.preamble.length ? -1 : withDateLinesUnder(out.header, Math.max(titleBlockEnd(out.header), dateLineAt(out.header)));
    const { items, before } = readUnnumberedItems(out.preamble.length ? out.preamble : out.header.slice(titleAt + 1));
    if (items.length > 0) {
      out.items = items;
      if (out.preamble.length) out.preamble = before;
      else out.header = [...out.header.slice(0, titleAt + 1), ...before];
    }
  } else {
    // "## 4.1 Title" headings the walk passed over (it reads whole numbers), or unnumbered topic headings
    // beside numbered ones at their level ("## Opening", "## 5. Report"), which must then all stay: the headings are the items.
    const dotted = hasDottedHeading([...out.preamble, ...out.items.flatMap((item) => item.lines)]);
    // Plain numbered lines below markdown topic headings ("## Module loading", then "1. Resolve ..."): maybe points of a list.
    // The first topic headings may still stand in the header, no roster line having ended it ("## CALL TO ORDER" over a roster sentence).
    const firstTopic = out.preamble.some((l) => l.heading >= 2) ? -1 : out.header.findIndex((l) => l.heading >= 2);
    const lead = firstTopic > 0 ? out.header.slice(firstTopic) : [];
    const plainPoints = out.items.every((item) => item.line.heading === 0 && !item.line.bold);
    const plainNumbers = !dotted && plainPoints && (lead.length > 0 || out.preamble.some((l) => l.heading >= 2));
    const { items, before } = dotted || plainNumbers || itemsAreHeadingsOfOneLevel(out.items) ? readUnnumberedItems([...(plainNumbers ? lead : []), ...out.preamble, ...out.items.flatMap((item) => [item.line, ...item.lines])]) : { items: [], before: [] };
    const kept = new Set(items.map((item) => item.line.index));
    const level = out.items[0]?.line.heading;
    // ("### 5. Next meeting" then "## Report from the Secretariat": unnumbered topics a level up, after the numbered
    // sub-items of an agenda heading, are the meeting's topics too; the walk took them for the last item's text.)
    const sameLevel = out.items.every((item) => kept.has(item.line.index)) && items.every((item) => item.line.heading > 0 && item.line.heading <= (level ?? 0));
    // (Fewer topics than points is no matter: every point lies inside a topic's text.)
    // "## 4.8 Observe report", "## 4.6 Symbols" with "1. Make symbol a primitive" in a speaker's text: as many points as
    // numbered topics, the points plain lines inside them, are the topics' lists too.
    const morePoints = (plainNumbers || (dotted && plainPoints)) && items.length >= 2 && withinTopics(out.items, items);
    if ((items.length > out.items.length && (dotted || sameLevel)) || morePoints) {
      out.items = items;
      out.preamble = before;
      if (plainNumbers && lead.length > 0) out.header = out.header.slice(0, firstTopic);
    }
  }
  // A committee website's pages read their items themselves; the lines before the items are walked for the header and lists.
  const withPageItems = (page: { before: Line[]; items: ItemSection[] }): Segments => ({ ...walk(page.before, front, 1, margin, false), content, items: page.items });
  // A committee website's "No. | Item" table saved as text: its rows are the items, where the walk read fewer.
  const rows = readItemTableRows(content);
  // (Also where the walk took lines above the table's caption, the page's heading and venue, for items.)
  const caption = rows?.before[rows.before.length - 1];
  if (rows && (rows.items.length > out.items.length || out.items.some((item) => item.line.index < caption!.index))) {
    out = withPageItems(rows);
    // The rows above the first title may hold the lists ("1.1 Apologies were received from ..."); the rest is text before the items.
    // (Their paragraph numbers, "1.1", are the lost item's.)
    const orphans = walk(rows.orphans.map((l) => ({ ...l, text: l.text.replace(PARAGRAPH_NUMBER, '') })), front, 1, margin, false);
    out.roster.push(...orphans.roster);
    out.preamble.push(...orphans.header, ...orphans.preamble);
  }
  // A committee website's page for one item of a meeting: its title line.
  // (Plain lines may have read as two topics, the caption one of them.)
  const page = out.items.length <= 2 ? readAgendaItemPage(content) : null;
  if (page) out = withPageItems(page);
  // A committee website's history of an issue: the item each meeting took it as (its meeting lines are no topics).
  const issue = readIssueMeetings(content);
  if (issue) out = withPageItems(issue);
  // An agenda listed as bullets, its titles given again over the minutes, their marks lost.
  const echoed = out.items.length === 0 ? readEchoedAgenda(content) : null;
  if (echoed) out = withPageItems(echoed);
  out.items = withoutAgendaCopies(withLostStandingItems(out.items));
  // An agenda or its contents listed, then its entries given again over the minutes.
  const restated = readRestatedAgenda(out.items);
  if (restated) {
    out.items = restated.items;
    out.preamble.push(...restated.before);
  }
  return withOpeningItem(out);
}


/** Reads minutes numbered year first ("15.05") below the roster, or else below the header's opening lines; whether it found them. */
function readYearNumbered(out: Segments): boolean {
  const inPreamble = out.preamble.length > 0;
  const read = inPreamble ? readYearNumberedMinutes(out.preamble, out.header) : readYearNumberedMinutes(out.header);
  // Else "3.1 Changes to the list" headings whose "3." the converter lost.
  return read ? withRunItems(out, read, inPreamble) : withRunItems(out, readParentlessSubItems(inPreamble ? out.preamble : out.header), inPreamble);
}

/** The items of a numbered run read outside the walk, put in place of the lines they came from; false where there is none. */
function withRunItems(out: Segments, read: { before: Line[]; items: ItemSection[] } | null, inPreamble: boolean): boolean {
  if (!read) return false;
  out.items = read.items;
  if (inPreamble) out.preamble = read.before;
  else out.header = read.before;
  return true;
}

// The first lines of a header the meeting's date line may stand among.
const DATE_LINE_REACH = 8;

/** Where the meeting's date stands alone on a plain line among the first lines of the header, or -1. */
function dateLineAt(header: Line[]): number {
  let filled = 0;
  for (let k = 0; k < header.length && filled < DATE_LINE_REACH; k++) {
    const line = header[k]!;
    if (line.blank) continue;
    filled++;
    if (line.heading === 0 && !line.code && isDateAlone(line.text)) return k;
  }
  return -1;
}

/** `end`, or the last of the date lines straight under it (blank lines between), where it is a header line at all. */
function withDateLinesUnder(header: Line[], end: number): number {
  if (end < 0) return end;
  let last = end;
  for (let k = end + 1; k < header.length; k++) {
    const line = header[k]!;
    if (line.blank) continue;
    if (line.heading !== 0 || line.code || !isDateAlone(line.text)) break;
    last = k;
  }
  return last;
}

// "Minutes of the meeting of the University Council held on ...": the document's title line.
const TITLE_LINE = /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\s/i;
// The opening lines looked at for a title that does not start "Minutes of".
const TITLE_BLOCK = 4;

/**
 * Where the title ends: its "Minutes of ..." line, or else the last of the opening lines that name the meeting or
 * its body, or give its date ("Board Meeting Notes for the June 20, 2018 Meeting" / "Summary of the Board's Meeting" /
 * "June 20, 2018"); -1 where none does. Topics start after it.
 */
function titleBlockEnd(header: Line[]): number {
  const titled = header.findIndex((l) => TITLE_LINE.test(l.text));
  if (titled >= 0) return withHeldLine(header, capitalsTitleEnd(header, titled));
  let last = -1;
  for (let k = 0, seen = 0; k < header.length && seen < TITLE_BLOCK; k++) {
    const text = header[k]!.text;
    if (header[k]!.blank) continue;
    seen++;
    const namesMeeting = text.length <= 120 && (TITLE.test(text) || (BODY_NAME.test(text) && text.split(' ').length <= 8)) && !readsAsSentence(text);
    if (!namesMeeting && !isDateAlone(text)) break;
    last = k;
  }
  return last;
}

// "Held at the Ocean Grove Bowling Club on 16 April 2018", "Held on Thursday 21 July at 5pm": where and when, under the title.
const HELD_LINE = /^held\s(?:on|at|in)\s/i;

/** The title's end, or the line straight under it that says where or when it was held (no topic's heading). */
function withHeldLine(header: Line[], end: number): number {
  const next = header[end + 1];
  return next && !next.blank && next.heading === 0 && HELD_LINE.test(next.text) ? end + 1 : end;
}

// The lines a heading in capitals may be wrapped over, each a paragraph of its own.
const CAPITALS_TITLE_LINES = 4;

/**
 * "MINUTES OF THE 45TH ANNUAL GENERAL MEETING" / "" / "OF THE" / "" / "FERNVALE CREDIT UNION LTD." / "" / "HELD AT THE HALL ON
 * SUNDAY 30TH JUNE, 2019": a title in capitals a PDF conversion wrote one line a paragraph ends at its last line, with the
 * line under it that says where or when it was held; none of them is a topic.
 */
function capitalsTitleEnd(header: Line[], titled: number): number {
  let text = header[titled]!.text;
  if (/\p{Ll}/u.test(text)) return titled;
  let end = titled;
  for (let k = titled + 1, seen = 0; k < header.length && seen < CAPITALS_TITLE_LINES; k++) {
    const next = header[k]!;
    if (next.blank) continue;
    seen++;
    if (next.index > header[end]!.index + 2 || next.heading > 0) break;
    const held = HELD_IN_CAPITALS.test(next.text) && !/\p{Ll}/u.test(next.text);
    if (!held && !continuesCapitalsHeading(text, next.text)) break;
    text = `${text} ${next.text}`;
    end = k;
    if (held) break;
  }
  return end;
}

/**
 * The numbering stopped at a numbered sentence: a line of the last item's text starts with the next
 * number ("9. Accounts were approved. ..."), so the items after it went unread.
 */
function stopsBeforeNextNumber(out: Segments): boolean {
  const last = out.items[out.items.length - 1];
  if (!last || last.heading.number === null) return false;
  const next = runningCount(last.heading.number) + 1;
  // "3 Chair's remarks :" then "4 The Minutes of the last meeting were APPROVED.": items numbered with no stop after the
  // number, the next one so written.
  const bare = BARE_NUMBER.test(last.line.text);
  return last.lines.some((l) => !l.blank && (startsWithPlainNumber(l.text) || (bare && BARE_NUMBER.test(l.text))) && Number.parseInt(l.text, 10) === next);
}

// "4 The Minutes ...": a number, a space and a capital letter.
const BARE_NUMBER = /^\d{1,3}\s\p{Lu}/u;

/**
 * Every numbered line lies in the text of a topic a markdown heading opened, after a line of that
 * text ("AF: The loader runs in three steps."): a point of a list there, not an item.
 */
function withinTopics(numbered: ItemSection[], topics: UnnumberedItem[]): boolean {
  const numberedAt = new Set(numbered.map((item) => item.line.index));
  const inside = new Set<number>();
  // A topic whose text opens with a numbered line may be a heading over the items ("## Agenda" / "1. ..."),
  // unless lists start again at 1 under other topics too: then the numbers are lists in the topics' texts.
  let opensWithNumber = false;
  let listsFromOne = 0;
  for (const topic of topics) {
    if (topic.line.heading === 0) continue;
    const opening = topic.lines.find((l) => !l.blank);
    if (opening && numberedAt.has(opening.index)) opensWithNumber = true;
    if (topic.lines.some((l) => l.text.startsWith('1') && startsWithPlainNumber(l.text) && Number.parseInt(l.text, 10) === 1)) listsFromOne++;
    for (const l of topic.lines) inside.add(l.index);
  }
  return (!opensWithNumber || listsFromOne >= 2) && numbered.every((item) => inside.has(item.line.index));
}

// Numbered lines standing together, as few as this, among plain headings are a list in a topic's text
// ("Recommendations" / "1. That the board ...").
const MAX_LIST_POINTS = 3;
// Plain headings needed on each side of such a list for them to be the items.
const TOPICS_AROUND = 2;

/**
 * Word's list numbers lost in the export: the items are plain headings, and the few numbered lines the walk read
 * ("Recommendations" / "1. That the board notes ...") lie between them, with topics before and after: points of
 * a list in a topic's text, not items. The plain headings are then the items.
 */
function withTopicsAroundPoints(out: Segments): Segments {
  const numbered = out.items;
  if (numbered.length < 2 || numbered.length > MAX_LIST_POINTS || out.preamble.length === 0) return out;
  if (!numbered.every((item) => item.heading.number !== null && item.line.heading === 0 && !item.line.bold)) return out;
  // A list's points stand together: no text between them but a point's sentence wrapped ("... and" / "indicates ...").
  if (numbered.slice(0, -1).some((item) => item.lines.some((l) => !l.blank && !/^\p{Ll}/u.test(l.text)))) return out;
  const { items, before } = readUnnumberedItems([...out.preamble, ...numbered.flatMap((item) => [item.line, ...item.lines])]);
  const first = numbered[0]!.line.index;
  const last = numbered[numbered.length - 1]!.line.index;
  const above = items.filter((topic) => topic.line.index < first).length;
  const below = items.filter((topic) => topic.line.index > last).length;
  return above >= TOPICS_AROUND && below >= TOPICS_AROUND ? { ...out, items, preamble: before } : out;
}

/** Every item opened by a markdown heading of the same level ("## 5. Report"). */
function itemsAreHeadingsOfOneLevel(items: ItemSection[]): boolean {
  const level = items[0]?.line.heading ?? 0;
  return level > 0 && items.every((item) => item.line.heading === level);
}

/** One walk over the content lines, cutting it into header, roster, preamble and items. */
// "Aye: 4 - ...", "Nays: Reed", "Abstain: none": a line of a vote's tally.
const VOTE_TALLY = /^(?:ayes?|yeas?|yes|nays?|noes|no|abstain(?:s|ed|ing)?|abstentions?|recused)\s?[:–—-]\s?\S/i;

function walk(content: Line[], front: FrontMatter, firstNumber: number, margin: number, relaxedItems: boolean): Segments {
  const out: Segments = { frontMatter: front, header: [], roster: [], preamble: [], items: [], content };
  let phase: 'header' | 'roster' | 'preamble' | 'items' = 'header';
  // Roster lists read above the minutes' dated title (a letterhead's officers), which leave the meeting's own list to an item.
  let listsInLetterhead = false;
  let lastNumber = firstNumber - 1;
  // The last Roman number read: "IV. Old Business" follows "III. Consent Calendar" over its own "1. ... 7." list.
  let lastRoman = 0;
  // Whether a line opens with the Roman "II" (asked once, only where a first item "I" is followed by a plain number).
  let romanTwoInDocument: boolean | undefined;
  let labelledItems = false;
  let columns: RosterColumns | null = null;
  const irregular = new IrregularNumbers();
  // "1. Those attending: A, B,": a list run in after an item's heading, until a line ends it.
  let runInList: RosterSection | null = null;
  // The list's last line so far: the whole list is tested once per line of it, not again and again.
  let listTail = '';
  // The level of a marked "Action items" heading the lines are under, or 0.
  let actionListLevel = 0;
  // The roster was opened inside one of the first items ("1. Call to order" / "Present:"): the item goes on after it.
  let listInItem = false;
  const openRollCallInItem = () => {
    out.roster.push({ heading: { attendance: 'present', chair: false, label: '', rest: '' }, headingLine: null, lines: [] });
    phase = 'roster';
    listInItem = true;
  };
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (runInList && !line.blank) {
      if (continuesRunInList(line, listTail)) {
        // The wrapped line goes on the list, and stays the item's text as the run-in part does.
        // A line break without a separator parts two entries as a comma does.
        // A bracket opening the line ("(Chairman), ...") goes on the entry above.
        const goesOn = LIST_GOES_ON.test(listTail) || endsMidName(listTail) || endsWithCutName(listTail, line.text) || coupleBeforeSurname(listTail, line.text) || line.text.startsWith('(');
        runInList.heading = { ...runInList.heading, rest: `${runInList.heading.rest}${goesOn ? ' ' : ', '}${collapseSpaces(line.text)}` };
        listTail = line.text;
        out.items[out.items.length - 1]!.lines.push(line);
        continue;
      }
      runInList = null;
    }
    // "-" / "Anna Donald, Chair, Scottish Government" / "-" / ...: a page's list whose converter put each bullet's mark on a
    // line of its own; in a list of people the mark alone parts entries as a blank line does.
    if (phase === 'roster' && !columns && isLoneBulletOverEntry(content, i)) {
      out.roster[out.roster.length - 1]!.lines.push({ ...line, text: '', blank: true });
      continue;
    }
    if (line.blank) {
      if (phase === 'items') out.items[out.items.length - 1]!.lines.push(line);
      else if (phase === 'roster' && !columns) out.roster[out.roster.length - 1]!.lines.push(line);
      else if (phase === 'preamble') out.preamble.push(line);
      continue;
    }
    // "## Action Items" over "1. Jo to ...", "2. ALL: review ...": the numbers are the actions', no items, to the next heading as high.
    if (actionListLevel && line.heading > 0 && line.heading <= actionListLevel) actionListLevel = 0;
    // "## Action Items" over "1. AW to ..." after the roster, before the first item (wikis list them under the meeting's
    // times): the list ends the roster and is the preamble's, where the loose lists are read; its numbers head no items.
    if (phase !== 'header' && line.heading > 0 && !line.code && ACTION_LIST_HEADING.test(line.text)) {
      actionListLevel = line.heading;
      if (phase === 'roster') phase = 'preamble';
    }
    if (actionListLevel) {
      if (phase === 'items') out.items[out.items.length - 1]!.lines.push(line);
      else out.preamble.push(line);
      continue;
    }
    if (line.code) {
      // A list's table fenced as code ("```" around "| Name | Abbreviation |"): its rows are the list's.
      if (phase === 'roster' && !columns && line.raw.trimStart().startsWith('|')) out.roster[out.roster.length - 1]!.lines.push({ ...line, code: false });
      else if (phase === 'items') out.items[out.items.length - 1]!.lines.push(line);
      else if (phase === 'preamble' || (phase === 'roster' && !FENCE.test(line.raw))) out.preamble.push(line);
      continue;
    }
    // "Attendee Name" / "Title" / "Status" / "Arrived", then each member's cells a line each: the table's lines are the list's,
    // its "Present" and "Absent" no lists' headings.
    // (Under the first items with no list read yet, as "2. Call to order" goes on with the roll's table, the table opens the list.)
    const rollCallInItem = phase === 'items' && out.roster.length === 0 && out.items.length <= 2;
    const rollCallEnd = (phase === 'roster' && !columns) || rollCallInItem ? stackedRollCallEnd(content, i) : -1;
    if (rollCallEnd > i) {
      if (phase === 'items') openRollCallInItem();
      for (let k = i; k < rollCallEnd; k++) out.roster[out.roster.length - 1]!.lines.push(content[k]!);
      i = rollCallEnd - 1;
      continue;
    }
    // "No." / "Action" / "Owner" / "1" / "Circulate ..." with no blank lines: its row numbers head no items.
    const table = phase === 'items' && line.text.length <= MAX_CAPTION ? readContinuousStackedTable(content, i) : null;
    if (table) {
      for (let k = i; k < table.end; k++) out.items[out.items.length - 1]!.lines.push(content[k]!);
      i = table.end - 1;
      continue;
    }
    // "No.<tab>Action<tab>Owner", then "11<tab>Book the hall<tab>RS": the rows of an action table, to its end, head no items.
    const tableEnd = phase === 'items' && line.text.length <= MAX_TABLE_CAPTION && isActionTableCaption(line.text) ? endOfTable(content, i) : -1;
    if (tableEnd > i) {
      for (let k = i; k < tableEnd; k++) out.items[out.items.length - 1]!.lines.push(content[k]!);
      i = tableEnd - 1;
      continue;
    }
    // "## Attendees" over " 1. Ada Finch (Acme)", " 2. ...": a numbered list of people, no items.
    const listed = phase === 'roster' && !columns && isDigitAt(line.text, 0) ? numberedEntry(content, i, out.roster[out.roster.length - 1]!) : null;
    if (listed) {
      // Its number read as the list's mark, as a bullet is.
      out.roster[out.roster.length - 1]!.lines.push({ ...line, text: `- ${listed}` });
      continue;
    }
    // "Action Items from this Meeting:" over "1. Jo Finch will ...", "2. ...", before the first item: the meeting's
    // actions listed first, their numbers no items'.
    const actionsEnd = out.items.length === 0 && phase !== 'items' && opensActionList(line) ? endOfNumberedList(content, i) : -1;
    if (actionsEnd > i) {
      for (let k = i; k < actionsEnd; k++) out.preamble.push(content[k]!);
      phase = 'preamble';
      columns = null;
      i = actionsEnd - 1;
      continue;
    }
    // "    1. Fossey Trust Update – ..." indented under a plain heading: a point of a list, not an item; but not "   3. Report
    // from the Chair" after items 1 and 2, at the indent of the items' text after a page break: the next item.
    const lastItemLine = out.items[out.items.length - 1]?.line;
    const nested =
      line.heading === 0 &&
      ((line.indent >= margin + 2 && !continuesItemsIndented(content, i, lastNumber, lastItemLine) && !continuesRomanIndented(line, lastItemLine)) || pointOfSubList(content, i, lastItemLine));
    const split = nested ? null : (readSplitHeading(content, i, lastNumber) ?? readTitleAboveParagraph(content, i, lastNumber));
    // "I.   Call to Order" then "2.  Minutes of previous meeting": the first item's "I" (read as the letter) was the number one.
    // (Not where a "II." stands anywhere in the minutes: the items are Roman, and "1)", "2)" under them a list.)
    const afterFirstI = out.items.length === 1 && out.items[0]!.heading.number === 'I' && startsWithPlainNumber(line.text) && !(romanTwoInDocument ??= content.some((l) => ROMAN_TWO.test(l.text)));
    const read = nested
      ? null
      : (split?.heading ??
        readItemHeading(line, lastNumber, relaxedItems, isItemLetter(out.items[out.items.length - 1]?.heading.number)) ??
        (afterFirstI ? readItemHeading(line, 1) : null) ??
        (out.items.length === 0 && line.text.startsWith('I') && opensRomanSeries(content, i) ? readRomanSeriesOpening(line) : null) ??
        nextRomanHeading(line, lastRoman, lastNumber) ??
        (phase === 'items' || (phase === 'roster' && listInItem) ? irregular.read(content, i, lastNumber) : null) ??
        (out.items.length > 0 && !irregular.listsInText ? readConfirmedNumber(content, i, lastNumber) : null));
    // Minutes that label their items ("Item 2: Finance") number the points inside them plainly ("1. The Chair ...").
    const labelled = read !== null && isLabelledItem(line.text);
    const listPoint = read !== null && !split && phase === 'items' && startsWithPlainNumber(line.text) && irregular.continuesList(content, i, Number.parseInt(line.text, 10));
    // "III. Consent Calendar" over "1. Approval of Minutes", "2. ...", then "IV. ...": the list is the Roman item's.
    const underRoman = read !== null && !split && startsWithPlainNumber(line.text) && listsUnderRoman(content, i, lastRoman, lastNumber);
    // ("7. Clerk Mobile Phone: ..." inside "6/16 Matters Arising": a point of the item's list, not minute 7/16.)
    const pointUnderCountYear = read !== null && !split && breaksCountYearRun(out.items[out.items.length - 1]?.heading.number, read.number);
    const kept = (read && labelledItems && !labelled && line.heading === 0 && !line.bold) || listPoint || underRoman || pointUnderCountYear ? null : read;
    const heading = kept && !split ? withWrappedRunIn(kept, line, content[i + 1]) : kept;
    if (labelled) labelledItems = true;
    // "Council in Attendance:" over the names in the first items, read as a topic's heading: the list's label.
    const listLabel = (heading === null || heading.number === null) && phase === 'items' && (out.roster.length === 0 || listsInLetterhead || onlyEmptyLists(out.roster)) && (out.items.length <= 2 || inFirstItem(out.items)) && (line.text.endsWith(':') || labelOverBullets(content, i) || underRollCall(out.items)) ? listInOpeningItem(content, i) : null;
    if (listLabel && (listLabel.rest === '' || underRollCall(out.items))) {
      out.roster.push({ heading: listLabel, headingLine: line, lines: [] });
      phase = 'roster';
      listInItem = true;
      continue;
    }
    // "Attendee Name<tab>Title<tab>Status" under the first items with no list read yet: the roll's table, read as those present.
    if (!heading && rollCallInItem && (line.text.includes('\t') || line.text.includes('   ')) && opensRollCallTable(line.text)) {
      openRollCallInItem();
      out.roster[out.roster.length - 1]!.lines.push(line);
      continue;
    }
    const topic = !heading && phase === 'items' && !opensItemText(out.items[out.items.length - 1]) ? readTopicLine(content, i) : null;
    if (topic) {
      out.items.push({ heading: topic, line, lines: [] });
      continue;
    }
    if (heading) {
      // "1 Present John Martin (Chair)" over "Irene Martin" / "Adele Draper": the list's label, its first name run in, the
      // rest one a line below.
      const bare = heading.rest === '' && heading.number !== null && out.roster.length === 0 ? readBareListLabel(heading.title, nextFilled(content, i)) : null;
      if (bare) {
        out.items.push({ heading: { ...heading, title: bare.label }, line, lines: [] });
        lastNumber = runningCount(heading.number);
        irregular.opened(lastNumber);
        out.roster.push({ heading: bare.heading, headingLine: line, lines: [] });
        phase = 'roster';
        listInItem = true;
        continue;
      }
      const named = withoutRunInNames(heading);
      out.items.push({ heading: named, line, lines: [] });
      lastNumber = runningCount(heading.number);
      if (isRomanNumber(heading.number)) lastRoman = lastNumber;
      irregular.opened(lastNumber);
      phase = 'items';
      columns = null;
      if (split) i = split.titleAt;
      // A run-in heading can open a roster list ("1. Those Attending: Cllr A, Cllr B"); an item titled "Present" is one.
      // (A numbered sentence keeps its whole text as the rest: no run-in there.)
      // ("1. Members Present – Ann Hale, ...": the names after a dash, once parted from the label.)
      const listed = named.rest !== '' && heading.rest === '' && !/^apologies\b/i.test(named.title) ? named : heading;
      const runIn = listed.rest !== '' && !listed.rest.startsWith(listed.title);
      // ("1. Present were Ann Hale, Tom Reed. Apologies were ...": a numbered sentence that opens with the list's words holds the list.)
      const sentenceList = !runIn && /^present\s/i.test(listed.rest) ? readRosterHeading(collapseSpaces(listed.rest), false) : null;
      const inner = runIn ? readRosterHeading(`${listed.title}: ${collapseSpaces(listed.rest)}`, false) : (sentenceList ?? (listed.rest ? null : (readRosterHeading(listed.title, true) ?? readRollCallItem(listed.title))));
      // "1. Those Attending Mr M Finch (Chairman), Mrs B Hale, ...": the list's phrase run into the names with no colon;
      // the item is titled by the phrase.
      const phraseRunIn = inner || out.items.length > 2 || line.text.includes(':') ? null : numberedRunInList(line.text);
      if (phraseRunIn) {
        out.items[out.items.length - 1] = { heading: { ...named, title: phraseRunIn.label, rest: '' }, line, lines: [] };
        runInList = { heading: phraseRunIn, headingLine: line, lines: [] };
        listTail = phraseRunIn.rest;
        out.roster.push(runInList);
      } else if (inner && (runIn || sentenceList)) {
        runInList = { heading: inner, headingLine: line, lines: [] };
        listTail = inner.rest;
        out.roster.push(runInList);
      }
      else if (inner && (out.roster.length === 0 || (listsInLetterhead && !inner.chair))) {
        out.roster.push({ heading: inner, headingLine: null, lines: [] });
        phase = 'roster';
        // ("1. Attendees:" over the names: text after the list goes on in the item, whose number may repeat after it.)
        listInItem = true;
      } else if (inner?.attendance === 'apologies' && linesOfList(content, i + 1) && !out.roster.some((r) => r.heading.attendance === 'apologies')) {
        // "1. Apologies for absence" over "Ann Ward – Committee chair AW" lines, after the list of those present: the
        // apologies' list (a line a name, no blank between), the item going on after it.
        out.roster.push({ heading: inner, headingLine: null, lines: [] });
        phase = 'roster';
        listInItem = true;
      }
      continue;
    }
    const columnHeadings = phase === 'items' ? null : readColumnHeadings(line);
    if (columnHeadings) {
      columns = columnHeadings;
      out.roster.push(...columns.sections);
      phase = 'roster';
      continue;
    }
    const group = phase === 'roster' && !columns ? readRosterGroup(line, out.roster[out.roster.length - 1]!, content, i) : null;
    if (group) {
      out.roster.push(group);
      continue;
    }
    // ("1. Members Present – Ann Hale, ...": a dash may stand for the colon.)
    // ("1. Present: Ann Hale (Chairman), Tom Reed." then "In attendance: Sue Moss": a second list under the first item's run-in one.)
    const onlyOpeningItemLists = out.roster.length > 0 && out.roster.every((r) => out.items.some((item) => item.line === r.headingLine));
    const openingList = phase === 'items' && (out.roster.length === 0 || listsInLetterhead || onlyOpeningItemLists) && (out.items.length <= 2 || openingItemsWritten(out.items)) && (line.text.includes(':') || hasSpacedDash(line.text)) ? namesRunInPast(listInOpeningItem(content, i), out.items) : null;
    if (openingList) {
      out.roster.push({ heading: openingList, headingLine: line, lines: [] });
      phase = 'roster';
      listInItem = true;
      continue;
    }
    // Read only here: the branches above leave the phase as it was.
    const listHeading: RosterHeading | null =
      phase === 'items' && out.items.length > 0
        ? (listHeadingAfterItems(content, i, out.roster.length === 0) ?? presentAfterAgenda(content, i, out.items))
        : (readRosterHeading(line.text, line.heading > 0 || line.bold || (phase === 'roster' && headsTableRows(content, i)), phase === 'roster') ??
          (phase === 'roster' && out.roster[out.roster.length - 1]?.heading.chair === false ? readSecretaryLine(line.text) : null));
    // "Aye: 4 - Lee, Reed, Fox and Hale" over "Absent: 1 - Park": the vote's tally, no list of the meeting's (asked only of a
    // line that reads as a list's heading).
    const rosterHeading = listHeading && !(i > 0 && !content[i - 1]!.blank && VOTE_TALLY.test(content[i - 1]!.text)) ? listHeading : null;
    if (rosterHeading && phase === 'items' && !SUB_NUMBER.test(line.text) && !namesEveryone(rosterHeading)) {
      // The numbered lines so far were the agenda the minutes print first: they are no items.
      out.preamble.push(...out.items.flatMap((item) => [item.line, ...item.lines]));
      out.items = [];
      lastNumber = firstNumber - 1;
    }
    if (
      rosterHeading &&
      !namesEveryone(rosterHeading) &&
      !(phase === 'preamble' && presentsTopic(rosterHeading, content, i)) &&
      !(rosterHeading.rest === '' && isLabelAmongLinks(content, i)) &&
      !(phase === 'roster' && opensStackedRow(content, i)) &&
      !(phase === 'roster' && keysPostInStaffList(rosterHeading, out.roster[out.roster.length - 1])) &&
      !(phase === 'roster' && rosterHeading.chair && rosterHeading.rest === '' && isChairCellOfRow(line, out.roster[out.roster.length - 1]!, content, i)) &&
      !(out.roster.length > 0 && (isRollCall(rosterHeading) || headsBoardTopic(rosterHeading, content, i)))
    ) {
      // (The sentence that opens the list may date and place the meeting as well: read with the header's lines too.)
      if (phase === 'header' && rosterHeading.inSentence) out.header.push(line);
      out.roster.push({ heading: phase === 'roster' ? besideMembers(withinApologies(rosterHeading, out.roster[out.roster.length - 1]!), out.roster) : rosterHeading, headingLine: line, lines: [] });
      phase = 'roster';
      columns = null;
      continue;
    }
    const chairField = phase === 'header' ? readChairField(line.text) : null;
    if (chairField) {
      out.roster.push({ heading: chairField, headingLine: line, lines: [] });
      phase = 'roster';
      continue;
    }
    // A list with no heading: initials, a headless block, or "| Name | Organisation | Role |" under the title (its caption
    // row stays to name the columns; "Name     Organisation" in a text export's spaced columns), read as those present.
    // ("Venue: Civic Suite, Gibson Building, Kings Hill, West Malling": a meeting's field, however many its parts.)
    if (
      phase === 'header' &&
      !MEETING_FIELD.test(line.text) &&
      (opensInitialsList(content, i) ||
        opensHeadlessList(content, i) ||
        opensDashedList(content, i) ||
        opensMarkedRoll(content, i) ||
        ((line.text.includes('\t') || line.text.includes('   ')) && opensRosterTable(line.text, nextFilled(content, i)?.text ?? '')) ||
        isSlashCaptionRow(line.text) ||
        readPairedCaptions(line.text) !== null ||
        readsAsRoster(line, content[i + 1]))
    ) {
      out.roster.push({ heading: { attendance: 'present', chair: false, label: '', rest: '' }, headingLine: null, lines: [line] });
      phase = 'roster';
      continue;
    }
    // "ATTENDEES: A, B" / "February 22, 2011 - 2:00pm": the meeting's date line under a roster that opens the minutes.
    // "Chairperson: Sam Lee" in a letterhead, then "Minutes – April 1st 2011": the minutes' dated title under it is the header's.
    const undated = () => out.items.length === 0 && !out.header.some((l) => findDates(l.text).length > 0);
    const letterheadEnds = (phase === 'roster' || phase === 'preamble') && isDatedMinutesTitle(line.text) && undated();
    // (The lists above the title were the letterhead's officers: the meeting's own list may still open an item.)
    if (letterheadEnds) listsInLetterhead = true;
    if (phase === 'header' || (phase === 'roster' && (MEETING_FIELD.test(line.text) || (isDateAlone(line.text) && undated()))) || letterheadEnds) out.header.push(line);
    else if (phase === 'roster') {
      const section = out.roster[out.roster.length - 1]!;
      if (section.headingLine === null && out.items.length > 0 && writesItemText(line, section)) {
        // An item titled "Apologies" whose text is prose ("The Chairman reported ..."): back to the item.
        phase = 'items';
        out.items[out.items.length - 1]!.lines.push(line);
        irregular.text(line);
      } else if (!isSecondCellOfRow(line, section, content[i + 1]) && !continuesPairedTable(line, section.lines) && endsRoster(line, section, content[i + 1])) {
        phase = listInItem && out.items.length > 0 ? 'items' : 'preamble';
        listInItem = false;
        columns = null;
        if (phase === 'items') {
          out.items[out.items.length - 1]!.lines.push(line);
          irregular.text(line);
        } else out.preamble.push(line);
      } else if (columns) distribute(line, columns);
      else {
        section.lines.push(line);
        // (A list under an item's title is the item's text: "1. Attendees:", the names, then "1. Minutes" read as its number repeated.)
        if (listInItem) irregular.text(line);
      }
    } else if (phase === 'preamble') out.preamble.push(line);
    else {
      out.items[out.items.length - 1]!.lines.push(line);
      irregular.text(line);
    }
  }
  return out;
}

// A heading line read whole as a title runs on into text when it is this many words or more.
const RUN_ON_WORDS = 5;
// A heading line of this many words or more fills the page's width: its sentence may go on in a capital.
const FULL_LINE_WORDS = 10;

/**
 * "Item 16/10/6/1 Public Forum A resident referred to an item in recently published Minutes" / "regarding
 * enquiries ...": a run-in heading whose sentence the page width cut reads no stop on its line, so the whole
 * line became the title. With the line below going on in lower case (or a bracket), the title ends where the sentence starts.
 */
function withWrappedRunIn(heading: ItemHeading, line: Line, next: Line | undefined): ItemHeading {
  if (heading.rest !== '' || line.heading > 0 || line.bold || !next || next.blank || next.index !== line.index + 1) return heading;
  const words = heading.title.split(' ').length;
  // ("... in recently published" / "Minutes regarding ...": a line as long as a page's holds a title and the start of its
  // sentence, whatever case the next line opens with.)
  // (Not a list run in after its heading: "1) Apologies – Councillors A Hale, B Dunn and C Eyre.")
  if (words < RUN_ON_WORDS || (!/^[\p{Ll}(&]/u.test(next.text) && (words < FULL_LINE_WORDS || heading.title.includes(',')))) return heading;
  const { title } = splitRunInTitle(`${heading.title} ${next.text}`);
  return title && title.length < heading.title.length ? { ...heading, title, rest: heading.title.slice(title.length).trim() } : heading;
}

// A list that stops on a comma, a semicolon or "and" goes on on the next line.
const LIST_GOES_ON = /(?:[,;&]|\sand)$/;

/**
 * The next line of a list run in after an item's heading: the list's last line stopped on a comma or "and",
 * or the line is a list of people itself ("Mrs M Lee, Mr C Dean, Mr S Rand,"), not a heading.
 */
const MINUTE_LABEL = /^(?:item|min(?:ute)?\.?)\s(?:no\.?\s)?\d/i;

function continuesRunInList(line: Line, listTail: string): boolean {
  // "Present: ..." after "1. Apologies: ...": a list of its own.
  // "Minute 13/25 Apologies ...": the next item, by its minute reference.
  if (line.heading > 0 || line.bold || isDigitAt(line.text, 0) || MINUTE_LABEL.test(line.text) || readRosterHeading(line.text, false)) return false;
  // "..., P. Markwell, T." / "Manley - Borough Councillor": a line cut after a person's initial or title.
  return LIST_GOES_ON.test(listTail) || endsMidName(listTail) || isRunOn(line.text);
}

// "Location: Room 1", "Meeting opened: 8:10pm" among the lists: facts of the meeting, read with the header's.
// "Minutes – April 1st 2011", "Minutes of 4 May 2016": the word and the meeting's date, a short title.
const DATED_MINUTES = /^(?:draft\s+)?minutes\b/i;
const isDatedMinutesTitle = (text: string): boolean => text.length <= 60 && DATED_MINUTES.test(text) && findDates(text).length === 1;

// ("Date of meeting:Friday 2nd October 2015" under a form's "Chair:" and "Clerk:" fields: the date field names its meeting.)
const MEETING_FIELD = /^(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|time|location|venue|place|where|call-in details|dial-in details|(?:zoom|meeting|call)\s+link|(?:meeting\s+)?(?:opened|closed|adjourned|started|ended|finished))\s*:\s*\S/i;

/** "## Attendees" after the items (standards bodies list them last): a markdown heading alone over a list of people. */
/**
 * "1. Opening Prayer ... / Present: Ann & Bob Lee, Cal Dunn": a labelled list of those present, names on its line, in one
 * of the first items of minutes with no roster before them: the meeting's roster, not the item's text.
 * "1) Call to order: ... / Council in Attendance: / Ann Hale / Ben Rowe": the same list with its names on the lines below.
 * "2. Welcome ... / Regrets: Cal Lind, Dee Moss": the apologies alone, their names on the label's line.
 */
function listInOpeningItem(content: Line[], at: number): RosterHeading | null {
  const line = content[at]!;
  const heading = readRosterHeading(line.text, false);
  if (!heading) return null;
  // "Regrets: Fr. Cal Lind, Dee and Eve Moss": the apologies, listed in the same item with no list of those present.
  if (heading.attendance === 'apologies' && heading.rest !== '' && !heading.chair && (isRunOn(heading.rest) || parseEntry(cellsOf(heading.rest)) !== null)) return heading;
  if (!(heading.attendance === 'present' || heading.attendance === 'in-attendance')) return null;
  if (heading.rest !== '') return heading;
  return !heading.chair && (line.text.endsWith(':') || labelOverBullets(content, at)) && namesBelow(content, at) ? heading : null;
}

/** "2. Roll Call" over "The clerk called the roll.": the list the item's title opened ended before it named anyone. */
const onlyEmptyLists = (roster: readonly RosterSection[]): boolean => roster.every((section) => section.lines.length === 0 && section.heading.rest === '' && section.headingLine === null);

// "II. ROLL CALL", "2. Roll Call & Introduction": an item whose title says the roll was called.
const ROLL_CALL_TITLE = /\broll\s+call\b/i;

/**
 * "II. ROLL CALL" / "A. The Chair requested the roll call:" / "Present: Commissioners Ames, Bond, and Chair Hale.": under
 * an item that calls the roll, a list's label with its names run on is the roster's, after a sentence of the item's own.
 */
function underRollCall(items: readonly ItemSection[]): boolean {
  const last = items[items.length - 1];
  return last !== undefined && ROLL_CALL_TITLE.test(last.heading.title);
}

/** Whether the lines read are those of an item numbered 1 (after an agenda's list, whose copies of the items come first). */
function inFirstItem(items: readonly ItemSection[]): boolean {
  return items[items.length - 1]?.heading.number === '1';
}

// "Attendees" alone on its line, with no colon, straight over a bulleted list ("* Will Stevens, CloudOps").
const BARE_LIST_WORD = /^(?:attendees|present|participants|attending)$/i;

/** Whether the line is a bare list word whose next line is a bullet: the list's label, though it has no colon. */
function labelOverBullets(content: Line[], at: number): boolean {
  const next = content[at + 1];
  return content[at]!.heading === 0 && BARE_LIST_WORD.test(content[at]!.text) && next !== undefined && startsWithBullet(next.text);
}

/** " – " or " - " between words, as a label's colon may be written. */
const hasSpacedDash = (text: string): boolean => text.includes(' – ') || text.includes(' - ');

// The lines under a list's label read for names, one a line.
const NAMES_BELOW = 2;

/** The next lines with text each name one person ("Ann Hale", "Dan Hill      Clerk Treasurer"). */
function namesBelow(content: Line[], at: number): boolean {
  let k = at;
  // "Name / Organization / Position" over "1. Tom Hale / IFRC / Coordinator": a table's caption row, then its numbered rows.
  const caption = filledFrom(content, k + 1);
  if (isSlashColumnCaptions(content[caption]?.text ?? '')) {
    const row = content[filledFrom(content, caption + 1)]?.text ?? '';
    const cells = row.includes(' / ') ? slashCells(row.replace(LIST_NUMBER, '')) : [];
    return cells.length >= 2 && parseEntry([cells[0]!]) !== null;
  }
  for (let seen = 0; seen < NAMES_BELOW; seen++) {
    k = filledFrom(content, k + 1);
    const text = content[k]?.text ?? '';
    if (text === '' || text.length > 120 || content[k]!.heading > 0 || isDigitAt(text, 0) || findDates(text).length > 0 || readRosterHeading(text, false)) return false;
    // ("Ann Lee, Bob Hale, Cy Moss": the whole list on one line.)
    if (seen === 0 && isRunOn(text)) return true;
    if (parseEntry(cellsOf(text)) === null) return false;
  }
  return true;
}

const LIST_NUMBER = /^\d{1,3}[.)]\s+/;

// "1.1 Attendees" under "1. Business": the first item's numbered part that heads the roster.
const SUB_NUMBER = /^\d{1,2}\.\d{1,2}\s/;

// "Trustees" over "Ann Lee and Bo Finch, as the longest serving trustees, retired ...": a general meeting's business with its board.
const BOARD_NOUN = /^(?:trustees|directors|governors|councillors)$/i;

function listHeadingAfterItems(content: Line[], at: number, noRosterYet: boolean): RosterHeading | null {
  const line = content[at]!;
  if (line.heading === 0 && !(noRosterYet && isDigitAt(line.text, 0) && SUB_NUMBER.test(line.text))) return null;
  const heading = readRosterHeading(line.text, true);
  return heading && !heading.chair && heading.rest === '' ? heading : null;
}

/** The board's name as a heading over a sentence heads a topic about the board (its elections), no list. */
function headsBoardTopic(heading: RosterHeading, content: Line[], at: number): boolean {
  return heading.rest === '' && content[at]!.heading > 0 && BOARD_NOUN.test(heading.label.trim()) && readsAsSentence(nextFilled(content, at)?.text ?? '');
}

// How many opening items, each written out, a labelled list of those there may stand under ("3. Introductions: ...").
const OPENING_ITEMS_WITH_TEXT = 4;

/**
 * "1. Opening Prayer: ..." / "2. Agenda: ..." / "3. Introductions: ..." / "Present: Ann & Bob Lee, ...": a few opening items,
 * each with its own text (minutes, not an agenda's bare list of titles), that the list of those there may still follow.
 */
function openingItemsWritten(items: readonly ItemSection[]): boolean {
  return items.length <= OPENING_ITEMS_WITH_TEXT && items.every((item) => item.heading.rest !== '' || item.lines.some((l) => !l.blank));
}

/** Past the first two items only a list whose names stand on its label's line is the meeting's, not a label over lines of text. */
function namesRunInPast(heading: RosterHeading | null, items: readonly ItemSection[]): RosterHeading | null {
  if (!heading || items.length <= 2) return heading;
  // (Its wide gaps are a Word table's cells run together, not cells of one entry: "Those Attending:      Cllr A Lee, ...".)
  return heading.rest !== '' ? { ...heading, rest: collapseSpaces(heading.rest) } : null;
}

/** "Action Items:" as a caption of its own: a heading, a bold line or a line ending in a colon. */
const opensActionList = (line: Line): boolean => (line.heading > 0 || line.bold || line.text.endsWith(':')) && isActionListCaption(line.text);

/** The end of the list numbered from 1 (blank lines between its entries) below `at`: -1 with fewer than two entries. */
function endOfNumberedList(content: Line[], at: number): number {
  let expected = 1;
  let end = -1;
  for (let k = at + 1; k < content.length; k++) {
    const line = content[k]!;
    if (line.blank) continue;
    if (line.code || !startsWithPlainNumber(line.text) || Number.parseInt(line.text, 10) !== expected) break;
    expected++;
    end = k + 1;
  }
  return expected > 2 ? end : -1;
}

/** Two lines at `at` and after it, neither blank nor numbered: a list of a line an entry, not a paragraph. */
function linesOfList(content: Line[], at: number): boolean {
  const [a, b] = [content[at], content[at + 1]];
  return a !== undefined && b !== undefined && !a.blank && !b.blank && !isDigitAt(a.text, 0) && !isDigitAt(b.text, 0) && a.heading === 0 && b.heading === 0;
}

const ACTION_LIST_HEADING = /^(?:new\s+)?action(?:able)?\s+(?:items|points)\s*:?$/i;

/** Whether the numbered line at `at` is in a sub-list opened straight under a bullet indented less. */
function underBullet(content: Line[], at: number): boolean {
  const indent = content[at]!.indent;
  let k = at - 1;
  while (k >= 0 && content[k]!.indent === indent && startsWithPlainNumber(content[k]!.text)) k--;
  const above = content[k];
  return above !== undefined && above.indent < indent && startsWithBullet(above.text);
}

// The longest indented numbered line read as the next item.
const MAX_INDENTED_ITEM = 70;

/**
 * Whether the indented numbered line at `at` goes on with the items' numbers: the last item's number plus one, the
 * numbered line nearest above it (at its indent or less) being that item's own line. The next item, set in where the page indents its
 * text, not a point of a list inside the last item (whose "1." would be nearer).
 */
function continuesItemsIndented(content: Line[], at: number, lastNumber: number, lastItem: Line | undefined): boolean {
  const line = content[at]!;
  if (lastNumber < 1 || !lastItem || !startsWithPlainNumber(line.text) || Number.parseInt(line.text, 10) !== lastNumber + 1) return false;
  if (!readsAsIndentedHeading(line)) return false;
  for (let k = at - 1; k >= 0; k--) {
    const above = content[k]!;
    if (above.blank || above.indent > line.indent || !startsWithPlainNumber(above.text)) continue;
    return above.index === lastItem.index;
  }
  return false;
}

// How far back a point of a list looks for the "1." its list opened with.
const MAX_SUB_LIST = 60;

/**
 * "  4. District Report" / "    1. ..." ... "    5. Monthly meetings are held ...": a numbered line indented past the last item's,
 * in a list that opened with "1." at its own indent below that item, is a point of the item's list (though its number
 * follows the item's), where the nested list, not the items, sets the page's usual indent.
 */
function pointOfSubList(content: Line[], at: number, lastItem: Line | undefined): boolean {
  const line = content[at]!;
  if (!lastItem || line.indent < lastItem.indent + 2 || !startsWithPlainNumber(line.text)) return false;
  for (let k = at - 1; k >= 0 && at - k <= MAX_SUB_LIST; k--) {
    const above = content[k]!;
    if (above.index <= lastItem.index) return false;
    if (!above.blank && above.indent === line.indent && /^1[.)]\s/.test(above.text)) return true;
  }
  return false;
}

/** A heading's length, no sentence: "2. Work with the police and others to agree ... procedures." is a point of a list. */
const readsAsIndentedHeading = (line: Line): boolean => line.text.length <= MAX_INDENTED_ITEM && !line.text.trimEnd().endsWith('.');

/**
 * "I. Call to Order:" at the margin, then "     II. Roll Call:", "     III. Approval of Minutes:": the next Roman item,
 * indented by the page's list, straight after the Roman item read last (a heading's length, no sentence).
 */
function continuesRomanIndented(line: Line, lastItem: Line | undefined): boolean {
  if (!lastItem || !readsAsIndentedHeading(line) || !'IVX'.includes(line.text.charAt(0))) return false;
  // ("I." reads as the letter too: the number is taken from the item line itself.)
  const above = ROMAN_OPENING.exec(lastItem.text);
  if (!above) return false;
  const next = `${romanOf(romanValue(above[1]!) + 1)}. `;
  return line.text.startsWith(next) && /^\p{Lu}/u.test(line.text.slice(next.length));
}

const ROMAN_OPENING = /^([IVX]{1,6})\. /;
const ROMAN_TWO = /^II[.):\s]/;
const ROMAN_ONE = /^I[.)]\s/;

const LONE_BULLET = /^[-•*–]$/;

/** A bullet's mark alone on its line, the next line a person's entry (not another mark, nor a line of prose). */
function isLoneBulletOverEntry(content: Line[], at: number): boolean {
  const line = content[at]!;
  if (line.text.length !== 1 || !LONE_BULLET.test(line.text)) return false;
  const next = content[at + 1];
  return next !== undefined && !next.blank && next.heading === 0 && !LONE_BULLET.test(next.text) && parseEntry(cellsOf(next.text)) !== null;
}

/** The indent most lines of text have: the page's left margin. */
function usualIndent(content: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of content) if (!line.blank && !line.code) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  let usual = 0;
  for (const [indent, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = indent;
  return usual;
}

/**
 * "Presenter: Ada Finch (AF)" straight under a topic's heading, after the roster: who presents
 * that topic, not a list of those attending.
 */
function presentsTopic(heading: RosterHeading, content: Line[], at: number): boolean {
  if (heading.attendance !== 'speaker' || heading.rest === '' || content[at]!.heading > 0) return false;
  let before = at - 1;
  while (before >= 0 && content[before]!.blank) before--;
  return before >= 0 && content[before]!.heading > 0;
}

const DASH_END = /\s[-–—]$/;

/**
 * "1. Apologies for Absence Cllr Mick Hale, Cllr Ann Rowe": the names run on after the list's label, with no colon,
 * are the list's (read with the roster), not the item's title.
 */
function withoutRunInNames(heading: ItemHeading): ItemHeading {
  // A long heading read as a numbered sentence comes parted into its opening words and the rest.
  const full = !heading.rest || heading.rest.startsWith(heading.title) ? heading.rest || heading.title : `${heading.title} ${heading.rest}`;
  const apologies = (full.includes(',') || full.includes(' and ')) && /^apologies\b/i.test(full);
  // "Members Present – Ann Hale (Chair), Tom Finch": a list's label, a dash for its colon, then the names.
  if (!apologies && !hasSpacedDash(full)) return heading;
  const inner = readRosterHeading(full, true);
  const label = inner?.rest && full.endsWith(inner.rest) ? full.slice(0, -inner.rest.length).trimEnd() : null;
  if (!inner || label === null || !(apologies || DASH_END.test(label))) return heading;
  return { ...heading, title: label.replace(DASH_END, ''), rest: inner.rest };
}

// "Present John Martin (Chair)": the list's word, then a capital.
const BARE_LIST_LABEL = /^(present|attending|attendees|in attendance)\s(?=\p{Lu})/iu;

/** The label and the list it opens, where the item's title runs the first name on after it and the next line is a name. */
function readBareListLabel(title: string, next: Line | undefined): { label: string; heading: RosterHeading } | null {
  const m = BARE_LIST_LABEL.exec(title);
  if (!m || !next || next.heading > 0 || isDigitAt(next.text, 0) || next.text.includes(',')) return null;
  const first = title.slice(m[0].length).trim();
  if (first.includes(',') || !parseEntry([first]) || !parseEntry(cellsOf(next.text))) return null;
  const heading = readRosterHeading(`${m[1]}: ${first}`, false);
  return heading?.attendance === 'present' ? { label: m[1]!, heading } : null;
}

/**
 * "Councillors are summoned ... 1. Apologies 2. Minutes ..." then "Present:" and "1. Apologies" again: the agenda
 * printed above the minutes, whose own list of those present and items (numbered from 1 again) follow.
 */
function presentAfterAgenda(content: Line[], at: number, items: ItemSection[]): RosterHeading | null {
  const line = content[at]!;
  const captioned = items.length > 0 && (line.heading > 0 || line.text.endsWith(':')) ? listAfterAgendaCaption(content, at, items[0]!.line) : null;
  if (captioned) return captioned;
  if (items[0]?.heading.number !== '1') return null;
  if (line.text.length > 12) return listAfterBareAgenda(line, items);
  const heading = readRosterHeading(line.text, true);
  if (heading?.attendance !== 'present' || heading.chair || heading.rest) return null;
  const end = Math.min(content.length, at + AGENDA_LOOKAHEAD);
  for (let k = at + 1; k < end; k++) if (readItemHeading(content[k]!, 0)?.number === '1') return heading;
  return null;
}

const AGENDA_LOOKAHEAD = 60;
const AGENDA_CAPTION = /^agenda:?$/i;

/**
 * "## Agenda" over "1. To confirm the minutes ..." / "2. Elect the committee", then "Attendees (ordinary Members):": the
 * agenda printed under its own caption before the minutes' list of those present, which opens the roster.
 */
function listAfterAgendaCaption(content: Line[], at: number, firstItem: Line): RosterHeading | null {
  const heading = readRosterHeading(content[at]!.text, true);
  if (heading?.attendance !== 'present' || heading.chair || heading.rest) return null;
  // The caption stands over the list's first entries (an entry the items missed may come before the first item read).
  const floor = Math.max(0, at - AGENDA_LOOKAHEAD);
  let k = at - 1;
  while (k >= floor && content[k] !== firstItem) k--;
  for (k--; k >= floor && (content[k]!.blank || startsWithPlainNumber(content[k]!.text)); k--);
  return k >= floor && AGENDA_CAPTION.test(content[k]!.text) ? heading : null;
}
// An agenda printed first has this many entries or more, and no more than the most.
const MIN_AGENDA = 3;
const MAX_AGENDA = 40;
const ENTRY_LINES = 16;

/**
 * "1. Welcome" ... "8. Next Steps", with no text under them, then the minutes' own heading and "Present: Ann Lee, Bo
 * Chan, ...": the agenda printed before the minutes, whose list of those present opens the roster.
 */
function listAfterBareAgenda(line: Line, items: ItemSection[]): RosterHeading | null {
  if (items.length < MIN_AGENDA || items.length > MAX_AGENDA || !line.text.includes(':')) return null;
  const heading = readRosterHeading(line.text, false);
  if (heading?.attendance !== 'present' || heading.chair || heading.rest === '') return null;
  // (Each entry's lines are read a few at most: an entry with more is no bare one, and the look stays short.)
  const bare = (item: ItemSection) => item.lines.length <= ENTRY_LINES && item.lines.every((l) => l.blank);
  // (Under the last entry, the minutes' heading and date may stand before the list: no sentences.)
  const last = items[items.length - 1]!.lines;
  const under = last.length <= ENTRY_LINES ? last.filter((l) => !l.blank) : null;
  if (!under || under.length > 2 || under.some((l) => /[.!?]$/.test(l.text)) || !items.slice(0, -1).every(bare)) return null;
  return isRunOn(heading.rest) ? heading : null;
}

/**
 * "IV. Presentation & Correspondence" after "III. Consent Calendar" and the numbered list under it: the next Roman
 * number goes on from the last Roman item, not from the list's last number.
 */
function nextRomanHeading(line: Line, lastRoman: number, lastNumber: number): ItemHeading | null {
  if (lastRoman < 2 || lastRoman === lastNumber || !'IVX'.includes(line.text.charAt(0))) return null;
  const heading = readItemHeading(line, lastRoman);
  return heading && isRomanNumber(heading.number) ? heading : null;
}

// How far below the first Roman item the second is looked for.
const ROMAN_SERIES_REACH = 60;

/** Whether a line opening with "II" follows the line at `at` within reach, with no other line opening with "I" before it. */
function opensRomanSeries(content: Line[], at: number): boolean {
  if (!ROMAN_ONE.test(content[at]!.text)) return false;
  const end = Math.min(content.length, at + ROMAN_SERIES_REACH);
  for (let k = at + 1; k < end; k++) {
    const text = content[k]!.text;
    if (ROMAN_TWO.test(text)) return true;
    if (ROMAN_ONE.test(text)) return false;
  }
  return false;
}

// How far below a list the next Roman item is looked for.
const ROMAN_LOOKAHEAD = 120;

/** A plain number straight under a Roman item (or its list), where the next Roman number's heading follows below. */
function listsUnderRoman(content: Line[], at: number, lastRoman: number, lastNumber: number): boolean {
  if (lastRoman < 2) return false;
  const next = romanOf(lastRoman + 1);
  const end = Math.min(content.length, at + ROMAN_LOOKAHEAD);
  for (let k = at + 1; k < end; k++) {
    const text = content[k]!.text.replace(/^\*\*/, '');
    if (text.startsWith(`${next}.`) || text.startsWith(`${next} `)) return lastNumber === lastRoman || lastNumber < lastRoman;
  }
  return false;
}

/** "1. Those Attending Mr M Finch, ...": a numbered line whose list phrase runs into its names, read as that list. */
function numberedRunInList(text: string): RosterHeading | null {
  const heading = readRosterHeading(collapseSpaces(text), false);
  // (A numbered "Apologies M. Lee and Mrs. Moss" is read where the apologies' run-in lists are.)
  return heading && heading.rest !== '' && !heading.chair && (heading.attendance === 'present' || heading.attendance === 'in-attendance') ? heading : null;
}

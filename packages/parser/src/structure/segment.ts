import type { Context } from '../context.js';
import { type ItemHeading, isItemLetter, mayStartItem, readItemHeading, runningCount } from '../agenda/headings.js';
import { type RosterHeading, readRollCallItem, readRosterHeading } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { cellsOf, parseEntry, parseRowEntry, standsBesideLostCell, withoutBullet } from '../roster/parse-entry.js';
import { readGivenNameAmongBullets, readGivenNameLines } from '../roster/first-names.js';
import { hasDottedHeading, readDotLabel, readUnnumberedItems, type UnnumberedItem } from '../agenda/unnumbered-items.js';
import { splitRunInTitle } from '../agenda/run-in-title.js';
import { IrregularNumbers, startsWithPlainNumber } from '../agenda/irregular-numbers.js';
import { readConfirmedNumber } from '../agenda/confirmed-numbers.js';
import { BULLET } from '../agenda/read-paragraph.js';
import { readsAsBody } from '../roster/describe.js';
import { rejoinAcrossPageBreaks } from './page-breaks.js';
import { splitInnerRosterLabel } from './inner-roster-label.js';
import { splitMidLineItems } from './mid-line-items.js';
import { type FrontMatter, readFrontMatter } from './front-matter.js';
import { opensHeadlessList } from './headless-list.js';
import { collapseSpaces, isDigitAt, isSpaceCode, isUpperAt, splitTopLevel } from '../text/clean.js';
import { looksLikeInitials } from '../text/names.js';
import { isRunOn } from '../roster/read-roster.js';
import { continuesRow, endsMidName, endsMidPhrase, isBracketAlone } from '../roster/wrapped.js';
import { readChairField } from '../roster/chair-field.js';
import { COLUMN_CAPTION, opensRosterTable } from '../roster/caption-row.js';
import { CellBlock, readsAsDescriptionCell } from '../roster/stacked-cells.js';
import { FENCE, type Line } from '../scan/scan-lines.js';
import { listIn } from '../map-lists.js';
import { isColumnCaption, MAX_CAPTION, readContinuousStackedTable } from '../actions/action-table.js';

export interface ItemSection {
  heading: ItemHeading;
  line: Line;
  lines: Line[];
}

/** The document cut into its parts: front matter, header, roster, preamble and items. */
export interface Segments {
  frontMatterTitle: string | null;
  frontMatterDate: string | null;
  header: Line[];
  roster: RosterSection[];
  /** Lines between the roster and the first item ("Draft Minutes", column captions). */
  preamble: Line[];
  items: ItemSection[];
  /** Every line that is neither front matter nor page furniture. */
  content: Line[];
}

/** Skips YAML front matter and repeated page furniture, then walks the lines once (twice for numbered sentences). */
export function segment(lines: Line[], ctx: Context): Segments {
  const front = readFrontMatter(lines);
  const from = front.from;
  const furniture = findFurniture(lines.slice(from), ctx);
  const content = splitInnerRosterLabel(
    splitMidLineItems(
      rejoinAcrossPageBreaks(
        lines.slice(from).map((l) => (furniture.has(l.index) ? { ...l, text: '', blank: true } : l)),
        furniture,
      ),
    ),
  );
  const firstNumber = firstItemNumber(content);
  // The page's left margin: lines indented past it are points of a list, in both walks.
  const margin = usualIndent(content);
  let out = walk(content, front, firstNumber, margin, false);
  // Every numbered heading indented past the margin (a web page's list, the text flush left): the items are the list.
  if (out.items.length === 0) {
    const indented = content.find((l) => l.indent > margin && !l.code && startsWithPlainNumber(l.text));
    const listed = indented ? walk(content, front, firstNumber, indented.indent, false) : null;
    if (listed && listed.items.length >= 2) out = listed;
  }
  // Minutes written as numbered sentences ("1. Apologies were received from ..."): no item read, or the
  // first number skipped. Read again taking numbered sentences for items, and keep that when it reads more.
  const firstRead = out.items.find((item) => item.heading.number !== null)?.heading.number;
  const skipsFirst = out.items.length === 0 || (firstRead !== undefined && runningCount(firstRead) > firstNumber);
  // Stopped at a numbered sentence: the relaxed reading must go on past it, not merely add it.
  if (skipsFirst || stopsBeforeNextNumber(out)) {
    const relaxed = walk(content, front, firstNumber, margin, true);
    const more = skipsFirst ? 1 : 2;
    if (relaxed.items.length >= Math.max(2, out.items.length + more) && relaxed.items.every((item) => item.heading.number !== null)) return relaxed;
  }
  if (out.items.length === 0) {
    // Topics follow the title: the lines down to it stay the header's ("The Council" over "Minutes of the meeting ...").
    const titleAt = out.preamble.length ? -1 : out.header.findIndex((l) => TITLE_LINE.test(l.text));
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
    const plainNumbers = !dotted && out.items.every((item) => item.line.heading === 0 && !item.line.bold) && out.preamble.some((l) => l.heading >= 2);
    const { items, before } = dotted || plainNumbers || itemsAreHeadingsOfOneLevel(out.items) ? readUnnumberedItems([...out.preamble, ...out.items.flatMap((item) => [item.line, ...item.lines])]) : { items: [], before: [] };
    const kept = new Set(items.map((item) => item.line.index));
    const level = out.items[0]?.line.heading;
    const sameLevel = out.items.every((item) => kept.has(item.line.index)) && items.every((item) => item.line.heading === level);
    // (Fewer topics than points is no matter: every point lies inside a topic's text.)
    const morePoints = plainNumbers && items.length >= 2 && withinTopics(out.items, items);
    if ((items.length > out.items.length && (dotted || sameLevel)) || morePoints) {
      out.items = items;
      out.preamble = before;
    }
  }
  return out;
}

// "Minutes of the meeting of the University Council held on ...": the document's title line.
const TITLE_LINE = /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\s/i;

/**
 * The numbering stopped at a numbered sentence: a line of the last item's text starts with the next
 * number ("9. Accounts were approved. ..."), so the items after it went unread.
 */
function stopsBeforeNextNumber(out: Segments): boolean {
  const last = out.items[out.items.length - 1];
  if (!last || last.heading.number === null) return false;
  const next = runningCount(last.heading.number) + 1;
  return last.lines.some((l) => !l.blank && startsWithPlainNumber(l.text) && Number.parseInt(l.text, 10) === next);
}

/**
 * Every numbered line lies in the text of a topic a markdown heading opened, after a line of that
 * text ("AF: The loader runs in three steps."): a point of a list there, not an item.
 */
function withinTopics(numbered: ItemSection[], topics: UnnumberedItem[]): boolean {
  const numberedAt = new Set(numbered.map((item) => item.line.index));
  const inside = new Set<number>();
  for (const topic of topics) {
    if (topic.line.heading === 0) continue;
    const opening = topic.lines.find((l) => !l.blank);
    if (opening && numberedAt.has(opening.index)) return false;
    for (const l of topic.lines) inside.add(l.index);
  }
  return numbered.every((item) => inside.has(item.line.index));
}

/** Every item opened by a markdown heading of the same level ("## 5. Report"). */
function itemsAreHeadingsOfOneLevel(items: ItemSection[]): boolean {
  const level = items[0]?.line.heading ?? 0;
  return level > 0 && items.every((item) => item.line.heading === level);
}

function nextFilled(content: Line[], at: number): Line | undefined {
  for (let k = at + 1; k < content.length; k++) if (!content[k]!.blank) return content[k];
  return undefined;
}

/** One walk over the content lines, cutting it into header, roster, preamble and items. */
function walk(content: Line[], front: FrontMatter, firstNumber: number, margin: number, relaxedItems: boolean): Segments {
  const out: Segments = { frontMatterTitle: front.title, frontMatterDate: front.date, header: [], roster: [], preamble: [], items: [], content };
  let phase: 'header' | 'roster' | 'preamble' | 'items' = 'header';
  let lastNumber = firstNumber - 1;
  let labelledItems = false;
  let columns: RosterColumns | null = null;
  const irregular = new IrregularNumbers();
  // "1. Those attending: A, B,": a list run in after an item's heading, until a line ends it.
  let runInList: RosterSection | null = null;
  // The list's last line so far: the whole list is tested once per line of it, not again and again.
  let listTail = '';
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (runInList && !line.blank) {
      if (continuesRunInList(line, listTail)) {
        // The wrapped line goes on the list, and stays the item's text as the run-in part does.
        // A line break without a separator parts two entries as a comma does.
        runInList.heading = { ...runInList.heading, rest: `${runInList.heading.rest}${LIST_GOES_ON.test(listTail) || endsMidName(listTail) ? ' ' : ', '}${collapseSpaces(line.text)}` };
        listTail = line.text;
        out.items[out.items.length - 1]!.lines.push(line);
        continue;
      }
      runInList = null;
    }
    if (line.blank) {
      if (phase === 'items') out.items[out.items.length - 1]!.lines.push(line);
      else if (phase === 'roster' && !columns) out.roster[out.roster.length - 1]!.lines.push(line);
      continue;
    }
    if (line.code) {
      // A list's table fenced as code ("```" around "| Name | Abbreviation |"): its rows are the list's.
      if (phase === 'roster' && !columns && line.raw.trimStart().startsWith('|')) out.roster[out.roster.length - 1]!.lines.push({ ...line, code: false });
      else if (phase === 'items') out.items[out.items.length - 1]!.lines.push(line);
      else if (phase === 'preamble' || (phase === 'roster' && !FENCE.test(line.raw))) out.preamble.push(line);
      continue;
    }
    // "No." / "Action" / "Owner" / "1" / "Circulate ..." with no blank lines: its row numbers head no items.
    const table = phase === 'items' && line.text.length <= MAX_CAPTION ? readContinuousStackedTable(content, i) : null;
    if (table) {
      for (let k = i; k < table.end; k++) out.items[out.items.length - 1]!.lines.push(content[k]!);
      i = table.end - 1;
      continue;
    }
    // "## Attendees" over " 1. Ada Finch (Acme)", " 2. ...": a numbered list of people, no items.
    const listed = phase === 'roster' && !columns && isDigitAt(line.text, 0) ? numberedEntry(content, i, out.roster[out.roster.length - 1]!) : null;
    if (listed) {
      // Its number read as the list's mark, as a bullet is.
      out.roster[out.roster.length - 1]!.lines.push({ ...line, text: `- ${listed}` });
      continue;
    }
    // "    1. Fossey Trust Update – ..." indented under a plain heading: a point of a list, not an item.
    const nested = line.heading === 0 && line.indent >= margin + 2;
    const split = nested ? null : (readSplitHeading(content, i, lastNumber) ?? readTitleAboveParagraph(content, i, lastNumber));
    const read = nested
      ? null
      : (split?.heading ??
        readItemHeading(line, lastNumber, relaxedItems, isItemLetter(out.items[out.items.length - 1]?.heading.number)) ??
        (phase === 'items' ? irregular.read(content, i, lastNumber) : null) ??
        (out.items.length > 0 && !irregular.listsInText ? readConfirmedNumber(content, i, lastNumber) : null));
    // Minutes that label their items ("Item 2: Finance") number the points inside them plainly ("1. The Chair ...").
    const labelled = read !== null && isLabelledItem(line.text);
    const listPoint = read !== null && !split && phase === 'items' && startsWithPlainNumber(line.text) && irregular.continuesList(content, i, Number.parseInt(line.text, 10));
    const kept = (read && labelledItems && !labelled && line.heading === 0 && !line.bold) || listPoint ? null : read;
    const heading = kept && !split ? withWrappedRunIn(kept, line, content[i + 1]) : kept;
    if (labelled) labelledItems = true;
    const topic = !heading && phase === 'items' && !opensItemText(out.items[out.items.length - 1]) ? readTopicLine(content, i) : null;
    if (topic) {
      out.items.push({ heading: topic, line, lines: [] });
      continue;
    }
    if (heading) {
      out.items.push({ heading: withoutRunInNames(heading), line, lines: [] });
      lastNumber = runningCount(heading.number);
      irregular.opened(lastNumber);
      phase = 'items';
      columns = null;
      if (split) i = split.titleAt;
      // A run-in heading can open a roster list ("1. Those Attending: Cllr A, Cllr B"); an item titled "Present" is one.
      // (A numbered sentence keeps its whole text as the rest: no run-in there.)
      const runIn = heading.rest !== '' && !heading.rest.startsWith(heading.title);
      const inner = runIn ? readRosterHeading(`${heading.title}: ${heading.rest}`, false) : heading.rest ? null : (readRosterHeading(heading.title, true) ?? readRollCallItem(heading.title));
      if (inner && runIn) {
        runInList = { heading: inner, headingLine: line, lines: [] };
        listTail = inner.rest;
        out.roster.push(runInList);
      }
      else if (inner && out.roster.length === 0) {
        out.roster.push({ heading: inner, headingLine: null, lines: [] });
        phase = 'roster';
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
    // Read only here: the branches above leave the phase as it was.
    const rosterHeading: RosterHeading | null =
      phase === 'items' && out.items.length > 0
        ? (listHeadingAfterItems(line) ?? presentAfterAgenda(content, i, out.items))
        : readRosterHeading(line.text, line.heading > 0 || line.bold, phase === 'roster');
    if (rosterHeading && phase === 'items') {
      // The numbered lines so far were the agenda the minutes print first: they are no items.
      out.preamble.push(...out.items.flatMap((item) => [item.line, ...item.lines]));
      out.items = [];
      lastNumber = firstNumber - 1;
    }
    if (rosterHeading && !(phase === 'preamble' && presentsTopic(rosterHeading, content, i))) {
      out.roster.push({ heading: rosterHeading, headingLine: line, lines: [] });
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
    // row stays to name the columns), read as those present.
    if (
      phase === 'header' &&
      (opensInitialsList(content, i) ||
        opensHeadlessList(content, i) ||
        (line.text.includes('\t') && opensRosterTable(line.text, nextFilled(content, i)?.text ?? '')) ||
        readsAsRoster(line, content[i + 1]))
    ) {
      out.roster.push({ heading: { attendance: 'present', chair: false, label: '', rest: '' }, headingLine: null, lines: [line] });
      phase = 'roster';
      continue;
    }
    if (phase === 'header' || (phase === 'roster' && MEETING_FIELD.test(line.text))) out.header.push(line);
    else if (phase === 'roster') {
      const section = out.roster[out.roster.length - 1]!;
      if (section.headingLine === null && out.items.length > 0 && writesItemText(line, section)) {
        // An item titled "Apologies" whose text is prose ("The Chairman reported ..."): back to the item.
        phase = 'items';
        out.items[out.items.length - 1]!.lines.push(line);
        irregular.text(line);
      } else if (!isSecondCellOfRow(line, section, content[i + 1]) && endsRoster(line, section, content[i + 1])) {
        phase = 'preamble';
        columns = null;
        out.preamble.push(line);
      } else if (columns) distribute(line, columns);
      else section.lines.push(line);
    } else if (phase === 'preamble') out.preamble.push(line);
    else {
      out.items[out.items.length - 1]!.lines.push(line);
      irregular.text(line);
    }
  }
  return out;
}

const LIST_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;
const SHORT_NAME_LINE = /^\p{Lu}[^.!?:;]{0,60}$/u;

/**
 * The entry of a numbered line that goes on a list of people opened by a heading of its own: the
 * next number of the list, a person's entry after it (the first line only with a second such line below).
 */
function numberedEntry(content: Line[], at: number, section: RosterSection): string | null {
  if (section.headingLine === null || section.heading.rest !== '') return null;
  const m = LIST_NUMBER.exec(content[at]!.text);
  const filled = section.lines.filter((l) => !l.blank).length;
  if (!m || Number(m[1]) !== filled + 1) return null;
  const entry = content[at]!.text.slice(m[0].length);
  // Further down the list, a one-word name counts too ("17. Alexei (Privacy Badger)").
  if (filled > 0) return parseEntry(cellsOf(entry)) !== null || SHORT_NAME_LINE.test(entry) ? entry : null;
  if (parseEntry(cellsOf(entry)) === null) return null;
  const next = nextFilled(content, at);
  const second = next ? LIST_NUMBER.exec(next.text) : null;
  return second && second[1] === '2' && parseEntry(cellsOf(next!.text.slice(second[0].length))) !== null ? entry : null;
}

// A heading line read whole as a title runs on into text when it is this many words or more.
const RUN_ON_WORDS = 5;

/**
 * "Item 16/10/6/1 Public Forum A resident referred to an item in recently published Minutes" / "regarding
 * enquiries ...": a run-in heading whose sentence the page width cut reads no stop on its line, so the whole
 * line became the title. With the line below going on in lower case (or a bracket), the title ends where the sentence starts.
 */
function withWrappedRunIn(heading: ItemHeading, line: Line, next: Line | undefined): ItemHeading {
  if (heading.rest !== '' || line.heading > 0 || line.bold || !next || next.blank || next.index !== line.index + 1 || !/^[\p{Ll}(&]/u.test(next.text)) return heading;
  if (heading.title.split(' ').length < RUN_ON_WORDS) return heading;
  const { title } = splitRunInTitle(`${heading.title} ${next.text}`);
  return title && title.length < heading.title.length ? { ...heading, title, rest: heading.title.slice(title.length).trim() } : heading;
}

// A list that stops on a comma, a semicolon or "and" goes on on the next line.
const LIST_GOES_ON = /(?:[,;&]|\sand)$/;

/**
 * The next line of a list run in after an item's heading: the list's last line stopped on a comma or "and",
 * or the line is a list of people itself ("Mrs M Lee, Mr C Dean, Mr S Rand,"), not a heading.
 */
function continuesRunInList(line: Line, listTail: string): boolean {
  // "Present: ..." after "1. Apologies: ...": a list of its own.
  if (line.heading > 0 || line.bold || isDigitAt(line.text, 0) || readRosterHeading(line.text, false)) return false;
  // "..., P. Markwell, T." / "Manley - Borough Councillor": a line cut after a person's initial or title.
  return LIST_GOES_ON.test(listTail) || endsMidName(listTail) || isRunOn(line.text);
}


// "Location: Room 1", "Meeting opened: 8:10pm" among the lists: facts of the meeting, read with the header's.
const MEETING_FIELD = /^(?:date|time|location|venue|place|where|call-in details|dial-in details|(?:zoom|meeting|call)\s+link|(?:meeting\s+)?(?:opened|closed|adjourned|started|ended|finished))\s*:\s*\S/i;

const KEYED_LINE = /^[^:\t()]{2,80}:\s+(\S.*)$/;

/** "## Attendees" after the items (standards bodies list them last): a markdown heading alone over a list of people. */
function listHeadingAfterItems(line: Line): RosterHeading | null {
  if (line.heading === 0) return null;
  const heading = readRosterHeading(line.text, true);
  return heading && !heading.chair && heading.rest === '' ? heading : null;
}

const FIRST_ITEM = /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+|[A-Z]{1,3}(?=\d))?(\d{1,4})(?:\/(?:\d{2}|(?:19|20)\d{2}))?[.):]?(?:\s+\d{1,3}[.)])?\s+\p{Lu}/iu;

/**
 * Councils number minutes on through the year ("45.", "46."): the first item is the
 * first numbered line whose successor number also heads a line later on.
 */
function firstItemNumber(content: Line[]): number {
  const numbered: { n: number; at: number }[] = [];
  for (const line of content) {
    const may = mayStartItem(line.text);
    const first = may ? FIRST_ITEM.exec(line.text) : null;
    // The pattern's "i" flag lets its capital match any letter: "6 members of the public attended" heads no item.
    const titled = first && /\p{Lu}/u.test(line.text.charAt(first[0].length - 1)) ? first : null;
    const m = titled ?? (may ? LONE_RUNNING_COUNT.exec(line.text) : null);
    const slashed = !m && may ? SLASHED_FIRST.exec(line.text) : null;
    if (slashed && !line.code && line.text.length <= 100) numbered.push({ n: runningCount(slashed[1]!), at: line.index });
    const n = m ? Number(m[1] ?? m[2]) : 0;
    // A long line counts when it opens with a heading run into its text ("1. PUBLIC FORUM The new lamp ...").
    if (m && !line.code && (line.text.length <= 100 || readItemHeading(line, n - 1)?.rest)) numbered.push({ n, at: line.index });
  }
  for (const { n, at } of numbered) {
    if (n <= 2) return 1;
    if (numbered.some((o) => o.n === n + 1 && o.at > at)) return n;
  }
  return 1;
}

// "1.", "Item 3", "1916." or "39/20" (count/year) alone on a line, the title on the next.
const SPLIT_NUMBER = /^(?:(?:agenda\s+)?item\s+)?(\d{1,4}(?:\/\d{2})?)[.)]?$/i;
// "1916." alone above its title: a council's running count (committee pages number minutes on for years).
// "Min 23/012 APOLOGIES", "16/10/6/1 Public Forum": slashed minute numbers, the running count last (or before a year).
const SLASHED_FIRST = /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+)?([A-Z]{0,3}\d{1,4}(?:\/\d{1,4}){1,4})\.?\s+\p{Lu}/iu;
const LONE_RUNNING_COUNT = /^(\d{2,4})\.$|^(\d{1,3})\/\d{2}$/;

// "2.0 The minutes were agreed.": the first paragraph of item 2 where paragraphs are numbered 2.0, 2.1, ...
const ZERO_PARAGRAPH = /^(\d{1,3})\.0\s+\S/;

/**
 * "Introductions" on a line of its own, then "1.0 The Chair welcomed members.": the heading lost its
 * number, which its first paragraph still gives. The heading is item 1; the paragraph stays its text.
 */
function readTitleAboveParagraph(content: Line[], at: number, last: number): { heading: ItemHeading; titleAt: number } | null {
  const text = content[at]!.text;
  if (text.length > 80 || !/^\p{Lu}/u.test(text) || /[.;,:]$/.test(text) || isLabelledItem(text)) return null;
  let j = at + 1;
  while (j < content.length && content[j]!.blank) j++;
  const next = content[j]?.text ?? '';
  const m = mayStartItem(next) ? ZERO_PARAGRAPH.exec(next) : null;
  if (!m || Number(m[1]) !== last + 1 || !(/[.!?]$/.test(next) || next.split(' ').length > 10)) return null;
  if (text.split(' ').length > 10 || parseEntry(cellsOf(text)) !== null) return null;
  return { heading: { number: m[1]!, title: text, rest: '' }, titleAt: at };
}

/** "1." alone on a line with the title on the next: the number and title of one item. */
function readSplitHeading(content: Line[], at: number, last: number): { heading: ItemHeading; titleAt: number } | null {
  const m = mayStartItem(content[at]!.text) ? SPLIT_NUMBER.exec(content[at]!.text) : null;
  if (!m || runningCount(m[1]!) !== last + 1 || isStackedTableRow(content, at)) return null;
  let j = at + 1;
  while (j < content.length && j <= at + 2 && content[j]!.blank) j++;
  const next = content[j];
  if (!next || next.blank) return null;
  // The title line read as the first item's, so that a running count of any size ("1916.") keeps its number.
  const heading = readItemHeading({ ...next, text: `1. ${next.text}` }, 0);
  return heading ? { heading: { ...heading, number: m[1]! }, titleAt: j } : null;
}

/** Cells a row of a table exported one cell to a line can have: a longer block is text. */
const MAX_ROW_CELLS = 12;

/** How many lines from `start` to the next blank line, or Infinity past MAX_ROW_CELLS (so a long block costs no walk). */
function rowWidth(content: Line[], start: number): number {
  let end = start;
  while (end + 1 < content.length && !content[end + 1]!.blank) {
    if (++end - start + 1 > MAX_ROW_CELLS) return Number.POSITIVE_INFINITY;
  }
  return end - start + 1;
}

/**
 * "2" / "Arrange a visit" / "GLA", under blocks of as many lines back to a caption block ("No." /
 * "Action" / "Owner"): a row of a table exported one cell to a line, not an item's number and title.
 */
function isStackedTableRow(content: Line[], at: number): boolean {
  const width = rowWidth(content, at);
  if (width < 3 || width > MAX_ROW_CELLS || (at > 0 && !content[at - 1]!.blank)) return false;
  let end = at - 1;
  for (;;) {
    while (end >= 0 && content[end]!.blank) end--;
    let start = end;
    while (start > 0 && !content[start - 1]!.blank) start--;
    if (end < 0 || end - start + 1 !== width) return false;
    const block = content.slice(start, end + 1);
    if (block.every((l) => isColumnCaption(l.text))) return true;
    if (!/^\d{1,3}[.)]?$/.test(block[0]!.text)) return false;
    end = start - 1;
  }
}

/** The indent most lines of text have: the page's left margin. */
function usualIndent(content: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of content) if (!line.blank && !line.code) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  let usual = 0;
  for (const [indent, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = indent;
  return usual;
}

/** Two roster lists side by side ("Present:      Apologies:"), as PDF extraction lays out columns. */
interface RosterColumns {
  sections: RosterSection[];
  starts: number[];
}

function readColumnHeadings(line: Line): RosterColumns | null {
  const cells = cellsOf(line.text);
  if (cells.length < 2) return null;
  const headings: RosterHeading[] = [];
  for (const cell of cells) {
    const heading = readRosterHeading(cell.replace(/:$/, ''), true);
    if (!heading || heading.rest) return null;
    headings.push(heading);
  }
  return {
    sections: headings.map((heading) => ({ heading, headingLine: line, lines: [] })),
    starts: cells.map((c) => line.raw.indexOf(c)),
  };
}

/** Puts each cell of a two-column line into the list whose heading stood nearest above it. */
function distribute(line: Line, columns: RosterColumns): void {
  let from = 0;
  for (const cell of cellsOf(line.text)) {
    const at = line.raw.indexOf(cell, from);
    from = at + cell.length;
    let best = 0;
    columns.starts.forEach((start, k) => {
      if (Math.abs(start - at) < Math.abs(columns.starts[best]! - at)) best = k;
    });
    columns.sections[best]!.lines.push({ ...line, text: cell });
  }
}

function separatorCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) count++;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) count++;
  return count;
}

/** A heading-less attendance line: "Jane Roe (JR), Sam Poe (SP), ..." between the title and the text. */
function readsAsRoster(line: Line, next: Line | undefined): boolean {
  // "Ada Finch (AF), Sam Poe (SP), Jo Lee (JL)," cut by the page width: read with the line it goes on to.
  const text = next && next.index === line.index + 1 && line.text.endsWith(',') ? `${line.text} ${next.text}` : line.text;
  if (separatorCount(text) < 3) return false;
  const parts = splitTopLevel(text, ',;').filter((p) => p.trim() !== '');
  if (parts.length < 4) return false;
  return parts.filter((p) => parseEntry([p]) !== null).length >= parts.length * 0.8;
}

/** "Item 2: Finance", "Agenda item 3 – Housing": a heading that names itself an item. */
const isLabelledItem = (text: string) => /^(?:agenda\s+)?item\s/i.test(text);

/**
 * "AC Alison Cooper (Chair)" and the two lines after it alike: a list of those present with its
 * heading lost, each line opening with the initials of the name after them.
 */
function opensInitialsList(content: Line[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const text = content[k]?.text ?? '';
    if (!isUpperAt(text, 0) || !isUpperAt(text, 1)) return false;
    const initials = parseEntry(cellsOf(text))?.initials;
    if (!initials || !text.startsWith(initials) || !isSpaceCode(text.charCodeAt(initials.length))) return false;
  }
  return true;
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

const TOPIC_LINE = /^((?:\p{Lu}[\p{L}'’&/-]*|and|of|the|for|to|in|on)(?:\s+(?:\p{Lu}[\p{L}'’&/-]*|and|of|the|for|to|in|on)){0,4}):$/u;

// Labels committee websites print inside every item ("Minutes:", "Additional documents:"), not topics; a list's "Present:".
const FIELD_LABEL = /^(?:present|attendees|attendance|minutes|additional documents|supporting documents|documents|decision|decisions|resolved|resolution|notes?|attachments?|appendices|background papers|purpose|summary|recommendations?)$/i;

const PUBLIC_SESSION = /^((?:open|public)\s(?:forum|session|participation)|police\s(?:matters|report))$/i;

/**
 * "1. Apologies for Absence Cllr Mick Hale, Cllr Ann Rowe": the names run on after the list's label, with no colon,
 * are the list's (read with the roster), not the item's title.
 */
function withoutRunInNames(heading: ItemHeading): ItemHeading {
  // A long heading read as a numbered sentence comes parted into its opening words and the rest.
  const full = !heading.rest || heading.rest.startsWith(heading.title) ? heading.rest || heading.title : `${heading.title} ${heading.rest}`;
  if (!full.includes(',') || !/^apologies\b/i.test(full)) return heading;
  const inner = readRosterHeading(full, true);
  return inner?.rest && full.endsWith(inner.rest) ? { ...heading, title: full.slice(0, -inner.rest.length).trim(), rest: inner.rest } : heading;
}

/**
 * "Councillors are summoned ... 1. Apologies 2. Minutes ..." then "Present:" and "1. Apologies" again: the agenda
 * printed above the minutes, whose own list of those present and items (numbered from 1 again) follow.
 */
function presentAfterAgenda(content: Line[], at: number, items: ItemSection[]): RosterHeading | null {
  const line = content[at]!;
  if (line.text.length > 12 || items[0]?.heading.number !== '1') return null;
  const heading = readRosterHeading(line.text, true);
  if (heading?.attendance !== 'present' || heading.chair || heading.rest) return null;
  const end = Math.min(content.length, at + AGENDA_LOOKAHEAD);
  for (let k = at + 1; k < end; k++) if (readItemHeading(content[k]!, 0)?.number === '1') return heading;
  return null;
}

const AGENDA_LOOKAHEAD = 60;

/** "8. Planning" then "Planning Decision:": a label straight under a numbered heading with no text run in heads the item's text, no item of its own. */
function opensItemText(item: ItemSection | undefined): boolean {
  return item !== undefined && item.heading.number !== null && item.heading.rest === '' && item.lines.every((l) => l.blank);
}

/** "Police Matters:" between numbered items: a short title-case line of its own, ending in a colon. */
function readTopicLine(content: Line[], at: number): ItemHeading | null {
  const line = content[at]!;
  // "OPEN FORUM": the session a council adjourns for stands between numbered items without a number or a colon.
  const session = PUBLIC_SESSION.exec(line.text);
  if (session && line.heading === 0) return (content[at - 1]?.blank ?? true) && (content[at + 1]?.blank ?? true) ? { number: null, title: session[1]!, rest: '' } : null;
  if (!line.text.endsWith(':')) return null;
  const m = TOPIC_LINE.exec(line.text);
  if (!m || line.heading > 0 || FIELD_LABEL.test(m[1]!)) return null;
  const blankAround = (content[at - 1]?.blank ?? true) && (content[at + 1]?.blank ?? true);
  return blankAround ? { number: null, title: m[1]!, rest: '' } : null;
}

/**
 * "## Present" then "### TSC", "### V8", "### Other", each over its people: sub-headings that
 * group one list. The first comes before any entry, one level below the list's heading; the
 * others at its level. A generic group ("Other") names no organisation.
 */
function readRosterGroup(line: Line, section: RosterSection, content: Line[], at: number): RosterSection | null {
  const above = section.headingLine?.heading ?? 0;
  if (line.heading === 0 || above === 0) return null;
  const sibling = section.group !== undefined && line.heading === above;
  const first = section.group === undefined && line.heading > above && !section.heading.rest && section.lines.every((l) => l.blank);
  if (!(sibling || first) || readRosterHeading(line.text, true)) return null;
  let next = at + 1;
  while (next < content.length && content[next]!.blank) next++;
  if (next >= content.length || content[next]!.heading > 0 || !parseEntry(cellsOf(content[next]!.text))) return null;
  return { heading: section.heading, headingLine: line, lines: [], group: /^others?$/i.test(line.text) ? '' : line.text };
}

/** Before any entry of a list an item title opened, a sentence or a bullet of prose is the item's text. */
function writesItemText(line: Line, section: RosterSection): boolean {
  if (section.lines.some((l) => !l.blank) || parseEntry(cellsOf(line.text))) return false;
  const { text } = line;
  return /^[-*•·]\s/.test(text) || (/[.!?:]$/.test(text) && text.split(/\s+/).length >= 5);
}

/**
 * "Jane Roe" / "Home Office" between blank lines: a later cell of a table row exported one cell to
 * a line (or of its caption row, "Name" / "Organisation"), which stays with the list.
 */
function isSecondCellOfRow(line: Line, section: RosterSection, next: Line | undefined): boolean {
  if (line.heading > 0 || line.bold) return false;
  const { lines } = section;
  const above = lines[lines.length - 1];
  // Only a description or a caption goes on a row: the cheap tests first.
  if (!above || above.blank || !(readsAsDescriptionCell(line.text) || COLUMN_CAPTION.test(line.text))) return false;
  return cellBlockOf(section).continuedBy(line, !next || next.blank);
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

/** A bullet naming a body, in a list that so far names bodies only. */
function listsBodiesOnly(line: Line, section: RosterSection): boolean {
  const isBodyBullet = (l: Line) => BULLET.test(l.text) && readsAsBody(withoutBullet(l.text));
  return isBodyBullet(line) && section.lines.every((l) => l.blank || isBodyBullet(l));
}

/** A heading that is not a roster list, or plain text after entries, ends the roster. */
function endsRoster(line: Line, section: RosterSection, next: Line | undefined): boolean {
  if (line.heading > 0 || line.bold) return true;
  const hasEntries = section.heading.rest !== '' || section.lines.some((l) => !l.blank);
  const cells = cellsOf(line.text);
  if (cells.length !== 1) return false;
  const entry = parseRowEntry(cells);
  if (entry && standsBesideLostCell(entry, [lastFilled(section)?.text, next?.text, section.lines.find((l) => !l.blank)?.text])) return false;
  // "- Sumana" below "- Dustin": a list that opened with a given name goes on with one.
  const first = section.lines.find((l) => !l.blank);
  if (first && readGivenNameLines([first.text, line.text])) return false;
  // "- Ademola" between "- Jo Finch" and "- Sam Poe": a given name alone among the bullets of full names.
  if (readGivenNameAmongBullets(line.text, lastFilled(section)?.text, next?.text)) return false;
  // "* Acme Foundation Board of Directors" over the names: the bodies the meeting brought together, listed before anyone.
  if (listsBodiesOnly(line, section)) return false;
  // A numbered line that is no entry ("1. Apologies were received from A, B") opens the items.
  if (startsWithPlainNumber(line.text)) return true;
  // A line starting in lower case continues the entry above it (a wrapped description), as does a bracket alone ("(rep Jo Finch)").
  if (!hasEntries || looksLikeInitials(line.text) || isRunOn(line.text) || isBracketAlone(line.text)) return false;
  const above = lastFilled(section);
  if (awaitsDescriptionRun(section) || endsMidPhrase(above?.text ?? '') || (above?.index === line.index - 1 && endsMidName(above.text)) || continuesRow(above, line, next)) return false;
  // Figures without a word ("12345 %%%") head nothing: the roster reports the line as one it cannot read. A rule ("-----") ends it.
  if (/\d/.test(line.text) && !/\p{L}\p{L}/u.test(line.text)) return false;
  // "Jess Moor: Treasurer" is an entry; "Minutes: Miss Roe proposed and Mr Poe seconded that ..." is a labelled
  // paragraph, and "mnot: we looked at the numbers again" a speaker's words: both end the lists.
  const keyed = KEYED_LINE.exec(line.text);
  if (keyed) return labelsParagraph(line.text) || (/^\p{Ll}/u.test(keyed[1]!) && keyed[1]!.split(' ').length >= 4);
  // "Public forum. A number of residents attended ...": a paragraph under its label ends the lists too.
  if (readDotLabel(line.text)) return true;
  // "- 8 representatives with lived experience": people counted, not named, among the list's entries.
  if (COUNTED_PEOPLE.test(line.text)) return false;
  const words = line.text.split(/\s+/);
  return !/[,;]/.test(line.text) && (words.length <= 6 || (words.length <= 12 && isTitleCase(line.text))) && !/^(?:\p{Ll}|&)/u.test(line.text);
}

const COUNTED_PEOPLE = /^(?:[-*•]\s)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s(?:representatives|members|people|residents|officers|observers|guests|attendees|others)\b/i;

/** A label, then a sentence of ten words or more: a paragraph of the minutes, not a roster entry. */
function labelsParagraph(text: string): boolean {
  const colon = text.indexOf(':');
  return text.slice(colon + 1).trim().split(/\s+/).length >= 10 && !isRunOn(text.slice(colon + 1));
}

/** "Open Forum for Public Participation (10 minutes)": every longer word outside brackets capitalised, as headings are. */
function isTitleCase(text: string): boolean {
  const words = text.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => w.length >= 4);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

function lastFilled(section: RosterSection): Line | undefined {
  for (let k = section.lines.length - 1; k >= 0; k--) if (!section.lines[k]!.blank) return section.lines[k];
  return undefined;
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

const FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+|\s+\(\d{4}\))?|\d+\s*\/\s*\d+|-\s*\d+\s*-|\*?end\*?|pdf icon.*|\[?pdf\]?\s+\d+\s*kb|continued|cont(?:'|’)?d\.?)$/i;

/** "39/20" can be no page of 20: a minute's count and year ("39/20" alone above its title), not a page number. */
function isMinuteCount(text: string): boolean {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  return m !== null && Number(m[1]) > Number(m[2]);
}

/** Lines that repeat as page headers ("MAYOR OF LONDON"), page numbers and link residue. */
function findFurniture(lines: Line[], ctx: Context): Set<number> {
  const counts = new Map<string, Line[]>();
  for (const l of lines) {
    if (l.blank || l.text.length > 50) continue;
    listIn(counts, l.text.toLowerCase()).push(l);
  }
  const out = new Set<number>();
  let at: Map<number, number> | undefined;
  for (const [, list] of counts) {
    const sample = list[0]!;
    let numbers: number[] | undefined;
    const pageNumbers = () => (numbers ??= pageNumbersBeside(lines, list, (at ??= new Map(lines.map((l, k) => [l.index, k])))));
    // A running header repeats on every page: a title heading, or several capitalised words ("MAYOR OF LONDON").
    // A sub-heading that repeats ("### harbour/core" under the review and again under the agenda) is the notes' structure.
    const shout = () => /^[\p{Lu}\d\s&'’.,-]+$/u.test(sample.text) && sample.text.trim().split(/\s+/).length >= 2;
    const spread = list.length >= 2 && list[list.length - 1]!.index - list[0]!.index > 10;
    // "LSMP minutes – draft" on every page: a line of three words or more naming the minutes repeats only as a header.
    // (On three pages, or beside a page's number: a line that merely comes twice is the minutes' own.)
    const namesMinutes = () =>
      /^\p{L}/u.test(sample.text) && !/[.!?:;,]$/.test(sample.text) && sample.heading === 0 && RUNNING_HEADER.test(sample.text) && sample.text.trim().split(/\s+/).length >= 3 &&
      (list.length >= 3 || pageNumbers().length > 0);
    const repeatedHeader = spread && (sample.heading === 1 || shout() || namesMinutes()) && /\p{L}{3}/u.test(sample.text);
    if (repeatedHeader || (FURNITURE.test(sample.text) && !isMinuteCount(sample.text))) {
      // A header naming the minutes stays where it first stands: there it may be the title.
      const keepFirst = repeatedHeader && sample.heading !== 1 && !shout();
      for (const l of list) if (!(keepFirst && l === sample)) out.add(l.index);
      ctx.report('LSMP1002', ctx.lineSpan(sample), { actual: sample.text });
    }
    if (repeatedHeader) for (const number of pageNumbers()) out.add(number);
  }
  if (out.size > 0) addRunningHeaders(lines, out, ctx);
  return out;
}

/** "2" alone just above or below a running header: the page's number, not an item's. `at`: where each line stands in `lines`. */
function pageNumbersBeside(lines: Line[], headers: Line[], at: Map<number, number>): number[] {
  const numbers: number[] = [];
  for (const header of headers) {
    const k = at.get(header.index)!;
    for (const step of [-1, 1]) {
      let j = k + step;
      while (j >= 0 && j < lines.length && Math.abs(j - k) <= 2 && lines[j]!.blank) j += step;
      const near = lines[j];
      if (near && !near.blank && Math.abs(j - k) <= 2 && /^\d{1,3}$/.test(near.text)) numbers.push(near.index);
    }
  }
  return numbers;
}

const RUNNING_HEADER = /\b(?:minutes|notes)\b/i;
// "Page 2 of 4", "Page 3": a page's number past the first (before the first page's, the title may follow).
const LATER_PAGE = /^page\s+(?:[2-9]|\d{2,3})(?:\s+of\s+\d+)?$/i;

/**
 * "Page 2 of 4", then "LSMP minutes 11 October 2012": a short line naming the minutes right after a
 * later page's number is that page's running header, also when it does not repeat word for word.
 */
function addRunningHeaders(lines: Line[], furniture: Set<number>, ctx: Context): void {
  for (let k = 0; k < lines.length; k++) {
    if (!furniture.has(lines[k]!.index) || !LATER_PAGE.test(lines[k]!.text)) continue;
    let next = k + 1;
    while (next < lines.length && next <= k + 2 && lines[next]!.blank) next++;
    const header = lines[next];
    if (!header || header.blank || furniture.has(header.index) || header.text.length > 60 || header.heading > 0) continue;
    if (!RUNNING_HEADER.test(header.text) || isDigitAt(header.text, 0) || /[.!?:]$/.test(header.text)) continue;
    furniture.add(header.index);
    ctx.report('LSMP1002', ctx.lineSpan(header), { actual: header.text });
  }
}

import type { Action, AgendaItem, Diagnostic, Minutes } from '@lsmp/model';
import { adoptInitials, OwnerResolver } from './actions/owners.js';
import { mergeRepeatedActions } from './actions/merge-repeated.js';
import { followsRoman, isRomanNumber, romanValue, runningCount } from './agenda/headings.js';
import { readItemLabel } from './agenda/item-label.js';
import { withTrailingCodes, withTrailingItemNumbers } from './agenda/trailing-codes.js';
import { readLabelledLines, readLooseActionLists } from './agenda/loose-action-lists.js';
import { isActionListCaption, type PlacedAction, readBody } from './agenda/read-body.js';
import { Context } from './context.js';
import { afterStart, closingTime, openingTime, startedLate } from './dates/stated-times.js';
import { readTimeFields } from './dates/time-fields.js';
import type { MessageOverrides } from './diagnostics/create-diagnostic.js';
import { weekdayYearDate } from './header/weekday-year.js';
import { readHeader } from './header/read-header.js';
import { postsMinutes } from './structure/front-matter.js';
import { statedMeeting } from './header/stated-date.js';
import { dateFieldBelow } from './header/date-field-below.js';
import { settleDayMonthOrder } from './header/day-month-order.js';
import { withoutMeetingBot } from './roster/meeting-bot.js';
import { readNextMeeting } from './meeting/next-meeting.js';
import { LineIndex } from './position/line-index.js';
import { readRecords } from './records/read-records.js';
import { readApologiesSentences } from './roster/apologies-sentence.js';
import { readPresenceSentences } from './roster/presence-sentences.js';
import { markChairFromSentence } from './roster/chair-sentence.js';
import { parseEntry, withEntryMemo } from './roster/parse-entry.js';
import { readRoster } from './roster/read-roster.js';
import { readSpokenInitials, readStatedInitials } from './roster/stated-initials.js';
import { readWitnessLists } from './roster/witness-lists.js';
import { readProseRoster, withRollSentences } from './roster/prose-roster.js';
import { isDutyCaption } from './actions/duty-clauses.js';
import { type Line, scanLines } from './scan/scan-lines.js';
import { type Segments, segment } from './structure/segment.js';
import { lastFilled } from './scan/filled-lines.js';
import { AGENDA_ITEM_CAPTION, MEETING_PAGE_CAPTION } from './structure/agenda-item-page.js';
import { reportsProgress as reportsProgressUnder } from './agenda/reports-progress.js';

export interface ParseOptions {
  /** Replace the wording of any diagnostic, by code. */
  messages?: MessageOverrides;
}

export interface ParseResult {
  minutes: Minutes;
  /** The same list as `minutes.diagnostics`. */
  diagnostics: Diagnostic[];
}

// The actions with owners that make a text a record of a meeting on their own (one could be a report's proposal).
const OWNED_ACTIONS_OF_A_RECORD = 2;
// The diagnostics about actions (LSMP4001 …).
const ACTION_CODES = 'LSMP4';
const SCHEMA_VERSION: Minutes['schemaVersion'] = '1.0.0';
// How far into the text a roster written as sentences is looked for.
const PROSE_ROSTER_LINES = 60;
const UNFINISHED_ENDING = ',;:-–';
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NO_ACTION = /^(?:n\/?a|none|nil|no actions?)\.?$/i;
const OUTCOME_HEADING = /^(?:decisions(?: made)?|action items|actions(?: taken| agreed)?)$/i;
// "Notes from the Wiltshire Housing Partnership": a title that calls the record notes of a body.
const MINUTES_WORD = /\bminutes\b|\bminute of\b|\bmeeting notes\b|\bnotes of (?:the )?meeting\b|^notes (?:of|from) the\s/i;

/**
 * Reads minutes text into the lsmp model. Tries to be as fault tolerant as
 * possible and always returns a result: it never throws on any string. Therefore,
 * always check the diagnostics. Throws only when `text` is not a string.
 */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') throw new TypeError('parseMinutes expects a string');
  return withEntryMemo(() => parseText(text, options));
}

function parseText(text: string, options: ParseOptions): ParseResult {
  const ctx = new Context(text, new LineIndex(text), options.messages);
  const minutes = emptyMinutes(ctx.diagnostics);
  if (!text.trim()) {
    ctx.report('LSMP1003', ctx.index.span(0, text.length));
    return { minutes, diagnostics: ctx.diagnostics };
  }
  const lines = scanLines(text);
  const segments = segment(lines, ctx);
  fillMeeting(minutes, segments, ctx);
  if (!isMinutes(minutes, segments)) {
    ctx.report('LSMP1001', undefined, { actual: 'no roster and no title naming minutes' });
    Object.assign(minutes, { kind: 'other', attendees: [], items: [], actions: [], decisions: [], recommendations: [] });
    // (Nor does it report on the actions it dropped.)
    const kept = ctx.diagnostics.filter((d) => !d.code.startsWith(ACTION_CODES));
    ctx.diagnostics.splice(0, ctx.diagnostics.length, ...kept);
  }
  return { minutes, diagnostics: ctx.diagnostics };
}

function fillMeeting(minutes: Minutes, segments: Segments, ctx: Context): void {
  const header = readHeader(segments.header, segments.frontMatter.title, ctx, segments.frontMatter.date, segments.frontMatter.published);
  Object.assign(minutes, header);
  // "Start Time: 13:02" / "End Time: 13:34": fields that may stand below the roster too.
  const fields = readTimeFields(segments.content);
  const front = segments.frontMatter;
  // Minutes with no dated header: the opening sentence may say when the meeting was.
  // (The sentence may stand among the roster's lines, after the apologies.)
  const stated = header.date ? null : statedMeeting(linesBeforeItem(segments, 0));
  // "Date:" / "28 May 2020" among the lists: the date field of a form the converter wrote a cell a line.
  const field = header.date || stated?.date ? null : dateFieldBelow(linesBeforeItem(segments, 0));
  minutes.date ??= stated?.date ?? field?.date ?? null;
  // A static site's post of minutes that state no date of their own: the post's date is the meeting's (not where the
  // header names the meeting's month, "Minutes of the April meeting": the post came after it).
  const postDated = !minutes.date && front.published !== null && postsMinutes(front.title) && !segments.header.some((l) => MONTH_NAME.test(l.text));
  if (postDated) minutes.date = front.published;
  // "TUESDAY 31ST JULY" in a header that names no year: a year the minutes name below that puts the day on that weekday.
  minutes.date ??= weekdayYearDate(segments.header.filter((l) => !l.blank), segments.content);
  // "(11/07/2024)" over recordings stamped "2024/11/07": the month came first.
  if (minutes.date) minutes.date = settleDayMonthOrder(minutes.date, ctx.text);
  const opened = openingTime(segments.content);
  // "6:30 pm" in the header, "called to order at 6:35 pm": the minutes record when the meeting actually began.
  if (minutes.start && opened && startedLate(minutes.start, opened)) minutes.start = opened;
  minutes.start ??= front.start ?? fields.start ?? opened ?? stated?.start ?? field?.start ?? (postDated ? front.publishedClock : null);
  minutes.venue ??= front.venue;
  if (!minutes.date) ctx.report('LSMP5001', segments.header[0] ? ctx.lineSpan(segments.header[0]) : undefined);
  minutes.status = statusOf([...segments.header, ...segments.preamble], ctx);
  for (const line of segments.preamble) {
    // Captions and headings between the roster and the first item are expected; running text is not, nor a
    // person the lists did not take in.
    // A short sentence ("Al Moss arrived at 7.15 pm.") is running text too.
    const words = line.text.split(/\s+/).length;
    if (words > 6 || (words >= 3 && line.text.endsWith('.') && !line.code) || (!line.code && parseEntry([line.text]) !== null)) ctx.report('LSMP1004', ctx.lineSpan(line), { actual: line.text });
  }
  minutes.attendees = withoutMeetingBot(readRoster(withRollSentences(segments.roster), ctx), segments.roster);
  // No list: the sentences before the second item ("Call to order") may say who was there, and who chaired.
  // ("II. Roll Call" / "Commissioners Ames and Lowe were present.": an item of the roll call among the first holds those sentences.)
  const rollCallEnd = rollCallItemEnd(segments);
  const openingLines = [...linesBeforeItem(segments, rollCallEnd), ...runInsOnSharedLine(segments, rollCallEnd)];
  // (Also where the lists name only the apologies: "Apologies: Ann Lee" under "the Chair welcomed those present: ...".)
  if (!minutes.attendees.some((a) => a.attendance === 'present')) {
    const listed = new Set(minutes.attendees.map((a) => `${a.attendance} ${a.name}`));
    const prose = readRoster(readProseRoster(openingLines.slice(0, PROSE_ROSTER_LINES), segments.items[0]?.line.index), ctx);
    // (An apologies sentence may repeat the apologies list.)
    minutes.attendees = [...prose.filter((a) => !listed.has(`${a.attendance} ${a.name}`)), ...minutes.attendees];
  }
  if (minutes.attendees.length === 0) ctx.report('LSMP2002', undefined);
  if (minutes.attendees.filter((a) => a.chair).length > 1) ctx.report('LSMP2005', undefined);
  reportContradictions(minutes, ctx);
  readStatedInitials(minutes.attendees, ctx.text);
  readSpokenInitials(minutes.attendees, ctx.text);
  const resolver = new OwnerResolver(minutes.attendees);
  const items: AgendaItem[] = [];
  const placed: { action: PlacedAction; itemNumber: string | null; section: string | null; reportsProgress: boolean }[] = [];
  for (const section of segments.items) {
    const { heading } = section;
    const reportsProgress = reportsProgressUnder(heading.title);
    // The run-in text stays the item's text, also when it was read as a roster list.
    const runIn: Line[] = heading.rest ? [{ ...section.line, text: heading.rest }] : [];
    // An item titled "Action Points" lists actions: its title is the list's caption.
    const caption: Line[] = isActionListCaption(heading.title) ? [{ ...section.line, text: heading.title }] : [];
    // "## REVIEW OF DUTIES": the same for the duties given out, the caption a paragraph of its own above them.
    if (isDutyCaption(heading.title)) caption.push({ ...section.line, text: heading.title }, { ...section.line, text: '', blank: true });
    const body = readBody([...caption, ...runIn, ...section.lines], reportsProgress, resolver, ctx);
    const last = lastFilled(section.lines) ?? section.line;
    // "## Item 2: Finance": a heading without a number of its own may carry one in its label.
    const label = heading.number === null ? readItemLabel(heading.title) : null;
    items.push({
      id: `i${items.length + 1}`,
      number: label?.number ?? heading.number,
      title: label?.title ?? heading.title,
      paragraphs: body.paragraphs,
      position: ctx.linesSpan(section.line, last),
    });
    // Unnumbered headings are told apart by their place, so that a summary list's repeats of their actions are found.
    for (const a of body.actions) placed.push({ action: a, itemNumber: heading.number, section: heading.number ?? `#${items.length}`, reportsProgress });
  }
  for (const a of readLooseActionLists(segments.content, segments.items, resolver, ctx)) placed.push({ action: a, itemNumber: null, section: null, reportsProgress: false });
  // Minutes read as no items (one outline of bullets): their labelled actions ("- ACTION: Jo: order the belt") still stand.
  // (Notes with no roster either are all header: their action lines are read there.)
  const unplaced = segments.roster.length === 0 ? [...segments.header, ...segments.preamble] : segments.preamble;
  if (segments.items.length === 0) for (const a of readLabelledLines(unplaced, resolver, ctx)) placed.push({ action: a, itemNumber: null, section: null, reportsProgress: false });
  // Lists outside the items stand where they were written: before the items, between or after them.
  placed.sort((x, y) => x.action.position.start.offset - y.action.position.start.offset);
  // "* N/A" under "## Action Items": the list says there were none.
  const actions = placed.filter((p) => !NO_ACTION.test(p.action.text)).map((p, index) => toAction(p.action, index, p.itemNumber, p.reportsProgress, resolver, ctx));
  minutes.items = withTrailingItemNumbers(withTrailingCodes(items));
  minutes.actions = mergeRepeatedActions(actions, (i) => placed[i]!.section);
  minutes.attendees.push(...readApologiesSentences(items, minutes.attendees));
  // (Read from every line: a list's label may have taken the sentence in with the apologies.)
  minutes.attendees.push(...readPresenceSentences(segments.content, minutes.attendees, ctx));
  minutes.attendees.push(...readWitnessLists(segments.content, minutes.attendees, ctx));
  // A sentence before the first item may say who took the chair the roster did not mark, or one under the first two
  // ("2. Minutes of the previous meeting" / "Mrs Jo Finch from the Borough Council chaired the meeting.").
  markChairFromSentence(minutes.attendees, linesBeforeItem(segments, 2));
  checkNumbering(segments, ctx);
  Object.assign(minutes, readRecords(items, minutes.date ? Number(minutes.date.slice(0, 4)) : undefined, ctx));
  minutes.nextMeeting = readNextMeeting(segments.content, minutes.date, ctx, minutes.title, minutes.body);
  if (!minutes.end) minutes.end = afterStart(fields.end ?? front.end ?? closingTime(segments.content), minutes.start);
  // "October 6, 2016 3-4:00 p.m." under the title, then "Meeting adjourned at 4:10 p.m.": the header's range is the meeting
  // as it was called; the sentence saying when it closed says when it ended.
  else if (!fields.end && !front.end) minutes.end = statedClose(closingTime(segments.content), minutes.start) ?? minutes.end;
  // The text stops mid-sentence when its last character is a comma, colon, semicolon or dash.
  const trimmed = ctx.text.trimEnd();
  minutes.complete = !UNFINISHED_ENDING.includes(trimmed.charAt(trimmed.length - 1) || 'x');
  if (!minutes.complete) ctx.report('LSMP1005', ctx.index.span(trimmed.length - 1, trimmed.length));
}

/** The lines of the text before its `n`-th item (0-based), all of them when it has fewer items. */
// "Roll Call", "Call to Order / Roll Call", "Attendance": an item that records who answered the roll.
const ROLL_CALL_TITLE = /^(?:(?:call to order|opening)\s*(?:[/,&-]|and)\s*)?(?:roll\s?call|attendance)\b/i;
// How early the roll call's item stands: after the call to order and the pledge at most.
const ROLL_CALL_ITEMS = 3;

/** The index of the item after the roll call's, where one of the first items records it; else 1 (the second item). */
function rollCallItemEnd(segments: Segments): number {
  const at = segments.items.slice(0, ROLL_CALL_ITEMS).findIndex((s) => ROLL_CALL_TITLE.test(s.heading.title));
  return at === -1 ? 1 : Math.max(1, at + 1);
}

/**
 * "1. Meeting is called to order ... Present are the following: ... 2. Trustees Comments: ...": a text flattened to one line
 * holds its first items on the line of item `n`, so no line stands before it; the run-in text of those items is the opening.
 */
function runInsOnSharedLine(segments: Segments, n: number): Line[] {
  const end = segments.items[n]?.line.index;
  if (end === undefined) return [];
  return segments.items.slice(0, n).flatMap((s) => (s.line.index === end && s.heading.rest ? [{ ...s.line, text: s.heading.rest }] : []));
}

function linesBeforeItem(segments: Segments, n: number): Line[] {
  const line = segments.items[n]?.line;
  const end = line?.index ?? Number.POSITIVE_INFINITY;
  // "... CALL TO ORDER Chair Lee called ... ROLL CALL Present: ...": a flattened line cut at its labels keeps its index in
  // every part; the parts standing before the item's own, other than items' headings (their run-in text is read apart), come first.
  const at = line ? segments.content.indexOf(line) : -1;
  const headings = new Set(segments.items.map((s) => s.line));
  return segments.content.filter((l, k) => l.index < end || (l.index === end && k < at && !headings.has(l)));
}

function toAction(a: PlacedAction, index: number, itemNumber: string | null, reportsProgress: boolean, resolver: OwnerResolver, ctx: Context): Action {
  const ownerRefs = a.owners.map((o) => resolver.resolve(o));
  adoptInitials(a.owners, resolver);
  if (a.owners.length === 0) ctx.report('LSMP4001', a.position, { actual: a.text });
  for (const ref of ownerRefs) if (ref.kind === 'unknown') ctx.report('LSMP4002', a.position, { actual: ref.raw });
  return {
    id: `act${index + 1}`,
    number: a.number,
    text: a.text,
    owners: a.owners,
    ownerRefs,
    origin: a.outstanding ? 'outstanding' : reportsProgress || a.fromEarlierMeeting ? 'matters-arising' : 'new',
    status: a.status,
    itemNumber,
    confidence: a.confidence,
    position: a.position,
  };
}

function statusOf(lines: Line[], ctx: Context): string | null {
  // Every phrase has "quor" in it: a literal the regex engine finds fast.
  const inquorate = /quor/i.test(ctx.text) ? ctx.text.search(/\binquorate\b|\bnot quorate\b|\bno quorum\b|\bnot a quorum\b/i) : -1;
  if (inquorate !== -1) {
    ctx.report('LSMP1006', ctx.index.span(inquorate, inquorate + 9));
    return 'Inquorate';
  }
  for (const l of lines) {
    if (/\bdraft\b/i.test(l.text) && l.text.length <= 60) return 'Draft';
    if (/\bunconfirmed\b/i.test(l.text) && l.text.length <= 60) return 'Unconfirmed';
  }
  return null;
}

function checkNumbering(segments: Segments, ctx: Context): void {
  if (segments.items.length === 0) {
    ctx.report('LSMP3002', undefined);
    return;
  }
  let previous = 0;
  const seen = new Set<string>();
  for (const { heading, line } of segments.items) {
    if (heading.number === null) continue;
    if (seen.has(heading.number)) ctx.report('LSMP3003', ctx.lineSpan(line), { actual: heading.number });
    else {
      // ("I. Call to Order" then "II. Roll Call": the "I" read as the letter, ninth, is the Roman one.)
      const roman = isRomanNumber(heading.number) ? romanValue(heading.number) : 0;
      const follows = previous > 0 && roman > 0 && followsRoman(roman, previous);
      const n = follows ? roman : (heading.count ?? runningCount(heading.number));
      if (previous && !follows && n !== previous + 1) ctx.report('LSMP3001', ctx.lineSpan(line), { expected: String(previous + 1), actual: heading.number });
      previous = n;
    }
    seen.add(heading.number);
  }
}

/** Minutes have a roster, or say they are minutes and record items or actions (an index page of minutes does not). */
function isMinutes(minutes: Minutes, segments: Segments): boolean {
  // An agenda names its chair and scribe, and the regrets sent ahead, too: only a list of those attending makes a roster on its own.
  if (minutes.attendees.some((a) => !a.chair && a.attendance !== 'secretariat' && a.attendance !== 'apologies')) return true;
  const opening = segments.content.filter((l) => !l.blank).slice(0, 15);
  // An agenda's item "Minutes of the last meeting" does not make it minutes: only a line that is no numbered item counts.
  const saysMinutes =
    opening.some((l) => MINUTES_WORD.test(l.text) && !/^\d/.test(l.text)) ||
    // "# Lantern WG Notes – September 2031": a heading that calls the text notes; "# Acme office hours 2031-11-10" one that records the session.
    opening.some((l) => l.heading > 0 && /\b(?:notes|office hours)\b/i.test(l.text)) ||
    (segments.frontMatter.title !== null && /minutes|meeting/i.test(segments.frontMatter.title)) ||
    // "## Decisions", "## Action Items": headings for what a meeting decided, which an agenda or an index has not.
    segments.content.some((l) => l.heading > 0 && OUTCOME_HEADING.test(l.text)) ||
    // "Agenda item": a committee website's page for one item of a meeting held, its record under the title.
    (opening[0] !== undefined && AGENDA_ITEM_CAPTION.test(opening[0].text)) ||
    // "Agenda and decisions": the same site's page for the whole meeting, once it was held.
    (opening[0] !== undefined && MEETING_PAGE_CAPTION.test(opening[0].text)) ||
    // "<manu> scribe: Mark": a chat log where someone took the minutes.
    opening.some((l) => l.text.includes('<') && SCRIBE_SET.test(l.text));
  // (Its phrase may wrap onto the next line: "... Regular Session was called to" / "order on Thursday".)
  const proceedings = recordsProceedings(opening.map((l) => l.text).join(' '));
  // "Draft Minutes ... Christine Block chaired the meeting": a society's minutes written as paragraphs have no items,
  // but the text calls itself minutes and records the meeting held, which an agenda does not.
  // (A list of apologies alone is no proof: a flattened text's stray lines read as one.)
  if (saysMinutes && proceedings && minutes.attendees.some((a) => a.attendance === 'present')) return true;
  if ((saysMinutes || proceedings) && (minutes.items.length > 0 || minutes.actions.length > 0)) return true;
  // "Action: JF to draft terms of reference": actions given to their owners record a meeting held, where nothing names it.
  return minutes.actions.filter((a) => a.owners.length > 0).length >= OWNED_ACTIONS_OF_A_RECORD;
}

// (A log line: its time stamp, then the nick.)
const SCRIBE_SET = /^(?:\[[^\]]{1,30}\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)<[^>\s]{1,40}>\s+scribe(?:nick)?:\s*\S/i;

// What only a record of a meeting held says ("Jo Finch welcomed everyone", "were read, agreed and signed"): an agenda or a report does not.
// ("The Regular Session was called to order on Thursday ...", "Mayor Lee called the meeting to order": an American board's
// record of the meeting held; an agenda writes "Call to Order".)
// ("Minutes of last Meeting – Approved and signed": the minutes' verdict after the item's title; an agenda writes "to be approved".)
const PROCEEDINGS = ['welcomed everyone', 'welcomed all', 'chaired the meeting', 'welcomed the members', 'took the chair', 'was in the chair', 'opened the meeting', 'read, agreed and signed', 'were approved and signed', 'was approved and signed', '– approved and signed', '- approved and signed', 'agreed as a true record', 'accepted as a true record', 'apologies were received', 'were agreed', 'was agreed', 'are agreed', 'were elected', 'was elected', 'was called to order', 'called the meeting to order'];

function recordsProceedings(text: string): boolean {
  const lower = text.toLowerCase();
  return PROCEEDINGS.some((phrase) => lower.includes(phrase));
}

/** The same person listed as present and as sending apologies. */
function reportContradictions(minutes: Minutes, ctx: Context): void {
  const present = new Set(minutes.attendees.filter((a) => a.attendance === 'present').map((a) => a.name.toLowerCase()));
  for (const a of minutes.attendees) {
    if (a.attendance === 'apologies' && present.has(a.name.toLowerCase())) ctx.report('LSMP2006', a.position, { actual: a.name });
  }
}

function emptyMinutes(diagnostics: Diagnostic[]): Minutes {
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'minutes', title: null, body: null, date: null, start: null, end: null, venue: null,
    status: null, attendees: [], items: [], actions: [], decisions: [], recommendations: [], references: [], dates: [],
    nextMeeting: null, complete: true, diagnostics,
  };
}

/** The close a sentence states, when it falls after the start (a stated close before it is another meeting's). */
function statedClose(closed: string | null, start: string | null): string | null {
  const end = afterStart(closed, start);
  return end !== null && (start === null || end > start) ? end : null;
}

import type { Line } from '../scan/scan-lines.js';
import { type ItemHeading, withoutTimebox } from './headings.js';
import { readsAsSentence } from './run-in-title.js';
import { endsWithIssueAddress, withoutTrailingAddress } from './trailing-link.js';
import { parseEntry } from '../roster/parse-entry.js';
import { readRosterHeading } from '../roster/headings.js';
import { namesEveryone } from '../roster/everyone.js';
import { removeHandles } from '../text/spaced-words.js';
import { collapseSpaces } from '../text/clean.js';
import { CHECK_BOX, startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { isActionStatusHeading } from './action-status.js';
import { isActionLabel } from '../actions/read-action.js';
import { nextFilled, previousFilled } from '../scan/filled-lines.js';
import { findDates } from '../dates/parse-date.js';
import { opensWithStandardItem } from './standard-labels.js';
import { opensWithInitialledName } from '../roster/initialled-given-name.js';

export interface UnnumberedItem {
  heading: ItemHeading;
  line: Line;
  lines: Line[];
}

// Headings that organise the minutes rather than name a topic discussed.
// ("## Content:" over a generated table of contents, as scribe tools write it.)
// ("Action Point 4" over its task and "Owner: Jo Finch": an action set out on lines of its own.)
const NOT_A_TOPIC =
  /^(?:links?|agenda|present|attendees|attendance|apologies|invited|invitees|upcoming (?:[a-z]{2,6} )?meetings?|next meetings?\??|future meetings?|q\s*[&/]\s*a.*|questions(?!\s(?:on|about|regarding)\s).*|other|(?:table of )?contents?|announcements|(?:this\s+week'?s?\s+)?highlights|reminders|(?:draft\s+|unconfirmed\s+|confirmed\s+)?minutes|meeting notes|agenda for (?:the\s+)?next meeting|(?:(?:suggested|proposed|agreed) )?next steps|(?:video\s+)?recordings?|attachments?|items(?:\s+(?:and|&)\s+actions)?|agenda items(?:['’]?\s+discussion)?|items of business|date|contact|anti-?trust policy|attended (?:recently )?in the past|brief notices|action\s+points?\s+\d{1,3}[a-z]?|owners?(?:\s*:.*)?)$/i;
// Sections beside the topics (notices, links, the roll, questions): their sub-headings ("### Brief Notices" under "## Announcements") are their parts.
// ("## Q/A on public channels" over "### Q: Will the loader ...?": the questions taken, each its own sub-heading.)
const SIDE_SECTION = /^(?:links?|announcements|brief notices|(?:this\s+week'?s?\s+)?highlights|reminders|q\s*[&/]\s*a\b.*)$/i;
// Headings of a topic's outcome or its parts ("Resolution", "Conclusion/Resolution", "Comments", a motion's "Passed"; "Concensus" as notes taken live
// misspell it): they stay in the topic above them.
// ("AIs": the action items by their short name.)
const OUTCOME_WORD = '(?:resolutions?|conclusions?|consensus|concensus|outcomes?|decisions?|summary|notes|action items|actions|ais|comments|recommendations?|passed|carried|agreed|approved|rejected|defeated|noted)';
// "Action Items (AIs)": the short name in brackets changes nothing.
// "Action Items for Cultivator": whose list it is.
// "Action Items Resulting", "Actions Arising": the list of what the meeting left to do, whence it came.
const OUTCOME = new RegExp(`^${OUTCOME_WORD}(?:\\s*(?:/|&|and)\\s*${OUTCOME_WORD})*(?:\\s+(?:resulting|arising))?(?:\\s+for\\s+[a-z]+)?(?:\\s\\([a-z]{2,4}\\))?$`, 'i');
const TOP_LIST = /^(?:agenda|minutes|meeting notes)$/i;
// "OCIO TSC Meeting Notes", "Board Minutes": a title that names the record, the words before it naming whose.
const NOTES_TITLE = /^[\p{L}\d][\p{L}\d .&'’-]{0,60}\s(?:meeting notes|minutes)$/iu;
const REVIEW = /^(?:review of (?:the )?(?:last|previous) meeting|(?:last|previous) meeting review)$/i;
// "### CPC and Board Meeting Updates": a standing report of other bodies' meetings, no topic of this one.
const MEETING_UPDATES = /\bmeetings?\s+updates?$/i;

/**
 * Minutes with no numbered items (software committees' notes) name their topics in
 * markdown headings. A heading whose first content is a list groups topics: each
 * bullet followed by discussion is then a topic of its own. Headings such as
 * "Resolution" belong to the topic above them.
 */
export function readUnnumberedItems(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const sections = readTopLevelSections(lines);
  if (sections) return sections;
  const marked = readMarkedHeadings(lines);
  if (marked.items.length > 0) return marked;
  const standing = readStandingAsMarked(lines);
  if (standing.items.length > 0) return standing;
  // Plain-text minutes with no numbers and no marks: two short capitalised lines of their own at least,
  // else three labelled paragraphs at least; fewer are read as part of the text.
  // Where the headings are bold ("**Declarations of interest:**"), an unmarked short line ("Proposer: Cllr P Norris") is text.
  const boldHeadings = lines.filter((l, at) => l.bold && plainHeadingAt(lines, at) !== null).length >= 2;
  // Under the caption "Items and actions" the page says its short lines head topics: one is enough (a page cut short).
  const leastPlain = captionIndexOf(lines) === -1 ? 2 : 1;
  let plain = readOpenedItems(lines, boldHeadings ? (ls, at) => (ls[at]!.bold ? plainHeadingAt(ls, at, true) : null) : plainHeadingAt, leastPlain);
  // Among plain headings, a label that runs into its text heads a topic too.
  if (!boldHeadings && plain.items.length > 0 && plain.before.concat(plain.items.flatMap((item) => item.lines)).some((l) => l.text.includes(': '))) {
    plain = readOpenedItems(lines, plainOrLabelAt, leastPlain);
  }
  if (plain.items.length > 0) return plain;
  const bulleted = readOpenedItems(lines, bulletHeadingAt, LEAST_BULLET_HEADINGS);
  if (bulleted.items.length > 0) return bulleted;
  const outline = readOutlineTopics(lines);
  if (outline.items.length > 0) return outline;
  const paragraphPerLine = linesAreParagraphs(lines);
  return readOpenedItems(lines, (ls, at) => paragraphLabelAt(ls, at, paragraphPerLine), 3);
}

// "MOTION: That the minutes be adopted ...", "Moved: Jo Finch": a motion's parts, run on in the topic above.
const MOTION_LABEL = /^(?:motions?|moved|mover|seconded|seconder|resolved|resolution|proposed|proposer|carried)$/i;
// A labelled line this long at least, in a text that keeps each paragraph on one line, is a paragraph of its own.
const LABELLED_PARAGRAPH = 150;
// A line longer than this is no line a converter wrapped: the text keeps each paragraph on one line.
const PARAGRAPH_LINE = 200;

/**
 * "Minutes were read and approved.\nCorrespondence: Thank you letters ..." with no blank lines between: a web page whose
 * paragraphs came one to a line, as some of its lines (longer than any wrapped one) show; every line then opens a paragraph.
 */
function linesAreParagraphs(lines: Line[]): boolean {
  return lines.some((l) => l.text.length > PARAGRAPH_LINE);
}

const MEETING_NAME = /\b(?:minutes|meeting|agenda)\b/i;
// Top-level headings, as many as this, after the title (or with none) are the sections of the minutes.
const LEAST_TOP_SECTIONS = 3;

/**
 * "# Treasurer", "# Area Reports" over "## Front Room": notes whose sections are top-level headings, read one level
 * down, as notes under a title heading are (the topics at the second level); null where fewer are top-level.
 */
function readTopLevelSections(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } | null {
  // The title, where it is among the lines: the first, a meeting's name or date, or straight over another heading.
  const first = lines.find((l) => !l.blank);
  const title = first?.heading === 1 && (MEETING_NAME.test(first.text) || findDates(first.text).length > 0 || (nextFilled(lines, lines.indexOf(first))?.heading ?? 0) > 0) ? first : null;
  let top = 0;
  for (const l of lines) if (l.heading === 1 && !l.code && l !== title) top++;
  if (top < LEAST_TOP_SECTIONS) return null;
  const read = readRelevelled(lines, (l) => (l.heading > 0 && !l.code && l !== title ? l.heading + 1 : l.heading));
  return read.items.length > 0 ? read : null;
}

/** The marked headings read with each line at the level `levelOf` gives it, the items and lines handed back as written. */
function readRelevelled(lines: Line[], levelOf: (line: Line, at: number) => number): { items: UnnumberedItem[]; before: Line[] } {
  const original = new Map<Line, Line>();
  const relevelled = lines.map((l, at) => {
    const level = levelOf(l, at);
    const copy = level === l.heading ? l : { ...l, heading: level };
    original.set(copy, l);
    return copy;
  });
  const back = (l: Line) => original.get(l) ?? l;
  const read = readMarkedHeadings(relevelled);
  return { items: read.items.map((item) => ({ heading: item.heading, line: back(item.line), lines: item.lines.map(back) })), before: read.before.map(back) };
}

// Three bold (or plain) lines of their own at least, in a text with no markdown heading, are its headings.
const LEAST_STANDING_HEADINGS = 3;
const NOT_PLAIN_HEADING_START = /^[-*•·(["'“]/;
// "Agenda", "Agenda and notes" (a call's notes written under the agenda's own bullets), "Minutes": the line over the topics' list.
const STANDING_LIST = /^(?:agenda(?:\s(?:and|&)\s(?:notes|minutes))?|minutes|meeting notes)$/i;
const withoutClosingColon = (text: string) => text.replace(/:$/, '');

/**
 * Exports that lose the markdown write a page's headings as lines of their own: HTML-to-text as bold lines
 * ("**Agenda**", "**nodejs/node**"), a word processor's plain text as short plain lines. Where no line is a
 * markdown heading and the notes are a software project's (a repository's name, "nodejs/node", or "Agenda"
 * over a list, among such lines), they are read as headings of one level: the bold ones, or else the plain ones.
 */
function readStandingAsMarked(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const none = { items: [], before: lines };
  if (lines.some((l) => l.heading > 0)) return none;
  const alone = (at: number) => blankBefore(lines, at) && lines[at + 1]?.blank !== false;
  const bold = (l: Line, at: number) => l.bold && alone(at);
  // ("Attendees:", "Agenda and notes:": a closing colon changes nothing.)
  const plain = (l: Line, at: number) =>
    !l.blank && !l.code && l.text.length <= 80 && (/^\p{Lu}/u.test(l.text) || REPOSITORY.test(l.text)) && !NOT_PLAIN_HEADING.test(withoutClosingColon(l.text)) && !l.text.includes(': ') && !NOT_PLAIN_HEADING_START.test(l.text) && l.text.split(' ').length <= 10 && alone(at);
  const boldOnes = lines.filter(bold).length >= LEAST_STANDING_HEADINGS;
  const standing = boldOnes ? bold : plain;
  const heads = lines.filter(standing);
  const listCaption = heads.some((l) => STANDING_LIST.test(withoutClosingColon(l.text)) && opensList(lines, l));
  // (Where the roll ended the header, "Agenda and notes" may be the only such line left: it alone is enough.)
  if ((heads.length < LEAST_STANDING_HEADINGS && !listCaption) || !(listCaption || heads.some((l) => REPOSITORY.test(l.text)))) return none;
  const read = readRelevelled(lines, (l, at) => (standing(l, at) ? 2 : l.heading));
  // (That line alone counts only where its bullets are the topics: over a bare list it is no topic itself.)
  if (heads.length < LEAST_STANDING_HEADINGS && read.items.some((item) => heads.includes(item.line))) return none;
  return read;
}

/** Whether a list's bullet is the first text after the line. */
function opensList(lines: Line[], line: Line): boolean {
  const next = lines.find((l) => l.index > line.index && !l.blank);
  return next !== undefined && startsWithBullet(next.text);
}

/** Items opened by the lines `headingAt` reads as headings, each taking the lines after it; at least `least` of them, or none. */
function readOpenedItems(lines: Line[], headingAt: (lines: Line[], at: number) => ItemHeading | null, least: number): { items: UnnumberedItem[]; before: Line[] } {
  const items: UnnumberedItem[] = [];
  const before: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = headingAt(lines, i);
    if (heading) items.push({ heading, line, lines: [] });
    else if (items.length > 0) items[items.length - 1]!.lines.push(line);
    else before.push(line);
  }
  return items.length >= least ? { items, before } : { items: [], before: lines };
}

/** Whether the line at `at` opens a paragraph; the lines may come without their blank lines: a gap in the line numbers is a blank line too. */
function blankBefore(lines: Line[], at: number): boolean {
  const previous = lines[at - 1];
  return previous === undefined || previous.blank || previous.index < lines[at]!.index - 1;
}

// "Matters Arising: The dustbin has now been ...": a short capitalised label, a colon, then the paragraph.
// "Comments on the reports: There was ...": a label in sentence case, up to eight words.
const PARAGRAPH_LABEL = /^(\p{Lu}[\p{L}'’&/-]*(?:\s+[\p{L}'’&/-]+){0,7}):\s+\S/u;

/**
 * Minutes written as labelled paragraphs ("Minutes: ...", "Planning: ...", "Correspondence: ..."):
 * a label that opens a paragraph of its own heads a topic.
 */
function paragraphLabelAt(lines: Line[], at: number, paragraphPerLine = false): ItemHeading | null {
  const line = lines[at]!;
  // (Without a blank line above, only a paragraph's worth of text after the label: "Resolved: That ..." is a motion's line.)
  const opens = blankBefore(lines, at);
  if (line.code || !(opens || (paragraphPerLine && line.text.length > LABELLED_PARAGRAPH))) return null;
  const label = PARAGRAPH_LABEL.exec(line.text);
  if (!opens && label && MOTION_LABEL.test(label[1]!)) return null;
  if (label && readsAsLabel(label[1]!)) {
    return { number: null, title: label[1]!, rest: line.text.slice(label[1]!.length + 1).trim() };
  }
  const dotted = readDotLabel(line.text);
  return dotted ? { number: null, title: dotted, rest: line.text.slice(dotted.length + 1).trim() } : null;
}

/**
 * Among plain headings ("Matters Arising:" over its text), a topic whose text runs on after its label
 * ("Police Matters: The Chairman welcomed ..."): two words or more, then a sentence.
 */
function plainOrLabelAt(lines: Line[], at: number): ItemHeading | null {
  const plain = plainHeadingAt(lines, at);
  if (plain || !lines[at]!.text.includes(': ')) return plain;
  const labelled = paragraphLabelAt(lines, at);
  // ("Outstanding action from March meeting: explore ...": an action's label, not a topic's.)
  return labelled?.title.includes(' ') && !NOT_A_TOPIC.test(labelled.title) && !isActionLabel(`${labelled.title}: `) && labelled.rest.split(' ').length >= 6 ? labelled : null;
}

/** Up to five capitalised (or short) words, or words in sentence case that say nothing and name no one: a paragraph's label. */
function readsAsLabel(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3)) return words.length <= 5;
  return !readsAsSentence(label) && parseEntry([label]) === null;
}

// "Police reports. These are published on the Website ...": a short label, a full stop, then a sentence.
const DOT_LABEL = /^(\p{Lu}[\p{L}'’&-]*(?:\s[\p{L}'’&-]+){0,5})\.\s\p{Lu}/u;
const NOT_A_LABEL = /^(?:mr|mrs|ms|miss|dr|cllr|rev|revd|prof|st|no|item|min|minute|ref|tel)$/i;

/** The label of a paragraph opened by "Label. Sentence ..." (six words at most, saying nothing), or null. */
export function readDotLabel(text: string): string | null {
  const m = DOT_LABEL.exec(text);
  const label = m?.[1];
  if (!label || label.length < 4 || NOT_A_LABEL.test(label) || readsAsSentence(label)) return null;
  return text.slice(label.length + 1).trim().split(/\s+/).length >= 6 ? label : null;
}

function readMarkedHeadings(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const items: UnnumberedItem[] = [];
  const before: Line[] = [];
  let current: UnnumberedItem | null = null;
  let grouping = false;
  let listsTopics = false;
  // Whether the topics are a repository's bullets: "Richard, the cadence may drive it" among them is a point made, no topic.
  let repositoryTopics = false;
  let skipping = false;
  // The level of an agenda listed ahead of the minutes: the headings under it list topics, not discuss them.
  let listingLevel = 0;
  // The level of a section beside the topics ("## Announcements"): the headings under it are no topics.
  let sideLevel = 0;
  // The level of an outcome heading that opens no topic's part ("## Action items" after the topics).
  let outcomeLevel = 0;
  // The indent of the list under the current heading: bullets indented further are its sub-points.
  let listIndent = 0;
  // The entries of an agenda listed ahead of the minutes: a bullet of the minutes that repeats one opens that topic.
  const agendaEntries = new Set<string>();
  // The indent of the agenda list's first bullet.
  let agendaEntryIndent: number | undefined;
  // The topics those bullets opened: the next such bullet ends one, where a topic under a heading of its own keeps its points.
  const agendaTopics = new Set<UnnumberedItem>();
  // The level of the current topic's heading when it carries the agenda's number ("## 10.ii.a Shared memory"):
  // unnumbered headings under it ("### Memory model", one per slide) are its parts, not topics.
  let numberedLevel = 0;
  // The entries of an agenda no minutes follow, and the indent of its list.
  let agendaList: UnnumberedItem[] | null = null;
  let agendaIndent = 0;
  let inAgenda = false;
  let agendaGrouped = false;
  let plainTopics = false;
  // The level of the heading whose bullets (or lines) are the topics.
  let groupLevel = 0;
  const content = lines.filter((l) => !l.blank);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "# Action items" among notes written under top-level headings: it ends the topics, as "## Action items" would.
    // "# Agenda" over the topics' bullets (notes whose sections are all top-level): read as "## Agenda" is.
    // ("# Agenda:", "# Notes:": a colon closing the heading changes nothing.)
    const topText = line.heading === 1 && line.text.endsWith(':') ? line.text.slice(0, -1).trimEnd() : line.text;
    // "# **OCIO TSC Meeting Notes**" under the roster: the notes' own title over their bullets, read as "# Notes" is.
    const topAgenda = line.heading === 1 && !line.code && (TOP_LIST.test(topText) || NOTES_TITLE.test(topText));
    if (line.heading === 1 && !line.code) sideLevel = 0;
    if (line.heading === 1 && !line.code && !topAgenda && (OUTCOME.test(topText) || NOT_A_TOPIC.test(topText))) {
      current = null;
      grouping = false;
      skipping = true;
      inAgenda = false;
      // "# Announcements" over "## Upcoming Events": its sub-headings are its parts.
      if (SIDE_SECTION.test(line.text)) sideLevel = 1;
      continue;
    }
    if (!line.code && !line.blank && (line.heading >= 2 || topAgenda) && line.heading <= 4) {
      if (listingLevel && line.heading > listingLevel) continue;
      if (sideLevel && line.heading > sideLevel) continue;
      sideLevel = 0;
      // "### Done" under "## Action items": parts of the outcome's list, no topics.
      if (outcomeLevel && line.heading > outcomeLevel && isActionStatusHeading(line.text)) continue;
      outcomeLevel = 0;
      listingLevel = 0;
      inAgenda = false;
      plainTopics = false;
      // "Topic: Storage quotas" (scribed minutes label each topic): the title is what follows the label.
      const title = withoutTopicLabel(withoutPresenter(withoutTimebox(collapseSpaces(line.text))).trim().replace(/:$/, ''));
      if (current && numberedLevel && line.heading > numberedLevel && numberedTitle(title).number === null) {
        current.lines.push(line);
        continue;
      }
      numberedLevel = 0;
      const outcome = OUTCOME.test(title);
      // The review of the last meeting lists what that meeting took up (under sub-headings of its own or not): no topic of this one.
      if (REVIEW.test(title)) {
        current = null;
        skipping = true;
        grouping = false;
        listingLevel = line.heading;
        continue;
      }
      // "## Agenda: [issues](...)": the agenda, with where its entries came from.
      if (NOT_A_TOPIC.test(title) || outcome || /^agenda\s*:/i.test(title) || MEETING_UPDATES.test(title)) {
        // An outcome heading stays in its topic; an organising heading ends it, as does an outcome heading at the
        // level of the heading whose bullets are the topics ("## Action Items" after the bullets under "## PRs").
        // Nor does a heading above the topic's own ("## Action items" after "### Security") belong to it.
        if ((grouping && line.heading <= groupLevel) || (current && line.heading < current.line.heading)) current = null;
        skipping = !current || !outcome;
        if (skipping) current = null;
        // (Only straight over them: under "*Extracted from ... labelled issues*" or announcements made, the agenda's issues may follow.)
        if (SIDE_SECTION.test(title) && (content.find((l) => l.index > line.index)?.heading ?? 0) > line.heading) sideLevel = line.heading;
        // (Not under "### Notes": its sub-headings are the topics.)
        if (skipping && outcome && /^(?:action items|actions|decisions?)$/i.test(title)) outcomeLevel = line.heading;
        else current?.lines.push(line);
        grouping = false;
        const agenda = /^agenda\b/i.test(title);
        if (agenda && minutesFollow(lines, i)) listingLevel = line.heading;
        // "## Minutes" (or an agenda no minutes follow) straight over bullets: each bullet with discussion of its own
        // is a topic, as under a grouping heading.
        // "## Summary" with no topic open above it: the minutes themselves, not a topic's outcome.
        const minutesLike = /^(?:minutes|meeting notes)$/i.test(title) || (outcome && !current && /^summary$/i.test(title));
        // "## Announcements" over "*Extracted from ... labelled issues ...*": the agenda's issues follow the note.
        const listed = !minutesLike && !agenda && !MEETING_UPDATES.test(title) ? afterProvenanceNote(content, line.index) : undefined;
        const first = minutesLike || (agenda && !listingLevel) ? firstListLine(content, line.index) : listed;
        // "## Meeting notes" over "Issue 12: Storage quotas" and the bullets discussing it: each such line is a topic.
        plainTopics = minutesLike && first !== undefined && plainTopicAt(lines, lines.indexOf(first)) && plainTopicsUnder(lines, i) >= 2;
        if (plainTopics) {
          grouping = true;
          groupLevel = line.heading;
          listsTopics = false;
          repositoryTopics = false;
          listIndent = first!.indent;
        } else if (first && startsWithBullet(first.text) && first.heading === 0 && mostBulletsDiscussed(lines, i, first.indent)) {
          grouping = true;
          groupLevel = line.heading;
          listsTopics = false;
          repositoryTopics = false;
          listIndent = first.indent;
          agendaGrouped ||= agenda;
        } else if (agenda && first && startsWithBullet(first.text) && first.heading === 0) {
          // The agenda's entries stand for the topics where no heading or discussed bullet names one.
          agendaIndent = first.indent;
          agendaList = [];
          inAgenda = true;
        }
        continue;
      }
      skipping = false;
      const firstContent = content.find((l) => l.index > line.index);
      // "Today's agenda" straight above the topics' own headings groups them; a heading over
      // nothing but the note of where the agenda came from heads no topic either, nor, after an agenda whose
      // entries were the topics, a heading over nothing or over "None." (a section left for what did not come up).
      const groupsHeadings = firstContent !== undefined && firstContent.heading > line.heading && !firstContent.code && !OUTCOME.test(firstContent.text.replace(/:$/, ''));
      const leftEmpty = firstContent === undefined || (firstContent.heading > 0 && firstContent.heading <= line.heading);
      // A section saying only that it was skipped ("## Strategic Initiatives" over "* No updates this week"), or left
      // empty among the template's last sections ("### Open PRs" over "## Action items"), heads no topic; one naming an issue does.
      const unused = numberedTitle(title).number === null && !endsWithIssue(title) && (saysNothing(lines, i, true) || unusedTemplateSection(lines, i));
      if (groupsHeadings || onlyProvenanceNote(lines, i) || unused || (agendaGrouped && (leftEmpty || saysNothing(lines, i)))) {
        current = null;
        grouping = false;
        continue;
      }
      // Bullets are topics when most have discussion of their own; else the heading is the topic.
      // A repository's name ("nodejs/node") only groups what was raised in it; a heading naming an
      // issue ("Release versioning #2215") is that topic, its bullets the points made on it.
      const repository = REPOSITORY.test(title);
      // A heading the agenda's list names ("- Sovereign Tech Fund" above, "### Sovereign Tech Fund" here) is that topic, its
      // bullets the points made on it, however many of them have notes of their own.
      const namedInAgenda = agendaList?.some((entry) => sameTitle(entry.heading.title, title)) ?? false;
      grouping = repository || Boolean(!namedInAgenda && !endsWithIssue(title) && firstContent && startsWithBullet(firstContent.text) && firstContent.heading === 0 && mostBulletsDiscussed(lines, i, firstContent.indent));
      // Where no "Minutes" section follows, a repository's issue bullets ("Title #123") are what this meeting took up, discussed or not.
      listsTopics = repository && !minutesFollow(lines, i);
      repositoryTopics = repository;
      groupLevel = line.heading;
      listIndent = firstContent?.indent ?? 0;
      current = grouping ? null : { heading: numberedTitle(title), line, lines: [] };
      if (current) items.push(current);
      if (current?.heading.number) numberedLevel = line.heading;
      continue;
    }
    if (listingLevel) {
      // (The entries are the list's own bullets: those indented under one are its goals and notes, no topics.)
      if (startsWithBullet(line.text) && line.indent <= (agendaEntryIndent ??= line.indent)) agendaEntries.add(entryTitle(line));
      continue;
    }
    if (agendaList && inAgenda && !line.blank && line.heading === 0) {
      if (startsWithBullet(line.text) && line.indent <= agendaIndent) agendaList.push({ heading: { number: null, title: bulletTitle(line), rest: '' }, line, lines: [] });
      else agendaList[agendaList.length - 1]?.lines.push(line);
    }
    if (agendaEntries.size > 0 && (current === null || agendaTopics.has(current)) && startsWithBullet(line.text) && agendaEntries.has(entryTitle(line))) {
      current = { heading: { number: null, title: entryTitle(line), rest: '' }, line, lines: [] };
      agendaTopics.add(current);
      items.push(current);
      skipping = false;
      continue;
    }
    if (grouping && plainTopics && line.indent <= listIndent && plainTopicAt(lines, i)) {
      current = { heading: { number: null, title: collapseSpaces(line.text.replace(/:$/, '')), rest: '' }, line, lines: [] };
      items.push(current);
      continue;
    }
    // Under plain topic lines, the bullets are the points discussed.
    if (grouping && !plainTopics && startsWithBullet(line.text) && line.indent <= listIndent && mayHeadTopic(line) && !(repositoryTopics && REMARK.test(withoutBulletMark(line.text))) && ((listsTopics && endsWithIssue(line.text)) || hasDiscussion(lines, i))) {
      // "- Standing Items:" over bullets that each have notes of their own: a caption grouping the topics under it.
      const child = lines[i + 1];
      if (line.text.endsWith(':') && child !== undefined && startsWithBullet(child.text) && child.indent > line.indent && mostBulletsDiscussed(lines, i, child.indent, line.indent)) {
        current = null;
        listIndent = child.indent;
        continue;
      }
      current = { heading: { number: null, title: bulletTitle(line), rest: '' }, line, lines: [] };
      items.push(current);
      continue;
    }
    if (current) current.lines.push(line);
    else if (!skipping && items.length === 0) before.push(line);
  }
  if (items.length === 0 && agendaList && agendaList.length >= 2) return { items: agendaList, before: lines.filter((l) => l.index < agendaList![0]!.line.index) };
  return { items, before };
}

/** A short line of its own, no bullet and no aside in brackets, with the bullets discussing it straight below. */
function plainTopicAt(lines: Line[], at: number): boolean {
  const line = lines[at];
  if (!line || line.blank || line.code || line.heading > 0 || startsWithBullet(line.text) || line.text.length > 120 || !blankBefore(lines, at)) return false;
  // "(out of topics)", "[Intros]", "Action items:": an aside, a tag or a caption.
  if (line.text.startsWith('(') || (line.text.startsWith('[') && line.text.endsWith(']')) || line.text.endsWith(':')) return false;
  const next = lines[at + 1]?.blank ? lines[at + 2] : lines[at + 1];
  return next !== undefined && !next.blank && startsWithBullet(next.text);
}

/** How many lines under the heading at `at` (to the next heading) are plain topic lines. */
function plainTopicsUnder(lines: Line[], at: number): number {
  let n = 0;
  for (let j = at + 1; j < lines.length && lines[j]!.heading === 0; j++) if (plainTopicAt(lines, j)) n++;
  return n;
}

/** The first line of a heading's content, past a caption over its list ("Notes:"). */
function firstListLine(content: Line[], headingIndex: number): Line | undefined {
  const at = content.findIndex((l) => l.index > headingIndex);
  const first = content[at];
  const caption = first && first.heading === 0 && first.text.endsWith(':') && !startsWithBullet(first.text) && first.text.split(' ').length <= 3;
  // "Attendance: all" over the list: the roll, which names nobody, before the bullets.
  const roll = first && first.heading === 0 && !startsWithBullet(first.text) && namesEveryone(readRosterHeading(first.text, false));
  // "Let's collect all potential agenda items here before the meeting. ...": a template's note on how to use the list, a
  // paragraph of its own straight over the bullets.
  const next = content[at + 1];
  const note = first && next && first.heading === 0 && !startsWithBullet(first.text) && first.text.endsWith('.') && first.text.split(' ').length >= TEMPLATE_NOTE_WORDS && next.index > first.index + 1 && next.heading === 0 && startsWithBullet(next.text);
  return caption || roll || note ? next : first;
}

// A template's note over a list runs to a sentence or two.
const TEMPLATE_NOTE_WORDS = 8;

/**
 * The line after "*Extracted from ... prior to the meeting." where it is the first under the heading at `headingIndex`
 * (past a line introducing the list: "No items on agenda, adhoc coverage of").
 */
function afterProvenanceNote(content: Line[], headingIndex: number): Line | undefined {
  const at = content.findIndex((l) => l.index > headingIndex);
  if (at < 0 || content[at]!.heading > 0 || !PROVENANCE_NOTE.test(content[at]!.text)) return undefined;
  const next = content[at + 1];
  const intro = next !== undefined && next.heading === 0 && !startsWithBullet(next.text) && startsWithBullet(content[at + 2]?.text ?? '');
  return intro ? content[at + 2] : next;
}

/** A bullet's text as a topic's title: without the bullet, its spacing evened, no closing colon. */
// "- [x] Add an option ...": a done task's check box is no part of the title.
// "Standard library https://example.org/stdlib (10m)": the entry's bare link and its minutes are no part of the title either,
// nor the dash or colon that led to the link ("Optional chaining - https://...").
const bulletTitle = (line: Line) =>
  withoutTrailingAddress(collapseSpaces(withoutBulletMark(line.text).replace(CHECK_BOX, '').trim().replace(BARE_MINUTES, '').replace(/:$/, ''))).replace(LINK_LEAD, '');
const BARE_MINUTES = /\s\(\d{1,3}\s?(?:m|mins?|minutes)\)$/i;
const LINK_LEAD = /(?:\s[-–]|:)$/;

/** A title's words in lower case, one space between them: marks and case aside. */
const titleWords = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether two titles are the same words, case and marks aside. */
const sameTitle = (a: string, b: string) => titleWords(a) === titleWords(b);

/** An agenda entry's title as its copy in the minutes repeats it: without its timebox and presenter ("(Bo, 15 Minutes)"). */
const entryTitle = (line: Line) => withoutTimebox(bulletTitle(line));

const TOPIC_LABEL = /^topic\s*:\s*(?=\S)/i;

function withoutTopicLabel(title: string): string {
  const label = TOPIC_LABEL.exec(title);
  return label ? title.slice(label[0].length) : title;
}

// "4.2 Schedule Review", "6 Test Status", "11.ii.a Pipeline Operator": the agenda's number before a heading's title,
// its sub-numbers in digits, roman numerals or a letter.
const HEADING_NUMBER = /^(\d{1,2}(?:\.(?:\d{1,2}|[ivx]{1,4}|[a-z])){0,3})\.?\s+(?=\S)/;

/** A heading's number and title; "3.0 upgrade notes" starts with a version, not a number. */
function numberedTitle(title: string): ItemHeading {
  const m = HEADING_NUMBER.exec(title);
  const rest = m ? title.slice(m[0].length) : '';
  if (!m || (m[1]!.endsWith('.0') && /^\p{Ll}/u.test(rest))) return { number: null, title, rest: '' };
  return { number: m[1]!, title: rest, rest: '' };
}

/** Whether a marked heading among `lines` starts with a dotted number ("## 4.1 Title", "## 11.ii.a Title"). */
export function hasDottedHeading(lines: Line[]): boolean {
  return lines.some((l) => l.heading > 0 && !l.code && !l.blank && /^\d{1,2}\.(?:[1-9]\d?|[ivx]{1,4}|[a-z])(?:\.(?:\d{1,2}|[ivx]{1,4}|[a-z])){0,2}\.?\s+\S/.test(l.text));
}

// "nodejs/node", "openjs-foundation/cross-project-council": an organisation in lower case, a slash, a repository.
const REPOSITORY = /^[a-z0-9][\w.-]*\/[\w.-]+$/;
/** "---", "***": a markdown rule between sections. */
const isRule = (text: string) => text.length >= 3 && /^(?:-{3,}|\*{3,}|_{3,})$/.test(text);

/** "Redesign of the website #818": a bullet naming an issue or pull request by its number, which closes the title as agendas list issues ("Land PR #321 and then iterate?" is a point about one). */
const endsWithIssue = (text: string) => /#\d+\)?$/.test(text.trimEnd()) || endsWithIssueAddress(text);
// "Richard, release cadence may drive it": a given name, a comma, then what that person said.
const REMARK = /^\p{Lu}\p{Ll}+,\s/u;
const BARE_LINK = /^[-*•·]\s+<?https?:\/\/\S+>?$/i;

// "- [slides](https://example.org/deck)": one link, its words in square brackets.
const LINK_ONLY = /^[-*•·]\s+\[([^\]]*)\]\([^()\s]*\)$/;
// What such a link's words call the document it opens: the topic's papers, not a topic ("[CPC Charter]" is one).
const PAPER = /^(?:slides?|slide deck|deck|proposals?|agenda|notes|minutes|spec(?:ification)?(?: text)?|explainer|presentation|recording|video|repo(?:sitory)?|draft)$/i;

/** "- https://example.org/pull/172", "- [slides](https://...)": a bullet that only links (to a paper, not an issue) names no topic. */
function isBareLink(line: Line): boolean {
  if (BARE_LINK.test(line.text)) return true;
  const label = line.raw.includes('](') ? LINK_ONLY.exec(line.raw.trim())?.[1]?.trim() : undefined;
  return label !== undefined && PAPER.test(label);
}

/** "* Ada Finch @afinch (HSG)" over what she reported (a stand-up): a person with a handle, not a topic. */
const namesPerson = (text: string) => text.includes('@') && removeHandles(text) !== text && parseEntry([text]) !== null;

/** A bullet that may head a topic of its own: not a bare link, not a person, not "Next meeting". */
const mayHeadTopic = (line: Line) => !isBareLink(line) && !namesPerson(line.text) && !NOT_A_TOPIC.test(bulletTitle(line));

const PROVENANCE_NOTE = /^(?:[-*•]\s+|[*_])?extracted from\b/i;

// "* No updates this week", "* Skipped because we ran out of time.": the section was not taken up.
const NOT_TAKEN_UP = /^(?:skipped|no updates?|no time|(?:ran )?out of time)\b/i;
const NOTHING = /^(?:none|n\/a|nothing)\.?$/i;

/** "## Follow-up Discussion" over "None." (or, `skipped` only, over "* Skipped this week"): a section of one line that says nothing came up. */
function saysNothing(lines: Line[], at: number, skipped = false): boolean {
  let said = false;
  for (let j = at + 1; j < lines.length && lines[j]!.heading === 0; j++) {
    if (lines[j]!.blank) continue;
    const text = withoutBulletMark(lines[j]!.text);
    if (said || !(NOT_TAKEN_UP.test(text) || (!skipped && NOTHING.test(text)))) return false;
    said = true;
  }
  return said;
}

/**
 * Whether the heading at `at` is left empty, and so are the headings after it, up to a heading that organises the
 * minutes ("## Upcoming Meetings", "## Action items", "## Review of last meeting") or the end: sections of a template nothing was written under.
 */
function unusedTemplateSection(lines: Line[], at: number): boolean {
  let level = lines[at]!.heading;
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.heading === 0 || l.code || l.heading > level) return false;
    const text = l.text.replace(/:$/, '');
    if (NOT_A_TOPIC.test(text) || OUTCOME.test(text) || REVIEW.test(text)) return true;
    level = l.heading;
  }
  return true;
}

/** Whether the lines under the heading at `at` are only "Extracted from ... labelled issues ... prior to the meeting". */
function onlyProvenanceNote(lines: Line[], at: number): boolean {
  let note = false;
  for (let j = at + 1; j < lines.length && lines[j]!.heading === 0; j++) {
    if (lines[j]!.blank) continue;
    if (!PROVENANCE_NOTE.test(lines[j]!.text)) return false;
    note = true;
  }
  return note;
}

/** A heading "Minutes" at the same level or above after the heading at `at`. */
function minutesFollow(lines: Line[], at: number): boolean {
  const level = lines[at]!.heading;
  return lines.some((l, k) => k > at && !l.code && l.heading > 0 && l.heading <= level && /^minutes$/i.test(l.text));
}

/** Whether at least half the bullets under the heading at `at` (before the next heading) open a topic, and two do at least (text after a list may be the heading's own). */
function mostBulletsDiscussed(lines: Line[], at: number, listIndent: number, above = -1): boolean {
  let bullets = 0;
  let discussed = 0;
  for (let j = at + 1; j < lines.length && lines[j]!.heading === 0; j++) {
    // (Under a caption bullet, its own list only: a bullet back at the caption's indent ends it.)
    if (startsWithBullet(lines[j]!.text) && lines[j]!.indent <= above) break;
    if (!startsWithBullet(lines[j]!.text) || lines[j]!.indent > listIndent || isBareLink(lines[j]!)) continue;
    bullets++;
    if (!namesPerson(lines[j]!.text) && hasDiscussion(lines, j)) discussed++;
  }
  return discussed >= 2 && discussed * 2 >= bullets;
}

/** A bullet opens a topic when text other than bullets follows it before the next heading or bullet. */
function hasDiscussion(lines: Line[], at: number): boolean {
  // Indented lines straight after the bullet are its own text wrapped, not discussion.
  let wrapped = true;
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank) {
      wrapped = false;
      continue;
    }
    // A heading or a rule ("---") ends the list before any discussion.
    if (l.heading > 0 || isRule(l.text)) return false;
    if (startsWithBullet(l.text)) return l.indent > lines[at]!.indent;
    // "*Extracted from tsc-agenda labelled issues ...": where the agenda came from, said of the whole section;
    // "[#89]https://example.org/issues/89" alone: the bullet's link, wrapped.
    if (PROVENANCE_NOTE.test(l.text) || (l.text.includes('://') && !/\s/.test(l.text))) continue;
    if (wrapped && l.indent > lines[at]!.indent) continue;
    return true;
  }
  return false;
}

const NOT_PLAIN_HEADING = /[.,;:!?]$|[.!?]\s/;
// "Minutes pdf icon PDF 25 KB": the link to an item's document that a committee page prints after its title.
const LINKED_DOCUMENT = /\spdf icon\s+PDF\s+[\d.]+\s*[KM]B$/i;
const ACTION_TAG_END = /\[actions?\b[^[\]]{0,40}\]$/i;
// "MM: Do we have species?", "AWB:" alone: a speaker's turn, by the initials the notes call them.
const SPEAKER_TURN = /^\p{Lu}{2,4}:(?:\s|$)/u;
// "Module loading (MM)": the presenter's initials after a topic's title are no part of it.
const PRESENTER = /(?<!\s)\s*\((?:\p{Lu}{2,4}(?:\s*[,/&]\s*\p{Lu}{2,4})*)\)\s*$/u;
const withoutPresenter = (title: string) => title.replace(PRESENTER, '');
// "Almeida, Eddy for", "Roy, J.L. against": a member's vote in a recorded roll call, a line of its own; "Carried 21 for 0 against".
const ROLL_CALL_VOTE = /^\p{Lu}[\p{L}'’-]+,\s\p{Lu}[\p{L}.'’ -]{0,30}\s(?:for|against|abstain(?:ed|ing)?|aye|nay)$|^(?:carried|defeated|lost)\s\d{1,3}\sfor\b/iu;
// "RS to contact JR": an action of the side column that the export cut into the text, no heading.
const OWNED_TASK = /^\p{Lu}{2,5}\s+to\s+\p{Ll}/u;


/**
 * A short capitalised line of its own ("Declarations of Interest", "Open Forum for Public
 * Participation (10 minutes)"), after a blank line and before text, heads a topic.
 */
function plainHeadingAt(lines: Line[], at: number, amongBold = false): ItemHeading | null {
  const line = lines[at]!;
  if (line.blank || line.code || !(blankBefore(lines, at) || titleBetweenSentences(lines, at))) return null;
  // "Matters Arising:" heads a topic as "Matters Arising" does; "9 dwellings at £270" or "The meeting closed at 9pm" does not.
  // ("Good of the Order –": a dash for the colon.)
  const text = line.text.replace(/:$|(?<=\S)\s[-–—]$/, '');
  // A bold line of its own heads a topic in lower case too ("**async iteration**").
  // ("None" under "Matters Arising": what the item said, no heading; "Tap – No updates [Action NC]": an action's line.)
  if (text.length > 90 || NOT_PLAIN_HEADING.test(text) || NOTHING.test(text) || (text.endsWith(']') && ACTION_TAG_END.test(text)) || !(amongBold ? /^\p{L}/u : /^\p{Lu}/u).test(text) || startsWithBullet(text)) return null;
  // Among bold headings, a bold line heads a topic though it reads as a sentence ("To agree the minutes held on ...").
  // "Next meeting: 5 September, 10am": a field of the meeting, its label organising the minutes.
  const label = text.includes(':') ? text.slice(0, text.indexOf(':')) : text;
  // (Nor does "## Review of last meeting", left for plain lines when the marked headings head no topic.)
  // ("Minutes pdf icon PDF 25 KB": a committee page's item titled "Minutes" links its document, which no list's label does.)
  if (text.split(/\s+/).length > 16 || (NOT_A_TOPIC.test(label) && !LINKED_DOCUMENT.test(line.raw)) || (line.heading > 0 && REVIEW.test(label)) || /[£$€]/.test(text)) return null;
  if (!amongBold && (text.split(/\s+/).length > 12 || OUTCOME.test(text) || OWNED_TASK.test(text) || SPEAKER_TURN.test(line.text) || opensWithInitialledName(text) || readsAsSentence(text) || ROLL_CALL_VOTE.test(text))) return null;
  // Text follows, on the next line or after blank lines ("Matters arising" over nothing, then the next heading).
  if (nextFilled(lines, at) === undefined) return null;
  return amongBold || text !== line.text || !underHeadingLike(lines, at) ? { number: null, title: withoutPresenter(text), rest: '' } : null;
}

// Bulleted titles standing alone, as many as this at least, head the topics; fewer are points of the text.
const LEAST_BULLET_HEADINGS = 3;

/**
 * "- Welcome and apologies" over "The Chair welcomed ...": minutes with no numbers whose topics are bullets at the
 * margin, each over its paragraphs. A bullet heads a topic only where it stands alone (no bullet on the filled line
 * above or below it: a run of bullets is a list of points) and reads as a title.
 */
function bulletHeadingAt(lines: Line[], at: number): ItemHeading | null {
  const line = lines[at]!;
  if (line.code || line.indent > 0 || !startsWithBullet(line.text)) return null;
  const above = previousFilled(lines, at);
  const below = nextFilled(lines, at);
  if (below === undefined || startsWithBullet(below.text) || (above !== undefined && startsWithBullet(above.text))) return null;
  // "Welcome:", "Minutes of last meeting: – 25 March": the closing colon (or a dash) changes nothing.
  const text = withoutBulletMark(line.text).replace(/:$|(?<=\S)\s[-–—]$/, '').replace(/:(?=\s[-–—]\s)/, '');
  const label = text.includes(':') ? text.slice(0, text.indexOf(':')) : text;
  if (text.length > 90 || !/^\p{Lu}/u.test(text) || text.endsWith('.') || text.split(/\s+/).length > 15 || NOT_A_TOPIC.test(label) || NOTHING.test(text)) return null;
  // ("Balanced scorecard – planned presentation by ...", "Notes of the meeting held on ...": what follows a dash, and the
  // meeting held, are the topic's details, no sentence.)
  const beforeDash = text.split(/\s[-–—]\s/)[0]!;
  const held = beforeDash.indexOf(' held ');
  const topic = held === -1 ? beforeDash : beforeDash.slice(0, held);
  if (OUTCOME.test(text) || OWNED_TASK.test(text) || isActionLabel(text) || readsAsSentence(topic)) return null;
  return { number: null, title: withoutPresenter(text), rest: '' };
}

// An outline's top bullets, as many as this at least, head the topics; two of them at least with points under them.
const LEAST_OUTLINE_TOPICS = 4;
const LEAST_OUTLINE_PARENTS = 2;

/**
 * "  • Recap of AGM" over "    • Dylan Yates – video on marine debris ...": minutes written as one outline, the topics
 * its top bullets and their points the bullets indented under them. Read only where the outline has two levels (top
 * bullets with points under them).
 */
function readOutlineTopics(lines: Line[]): { items: UnnumberedItem[]; before: Line[] } {
  const none = { items: [], before: lines };
  const bulletAt = lines.flatMap((l, at) => (!l.code && startsWithBullet(l.text) ? [at] : []));
  if (bulletAt.length === 0) return none;
  // (A loop, not Math.min(...): a long list would overflow the call's arguments.)
  const top = bulletAt.reduce((least, at) => Math.min(least, lines[at]!.indent), Number.POSITIVE_INFINITY);
  const topAt = bulletAt.filter((at) => lines[at]!.indent === top);
  const tops = topAt.map((at) => lines[at]!);
  const parents = topAt.filter((at) => {
    const below = nextFilled(lines, at);
    return below !== undefined && startsWithBullet(below.text) && below.indent > top;
  });
  if (tops.length < LEAST_OUTLINE_TOPICS || parents.length < LEAST_OUTLINE_PARENTS) return none;
  const topSet = new Set(tops);
  return readOpenedItems(
    lines,
    (ls, at) => {
      const line = ls[at]!;
      if (!topSet.has(line)) return null;
      // "Approval of agenda (JS/BY); approved": what the meeting did follows a semicolon.
      const text = withoutClosingColon(withoutBulletMark(line.text));
      const cut = text.indexOf('; ');
      return cut > 0 ? { number: null, title: text.slice(0, cut), rest: text.slice(cut + 2) } : { number: null, title: text, rest: '' };
    },
    LEAST_OUTLINE_TOPICS,
  );
}

// Words a title leaves in lower case between its capitalised ones.
const TITLE_JOINS = new Set(['and', 'of', 'for', 'the', 'to', 'in', 'on', 'with', 'from', 'at', 'by', 'or', 'a', '&', '-', '–']);
const TITLE_WORDS = 6;
const STANDARD_TITLE_WORDS = 10;
const SENTENCE_WORDS = 8;
const CAPITALS_SENTENCE_WORDS = 3;

/** "FINANCIAL REPORTS": letters in capitals only, two words' worth at least. */
const inCapitals = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);

/**
 * "October Forum" between "... from Rose Wall." and "The WG engaged in discussion around ...": a heading in title case whose
 * blank lines the export dropped, a sentence ended just above it and a sentence starting below it.
 */
function titleBetweenSentences(lines: Line[], at: number): boolean {
  const [above, line, below] = [lines[at - 1], lines[at]!, lines[at + 1]];
  if (!above || !below || above.blank || below.blank) return false;
  const words = line.text.split(/\s+/);
  // ("None" over "Finance": the item above answered in one word, with no full stop.)
  // ("Declarations of Interest – Pecuniary and Non-Pecuniary" over "There were none.": an item nearly every agenda has
  // stands out over a short sentence, and may say what it covers.)
  const standard = opensWithStandardItem(line.text);
  if ((/[.!?]$/.test(above.text) || NOTHING.test(above.text)) && words.length <= (standard ? STANDARD_TITLE_WORDS : TITLE_WORDS) && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINS.has(w))) {
    // "PUBLIC COMMENTS" over "There were no public comments.": a heading in capitals stands out over a short sentence too.
    const capitals = inCapitals(line.text);
    const least = capitals || standard ? CAPITALS_SENTENCE_WORDS : SENTENCE_WORDS;
    // ("FINANCE" over "- Sales for the year are up.": a heading in capitals over its bullets.)
    const text = capitals && startsWithBullet(below.text) ? withoutBulletMark(below.text) : below.text;
    return text.split(/\s+/).length >= least && /^\p{Lu}/u.test(text);
  }
  return sectionInCompactPage(lines, above, line, below);
}

// "Items and actions" / "Welcome and introductions" / "- AP welcomed members ...": a web page whose export dropped every
// blank line, the caption of the items over the first topic's heading, its text a paragraph or bullets.
const ITEMS_CAPTION = /^items\s+(?:and|&)\s+actions$/i;

/**
 * A heading in sentence case ("Minutes and action points from the meeting on 13 September 2023") between the items'
 * caption, a finished sentence or a bullet above and a paragraph or a bullet below, in a page the caption
 * "Items and actions" shows to be one of headings over paragraphs.
 */
function sectionInCompactPage(lines: Line[], above: Line, line: Line, below: Line): boolean {
  const caption = captionIndexOf(lines);
  if (caption === -1 || line.index <= caption) return false;
  const words = line.text.split(/\s+/);
  if (words.length > SECTION_WORDS || !/^\p{Lu}/u.test(line.text) || startsWithBullet(line.text) || readsAsSentence(line.text)) return false;
  if (!(ITEMS_CAPTION.test(above.text) || (/[.!?]$/.test(above.text) && above.index === line.index - 1) || startsWithBullet(above.text))) return false;
  if (!(startsWithBullet(below.text) || (below.text.split(/\s+/).length >= SENTENCE_WORDS && /^\p{Lu}/u.test(below.text)))) return false;
  return true;
}

const SECTION_WORDS = 12;
const captions = new WeakMap<Line[], number>();

/** Where the items' caption stands among the lines (its line number), -1 for none; read once for each list of lines. */
function captionIndexOf(lines: Line[]): number {
  let at = captions.get(lines);
  if (at === undefined) {
    at = lines.find((l) => !l.blank && ITEMS_CAPTION.test(l.text))?.index ?? -1;
    captions.set(lines, at);
  }
  return at;
}

/**
 * "Planning:", "Approved by the Borough", "Extension to dwelling at 4 Mill Road": a line without a colon straight
 * after another that reads as a topic's heading is a list's next line (or a sub-label), no topic of its own
 * (after a heading that organises the minutes, "Items and actions", the first topic comes).
 */
function underHeadingLike(lines: Line[], at: number, depth = 0): boolean {
  let k = at - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  // Only the line just above (one blank line between at most): lines the lists took out leave a gap.
  const written = k >= 0 && lines[k]!.index >= lines[at]!.index - 2 ? lines[k]!.text : '';
  const previous = written.replace(/:$/, '');
  const headingLike = /^\p{Lu}/u.test(previous) && !/[.!?£$€]/.test(previous) && previous.split(/\s+/).length <= 12 && !NOT_PLAIN_HEADING.test(previous) && !NOT_A_TOPIC.test(previous) && !readsAsSentence(previous);
  // The line above opens the list with a colon ("Planning:"), or is a list's line itself: "New Scots 3" over
  // "Strategy publication" is a heading over its first topic. The walk back stops after a few lines.
  return headingLike && (written.endsWith(':') || (depth < LIST_DEPTH && underHeadingLike(lines, k, depth + 1)));
}

const LIST_DEPTH = 6;

import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { isDigitAt } from '../text/clean.js';
import { TITLE } from '../header/header-words.js';
import { findDates } from '../dates/parse-date.js';
import { splitTrailingListLabels } from './trailing-list-label.js';
import { readRosterHeading } from '../roster/headings.js';
import { splitPersonName } from '../text/names.js';

// "... ON WEDNESDAY 15 MAY 2019 PRESENT (Four Councillors):- Annie Barber ...": the list's label in capitals, inside the title line.
const INNER_PRESENT = /\sPRESENT(?:\s?\([^()]{1,40}\))?\s?:/;

/**
 * A first line that runs on from the title into the list of those present is cut before the
 * label in capitals, so that the roster starts a line of its own. Only the first line is read.
 */
export function splitInnerRosterLabel(content: Line[]): Line[] {
  const glued = splitTrailingListLabels(splitRunOnLabels(splitGluedLabels(splitGluedGroupLabels(content))));
  const at = glued.findIndex((l) => !l.blank && !l.code);
  const line = glued[at];
  const m = line?.text.includes(' PRESENT') ? INNER_PRESENT.exec(line.text) : null;
  if (line && m) return [...glued.slice(0, at), partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length), ...glued.slice(at + 1)];
  return splitFlattenedOpening(splitAfterDateLine(glued));
}

// The labels of those present a flattened page's roster opens with, in capitals or not; a colon after each, or a
// capital letter starting the list.
const PRESENT_LABELS = 'PRESENT|Present|ATTENDED|Attended|ATTENDEES|Attendees|IN ATTENDANCE|In [Aa]ttendance';
const LABEL_END = '(?:\\s?:|\\s(?=\\p{Lu}))';
// "... County Hall, Preston Present Mr E Booth (Chair) ...", "... Civic Offices, Reading Attended: ...": a list's label,
// a colon after it or a capital letter starting the list.
// "... Co. Wexford. Attendance: Councillors: Cllr. Andrew Bolger, ...": "Attendance" with its colon.
// "... at 7:17 PM. Roll Call: (Names of members present) ...": the names called, with the colon.
const FLATTENED_LABEL = new RegExp(`\\s(?:${PRESENT_LABELS}|MEMBERS|Members|ATTENDANCE(?=\\s?:)|Attendance(?=\\s?:)|ROLL CALL(?=\\s?:)|Roll [Cc]all(?=\\s?:))${LABEL_END}`, 'u');
// A line this long at the top is no title: a page flattened into one paragraph.
const FLATTENED_TITLE = 200;

/**
 * A line of the opening (a page count may stand above it) whose title runs on into the roster, as a page
 * flattened into one paragraph reads, is cut before the roster's label when the words before it name the
 * meeting and date it (or run long); the lists after the label are cut at theirs.
 */
function splitFlattenedOpening(content: Line[]): Line[] {
  return splitOpeningLine(content, (line) => {
    const m = FLATTENED_LABEL.exec(line.text);
    const title = m ? line.text.slice(0, m.index) : '';
    if (!m || !TITLE.test(title) || (line.text.length < FLATTENED_TITLE && findDates(title).length === 0)) return null;
    return [partOf(line, 0, m.index), ...splitRunOnLabels(splitFlattenedLists(partOf(line, m.index + 1, line.text.length)))];
  });
}

// The labels of the lists in a flattened roster: "Present Mr E Booth ... In Attendance Mr B Bailey ...".
const LIST_LABEL = new RegExp(`(?:${PRESENT_LABELS}|ALSO PRESENT|Also [Pp]resent|APOLOGIES|Apologies|MEMBERS(?=\\s?:)|Members(?=\\s?:))${LABEL_END}`, 'u');
const INNER_LIST_LABEL = new RegExp(`\\s(?=${LIST_LABEL.source})`, 'gu');

/**
 * The roster of a flattened page cut before each list's label; a label without its colon stands on a line of
 * its own, as a heading over its list.
 */
function splitFlattenedLists(line: Line): Line[] {
  const cuts = [...line.text.matchAll(INNER_LIST_LABEL)].map((m) => m.index + 1);
  return [0, ...cuts].flatMap((from, n) => {
    const part = partOf(line, from, n < cuts.length ? cuts[n]! - 1 : line.text.length);
    const label = LIST_LABEL.exec(part.text);
    const bare = label?.index === 0 && !label[0].includes(':') ? label[0].trimEnd().length : 0;
    return bare ? [partOf(part, 0, bare), partOf(part, bare, part.text.length)] : [part];
  });
}

// "Wednesday 9th of May 2018 Present: Mrs S. Lintern (Parish Council), ...": the label straight after the meeting's year.
const PRESENT_AFTER_YEAR = /(?<=\b(?:19|20)\d{2})\s+Present\s?:/;
// The lines read for it: the date line comes under a heading or two.
const OPENING_LINES = 3;

/** A line of the opening that runs on from the meeting's date into the list of those present is cut before the label. */
function splitAfterDateLine(content: Line[]): Line[] {
  return splitOpeningLine(content, (line) => {
    const m = line.text.includes('Present') ? PRESENT_AFTER_YEAR.exec(line.text) : null;
    return m ? [partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length)] : null;
  });
}

/** The first of the opening lines that `cut` parts, replaced by its parts; the content as it was when none is. */
function splitOpeningLine(content: Line[], cut: (line: Line) => Line[] | null): Line[] {
  let seen = 0;
  for (let at = 0; at < content.length && seen < OPENING_LINES; at++) {
    const line = content[at]!;
    if (line.blank || line.code) continue;
    seen++;
    const parts = cut(line);
    if (parts) return [...content.slice(0, at), ...parts, ...content.slice(at + 1)];
  }
  return content;
}

// "Chair: / Cllr Roger LawrenceMembers: / Cllr ...": a list's label run into the last word of the line before it,
// where a converter lost the line break (and the space) between two rows of a table ("AlsoPresent:" is one label).
// "Date: 10th September 2020Time: 9:30amVenue: Zoom", "Venue: The Cock Inn, Sibson.Attendance:Geoff Bingham": a form's
// cells run together, each label glued to the value before it (a small letter, a figure, or a word's full stop: not "2.Apologies:",
// an item's number).
const GLUED_LABEL =
  /(?<=\p{Ll})(?<!\bAlso)(?:Members|Officers|Officials|Apologies|Attendees|Present|Observers|Guests|Secretariat)\s?:|(?<=[\p{Ll}\d]|\p{Ll}\.)(?<!\b(?:Also|In|Start|End|Finish|Closing|Opening))(?:Attendance|Apologies|Time|Venue|Location)\s?:/u;
// Rosters stand near the top: the lines after these are not searched.
const GLUED_SEARCHED = 80;

const GLUED_LABELS = new RegExp(GLUED_LABEL.source, 'gu');

function splitGluedLabels(content: Line[]): Line[] {
  const gluedAt = (line: Line) => (!line.blank && !line.code && line.text.includes(':') ? GLUED_LABEL.exec(line.text)?.index : undefined);
  const first = content.slice(0, GLUED_SEARCHED).findIndex((line) => gluedAt(line) !== undefined);
  if (first === -1) return content;
  return content.flatMap((line, k) => {
    if (k < first || k >= GLUED_SEARCHED || gluedAt(line) === undefined) return [line];
    // Every label the line holds starts a line of its own; the cell's " / " before it goes with the cut.
    const cuts = [...line.text.matchAll(GLUED_LABELS)].map((m) => m.index);
    // ("Sibson.Attendance:": the full stop glued to the label ends the cell before it, and goes with the cut too.)
    const end = (at: number) => (line.text.charAt(at - 1) === '.' ? at - 1 : withoutCellMark(line.text, at));
    return [0, ...cuts].map((from, n) => partOf(line, from, n < cuts.length ? end(cuts[n]!) : line.text.length));
  });
}

// "Present:MembersPaul Reid,Linda Tully" / "OfficersNigel Harrison, ..." / "GuestJulie Hannan (Sport England)": a table's
// first column, naming each group, run into the names of its second, no colon or space between (the list's own label
// may stand before it).
const GLUED_GROUP = /^((?:Present|PRESENT|Attendees|ATTENDEES|Attendance|ATTENDANCE)\s?:\s?)?(Members|Officers|Officials|Guests?|Observers|Staff|Advisers|Advisors)(?=\p{Lu}\p{Ll})/u;

/** Each group's label glued to the first name after it, cut into a line of its own (as is the list's label before it). */
function splitGluedGroupLabels(content: Line[]): Line[] {
  const gluedAt = (line: Line) => (line.blank || line.code ? null : GLUED_GROUP.exec(line.text));
  if (!content.slice(0, GLUED_SEARCHED).some((line) => gluedAt(line) !== null)) return content;
  return content.flatMap((line, k) => {
    const m = k < GLUED_SEARCHED ? gluedAt(line) : null;
    if (!m) return [line];
    const label = m[1]?.length ?? 0;
    const parts = [partOf(line, label, m[0].length), partOf(line, m[0].length, line.text.length)];
    return label > 0 ? [partOf(line, 0, label), ...parts] : parts;
  });
}

/** Where the text before a cut ends, without the " / " a flattened table's cells were joined with. */
function withoutCellMark(text: string, at: number): number {
  const before = text.slice(0, at).trimEnd();
  return before.endsWith(' /') ? before.length - 2 : at;
}

// "Chairperson: Cr Jo Finch (Acme) Attendees: Sam Poe (Bolt), ... Apologies: Ann Lee (Acme)": the labels of
// several lists inside one paragraph, where a PDF converter joined the lines of the opening.
// "Present – Jo Finch (JF) Chair, ... Apologies – Ann Lee": a dash after each label in place of the colon.
// "Present: Cllr Jo Finch ... Also, in attendance: Sam Poe": the second label after a comma.
// "DIRECTORS PRESENT: ... DIRECTORS ABSENT, WITH REGRET: ... OTHERS PRESENT: ...": a word naming whose list it is may open the label.
// "Board Members Present: ... Board Members Excused: ... Board Members Not Present: ... Staff Present: ...": an American
// board's lists, each named with its group (cut once, before "Board": not again inside the label); "Guests present:" the
// same (cut before "Guests", not before its "present").
// "Facilitator: Lila Recorder: Robert Regrets: Jenn, Bob": a group's meeting roles on the line of its lists.
// ("... Lisa Barden Board Members Absent: ... Staff in Attendance: ...", "... Nathan Rosasco. Guests Present: ...": a flattened
// page's lists, the members' and the staff's in attendance, the guests present.)
const RUN_ON_LABEL = /(?<!\b(?:board|members|staff|not|guests?|visitors?))\s(?=(?:(?:board\s)?members\s(?:present|excused|absent|not\spresent|in\sattendance)|staff\s(?:present|in\sattendance)|(?:guests?|visitors?)\s(?:present|in\sattendance)|excused|(?:(?:members|directors|trustees|others|councillors|commissioners|supervisors|governors)\s)?(?:chair(?:person|man)?|present|attendees|apologies(?: for absence)?|regrets|guests?|also,?\sin attendance|in attendance|also present|absent(?:,?\swith\sregrets?)?|officers|officials|secretariat|staff|minute taker|note[\s-]?taker|facilitator|recorder))(?:\s?:|\s[–—-]\s))/gi;

// ("Also present:", "Directors present:": the label's second word matches again inside it.)
const isLabelWord = (text: string) => /^(?:also,?|members|directors|trustees|others|councillors|commissioners|supervisors|governors)$/i.test(text);

const RUN_ON_LABEL_FIRST = /^(?:present|attendees|in attendance|roll[\s-]call)(?:\s?:|\s[–—-]\s)/i;

/**
 * A line of the opening that holds two list labels or more is cut before each of them. A numbered line
 * ("1. Present: ... In attendance: Floss") is an item, its lists read with it.
 */
function splitRunOnLabels(content: Line[]): Line[] {
  return content.flatMap((line, k) => {
    if (k >= GLUED_SEARCHED || line.blank || line.code || !(line.text.includes(':') || line.text.includes(' – ')) || isDigitAt(line.text, 0)) return [line];
    // "Also present:": the label's second word matches again inside it, and starts no list there.
    const listCuts = [...line.text.matchAll(RUN_ON_LABEL)].map((m) => m.index! + 1).filter((at, k, all) => k === 0 || !isLabelWord(line.text.slice(all[k - 1]!, at - 1)));
    // "Present – A, B Apologies – C": a line that opens with a label needs one more inside it ("Present: A - Chairman: B, C"
    // marks the chair inside the list).
    const opened = RUN_ON_LABEL_FIRST.test(line.text) && !(listCuts.length === 1 && /^chair/i.test(line.text.slice(listCuts[0]!)));
    // A line opened by its label is cut at a group's label too ("Present: Jo Finch (Chairman); Committee members: Sam Poe, ...").
    const cuts = opened
      ? withGroupLabels(line.text, [0, ...listCuts]).filter((cut) => cut > 0)
      : listCuts.length === 1 && isTitledList(line.text.slice(0, listCuts[0]! - 1))
        ? listCuts
        : listCuts.length < 2
          ? []
          : withGroupLabels(line.text, listCuts);
    if (cuts.length === 0) return [line];
    const parts = [0, ...cuts].map((from, n) => partOf(line, from, n < cuts.length ? withoutCellMark(line.text, cuts[n]! - 1) : line.text.length));
    // "PRESENT:        ABSENT:": the captions of two lists side by side, their names in the rows below (read as columns).
    return parts.every(isBareLabel) ? [line] : parts;
  });
}

// Names a list of those present holds at least, written one after another with commas.
const TITLED_LIST_COMMAS = 2;

/**
 * "Mr Ian Roe (Chair), Ms Ann Lee, Dr Bo Hale and Ms Cy Moss Apologies: Prof Di Fay, ...": a list of titled names before the
 * one label inside the line; the label of this first list was lost (a web page's heading dropped by the converter), and the
 * next list's label runs on inside it.
 */
function isTitledList(text: string): boolean {
  const entries = text.split(',');
  return entries.length > TITLED_LIST_COMMAS && splitPersonName(entries[0]!).honorific !== null && /\s\p{Lu}/u.test(entries[0]!);
}

/** "ABSENT:": a list's label with no names after it. */
function isBareLabel(part: Line): boolean {
  const heading = readRosterHeading(part.text.trim(), true);
  return heading !== null && heading.rest === '' && !heading.chair;
}

// "... Bob Muid. Visiting Members: Pat Witt, ...", "(DT) Directors: ...": a group's label inside the run-on lists,
// capitalised words naming a plural and a colon ("Ann Lee: Treasurer" names one person).
const GROUP_LABEL = /\s(?=(?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}\p{Ll}+s:\s)/gu;
// "Committee members:", "Parish councillors:": a body's word, then its members' plural in lower case.
const MEMBERS_LABEL = /\s(?=\p{Lu}\p{Ll}{1,30} (?:members|councillors|representatives|officers|governors|trustees|directors):\s)/gu;

// "PRESENT: Ratepayer Members: Mr Barker ...": one word saying which kind of member, straight after a list's label.
const KIND_OF_MEMBERS = /^\p{Lu}[\p{Ll}-]+ Members:/u;

/** Whether the group's label at `at` is a kind of member ("Ratepayer Members:") right after another label's colon. */
const kindOfMembersAfterLabel = (text: string, at: number) => text.charAt(at - 2) === ':' && KIND_OF_MEMBERS.test(text.slice(at));

/**
 * The list labels' cuts, with a cut before each group's label among them. A label's first words start
 * after a full stop, comma or bracket ("Dawn Elms. CMT Representatives:"); with none there, the label is
 * its last word ("Donna Smith: SU CEO Apologies:"), as "Invited Guests:" after a name is cut before "Guests".
 */
function withGroupLabels(text: string, listCuts: number[]): number[] {
  const starts = new Map<number, number>();
  // "Bo Chan Regrets: Cy Dunn": a list's own label ends there, cut at its word, not at the name before it.
  const listEnds = new Set(listCuts.map((cut) => text.indexOf(':', cut)));
  for (const m of [...text.matchAll(GROUP_LABEL), ...text.matchAll(MEMBERS_LABEL)]) {
    // Only among the lists: "7. Infrastructure Priorities: ..." in an agenda before them is no group.
    if (m.index! <= listCuts[0]!) continue;
    const end = text.indexOf(':', m.index!);
    if (listEnds.has(end)) continue;
    const taken = starts.get(end);
    if (taken === undefined || !(/[.,;)]$/.test(text.slice(0, taken - 1)) || kindOfMembersAfterLabel(text, taken))) starts.set(end, m.index! + 1);
  }
  const inside = (cut: number) => [...starts].some(([end, at]) => cut > at && cut < end);
  return [...new Set([...listCuts.filter((c) => !inside(c)), ...starts.values()])].sort((a, b) => a - b);
}

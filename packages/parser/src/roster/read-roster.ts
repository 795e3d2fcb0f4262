import type { Attendance, Attendee } from '@lsmp/model';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { splitTopLevel } from '../text/clean.js';
import { sharedSurname } from './shared-surname.js';
import { SENTENCE_STOP, initialsOf, looksLikeInitials, looksLikePersonName, splitPersonName, surnameOf } from '../text/names.js';
import { type RosterHeading, readRosterHeading, representedBody } from './headings.js';
import { type Description, describe, isChairWord, readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';
import { pluralPostOf } from './plural-post.js';
import { namesNotThere, resolvedApologyNames, splitTrailingAbsence } from './apologies-sentence.js';
import { readGivenNameAmongEntries, readGivenNameLines, readGivenNames } from './first-names.js';
import { readInitialledGivenName } from './initialled-given-name.js';
import { readHandleLines } from './handle-names.js';
import { readChatNickSection } from './chat-nicks.js';
import { splitSideFields } from './side-fields.js';
import { cellsOf, hasCellBreak, parseEntry, parseRowEntry, type RosterEntry, standInEntry, standsBesideLostCell, withoutBullet } from './parse-entry.js';
import { isChairPart, isPluralTitle, readPluralTitle, readTitledList, splitDescriptionBeforePerson, withoutTrailingAnd } from './run-on-marks.js';
import { readSurnameRoll } from './surname-roll.js';
import { listsRepresentedAbsences, readRepresentedAbsences } from './represented-absences.js';
import { type PairedCaptions, pairedCells, readPairedCaptions, splitPairs } from './paired-captions.js';
import { splitAttendanceAndApologies } from './attendance-and-apologies.js';
import { withSurnamesLast } from './surname-first.js';
import { withStackedRollCallRows } from './stacked-roll-call.js';
import { coupleBeforeSurname, cutAtMargin, endsMidName, endsMidPhrase, givenNameAlone, givenNameOverSurname, isBracketAlone, isUnclosedBracket, joinCutLine, joinWrappedLines, MAX_WRAPPED_LINES } from './wrapped.js';
import { readTitleSeparated } from './title-separated.js';
import { readNamesBeforePosts } from './names-before-posts.js';
import { readInitialSeparated } from './initial-separated.js';
import { splitAtMemberGroups, splitAtSides } from './member-groups.js';
import { listsOfNames, takeOutInlineListLabels } from './inline-list-labels.js';
import { readPostsRunTogether, readTwoColumnRow } from './posts-run-together.js';
import { groupMarksAsOrganisation } from './group-marks.js';
import { namesInColumns } from './names-in-columns.js';
import { readNamePostPairs } from './name-post-pairs.js';
import { withoutRepeatedEntries } from './repeated-entries.js';
import { foldChairField } from './chair-field.js';
import { readPostBeforeName, splitAfterWrappedTail, splitAtBracketedInitials, splitAtDashedInitials } from './initials-run.js';
import { personByInitials, readInitialsList } from './initials-list.js';
import { readInitialsRow } from './initials-row.js';
import { zipStackedHeadings } from './stacked-headings.js';
import { twoSpaceCells, withGapsAfterCommasClosed } from './two-space-cells.js';
import { rowsOfInitialledNames, withInitialsBracketSpaced } from './initialled-columns.js';
import { nameBeforeBodyCells } from './name-before-body.js';
import { withCaptionedRowsParted } from './spaced-caption-table.js';
import { slashTableCells } from './slash-row.js';
import { readsAsDescriptionCell, readStackedCells } from './stacked-cells.js';
import { COLUMN_CAPTION, cellsInColumns, describeByColumns, describesByColumns, fillsColumns, readCaptionRow } from './caption-row.js';
import { readGroupedByCapitals } from './grouped-by-capitals.js';
import { NOT_A_PERSON, runOnParts, isRunOn, namesPersonWithBracket, lastBracketOf, hasHonorific, hasDescription } from './run-on-parts.js';
import { ORGANISATION_KEY, isOrganisationFirstTable, isOrganisationKey, readDashKey } from './organisation-keys.js';
import { namesBodyByWords } from '../text/body-words.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { unglueRow } from './glued-rows.js';
import { readCheckBoxes } from './check-boxes.js';
import { repeatsCaption } from './repeated-captions.js';
import { readColumnRuns } from './column-runs.js';
import { foldFieldPeople } from './field-people.js';
import { readSlashList, slashListGoesOn } from './slash-list.js';
import { withoutFootnoteStars } from './footnote-stars.js';

/** A roster list: its heading and the lines under it. */
export interface RosterSection {
  heading: RosterHeading;
  headingLine: Line | null;
  lines: Line[];
  /** "### V8" under "## Present": the group the people listed belong to. */
  group?: string;
}

interface Placed {
  entry: RosterEntry;
  line: Line;
}

const SINGLE_CHAIR = /^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson)\s*:?$/i;

/** Reads every roster section into attendees, reporting lines it cannot read. */
export function readRoster(sections: RosterSection[], ctx: Context): Attendee[] {
  const attendees: Attendee[] = [];
  const columnInitials = new Set<Attendee>();
  // Those present so far by name, for a chair or scribe named again under the chat tool's labels.
  const presentByName = new Map<string, Attendee>();
  let list: RosterHeading = { attendance: 'present', chair: false, label: '', rest: '' };
  // The roster so far lists someone by their initials alone ("Attendees: RW, HJ, SJ").
  let byInitials = false;
  const all = splitSideFields(zipStackedHeadings(sections.map(withoutFootnoteStars)).flatMap(splitInnerList).map(foldWrappedRest).flatMap(splitAttendanceAndApologies));
  const runs = readFlattenedColumns(all);
  for (const section of all) {
    // "| Attendees | Organisation |": a table's header names its columns, no one.
    const captions = cellsOf(section.heading.rest).every((c) => COLUMN_CAPTION.test(c));
    // "Apologies: JJ, PT." under a list of members by their initials alone: one or two initials are people too.
    const fewInitials = byInitials ? readSectionInitials(section) : null;
    // "Present" over "Chuck, krisanne, Lionel_Wolberger": the chat names a meeting bot's minutes list.
    const nicks = fewInitials ? null : readChatNickSection(section, presentByName);
    const inline = section.heading.rest && section.headingLine && !captions && !fewInitials && !nicks ? readHeadingRest(section.heading, section.headingLine, ctx, section.lines) : [];
    // "Chair: Cllr Ada Finch" inside a list: the lines after it belong to that list again, not to more chairs.
    const linesHeading = section.heading.chair && inline.length > 0 ? { ...list, chair: false } : section.heading;
    // "Chair" alone over "Richard Barnes" / "Deputy Mayor", then rows of initials: the initials column's first cell,
    // so only the first person under it is the chair (a singular "Chair" heads one person).
    const oneChair = section.heading.chair && inline.length === 0 && SINGLE_CHAIR.test(section.heading.label);
    const ticks = readCheckBoxes(section.lines);
    // "Members Absent With Representation:" over "Brooks, M.A. Seville; ...": each absent member and who sat for them.
    const represented = listsRepresentedAbsences(section.heading.label) ? readRepresentedSection(section) : null;
    const columns = runs.get(section);
    const own = fewInitials ?? nicks ?? represented ?? (columns && section.headingLine ? columns.map((entry) => ({ entry, line: section.headingLine! })) : null);
    const placed = own ? own.map((p) => ({ ...p, heading: section.heading })) : [
      ...inline.map((p) => ({ ...p, heading: section.heading })),
      ...readLines(ticks.lines, ctx).map((p, k) => {
        if (ticks.unticked.has(p.line.index)) p.entry.description = { ...p.entry.description, listMark: 'apologies' };
        // The chair's row: "Chair" stood where the initials do (the minutes may still call the chair by them).
        if (oneChair && k === 0 && !p.entry.initials) p.entry.chairColumn = true;
        return { ...p, heading: oneChair && k > 0 ? { ...section.heading, chair: false } : linesHeading };
      }),
    ];
    // "Deputy Chairperson" over "Alex Johnston", "Liaison Councillor" over "Linda Cooper, JP": a caption naming a post over
    // the one person under it is that person's post (as "Deputy Chairperson: Alex Johnston" is on one line).
    const holder = placed.length === 1 && inline.length === 0 && !own ? placed[0]!.entry : null;
    if (holder && !section.heading.chair && section.heading.attendance === 'present' && !holder.description.role && !holder.description.organisation) {
      const post = section.heading.label.replace(/:$/, '');
      if (readsAsPost(post) && !isPluralTitle(post)) holder.description = { ...holder.description, role: post };
    }
    // "Commission represented by:": the heading names the body its people came for; a unit written after a name
    // ("Mr Ann Lee, SG.B.2") is then the person's place in that body.
    const delegation = representedBody(section.heading.label);
    const group = section.group || delegation;
    for (const { entry, line, heading } of placed) {
      const d = entry.description;
      if (delegation && d.organisation && !d.role) entry.description = { ...d, role: d.organisation, organisation: delegation };
      else if (group && !d.organisation) entry.description = { ...d, organisation: group };
      const attendee = toAttendee(entry, line, heading, attendees.length, ctx);
      attendees.push(attendee);
      if (attendee.attendance === 'present' && !presentByName.has(attendee.name.toLowerCase())) presentByName.set(attendee.name.toLowerCase(), attendee);
      if (attendee.initials !== null && attendee.name === attendee.initials) byInitials = true;
      if (entry.initialsColumn) columnInitials.add(attendee);
      const standIn = entry.description.standIn;
      // "Cllr Tom Reedbank (represented by Kay Lund)": Kay Lund was there, for him.
      if (standIn) {
        // "Members present: Ballard (represented by Dr. Fedynich)": the member named on a list of those present was away.
        if (attendee.attendance === 'present') attendee.attendance = 'apologies';
        attendees.push(toAttendee(standInEntry(standIn, entry.name), line, STOOD_IN, attendees.length, ctx));
      }
    }
    if (!section.heading.chair) list = { ...section.heading, rest: '' };
  }
  const folded = foldFieldPeople(foldChairField(withoutRepeatedEntries(attendees)));
  groupMarksAsOrganisation(folded, columnInitials);
  markDuplicateInitials(folded, ctx);
  return onlyListIsPresent(withoutMarkedAbsentees(folded));
}

/** Lists written on their label's line alone, read as a names run then a posts run where they read so (see column-runs). */
function readFlattenedColumns(sections: RosterSection[]): Map<RosterSection, RosterEntry[]> {
  const lists = sections.filter((s) => s.heading.rest !== '' && s.headingLine !== null && s.lines.every((l) => l.blank) && !s.heading.chair);
  const out = new Map<RosterSection, RosterEntry[]>();
  // ("Apologies: Ann Lee Bo Reed In attendance Cy Moss Chief Executive Di Hale Finance Director": a list whose people each
  // have their post after them is no posts column for the names of the lists before it; the runs are read on either side.)
  let run: RosterSection[] = [];
  for (const s of [...lists, null]) {
    if (s && readNamesBeforePosts(s.heading.rest) === null) {
      run.push(s);
      continue;
    }
    if (run.length > 0) for (const [key, entries] of readColumnRuns(run.map((r) => ({ key: r, text: r.heading.rest })))) out.set(key, entries);
    run = [];
  }
  return out;
}

/** A list whose every line (and the heading's rest) is initials alone, read as people; null where any is not. */
function readSectionInitials(section: RosterSection): Placed[] | null {
  const written = [
    ...(section.heading.rest && section.headingLine ? [{ text: section.heading.rest, line: section.headingLine }] : []),
    ...section.lines.filter((l) => !l.blank).map((l) => ({ text: l.text, line: l })),
  ];
  if (written.length === 0) return null;
  const placed: Placed[] = [];
  for (const { text, line } of written) {
    const entries = readInitialsList(text, 1);
    if (!entries) return null;
    for (const entry of entries) placed.push({ entry, line });
  }
  return placed;
}

/** The absent members with their stand-ins, from the heading's rest or the lines under it (one paragraph). */
function readRepresentedSection(section: RosterSection): Placed[] | null {
  const lines = section.lines.filter((l) => !l.blank);
  const line = section.headingLine && section.heading.rest ? section.headingLine : lines[0];
  if (!line) return null;
  const text = [section.heading.rest, ...lines.map((l) => l.text)].filter(Boolean).join(' ');
  return readRepresentedAbsences(text)?.map((entry) => ({ entry, line })) ?? null;
}

/** "Members: ... Jo Finch (ab)" and "Apologies: Jo Finch": the member marked absent is the apologies list's entry. */
function withoutMarkedAbsentees(attendees: Attendee[]): Attendee[] {
  const marked = attendees.filter((a) => a.attendance === 'apologies' && a.list !== null && !/^apolog|^absent/i.test(a.list));
  if (marked.length === 0) return attendees;
  const markedOnes = new Set(marked);
  const lastName = (a: Attendee) => surnameOf(a.name).toLowerCase();
  const listed = new Set(attendees.filter((a) => a.attendance === 'apologies' && !markedOnes.has(a)).map(lastName));
  return attendees.filter((a) => !markedOnes.has(a) || !listed.has(lastName(a)));
}

/** "In attendance: A, B" as the only list of people there (no "Present" list): they are those present ("In at endance", its "tt" ligature lost, too). */
function onlyListIsPresent(attendees: Attendee[]): Attendee[] {
  // Beside a list of those present, one marked chair on the "In attendance" list chaired nothing (see toAttendee).
  if (attendees.some((a) => a.attendance === 'present')) return attendees.map((a) => (a.chair && isInAttendanceList(a) ? { ...a, chair: false } : a));
  // "IN ATTENDANCE: Nick Barnett (Chair), ...": once they are those present, the one marked chair chaired.
  const chaired = attendees.some((a) => a.chair);
  return attendees.map((a) => {
    if (!isInAttendanceList(a)) return a;
    // ("Zander Lavall: SU President (Chair)": the chair marked after a post keeps the post.)
    if (a.chair) return { ...a, attendance: 'present', role: a.role !== null && isChairWord(a.role) ? null : a.role };
    return !chaired && a.role !== null && isChairWord(a.role) ? { ...a, attendance: 'present', chair: true, role: null } : { ...a, attendance: 'present' };
  });
}

const IN_ATTENDANCE_LABEL = /^in at\s?t?endance$/i;
const isInAttendanceList = (a: Attendee) => a.attendance === 'in-attendance' && a.list !== null && IN_ATTENDANCE_LABEL.test(a.list);

// "... Mrs N Hale (Clerk) ALSO Cllr M Reed (NCC)", "... In attendance: ...": a second list run on after the first, on the same line.
// "... & Mr J Foulkes (Clerk). Also: County Councillor, Mr B Owen.": "Also:" alone, after the stop that ends the first list.
const INNER_ALSO = /\s(?:ALSO|Also (?:present|in attendance):?|In attendance:|(?<=[.;]\s)Also:)\s+(?=\S)/;

// "... and the clerk A. Brown. There were apologies from Councillors P. Critchard, ...": the apologies in a sentence after the list;
// "Ada Finch, Ben Rook   Apologies: Cal Dunn": their label after the names.
// "... Prof D Wills Apologies for absence were received from Mr T Baker": the sentence run on with no stop before it.
const INNER_APOLOGIES = /\.\s+(?:there\s+were\s+apologies|apologies(?:\s+for\s+absence)?\s+(?:were\s+)?(?:received|given|sent|tendered))\s+from\s+(?=\S)|(?<=\S)\s+apologies(?:\s+for\s+absence)?(?::|\s+were\s+(?:received|given|sent|tendered)\s+from)\s*(?=\S)/i;

/**
 * "Director of Finance (Mr. P. Hale), Administrative Officer, Corporate" / "" / "Services (Ms. T. Rowe), ... (Ms. M. Dunn).":
 * one sentence listing everyone, which a PDF conversion wrote a line a paragraph: every line a run of several
 * entries, only the last ending the sentence. The lines joined, as one.
 */
function oneSpacedSentence(lines: Line[]): Line | null {
  const content = lines.filter((l) => !l.blank);
  if (content.length < 2 || content.length > MAX_WRAPPED_LINES + 2 || !content[content.length - 1]!.text.endsWith('.')) return null;
  for (let k = 0; k < content.length; k++) {
    const { text, index } = content[k]!;
    if (!text.includes(', ') || (k > 0 && index !== content[k - 1]!.index + 2) || (k < content.length - 1 && /[.;:)]$/.test(text))) return null;
  }
  // The line breaks become spaces in `raw`, so that positions still run to the end of the last line.
  let joined = content[0]!;
  for (const line of content.slice(1)) joined = { ...joined, text: `${joined.text} ${line.text}`, raw: joined.raw + ' '.repeat(line.start - joined.end) + line.raw, end: line.end, index: line.index };
  return joined;
}

/** A heading's list that runs on into "ALSO ..." or into a sentence of apologies: a section for each list. */
function splitInnerList(section: RosterSection): RosterSection[] {
  const sections = splitInner(section, 'present', INNER_ALSO, { attendance: 'in-attendance', chair: false, label: 'Also present', rest: '' }).flatMap(splitInnerAlsoLine);
  const last = sections[sections.length - 1]!;
  if (!last.heading.rest.includes('pologies')) return sections;
  return [...sections.slice(0, -1), ...splitInner(last, last.heading.attendance, INNER_APOLOGIES, { attendance: 'apologies', chair: false, label: 'Apologies', rest: '' })];
}

/**
 * "1 Present" over the one line "Councillors Mr A Finch (Chair), ... & Mr J Roe (Clerk). Also: County Councillor, Mr B Owen.":
 * the line cut where the second list starts, that list a section of its own.
 */
function splitInnerAlsoLine(section: RosterSection): RosterSection[] {
  if (section.heading.attendance !== 'present' || section.heading.rest !== '') return [section];
  const filled = section.lines.filter((l) => !l.blank);
  const line = filled.length === 1 ? filled[0]! : null;
  const at = line ? INNER_ALSO.exec(line.text) : null;
  if (!line || !at) return [section];
  const also: RosterHeading = { attendance: 'in-attendance', chair: false, label: 'Also present', rest: '' };
  return [{ ...section, lines: [partOf(line, 0, at.index)] }, { heading: also, headingLine: null, lines: [partOf(line, at.index + at[0].length, line.text.length)] }];
}

/** A present list's section cut where `inner` finds a second list: the second's heading `then`, with the lines below. */
function splitInner(section: RosterSection, attendance: RosterHeading['attendance'], inner: RegExp, then: RosterHeading): RosterSection[] {
  const at = section.heading.attendance === attendance && (attendance === 'present' || attendance === 'in-attendance') ? inner.exec(section.heading.rest) : null;
  if (!at) return [section];
  const second: RosterHeading = { ...then, rest: section.heading.rest.slice(at.index + at[0].length) };
  return [{ ...section, heading: { ...section.heading, rest: section.heading.rest.slice(0, at.index) }, lines: [] }, { heading: second, headingLine: section.headingLine, lines: section.lines }];
}

/**
 * The heading's list wrapped onto the lines below it: cut mid-name or mid-phrase ("Present: A Collins, C Anderson, F" /
 * "Eglington, G Gillett", "... three members of the" / "public"), it goes on line by line; cut at a comma ("Members Present:
 * Enrique, Katie, Pat," / "Phil Stewart, Hunter"), it takes the one line after the heading when that is no bullet or label of its own.
 */
function foldWrappedRest(section: RosterSection): RosterSection {
  let { rest } = section.heading;
  let at = 0;
  let last = section.headingLine;
  const goesOn = () => section.lines[at] && !section.lines[at]!.blank && last && section.lines[at]!.index === last.index + 1;
  const cutInName = () => last !== null && cutAtMargin(rest, last) && !section.lines[at]!.text.includes(':') && !startsWithBullet(section.lines[at]!.text);
  // "Those present were: Chairman Jo Finch, Vice-Chairman Larry" / "Young, Commissioner ...": the line below opens with the
  // surname the page width cut off, one word before a comma (or the list's full stop).
  const surnameBelow = () => {
    const below = section.lines[at]!.text;
    const cut = rest.includes(',') && NAME_WORD.test(rest.slice(rest.lastIndexOf(' ') + 1)) ? SURNAME_FIRST.exec(below) : null;
    // ("Apologies, none": a list's label opens the line, no surname.)
    return cut !== null && readRosterHeading(cut[1]!, false) === null;
  };
  // "Present: Ms Jo Finch (Environmental Health Officer," / "" / "Larchford Borough Council)": the bracket's end after a blank line.
  const bracketAfterBlank = () => section.lines[at]?.blank === true && closesBracket(section.lines[at + 1]?.text ?? '') && rest.lastIndexOf('(') > rest.lastIndexOf(')');
  // "Members Present:     Ann Pole, Ben Gray" / "" / "                    and Cal Hart.": the list's last name, indented after a blank line.
  const lastNameAfterBlank = () => section.lines[at]?.blank === true && LAST_NAME_INDENTED.test(section.lines[at + 1]?.raw ?? '') && rest.includes(', ') && !/[.;:]$/.test(rest);
  // "IN ATTENDANCE:      Ann Hale (Clerk), Ben" / "                    Rowe (Planner), ...": lines under the list's first, at its column.
  const column = section.headingLine && rest ? section.headingLine.raw.indexOf(rest.slice(0, 12)) : -1;
  // (Only a line that reached the margin goes on: "Present:      Ada Finch (Chair)" / "      Tom Reed" is a column, a name a line;
  // and no row of cells: "In attendance   Jo Finch   Director, Acme" / "   Sam Poe   Policy Manager" is a table, a person a row.)
  const hangs = () => column >= 8 && section.lines[at]!.indent === column && last !== null && last.raw.length >= 72 && rest.includes(', ') && !hasCellBreak(section.lines[at]!.text);
  while (rest && at < MAX_FOLDED_LINES) {
    const lastName = lastNameAfterBlank();
    if (bracketAfterBlank() || lastName) last = section.lines[at++]!;
    // ("Dean" over "Baulch (Acting Manager)": the next person's given name, broken from the surname as the list's first was.)
    const opensNext = givenNameAlone(section.lines[at]?.text ?? '', section.lines[at + 1]?.text ?? '');
    if (!goesOn() || opensNext || !(lastName || endsMidName(rest) || givenNameOverSurname(rest, section.lines[at]!.text) || coupleBeforeSurname(rest, section.lines[at]!.text) || (endsMidPhrase(rest) && !rest.endsWith(',')) || cutInName() || hangs() || surnameBelow() || slashListGoesOn(rest, section.lines[at]!.text))) break;
    last = section.lines[at]!;
    rest = joinCutLine(rest, last.text);
    at++;
  }
  const next = section.lines[at];
  if (at === 0 && rest.endsWith(',') && goesOn() && !startsWithBullet(next!.text) && !next!.text.includes(':')) {
    rest = joinCutLine(rest, next!.text);
    at++;
  }
  return at === 0 ? section : { ...section, heading: { ...section.heading, rest }, lines: section.lines.slice(at) };
}

// "                    and Cal Hart.": a list's last name under its first line's column, after "and".
const LAST_NAME_INDENTED = /^\s{8,}and\s\p{Lu}/u;

// "; and" / ", and" closing a list line: the conjunction before the list's last entry, on the next line.
const LAST_LIST_AND = /[;,]\s(?:and|&)$/;

/** "board member; and" -> "board member": the conjunction closing a list line is no part of the post before it. */
function withoutLastListAnd(d: RosterEntry['description']): RosterEntry['description'] {
  const trim = (v: string | null) => (v !== null && LAST_LIST_AND.test(v) ? v.replace(LAST_LIST_AND, '').trim() : v);
  return { ...d, role: trim(d.role), organisation: trim(d.organisation) };
}

// A heading's list goes on over more lines than one entry may ("IN ATTENDANCE: A (Post), B (Post), ..." under a hanging
// indent, six lines of a council's staff): still a bound, so the folding stays linear.
const MAX_FOLDED_LINES = 2 * MAX_WRAPPED_LINES;
// A list line that stops on a capitalised word (after a post or given name), and a line that opens with one word then a comma or stop.
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const SURNAME_FIRST = /^(\p{Lu}[\p{Ll}'’-]+)(?:,\s|\.?$)/u;

/** "Larchford Borough Council)": a line that closes a bracket and opens none. */
const closesBracket = (text: string): boolean => text.endsWith(')') && !text.includes('(');

// "@afinch", "* @afinch": a code host's handle alone in a cell.
const HANDLE_CELL = /^@[\w-]+$/;

/** "* @afinch   Ada Finch": the handle in a cell of its own before the name says whose line it is, no organisation. */
function withoutHandleCell(cells: readonly string[]): readonly string[] {
  return cells.length === 2 && HANDLE_CELL.test(withoutBullet(cells[0]!).trim()) ? [cells[1]!] : cells;
}

function readLines(lines: Line[], ctx: Context): Placed[] {
  const sentence = oneSpacedSentence(lines);
  if (sentence) return readRunOn(sentence.text, sentence, ctx);
  // "... Clerical Officer, (Ms. L. Moloney)." then the minutes' opening sentences, taken in with the list: the list's
  // sentence read as one, the lines after it as any.
  const end = lines.findIndex((l) => !l.blank && l.text.endsWith('.'));
  const head = end > 0 && end < lines.length - 1 ? oneSpacedSentence(lines.slice(0, end + 1)) : null;
  if (head) return [...readRunOn(head.text, head, ctx), ...readListLines(lines.slice(end + 1), ctx)];
  return readListLines(lines, ctx);
}

// Rows of two bare names enough to say the list is laid out two people a row, where nothing marks one as a person.
const MIN_NAME_PAIR_ROWS = 5;

/**
 * "Adrienne Airlie      Bill Lockwood" / "Rod Ashley      Frank Manson" / ...: at least five rows of two cells that each
 * read as a person's name and nothing else, every second cell a different name (a column of organisations repeats them,
 * "Mick Hickey | Jobcentre Plus" / "Ann Lowe | Jobcentre Plus"), and no fewer than two thirds of the list's two-cell rows.
 */
function rowsOfTwoNames(content: readonly Line[]): boolean {
  const pairs = content.map((l) => cellsOf(l.text)).filter((cells) => cells.length === 2);
  const named = pairs.filter((cells) => namesInColumns(cells, true) && cells.every((c) => !readsAsBody(c)));
  if (named.length < MIN_NAME_PAIR_ROWS || named.length * 3 < pairs.length * 2) return false;
  return new Set(named.map((cells) => cells[1]!.toLowerCase())).size === named.length;
}

function readListLines(lines: Line[], ctx: Context): Placed[] {
  const content = nameBeforeBodyCells(withCaptionedRowsParted(joinWrappedLines(withSurnamesLast(slashTableCells(withStackedRollCallRows(lines).filter((l) => !l.blank)).map(withGapsAfterCommasClosed).map(twoSpaceCells).map(withInitialsBracketSpaced)))));
  const blankBefore = new Set(lines.filter((l, k) => k > 0 && lines[k - 1]!.blank && !l.blank).map((l) => l.index));
  const columns = readColumnBlock(content);
  if (columns) return columns;
  const givenNames = readGivenNameLines(content.map((l) => l.text));
  if (givenNames) return givenNames.map((entry, k) => ({ entry, line: content[k]! }));
  const handles = readHandleLines(content.map((l) => l.text));
  if (handles) return handles.map((entry, k) => ({ entry, line: content[k]! }));
  const stacked = readStackedCells(lines);
  if (stacked) return stacked;
  const placed: Placed[] = [];
  const organisationFirst = isOrganisationFirstTable(content);
  const captions = readCaptionRow(content.map((l) => l.text));
  const byColumns = captions !== null && describesByColumns(captions);
  // Columns the name is not read from: the initials, how people took part, and the description when its columns say which part is which.
  const apart = captions ? [captions.initials, captions.substitute, captions.attendance, ...captions.modes, ...(byColumns ? [captions.organisation, captions.role] : [])] : [];
  // A row read as people side by side ("Jane Roe (GLA)      Sam Poe (Home Office)"): the rows below may be too.
  // (Names two to a row, one marked as only a name is ("Ruth Carnall CBE"): the list's rows of two bare names above it too.)
  // (Or many rows of two bare names, each written once: "Adrienne Airlie      Bill Lockwood", a PDF's two columns of members.)
  // (Or two rows or more of names each with its own initials: "David Rudkin (DR)      Robert Kaltenborn (RK)".)
  let peopleRows = content.some((l) => namesInColumns(cellsOf(l.text), false)) || rowsOfTwoNames(content) || rowsOfInitialledNames(content);
  const loneRunOn = loneRunOnBullet(content);
  // Under "Court Members | Court Members": each cell a person.
  let personPerCell = false;
  // Under "Name | Type of Governor | Name | Type of Governor": two people a row.
  let pairs: PairedCaptions | null = null;
  for (let at = 0; at < content.length; at++) {
    const line = content[at]!;
    const paired = readPairedCaptions(line.text);
    if (paired) {
      pairs = paired;
      continue;
    }
    const inPairs = pairs ? splitPairs(pairedCells(line.text, pairs))?.map((pair) => parseEntry(pair)) : null;
    if (inPairs?.every(Boolean)) {
      for (const entry of inPairs) {
        // "Parent", "Co-opted" under "Type of Governor": the kind of governor, a role, though one word reads as a body.
        const d = entry!.description;
        if (pairs!.role && d.organisation && !d.role) entry!.description = { ...d, role: d.organisation, organisation: null };
        placed.push({ entry: entry!, line });
      }
      continue;
    }
    const cells = captions === null ? withoutHandleCell(cellsOf(line.text)) : cellsOf(line.text);
    // "Ann Hale, President Cara Lind, Manager": a two-column table's row, a person from each column.
    const twoColumn = cells.length === 1 && captions === null ? readTwoColumnRow(cells[0]!) : null;
    if (twoColumn) {
      for (const entry of twoColumn) placed.push({ entry, line });
      continue;
    }
    // "David GrantChairPenny Coburn": a table's row whose cells ran together, read as the list it is.
    const unglued = cells.length === 1 && captions === null ? unglueRow(cells[0]!) : null;
    if (unglued) {
      placed.push(...readRunOn(unglued, line, ctx));
      continue;
    }
    if (repeatsCaption(cells)) {
      personPerCell = true;
      continue;
    }
    // "Tom Finch was absent.", "Jo Finch had sent her apologies." under the list of those present: the names of those who were not.
    // "That the apology from Councillors Lee and Moss be accepted.": the resolution under the apologies heading names them
    // ("An apology was received from Councillor Moss." under those in attendance: apologies still).
    const notThere = cells.length === 1 ? namesNotThere(cells[0]!) || resolvedApologyNames(cells[0]!) : null;
    if (notThere) {
      for (const p of readRunOn(notThere, line, ctx)) placed.push(withListMark(p, 'apologies'));
      continue;
    }
    const perCell = personPerCell && cells.length >= 2 ? cells.map((c) => parseEntry([c])) : null;
    if (perCell?.every(Boolean)) {
      for (const entry of perCell) placed.push({ entry: entry!, line });
      continue;
    }
    const underCaptions = captions !== null && at > captions.at;
    const columns = underCaptions ? cellsInColumns(line.raw, cells, captions.width) : cells;
    if (underCaptions && (captions.initials !== -1 || captions.substitute !== -1 || captions.attendance !== -1 || captions.modes.length > 0 || byColumns) && fillsColumns(columns.length, captions)) {
      const entry = parseEntry(columns.filter((c, k) => c !== '' && !apart.includes(k)));
      if (entry) {
        if (captions.substitute !== -1 && columns[captions.substitute]) entry.description = { ...entry.description, substituteFor: columns[captions.substitute]! };
        if (captions.initials !== -1) {
          // "| Chair | Richard Barnes |": the chair's row has the word where initials stand.
          const initials = columns[captions.initials] || null;
          if (initials && isChairWord(initials)) entry.chairColumn = true;
          else entry.initials = initials;
          entry.initialsColumn = true;
        }
        if (byColumns) entry.description = describeByColumns(entry.description, describe(columns[captions.organisation]!), describe(columns[captions.role]!));
        // "| Affiliation |" alone: its cell is the organisation, though it reads as none ("cf").
        else if (captions.organisation !== -1 && columns[captions.organisation] && !entry.description.organisation && !entry.description.role) {
          entry.description = { ...entry.description, organisation: columns[captions.organisation]! };
        }
        // "| Title |" alone: its cell is the post ("Councilmember"), though it reads as a body.
        else if (captions.role !== -1 && captions.organisation === -1 && columns[captions.role] && entry.description.organisation === columns[captions.role] && !entry.description.role) {
          entry.description = { ...entry.description, organisation: null, role: columns[captions.role]! };
        }
        // "Apologies" in the attendance column: the list the row's person is on.
        const listed = captions.attendance !== -1 ? readRosterHeading(columns[captions.attendance]!, true) : null;
        if (listed) entry.description = { ...entry.description, listMark: listed.attendance };
        placed.push({ entry, line });
        continue;
      }
    }
    // "* Acme: Jane Roe, Sam Poe": a bullet before the organisation is no part of its name.
    const keyed = ORGANISATION_KEY.exec(withoutBullet(line.text));
    // "Members of the public: 4": a count of people, not a list of them.
    if (keyed && /^\d+\.?$/.test(keyed[2]!.trim())) continue;
    // ("Directors: Kevin Stewart, Tadhg McDonnell": a post in the plural, read below as each person's post, not a title.)
    if ((keyed || line.text.includes(',')) && !(keyed && pluralPostOf(keyed[1]!)) && readPluralTitle(line.text).title) {
      // "Councillors: T Reed (Chairman), A Finch": the title of everyone listed.
      placed.push(...readRunOn(line.text, line, ctx));
      continue;
    }
    const grouped = (keyed && isOrganisationKey(keyed[1]!, keyed[2]!) ? keyed : null) ?? readDashKey(withoutBullet(line.text));
    if (grouped) {
      // "Acme Council: Jane Roe, Sam Poe": the organisation each person came from.
      const people = readRunOn(grouped[2]!, line, ctx);
      // "Committee: Jane Roe (Chair), ...": a group of the body itself names no organisation.
      const key = grouped[1]!.trim();
      // "Observers and Government officials: Jo Finch (DfT), ...", "Secretariat: ...": a list's own label keys the line,
      // naming the list its people are on (under "Attendees"), not their organisation.
      const listed = grouped === keyed && !readsAsPost(key) ? keyedList(key) : null;
      // "Directors: Kevin Stewart, Tadhg McDonnell": a post in the plural, held by each person listed.
      const plural = listed ? null : pluralPostOf(key);
      const organisation = listed || plural || GROUP_KEY.test(key) || readsAsPost(key) || !namesBodyByWords(key) ? null : key;
      for (const p of people) if (organisation && !p.entry.description.organisation) p.entry.description = { ...p.entry.description, organisation };
      if (listed) for (const p of people) p.entry.description = { ...p.entry.description, listMark: listed };
      if (plural) for (const p of people) if (!p.entry.description.role) p.entry.description = { ...p.entry.description, role: plural };
      // "Clerk: Mrs S Wicket": the post of the one person listed.
      const only = people.length === 1 ? people[0]! : null;
      if (only && readsAsPost(key) && !only.entry.description.role) only.entry.description = { ...only.entry.description, role: key };
      placed.push(...people);
      continue;
    }
    // "Julia Mulligan (JM) Board Chair Deep Sagar (DAS) Board Member": a table flattened into one line.
    const run = cells.length === 1 ? splitAtBracketedInitials(cells[0]!) : null;
    const runEntries = run?.map((part) => parseEntry([part]));
    if (runEntries?.every((entry) => entry?.initials)) {
      for (const entry of runEntries) placed.push({ entry: entry!, line });
      continue;
    }
    // "CCGs (item 13) Jane Bell (JB) : Head of Nursing, ...": the same run on a line that opens with the end of the last
    // person of the line before, whose organisation those words finish (that person may be on the list's heading line,
    // out of reach here: the words are then left out).
    const tailed = cells.length === 1 ? splitAfterWrappedTail(cells[0]!) : null;
    const tailedEntries = tailed?.people.map((part) => parseEntry([part]));
    if (tailed && tailedEntries?.every((entry) => entry?.initials)) {
      const last = placed[placed.length - 1]?.entry;
      const carried = tailed.tail.replace(PART_ATTENDANCE, '').trim();
      const organisation = last?.description.organisation;
      if (last && carried && organisation && !carried.includes('(')) last.description = { ...last.description, organisation: `${organisation} ${carried}` };
      for (const entry of tailedEntries) placed.push({ entry: entry!, line });
      continue;
    }
    // "Andrew, Jeff, Phil" on the line under "Roll Call": the list's given names alone, before any other entry
    // (three at least, no bracket: "Covey, Donna (Refugee Council)" is one person, surname first).
    // ("- Nick, Daniel, Jason": the one bullet of a list of given names.)
    const lone = cells.length === 1 ? withoutBullet(cells[0]!) : '';
    const given = placed.length === 0 && lone.includes(',') && !lone.includes('(') ? readGivenNames(runOnParts(lone)) : null;
    // "Azarenko, Barth, S. Daniels, ... and Tynon.": a senate's roll of surnames.
    const roll = given || cells.length !== 1 || placed.length > 0 ? null : readSurnameRoll(cells[0]!);
    if ((given && given.length >= 3) || roll) {
      for (const entry of given ?? roll!) placed.push({ entry, line });
      continue;
    }
    // "JB LB SH" under "Joy Birch Louise Burrell Sally Hollis": the initials of the people on the line above.
    const initialsRow = cells.length === 1 && placed.length > 0 && placed[placed.length - 1]!.line === content[at - 1] ? readInitialsRow(cells[0]!, placed.map((p) => p.entry)) : null;
    if (initialsRow) {
      const from = placed.length - initialsRow.length;
      initialsRow.forEach((initials, k) => {
        placed[from + k] = { ...placed[from + k]!, entry: { ...placed[from + k]!.entry, initials } };
      });
      continue;
    }
    // "Jane and Gerald Payne" on a line of its own: the two people of a couple.
    const couple = cells.length === 1 ? sharedSurname(withoutBullet(cells[0]!)) : null;
    if (couple) {
      for (const entry of couple) placed.push({ entry, line });
      continue;
    }
    const titled = cells.length === 1 ? (readPostsRunTogether(cells[0]!) ?? readTitledList(cells[0]!) ?? readTitleSeparated(cells[0]!) ?? readNamesBeforePosts(cells[0]!) ?? readInitialSeparated(cells[0]!)) : null;
    if (titled) {
      for (const entry of titled) placed.push({ entry, line });
      continue;
    }
    // ("- Bros. D Joynson, P Davis": a plural title opens a list of people, alone among the bullets or not.)
    if (cells.length === 1 && (line !== loneRunOn || readPluralTitle(withoutBulletMark(cells[0]!)).title !== null) && (isRunOn(cells[0]!) || readInitialsList(cells[0]!))) {
      placed.push(...readRunOn(cells[0]!, line, ctx));
      continue;
    }
    // A cell with its own description ("Cllr Ada Finch (Chair)") is a person of its own when every cell has a title,
    // or when every cell is a name and its bracket ("Jane Roe (GLA)      Sam Poe (Home Office)": two people a row).
    // A bracket of initials or an acronym alone could be a table's "Name (JR) | Body (BD)": one that is not, or a row like it above, says people.
    // "Janet Lee      Secretary      Ann Moss      Treasurer": name and post cells in turn, two people a row.
    const namePosts = cells.length >= 4 ? readNamePostPairs(cells) : null;
    if (namePosts) {
      for (const entry of namePosts) placed.push({ entry, line });
      continue;
    }
    // ("Vice President Thomson      Nick Kuenssberg" among rows of two names: a post and surname, then the next column's name.)
    const peopleInCells =
      cells.length >= 2 &&
      ((cells.every(namesPersonWithBracket) && (peopleRows || cells.some((c) => !looksLikeInitials(lastBracketOf(c))))) ||
        namesInColumns(cells, peopleRows) ||
        (peopleRows && cells.length === 2 && readsAsPersonNameAlone(cells[1]!) && parseEntry([cells[0]!]) !== null));
    if (peopleInCells) peopleRows = true;
    if (peopleInCells || (cells.length >= 2 && (cells.length >= 3 || cells.every(hasHonorific)) && cells.every((c) => parseEntry([c]) && (!/[(,]/.test(c) || cells.every(hasHonorific))))) {
      // Names laid out in columns of one list.
      for (const c of cells) placed.push({ entry: parseEntry([c])!, line });
      continue;
    }
    const [first, second] = cells.length === 2 ? [parseEntry([cells[0]!]), parseEntry([cells[1]!])] : [null, null];
    // Both cells read as names ("Wealden Water | Tom Reedbank"): the table's clear rows say which is the organisation.
    if (second && (first ? organisationFirst : !parseEntry(cells))) {
      // An organisation-then-name table.
      const entry = parseEntry([cells[1]!, cells[0]!]);
      if (entry) {
        placed.push({ entry, line });
        continue;
      }
    }
    if (cells.every((c) => COLUMN_CAPTION.test(c)) || (captions !== null && at === captions.at)) continue;
    const previous = placed[placed.length - 1];
    // "Mr Dara Roe" / "" / "(Corporate Secretary": a name cell, then its post's cell whose closing bracket was lost.
    const lostClose = previous !== undefined && previous.line === content[at - 1] ? postWithLostBracket(line.text, previous) : null;
    if (lostClose) {
      previous!.entry.description = lostClose;
      continue;
    }
    // (A blank line between them parts two entries: "Ian (IK)," / "" / "Nia (NB),".)
    const wrapped = previous !== undefined && previous.line === content[at - 1] && !blankBefore.has(line.index) && continuesEntry(line.text, previous);
    // ("Dan Hale (DH), board member; and" / "Gus Lee (GL), ex officio member.": the list's last "and" after its separator
    // ends the entry above, however it ends on "and".)
    const read = wrapped && endsMidPhrase(previous.line.text) && !LAST_LIST_AND.test(previous.line.text) ? null : (parseRowEntry(cells) ?? readGivenNameAmongEntries(line.text, content[at - 1]?.text, content[at + 1]?.text) ?? readInitialledGivenName(line.text));
    const entry = read && standsBesideLostCell(read, [content[at - 1]?.text, content[at + 1]?.text, at > 0 ? content[0]!.text : undefined]) ? read : null;
    if (entry && wrapped && previous) previous.entry.description = withoutLastListAnd(previous.entry.description);
    if (entry) placed.push({ entry, line });
    else if (previous && wrapped) {
      // A description wrapped onto the next line by PDF extraction: the row read again with its last cell whole
      // ("Deputy Director, Migration Policy," / "Department of Communities"), or else the words put after the description.
      const rowCells = cellsOf(previous.line.text);
      const whole =
        rowCells.length >= 2
          ? parseRowEntry([...rowCells.slice(0, -1), `${rowCells[rowCells.length - 1]} ${line.text.trim()}`])
          : rowCells.length === 1 && !previous.entry.description.role && !previous.entry.description.organisation
            ? parseRowEntry([rowCells[0]!, line.text.trim()])
            : null;
      const d = previous.entry.description;
      const field = d.role && !d.organisation ? 'role' : d.organisation ? 'organisation' : 'role';
      // (The whole read must keep the post its first line gave.)
      const rereads = whole?.name === previous.entry.name && (d.role === null || whole.description.role !== null);
      previous.entry.description = rereads ? whole!.description : { ...d, [field]: `${d[field] ?? ''} ${line.text.trim()}`.trim() };
    } else if (!NOT_A_PERSON.test(line.text)) ctx.report('LSMP2001', ctx.lineSpan(line), { actual: line.text });
  }
  return placed;
}

/**
 * "- Rolf Kern, Elm Institute" / "- Brian Mole, Larch Labs, Scientific Computing": in a list of a person a bullet,
 * the one bullet that reads as several people is one person described at length.
 */
function loneRunOnBullet(content: Line[]): Line | null {
  const bullets = content.filter((l) => startsWithBullet(l.text) && cellsOf(l.text).length === 1);
  if (bullets.length < 2) return null;
  const runOn = bullets.filter((l) => isRunOn(cellsOf(l.text)[0]!));
  return runOn.length === 1 ? runOn[0]! : null;
}

const CLOSING_STOP = /(?<=\p{Ll}{2})\.$/u;
// "(item 13)", "(items 1-3)": the items a person came for, closing what a wrapped line carries over.
const PART_ATTENDANCE = /\s?\((?:for\s)?items?\s[\d\s,&–-]{1,20}\)$/i;

/**
 * The entries written after a list heading: "Clerk: Mrs S Wicket" gives the one person
 * listed the heading's post.
 */
function readHeadingRest(heading: RosterHeading, line: Line, ctx: Context, below: readonly Line[]): Placed[] {
  // "Present: M Ainsworth, P Dixon / Chair: Mark Ainsworth": a Word form's next cell, a field of its own, after the list.
  const rest = withoutSlashField(heading.rest);
  const first = firstOfDescribedLines(rest, below);
  if (first) return [{ entry: first, line }];
  // "Those present: Jo Finch (Club Secretary) / Al Reed (Chair) / Ann Lee (u12) /": people parted by slashes.
  const slashed = readSlashList(rest);
  if (slashed) return slashed.map((entry) => ({ entry, line }));
  const unglued = unglueRow(rest);
  if (unglued) return readRunOn(unglued, line, ctx);
  // "Attending: Ada Finch (AF) – Director, Acme – Chair": people with their initials, as on the lines below;
  // "Present: Ada Finch (AF) – Chair Bo Lind (BL)": without commas, the dash after a bracket may be left out.
  const split = /[,;]/.test(rest) ? splitAtDashedInitials : splitAtBracketedInitials;
  const run = rest.includes('(') ? split(rest)?.map((part) => parseEntry([part])) : null;
  if (run?.every((entry) => entry?.initials)) return run.map((entry) => ({ entry: entry!, line }));
  // "Councillors: Mill, Reid": surnames alone still need the heading's title to read as people.
  const plural = isPluralTitle(heading.label);
  // ("Apologies: Mark.": the full stop closing the list is no part of the last name.)
  const givenNames = plural ? null : (readGivenNames(runOnParts(rest.replace(CLOSING_STOP, '')), true) ?? readSurnameRoll(rest));
  // "Chair: Jo Finch, Deputy Mayor for Housing, Planning and Transport": one person and the commas of their description.
  const one = givenNames || plural || isRunOn(rest) ? null : describedOne(rest);
  const placed = givenNames ? givenNames.map((entry) => ({ entry, line })) : one ? [{ entry: one, line }] : readRunOn(plural ? `${heading.label} ${rest}` : rest, line, ctx);
  const only = placed.length === 1 ? placed[0]! : null;
  if (only && !heading.chair && readsAsPost(heading.label) && !only.entry.description.role) {
    only.entry.description = { ...only.entry.description, role: heading.label.replace(/:$/, '') };
  }
  return placed;
}

/**
 * "Other Attendees: Gary Greidanus, Senior Landscape Architect" over "Lisa Warth, Manager, Recreation" and more lines of one
 * person and their post each: the label's column beside the first of them; the rest is that one person and their post,
 * as each line below is, not two names (a post the rules do not know reads as a name on its own).
 */
/** The person placed, marked as listed with `listMark` whatever list they stand in. */
function withListMark(placed: Placed, listMark: Exclude<RosterEntry['description']['listMark'], undefined>): Placed {
  return { ...placed, entry: { ...placed.entry, description: { ...placed.entry.description, listMark } } };
}

function firstOfDescribedLines(rest: string, below: readonly Line[]): RosterEntry | null {
  const parts = splitTopLevel(rest, ',');
  // ("Auditors: Adam Bradfield, Thomas Noble Russell (External Auditor)": a bracket after the second says who a person is.)
  if (parts.length !== 2 || parts[1]!.includes('(')) return null;
  const lines = below.filter((l) => !l.blank);
  if (lines.length === 0 || !lines.every((l) => l.text.includes(', ') && describesOne(l.text))) return null;
  const entry = parseEntry([rest]);
  return hasDescription(entry) ? entry : null;
}

/** "Lisa Warth, Manager, Recreation": a line that reads as one person and who they are. */
const describesOne = (text: string): boolean => hasDescription(parseEntry([text]));

// "Lowery Mrs Walker": a surname, then the next member's honorific and surname.
const LOST_COMMA_BEFORE_HONORIFIC = /^(\s*\p{Lu}[\p{Ll}'’-]+)\s((?:Mrs|Mr|Ms|Miss|Dr)\.?\s\p{Lu}[\p{L}'’-]+\s*)$/u;

/** "Cllrs Burley, Lowery Mrs Walker, Ward": under a plural title, the comma lost before a member's honorific parts two surnames. */
function splitAtLostComma(part: string): string[] {
  const m = LOST_COMMA_BEFORE_HONORIFIC.exec(part);
  return m ? [m[1]!, m[2]!] : [part];
}

// " / Chair: Mark Ainsworth", " / Minutes: Cathy Wright": a form's cell joined on with a slash, a short label and its colon.
const SLASH_FIELD = / \/ \p{Lu}[\p{L} ]{1,24}:\s/u;

/** The list before a slash-joined field of a form ("Ann Lee, Bo Chan / Chair: Ann Lee" -> "Ann Lee, Bo Chan"). */
function withoutSlashField(rest: string): string {
  const field = rest.includes(' / ') ? SLASH_FIELD.exec(rest) : null;
  return field && field.index > 0 ? rest.slice(0, field.index).trimEnd() : rest;
}

/** "Jo Finch, Deputy Mayor for Housing, Planning and Transport": a person, then a description no other part of which is a person. */
function describedOne(text: string): RosterEntry | null {
  const parts = splitTopLevel(text, ',');
  // Surnames after a plural title ("Cllrs Mill, Reid, Eakins") or sentences are lists, not a description.
  if (parts.length < 3 || /\.\s/.test(text) || readPluralTitle(text).title || !parts.slice(1).every((part) => part.trim().includes(' '))) return null;
  if (!parseEntry([parts[0]!]) || parts.slice(1).some((part) => parseEntry([part]) !== null)) return null;
  // ("President Kuhne, Trustees: Orozco, Davies and Hall": a plural title after the first opens more people, no description.)
  if (parts.slice(1).some((part) => readPluralTitle(part.trim()).title !== null)) return null;
  return parseEntry([text]);
}

/**
 * A line that carries on the description of the entry on the line above, as PDF extraction wraps
 * long cells: the line above stops mid-phrase ("... in the Office of the"), or this
 * line starts in lower case below an entry that has a description to continue.
 */
function continuesEntry(text: string, previous: Placed): boolean {
  // "* John Campbell," over "* Michael Cardy, Redhat": a bullet under a bullet starts an entry, whatever the line above ends with.
  if (startsWithBullet(text) && startsWithBullet(previous.line.text)) return false;
  if (endsMidPhrase(previous.line.text)) return true;
  const d = previous.entry.description;
  // "Irene Hynd" / "Dean of Health Sciences": a table's name and post cells written one to a line.
  if (d.role === null && d.organisation === null && cellsOf(previous.line.text).length === 1 && readsAsPost(text)) return true;
  return (/^(?:\p{Ll}|&|and\s)/u.test(text) || isBracketAlone(text)) && (d.role !== null || d.organisation !== null);
}

/** "(Chief Executive Officer (CEO)" under a name alone: the post, its opening bracket never closed; null where the line reads otherwise. */
function postWithLostBracket(text: string, previous: Placed): Description | null {
  if (!text.startsWith('(') || previous.entry.description.role !== null || previous.entry.description.organisation !== null) return null;
  if (!isUnclosedBracket(text)) return null;
  const post = text.slice(1).trim();
  const whole = post ? parseEntry([previous.line.text.trim(), post]) : null;
  return whole && whole.name === previous.entry.name && (whole.description.role !== null || whole.description.organisation !== null) ? whole.description : null;
}

const WHO_CLAUSE = /\swho\s[^,;]*/g;
const ON_THE_PHONE = /\s(?:was|were)\s(?:on\sthe\s(?:tele)?phone|by\s(?:tele)?phone|on\sthe\sline)\b/gi;
const SENT_APOLOGIES = /\s(?:had|have|has)\s+(?:sent|given|tendered)\s+(?:their|his|her)\s+apologies\b[^,;]*/gi;

const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'gu');
const WRAP_AFTER_COMMA = /, {3,}/g;
const TOTAL_COUNT = /\s?:?\s?\btotal\s?:\s?\d{1,3}\.?\s*$/i;

/**
 * The sentences of a run-on list, cut at their stops; a stop inside a bracket ends none ("J.L.Petch (Acting Secretary /
 * Ches. County C. C. Rep.)": an abbreviation in the post).
 */
function sentencesOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  // The bracket depth at `scanned`, carried from stop to stop (one pass over the text).
  let depth = 0;
  let scanned = 0;
  for (const m of text.matchAll(SENTENCE_STOPS)) {
    for (; scanned < m.index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    if (depth > 0) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** "Apologies for absence - Neil Holt", "Visitor - Jo Finch": a sentence of a run-on list that opens with a list's label and names people after it. */
function otherListSentence(stated: string): RosterHeading | null {
  const heading = stated.length < 200 ? readRosterHeading(stated.trim(), false) : null;
  return heading?.rest && !heading.chair ? heading : null;
}

/** "A (Chair), B, C; D" on one line: a run-on list of entries. */
function readRunOn(written: string, line: Line, ctx: Context): Placed[] {
  // "..., Liz Yorke,                   Lyn Morley, ...": a list's line wrapped and joined back, the wrap's spaces kept after
  // the comma (a comma closes no table cell).
  const unwrapped = written.includes(',   ') && !written.includes('\t') ? written.replace(WRAP_AFTER_COMMA, ', ') : written;
  // "... and P. Hayes (Competitions Secretary) : Total : 13": the count of those listed, after the list, no part of the last entry.
  const counted = unwrapped.includes('otal') ? TOTAL_COUNT.exec(unwrapped) : null;
  const text = counted ? unwrapped.slice(0, counted.index) : unwrapped;
  // "..., and Ms. Dee Hale. Mr. Al Moss and Ms. Bo Lee were absent.": the sentence after the list names those absent.
  const absence = splitTrailingAbsence(text);
  if (absence) return [...readRunOn(absence.list, line, ctx), ...readRunOn(absence.absent, line, ctx).map((p) => withListMark(p, 'apologies'))];
  // "Employer Side: Councillors: K. Vale (Chair), R. Clark. Staff Side: Pam Lee (UNISON)": each side's people.
  const sides = text.includes(' Side') || text.includes(' side') ? splitAtSides(text) : null;
  if (sides) return sides.flatMap((part) => readRunOn(part, line, ctx));
  // "Ratepayer Members: Mr Barker Mr Cowling Appointed Members: Cllr Hale": each kind of member's names.
  const groups = text.includes('s:') || text.includes('s :') ? splitAtMemberGroups(text) : null;
  if (groups) return groups.flatMap((part) => readRunOn(part, line, ctx));
  // "... Beta Trust In Attendance Cal Dunn CD Acme": the next list's label inside the run; the run is read without it, and
  // those written after it are that list's (a mark of their own kept).
  const labelled = takeOutInlineListLabels(text);
  if (labelled) {
    const read = readRunOn(labelled.text, line, ctx);
    const lists = listsOfNames(labelled, read.map((p) => p.entry.name));
    if (lists) return read.map((p, k) => (lists[k] && !p.entry.description.listMark ? withListMark(p, lists[k]) : p));
  }
  const placed: Placed[] = [];
  if (text.includes('\t') || hasCellBreak(text)) {
    const entry = parseEntry(cellsOf(text));
    return entry ? [{ entry, line }] : [];
  }
  const titled = readPostsRunTogether(text) ?? readTitledList(text) ?? readTitleSeparated(text) ?? readNamesBeforePosts(text) ?? readInitialsList(text) ?? readInitialSeparated(text) ?? readGroupedByCapitals(text);
  if (titled) return titled.map((entry) => ({ entry, line }));
  // "Mrs Lee and M/s Dunn who sent a letter of resignation": what the clause after a name says is no entry of the list.
  const clauseless = text.includes(' who ') ? text.replace(WHO_CLAUSE, '') : text;
  // "Cllr Alan Lee & Cllr Ann Moss had sent their apologies;": the clause the list ends with names no one.
  const unsent = clauseless.includes(' apologies') ? clauseless.replace(SENT_APOLOGIES, '') : clauseless;
  // "..., and Tracey Moss was on the phone.": how the last one attended, no part of the name.
  const listed = unsent.includes(' phone') || unsent.includes(' line') ? unsent.replace(ON_THE_PHONE, '') : unsent;
  // "• Bros. D Joynson, P Davis": the title after a bullet.
  const unbulleted = readPluralTitle(withoutBulletMark(listed));
  const { title, rest } = unbulleted.title ? unbulleted : readPluralTitle(listed);
  let chairNext = false;
  for (const stated of rest.includes('.') ? sentencesOutsideBrackets(rest) : [rest]) {
    // "Attending; A, B and C. Apologies for absence - D. Visitor - E.": a sentence after the list opened by another list's label.
    const labelled = placed.length > 0 ? otherListSentence(stated) : null;
    if (labelled) {
      for (const p of readRunOn(labelled.rest, line, ctx)) placed.push(withListMark(p, labelled.attendance));
      continue;
    }
    // "PCSO Ann Lee and Sgt Tom Hale were also present.": everyone the sentence names was there, not as a member.
    // "Present were: A, B. Also attending were Rev. C and Rev. D": the sentence after the list names those there besides.
    const alsoFirst = stated.charCodeAt(stated.search(/\S/)) === 65 ? ALSO_WERE_FIRST.exec(stated) : null;
    const alsoThere = alsoFirst ?? (stated.includes(' also ') ? ALSO_THERE.exec(stated) : null);
    const sentence = alsoFirst ? stated.slice(alsoFirst[0].length) : alsoThere ? stated.slice(0, alsoThere.index) : stated;
    const first = placed.length;
    // "Participants: UNHCR (chair), Caritas, DRC, Islamic Relief, NRC, ...": a list of agencies, not of people.
    const agencies = { acronyms: 0, personal: false };
    let previous: { written: string; placed: Placed | undefined } | null = null;
    // "Cllr Mr G Hale – Chairman, Cllrs J Reed, M Dunn": a plural title written mid-list goes to the names after it.
    let listTitle = title;
    // "Professors R Lind, J Moss; S Finch": a semicolon closes the group the title was written for (a name in full after it
    // takes it no more; a surname alone still needs it).
    // "Cllrs Dunn, Finch and Moss, Tom Hart": the name after "and" is the group's last.
    let inTitledGroup = true;
    let groupClosing = false;
    let cursor = 0;
    const parts = withBracketedHolders(runOnParts(sentence)).flatMap((part) => (title ? splitAtLostComma(part) : [part]));
    for (let [k, written] of parts.entries()) {
      if (groupClosing) inTitledGroup = false;
      const at = sentence.indexOf(written.trim(), cursor);
      if (at >= cursor) {
        const between = sentence.slice(cursor, at);
        if (between.includes(';')) inTitledGroup = false;
        // (A part that is a group of its own, "Cllrs Dunn, Finch and Moss", closes with its "and" too.)
        groupClosing = AND_BETWEEN.test(between) || AND_BETWEEN.test(written.trim());
        cursor = at + written.trim().length;
      }
      // (A part that lists several itself, "Councillors A Browne, C Greene and D Whyte", is a group of its own.)
      const opened = /,|\sand\s|&/.test(written) ? null : readPluralTitle(written.trimStart());
      if (opened?.title && opened.rest) {
        listTitle = opened.title;
        written = opened.rest;
        inTitledGroup = true;
        groupClosing = false;
      }
      // "Chief Constable Dave Jones (DJ); Chief Executive Officer Joanna Carter (JC)": a post before each person.
      const postFirst = written.endsWith(')') ? readPostBeforeName(written.trim()) : null;
      if (postFirst) {
        placed.push({ entry: postFirst, line });
        agencies.personal = true;
        previous = null;
        continue;
      }
      // "Mayor Mary Place, presiding, Council Members ...": the word after a person says they chaired the meeting.
      if (previous?.placed && PRESIDING.test(written.trim())) {
        previous.placed.entry.description = { ...previous.placed.entry.description, chair: true };
        previous = null;
        continue;
      }
      // "Cllr M Alexander, East Herts District Council Cllr Mrs A Brewster, ...": the body of the person before, run together with the next.
      const runTogether = previous?.placed && !previous.placed.entry.description.role && !previous.placed.entry.description.organisation && parseEntry([written]) === null ? splitDescriptionBeforePerson(written) : null;
      if (runTogether && previous?.placed) {
        if (AGENCY_ACRONYM.test(runTogether[0].trim())) agencies.acronyms++;
        const d = previous.placed.entry.description;
        const body = describe(runTogether[0]);
        previous.placed.entry.description = { ...d, role: body.role, organisation: body.organisation, chair: d.chair || body.chair, chairTitle: d.chairTitle ?? body.chairTitle };
        written = runTogether[1];
      }
      // "Superintendent Ann Lee; Tom Hale County Manager; Jo Reed Director of Service": between semicolons, a name then its post
      // with no comma is a person of their own, not the post of the one before.
      const postAfterName = sentence.includes(';') && !chairNext ? personBeforePost(written) : null;
      if (postAfterName) {
        agencies.personal = true;
        placed.push({ entry: postAfterName, line });
        previous = { written, placed: placed[placed.length - 1] };
        continue;
      }
      // "Dr Ann Dong (AD), JL, MC, RM": members named by their initials alone, after a person whose initials the list gives.
      const initialled = previous?.placed?.entry.initials ? personByInitials(parts, k) : null;
      if (initialled) {
        placed.push({ entry: initialled, line });
        previous = { written, placed: placed[placed.length - 1] };
        agencies.personal = true;
        continue;
      }
      // "Cllr Ann Lee, Chairman, ...", "Mrs N Cooper, Clerk": a post alone after a person is that person's.
      // "Ann McIntosh, Chair (AM), Marnie Gauld (MG)": the post, then the initials of the person before it.
      const keyed = previous?.placed ? postWithInitials(written, previous.placed.entry.name) : null;
      const describes = previous?.placed && !/\sand$/i.test(previous.written.trim()) ? postOfPrevious(keyed?.post ?? written) : null;
      if (describes && previous?.placed) {
        if (AGENCY_ACRONYM.test(written.trim())) agencies.acronyms++;
        if (keyed) previous.placed.entry.initials ??= keyed.initials;
        const d = previous.placed.entry.description;
        // ("Chairman" alone marks the chair; "Staff Director (Chair)" is a post as well.)
        previous.placed.entry.description = {
          ...d,
          role: d.role ?? describes.role,
          organisation: d.organisation ?? describes.organisation,
          ...(describes.chair ? { chair: true, chairTitle: describes.chairTitle } : {}),
        };
        previous = null;
        continue;
      }
      if (isChairPart(written)) {
        chairNext = true;
        continue;
      }
      const before = placed.length;
      previous = { written, placed: undefined };
      const part = withoutTrailingAnd(written);
      // "..., J. Clark and Councillors Mrs J. Reed and N. Wilson": a part with a plural title of its own is a group, title or not.
      const group = title && readPluralTitle(part.trimStart()).title === null ? null : readGroup(part, line, ctx);
      if (group) {
        agencies.personal = true;
        placed.push(...group);
        continue;
      }
      // "Members Present: Tom Potts, ..., Ted Lewis absent.": a typed list's member marked absent after the name.
      const absentAfter = ABSENT_AFTER_NAME.exec(part);
      const absentee = absentAfter ? parseEntry([absentAfter[1]!]) : null;
      if (absentee) {
        placed.push({ entry: { ...absentee, description: { ...absentee.description, listMark: 'apologies' } }, line });
        continue;
      }
      // "Council: Mark, Eholk, James Munns": a given name alone among full names is a person too.
      const entries = listTitle
        ? withListTitle(part, listTitle, inTitledGroup)
        : (sharedSurname(part) ?? [parseEntry([part]) ?? (amongFullNames(sentence) ? (readGivenNames([part])?.[0] ?? null) : null)]);
      for (const entry of entries) {
        if (entry) {
          if (chairNext) entry.description = { ...entry.description, chair: true };
          chairNext = false;
          placed.push({ entry, line });
          if (entry.honorific || entry.initials || part.includes('(') || listTitle) agencies.personal = true;
        } else if (!NOT_A_PERSON.test(part) && !/^and\s/i.test(part)) {
          ctx.report('LSMP2001', ctx.lineSpan(line), { actual: part });
          if (AGENCY_ACRONYM.test(part.trim())) agencies.acronyms++;
        }
      }
      previous.placed = placed.length === before + 1 ? placed[before] : undefined;
    }
    // Three agencies' acronyms or more, as many as half the names read, and no name with a title, initials or bracket: the
    // names are agencies' too ("Mercy Corps", "Islamic Relief"), each written as a name is.
    const read = placed.length - first;
    if (!agencies.personal && agencies.acronyms >= MIN_AGENCY_ACRONYMS && agencies.acronyms * 2 >= read) {
      for (const p of placed.splice(first)) ctx.report('LSMP2001', ctx.lineSpan(line), { actual: p.entry.name });
    }
    if (alsoThere) for (const p of placed.slice(first)) p.entry.inAttendance = true;
  }
  return placed;
}

// "UNHCR", "OHCHR (observer)", "USAID/BHA": an agency's acronym, three capitals or more (two are a person's initials).
const AGENCY_ACRONYM = /^\p{Lu}[\p{Lu}\d&/-]{2,11}(?:\s\([^()]{1,20}\))?$/u;
const MIN_AGENCY_ACRONYMS = 3;

const PRESIDING = /^presiding\.?$/i;
const ABSENT_AFTER_NAME = /^\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:absent|excused)\.?$/u;
const AND_BETWEEN = /(?:^|\s)(?:and|&)(?:\s|$)/;
const ALSO_THERE = /\s(?:were|was)\salso\s(?:present|in\sattendance)\.?$/i;
const ALSO_WERE_FIRST = /^\s*Also\s(?:present|attending|in\sattendance)\s(?:were|was)\s(?=\p{Lu})/u;

/**
 * "Executive Engineer, (Mr. P. Hale)", "Administrative Officer, Corporate Services (Ms. T. Rowe)": a post, a comma, then
 * the holder in brackets (with the post's department before them): one part, the person's.
 */
function withBracketedHolders(parts: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!.trim();
    const before = (out ?? parts)[(out?.length ?? k) - 1]!;
    const holder = part.endsWith(')') || part.endsWith(').') ? BRACKETED_HOLDER.exec(part) : null;
    if (holder && readsAsPost(before.trim()) && !parseEntry([before]) && !parseEntry([part])) {
      out ??= parts.slice(0, k);
      // Written as "Name, Post, Department", the order a person's entry reads in.
      out[out.length - 1] = [holder[2]!, before.trim(), holder[1]?.trim()].filter(Boolean).join(', ');
    } else out?.push(parts[k]!);
  }
  return out ?? parts;
}

// "(Mr. P. Hale)", "Corporate Services (Ms. T. Rowe)": a department's name (or nothing) before a bracketed person.
const BRACKETED_HOLDER = /^(\p{Lu}[\p{L}&' ]{0,60}?)?\s?\(((?:Mr|Mrs|Ms|Miss|Dr)\.?\s[^()]+)\)\.?$/u;

/** Whether a run-on list names two people in full at least, with no description, so its one-word parts are given names rather than descriptions. */
function amongFullNames(text: string): boolean {
  return runOnParts(text).filter((part) => part.trim().includes(' ') && parseEntry([part])?.description.organisation === null && parseEntry([part])?.description.role === null).length >= 2;
}

/** "Tom Hale County Manager": a name then a post, read only as a table row whose cells lost their break would be, and not otherwise a person. */
function personBeforePost(part: string): RosterEntry | null {
  const text = withoutTrailingAnd(part).trim().replace(/\.$/, '');
  const { honorific, name } = splitPersonName(text);
  // ("Mr Michael Killeen Director of Service" reads as "Mr Michael" with the rest his post: a title before one word is no name.)
  const whole = parseEntry([text]);
  if (whole && !(honorific && !whole.name.includes(' '))) return null;
  const row = parseRowEntry([name]);
  const role = row?.lostCell ? row.description.role : null;
  return row && role && !row.description.organisation && readsAsPost(role) ? { ...row, honorific } : null;
}

// "Chair (AM)": a post, then initials in brackets.
const POST_THEN_INITIALS = /^(\p{Lu}[\p{L}\s-]{1,40}?)\s?\((\p{Lu}{2,4})\)$/u;

/** "Chair (AM)" after "Ann McIntosh": the post and the initials, where the initials are those of `name`; else null. */
function postWithInitials(part: string, name: string): { post: string; initials: string } | null {
  const m = part.includes('(') ? POST_THEN_INITIALS.exec(part.trim()) : null;
  return m && initialsOf(name) === m[2] ? { post: m[1]!, initials: m[2]! } : null;
}

/** "Chairman", "Clerk", "Vice-Chairman": a part that is a post alone and no person, read as a description. */
function postOfPrevious(part: string): Description | null {
  const written = part.trim().replace(/\.$/, '');
  // "Ms Ann Bell, Staff Director (Chair)", "Ms Kate Lee, RCN - Chair": the post, then the mark of the chair, read with the post.
  const text = withoutChairMark(written);
  // "Mr Chris Philpott, Footpath Warden": two words that end in a post are the post, though they could be a name.
  if (/^\p{Lu}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?$/u.test(text) && readsAsPost(text) && (!parseEntry([text]) || /\s/.test(text))) return describe(written);
  // "Peter Lukes, Assistant Town Manager", "Assistant Director of Human Resources": a longer post, where no name reads.
  if (/^\p{Lu}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){2,5}$/u.test(text) && readsAsPost(text) && !parseEntry([text])) return describe(written);
  // "Cllr Martin Storey, Norfolk County Council": a body alone after a person is theirs.
  return !parseEntry([text]) && /^\p{Lu}/u.test(text) && readsAsBody(text) ? describe(written) : null;
}

/** "Staff Director (Joint Chair)", "RCN - Chair" -> "Staff Director", "RCN": the text before a last bracket or dash that marks the chair. */
function withoutChairMark(text: string): string {
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  if (open > 0) return isChairWord(text.slice(open + 1, -1).trim()) ? text.slice(0, open).trimEnd() : text;
  const dash = DASHED_CHAIR.exec(text);
  return dash && dash.index > 0 ? text.slice(0, dash.index) : text;
}

// " - Chair", " – Chairman": a dash, then a chair word closing the text.
const DASHED_CHAIR = /\s[-–—]\s(?:chair|chairman|chairwoman|chairperson)$/i;

// ("Scientific experts: Jo Finch (Imperial), ...": the experts a scientific advisory group draws on, a group of it.)
// ("District Supervisors: Jo Finch, ...": a conservation district's board members, named by their office.)
// ("Ratepayer Members:", "Appointed Members:": a drainage board's kinds of member, as "Co-opted Members" are.)
const GROUP_KEY = /^(?:the\s+)?(?:(?:management|executive|steering|district|county)\s+)?(?:committee|council|board|members|trustees|directors|governors|officers|officials|staff|team|executive|guests|visitors|observers|residents|councillors|supervisors|commissioners|[a-z-]+\s+members|(?:scientific|technical|independent)\s+experts)$/i;

/** The list a line's key names, when the key is a list's label other than those present ("Observers and officials"). */
function keyedList(key: string): Attendance | null {
  const heading = readRosterHeading(`${key}:`, false);
  return heading && !heading.chair && heading.rest === '' && heading.attendance !== 'present' ? heading.attendance : null;
}

const GROUP_LABEL = /^([^:]{2,40}):\s+(\S.*)$/;

/**
 * A part of a list that is a list itself: "Councillors A Browne, C Greene and D Whyte" (its own plural
 * title) or "Independent Members: Mr P Blackwood and Mrs Q Greyson" (a label), between semicolons.
 */
function readGroup(part: string, line: Line, ctx: Context): Placed[] | null {
  if (readPluralTitle(part).title && /,|\sand\s|&/.test(part)) return readRunOn(part, line, ctx);
  const labelled = part.includes(':') ? GROUP_LABEL.exec(part) : null;
  if (!labelled || parseEntry([labelled[1]!])) return null;
  const people = readRunOn(labelled[2]!, line, ctx);
  return people.length > 0 ? people : null;
}

/** "Cllrs Mill, Reid, Dunhill and Stephenson": the list's title goes to each name without one, "and" between two of them too. */
const NOTED_PAIR = /^(\p{Lu}[\p{L}'’-]+)(\s\([^()]{1,60}\))\s(?:and|&)\s(\p{Lu}[\p{L}'’-]+)$/u;

function withListTitle(part: string, title: string, toNamed: boolean): (RosterEntry | null)[] {
  // A name that reads alone keeps what is written with it (the title is written once, for the list);
  // a surname alone needs the list's title to read as a person ("Cllrs Mill, Reid").
  // ("Professors R Geor, J Hooks": a name that reads alone and has no title of its own takes the list's, unless words
  // before it say who the person is: "the clerk G. Hart".)
  // "Drew (from 6.35pm) and Egan": two surnames, the first with its note in brackets, before the note could read as the first's description.
  const noted = part.includes(') ') ? NOTED_PAIR.exec(part.trim()) : null;
  if (noted) {
    const both = [parseEntry([`${title} ${noted[1]}${noted[2]}`]), parseEntry([`${title} ${noted[3]}`])];
    if (both.every(Boolean)) return both;
  }
  const own = parseEntry([part]);
  if (own) return [toNamed && own.honorific === null && part.trim().startsWith(own.name) ? { ...own, honorific: title } : own];
  const titled = parseEntry([`${title} ${part}`]);
  if (titled) return [titled];
  const pair = /^(\S+)\s+(?:and|&)\s+(\S+)$/.exec(part);
  const both = pair ? [parseEntry([`${title} ${pair[1]}`]), parseEntry([`${title} ${pair[2]}`])] : [];
  return both.length && both.every(Boolean) ? both : [null];
}

/**
 * PDF extraction can turn a three-column table into runs: k initials, then k
 * names, then (optionally) k descriptions. Zip them back together. The chair's
 * row may have "Chair" for initials, read as the list's heading: then one name
 * and one description more than initials, the first row's.
 */
function readColumnBlock(lines: Line[]): Placed[] | null {
  if (lines.length < 4 || lines.some((l) => cellsOf(l.text).length !== 1)) return null;
  let k = 0;
  while (k < lines.length && looksLikeInitials(lines[k]!.text)) k++;
  if (k === 0) return readNameColumnBlock(lines);
  const lead = lines.length - k === 2 * (k + 1) ? 1 : 0;
  if (k < 2 || lines.length < 2 * k) return null;
  const names = lines.slice(k, 2 * k + lead);
  if (!names.every((l) => looksLikePersonName(splitPersonName(l.text.replace(/,$/, '')).name))) return null;
  const descriptions = lines.length >= 3 * k + 2 * lead ? lines.slice(2 * k + lead, 3 * k + 2 * lead) : [];
  const placed: Placed[] = [];
  for (let i = 0; i < k + lead; i++) {
    const cells = i < lead ? [names[i]!.text] : [lines[i - lead]!.text, names[i]!.text];
    if (descriptions[i]) cells.push(descriptions[i]!.text);
    const entry = parseEntry(cells);
    if (entry) placed.push({ entry, line: names[i]! });
  }
  return placed;
}

/** A two-column table read down: k names, then k descriptions (no name among them). */
function readNameColumnBlock(lines: Line[]): Placed[] | null {
  const k = lines.length / 2;
  if (!Number.isInteger(k)) return null;
  const names = lines.slice(0, k);
  const descriptions = lines.slice(k);
  if (!names.every((l) => looksLikePersonName(splitPersonName(l.text).name)) || !descriptions.every((l) => readsAsDescriptionCell(l.text, true))) return null;
  const placed: Placed[] = [];
  for (let i = 0; i < k; i++) {
    const entry = parseEntry([names[i]!.text, descriptions[i]!.text]);
    if (!entry) return null;
    placed.push({ entry, line: names[i]! });
  }
  return placed;
}

const STOOD_IN: RosterHeading = { attendance: 'present', chair: false, label: '', rest: '' };

/**
 * "(minutes)" moves one of those present or in attendance to the secretariat; "(guest)" one of those present
 * to in attendance; "(ab)" a member listed with those present to the apologies.
 */
function listedByMark(list: Attendance, mark: Attendance | null): Attendance | null {
  if (mark === 'secretariat' || mark === 'apologies') return list === 'present' || list === 'in-attendance' ? mark : null;
  return mark !== null && list === 'present' ? mark : null;
}

function toAttendee(entry: RosterEntry, line: Line, heading: RosterHeading, index: number, ctx: Context): Attendee {
  const d = entry.description;
  const attendance = listedByMark(heading.attendance, d.listMark ?? null) ?? (entry.inAttendance && heading.attendance === 'present' ? 'in-attendance' : heading.attendance);
  // A chair marked absent did not chair this meeting: the word stays their post.
  const present = heading.attendance === 'present' && d.listMark !== 'apologies';
  let initials = entry.initials;
  if (entry.chairColumn && !initials) {
    // "Chair" stands in the initials column; the minutes still call the chair by initials.
    const guess = initialsOf(entry.name);
    initials = guess.length >= 2 && ctx.usesWord(guess) ? guess : null;
  }
  // "In Attendance: Zander Lavall: SU President (Chair), ...": the only list may be of those present (onlyListIsPresent decides).
  const maybePresent = heading.attendance === 'in-attendance' && IN_ATTENDANCE_LABEL.test(heading.label) && d.listMark !== 'apologies';
  const chair = (present || maybePresent) && (heading.chair || entry.chairColumn || d.chair);
  return {
    id: `a${index + 1}`,
    name: entry.name,
    honorific: entry.honorific,
    initials,
    organisation: d.organisation,
    role: d.role ?? (!present && d.chair ? d.chairTitle : null),
    attendance,
    chair,
    substituteFor: d.substituteFor,
    shadowing: d.shadowing,
    partial: d.partial,
    list: heading.label || null,
    position: ctx.lineSpan(line),
  };
}

function markDuplicateInitials(attendees: Attendee[], ctx: Context): void {
  const seen = new Map<string, Attendee>();
  for (const a of attendees) {
    if (!a.initials) continue;
    const other = seen.get(a.initials);
    if (other && other.name !== a.name) ctx.report('LSMP2003', a.position, { actual: a.initials });
    seen.set(a.initials, a);
  }
}

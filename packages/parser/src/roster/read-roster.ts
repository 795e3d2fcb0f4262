import type { Attendee } from '@lsmp/model';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { splitTopLevel } from '../text/clean.js';
import { lazyHead, restOfLine } from '../text/lazy-head.js';
import { initialsOf, looksLikeInitials, looksLikePersonName, splitPersonName } from '../text/names.js';
import type { RosterHeading } from './headings.js';
import { cellsOf, parseEntry, perParse, type RosterEntry } from './parse-entry.js';

/** A roster list: its heading and the lines under it. */
export interface RosterSection {
  heading: RosterHeading;
  headingLine: Line | null;
  lines: Line[];
}

interface Placed {
  entry: RosterEntry;
  line: Line;
}

const COLUMN_CAPTION = /^(?:names?|organi[sz]ations?|roles?|titles?|positions?|initials|representing|agency|body|attendance|job titles?)$/i;
const ORGANISATION_KEY = /^([^:\t()]{2,80}):\s+(\S.*)$/;
const SENTENCE_END = /(?<=[a-z)])\.\s+(?=\p{Lu})/u;
// A finder for lazyHead: `^(.+?)` before it.
const AND = /(?<=^[^\n\r\u2028\u2029]|\S)\s+(?:and|&)(?=\s)/g;
const NOT_A_PERSON = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|no)\s+(?:members?|residents?|people|persons|parishioners|others?)\b|^(?:none|nil|no apologies|n\/a)\b/i;

/** Reads every roster section into attendees, reporting lines it cannot read. */
export function readRoster(sections: RosterSection[], ctx: Context): Attendee[] {
  const attendees: Attendee[] = [];
  for (const section of sections) {
    const placed: Placed[] = [];
    if (section.heading.rest && section.headingLine) placed.push(...readRunOn(section.heading.rest, section.headingLine, ctx));
    placed.push(...readLines(section.lines, ctx));
    for (const { entry, line } of placed) attendees.push(toAttendee(entry, line, section.heading, attendees.length, ctx));
  }
  markDuplicateInitials(attendees, ctx);
  return attendees;
}

function readLines(lines: Line[], ctx: Context): Placed[] {
  const content = lines.filter((l) => !l.blank);
  const columns = readColumnBlock(content);
  if (columns) return columns;
  const placed: Placed[] = [];
  for (const line of content) {
    const cells = cellsOf(line.text);
    const keyed = ORGANISATION_KEY.exec(line.text);
    if (keyed && !parseEntry([keyed[1]!])) {
      // "Acme Council: Jane Roe, Sam Poe": the organisation each person came from.
      const people = readRunOn(keyed[2]!, line, ctx);
      for (const p of people) if (!p.entry.description.organisation) p.entry.description = { ...p.entry.description, organisation: keyed[1]!.trim() };
      placed.push(...people);
      continue;
    }
    if (cells.length === 1 && isRunOn(cells[0]!)) {
      placed.push(...readRunOn(cells[0]!, line, ctx));
      continue;
    }
    if (cells.length >= 2 && (cells.length >= 3 || cells.every(hasHonorific)) && cells.every((c) => parseEntry([c]) && !/[(,]/.test(c))) {
      // Names laid out in columns of one list.
      for (const c of cells) placed.push({ entry: parseEntry([c])!, line });
      continue;
    }
    if (cells.length === 2 && !parseEntry(cells) && parseEntry([cells[1]!]) && !parseEntry([cells[0]!])) {
      // An organisation-then-name table.
      const entry = parseEntry([cells[1]!, cells[0]!]);
      if (entry) {
        placed.push({ entry, line });
        continue;
      }
    }
    if (cells.every((c) => COLUMN_CAPTION.test(c))) continue;
    const entry = parseEntry(cells);
    const previous = placed[placed.length - 1];
    if (entry) placed.push({ entry, line });
    else if (previous && /^(?:\p{Ll}|&|and\s)/u.test(line.text)) {
      // A description wrapped onto the next line by PDF extraction.
      const d = previous.entry.description;
      const field = d.role && !d.organisation ? 'role' : d.organisation ? 'organisation' : 'role';
      previous.entry.description = { ...d, [field]: `${d[field] ?? ''} ${line.text.trim()}`.trim() };
    } else if (!NOT_A_PERSON.test(line.text)) ctx.report('LSMP2001', ctx.lineSpan(line), { actual: line.text });
  }
  return placed;
}

/** "A (Chair), B, C; D" on one line: a run-on list of entries. */
function readRunOn(text: string, line: Line, ctx: Context): Placed[] {
  const placed: Placed[] = [];
  if (text.includes('\t')) {
    const entry = parseEntry(cellsOf(text));
    return entry ? [{ entry, line }] : [];
  }
  for (const sentence of text.includes('.') ? text.split(SENTENCE_END) : [text]) {
    for (const part of runOnParts(sentence)) {
      const entry = parseEntry([part]);
      if (entry) placed.push({ entry, line });
      else if (!NOT_A_PERSON.test(part) && !/^and\s/i.test(part)) ctx.report('LSMP2001', ctx.lineSpan(line), { actual: part });
    }
  }
  return placed;
}

/**
 * PDF extraction can turn a three-column table into runs: k initials, then k
 * names, then (optionally) k descriptions. Zip them back together.
 */
function readColumnBlock(lines: Line[]): Placed[] | null {
  if (lines.length < 4 || lines.some((l) => cellsOf(l.text).length !== 1)) return null;
  let k = 0;
  while (k < lines.length && looksLikeInitials(lines[k]!.text)) k++;
  if (k < 2 || lines.length < 2 * k) return null;
  const names = lines.slice(k, 2 * k);
  if (!names.every((l) => looksLikePersonName(splitPersonName(l.text).name))) return null;
  const descriptions = lines.length >= 3 * k ? lines.slice(2 * k, 3 * k) : [];
  const placed: Placed[] = [];
  for (let i = 0; i < k; i++) {
    const cells = [lines[i]!.text, names[i]!.text];
    if (descriptions[i]) cells.push(descriptions[i]!.text);
    const entry = parseEntry(cells);
    if (entry) placed.push({ entry, line: names[i]! });
  }
  return placed;
}

function toAttendee(entry: RosterEntry, line: Line, heading: RosterHeading, index: number, ctx: Context): Attendee {
  const d = entry.description;
  const present = heading.attendance === 'present';
  let initials = entry.initials;
  if (entry.chairColumn && !initials) {
    // "Chair" stands in the initials column; the minutes still call the chair by initials.
    const guess = initialsOf(entry.name);
    initials = guess.length >= 2 && ctx.usesWord(guess) ? guess : null;
  }
  const chair = present && (heading.chair || entry.chairColumn || d.chair);
  return {
    id: `a${index + 1}`,
    name: entry.name,
    honorific: entry.honorific,
    initials,
    organisation: d.organisation,
    role: d.role ?? (!present && d.chair ? d.chairTitle : null),
    attendance: heading.attendance,
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


/** Entries of a run-on list: split at semicolons when it has them, else at commas and a last "and". */
export const runOnParts = perParse(readRunOnParts);

function readRunOnParts(text: string): readonly string[] {
  const bySemicolon = splitTopLevel(text, ';');
  const parts = bySemicolon.length > 1 ? bySemicolon : splitTopLevel(text, ',');
  return parts.flatMap((p) => {
    // `^(.+?)\s+(?:and|&)\s+(.+)$`: the first "and" with a name after it.
    let second: string | null = null;
    const and = lazyHead(p, AND, { accept: (m) => (second = restOfLine(p, m.index + m[0].length, 1)) !== null });
    if (!and || second === null) return [p];
    const first = and.head;
    if (!parseEntry([first]) || !(parseEntry([second]) || NOT_A_PERSON.test(second))) return [p];
    // "Jane Roe and Sam Poe (Acme)": the bracket describes both.
    const shared = /\s(\([^()]+\))$/.exec(second);
    return [shared && !/\(/.test(first) ? `${first} ${shared[1]}` : first, second];
  });
}

/** A line listing several people: most of its parts read as people, not "Name, Role, Organisation". */
export const isRunOn = perParse(readsAsRunOn);

function readsAsRunOn(text: string): boolean {
  const parts = runOnParts(text);
  // Two parts are two people only when both carry a title ("Cllr A, Cllr B"); else "Name, Description".
  if (parts.length < 2 || (parts.length === 2 && !parts.every(hasHonorific))) return false;
  const people = parts.filter((p) => parseEntry([p]) !== null).length;
  return people >= 2 && people >= parts.length / 2;
}

function hasHonorific(text: string): boolean {
  return splitPersonName(text).honorific !== null;
}

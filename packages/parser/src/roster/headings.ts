import type { Attendance } from '@lsmp/model';
import { collapseSpaces, isSpaceCode } from '../text/clean.js';
import { skipSpaces } from '../text/lazy-head.js';

/** A roster list heading, and any entries written on the same line after it. */
export interface RosterHeading {
  attendance: Attendance;
  /** The heading marks the chair ("Chair (Sub)"). */
  chair: boolean;
  label: string;
  /** Text after the heading on the same line ("Present: A, B, C"). */
  rest: string;
}

// Phrases people head roster lists with, by the list they open. Matched whole, case-insensitively.
const LISTS: [RegExp, Attendance][] = [
  [/^(?:(?:board|committee|lsmp|partnership|council|panel)\s+)?members(?:\s+present)?$/, 'present'],
  [/^(?:councillors?|members|those|people|persons|trustees|directors)\s+(?:present|attending|in attendance)$/, 'present'],
  [/^(?:present|attendees|attendance|attending|participants|present at the meeting|in the chair|councillors|trustees|governors|directors)$/, 'present'],
  [/^apologies(?:\s+(?:for absence|received|were received from|from))?$/, 'apologies'],
  [/^(?:absent|absentees|not present|(?:councillors?|members)\s+absent|absent with apologies)$/, 'apologies'],
  [/^(?:also\s+(?:present|in attendance|attending)|in attendance|others?\s+(?:present|attending|in attendance)|observers?|guests?|visitors?|invited guests?)$/, 'in-attendance'],
  [/^(?:[a-z]{2,6}\s+)?(?:secretariat|officers|staff)(?:\s+(?:present|in attendance))?$/, 'secretariat'],
  [/^(?:secretariat|officers?(?:\s+(?:present|in attendance))?|clerk|support(?:ing officers)?|minute[- ]?taker|minutes taken by)$/, 'secretariat'],
  [/^(?:speakers?|presenters?|guest speakers?|presenting)$/, 'speaker'],
];
const APOLOGIES_RECEIVED = /^apologies(?:\s+for\s+absence)?\s+(?:were|had\s+been|have\s+been|was)\s+(?:received|given|sent|tendered)\s+from\s+/i;
const CHAIR = /^(?:chair|chairman|chairwoman|chairperson|chaired by|in the chair)(?:\s*\((?:sub|substitute|acting|deputy)\))?$/;
// Every phrase above in one pattern: most keys match none, found with one search instead of ten.
const ANY_PHRASE = new RegExp(`^(?:${[CHAIR, ...LISTS.map(([re]) => re)].map((re) => re.source.slice(1, -1)).join('|')})$`);
const LIST_KEY = /^[a-z ()-]+$/;
const ACRONYM_HEADING = /^\p{Lu}{2,6}(?:\s+(?:officers|staff|secretariat))?$/u;

/**
 * Reads a line as a roster heading: "Present", "**Apologies:**", "#### Speakers",
 * "Councillors present: A, B", "Chair (Sub)", or, right after another roster list,
 * an organisation's acronym alone ("GLA:"), which heads the convening body's staff
 * (the secretariat).
 */
export function readRosterHeading(written: string, isHeadingLine: boolean, afterRosterList = false): RosterHeading | null {
  // "Present … Councillors: A, B": an ellipsis stands for the colon.
  // "* **Attendees**": a list heading written as a bullet of an outline.
  const unlisted = written.length > 2 && (written[0] === '*' || written[0] === '-' || written[0] === '•') && written[1] === ' ' ? written.slice(2).trim() : written;
  const text = unlisted.includes('…') ? unlisted.replace('…', ':') : unlisted;
  // "Apologies for absence were received from A and B." on a roster line of its own.
  const received = text.length > 9 && (text.charCodeAt(0) | 0x20) === 97 ? APOLOGIES_RECEIVED.exec(text) : null;
  if (received) return { attendance: 'apologies', chair: false, label: 'Apologies', rest: text.slice(received[0].length).replace(/\.$/, '') };
  const m = splitLabel(startsWithDigit(text) ? text.replace(/^\d+[.)]?\s+/, '') : text);
  if (!m) return null;
  const label = m[0].trim();
  const rest = m[1].trim();
  const lower = label.toLowerCase();
  const unmarked = collapseSpaces(lower.includes('*') || lower.includes('_') ? lower.replace(/[*_]/g, '') : lower);
  // "Also present via Teams virtually", "Present (remotely)": how people attended does not change the list.
  const key = lower.includes('via') || lower.includes('virtual') || lower.includes('remote') || lower.includes('online') ? withoutAttendanceMode(unmarked) : unmarked;
  // The phrases are at most 32 characters of lower-case letters, spaces, brackets and hyphens.
  if (key.length <= 40 && LIST_KEY.test(key) && ANY_PHRASE.test(key)) {
    if (CHAIR.test(key)) return rest && !isHeadingLine && !/:/.test(text) ? null : { attendance: 'present', chair: true, label, rest };
    for (const [re, attendance] of LISTS) if (re.test(key)) return { attendance, chair: false, label, rest };
  }
  if (afterRosterList && ACRONYM_HEADING.test(label) && !rest && (isHeadingLine || text.endsWith(':'))) {
    return { attendance: 'secretariat', chair: false, label, rest };
  }
  return null;
}

const isDash = (c: string | undefined) => c === '-' || c === '–';

/** Where a separator the label may end at (`:`, ` - `, a tab or the end) ends when it stands at `at`, or -1. */
function separatorEnd(s: string, at: number, runEnd: number): number {
  if (at === runEnd) return s[at] === ':' ? at + 1 : at === s.length ? at : -1;
  if (at === runEnd - 1 && isDash(s[runEnd]) && isSpaceCode(s.charCodeAt(runEnd + 1))) return runEnd + 2;
  return s[at] === '\t' ? at + 1 : -1;
}

/**
 * `/^([^:\t]{2,60}?)\s*(?::|\s[-–]\s|\t|$)\s*(.*)$/s.exec(s)` as [label, rest], run by run:
 * the regex retried the white space after every label length (quadratic on long runs).
 */
export function splitLabel(s: string): [string, string] | null {
  let limit = Math.min(60, s.length);
  for (let i = 0; i < limit; i++) {
    if (s[i] === ':' || s[i] === '\t') limit = i;
  }
  for (let head = 2; head <= limit; head++) {
    // A letter (or any character but white space and ":") can start no separator.
    if (head < s.length && s[head] !== ':' && !isSpaceCode(s.charCodeAt(head))) continue;
    const runEnd = skipSpaces(s, head);
    // The white space gives back one character at a time: the last separator wins.
    for (let at = runEnd; at >= head; at--) {
      const end = separatorEnd(s, at, runEnd);
      if (end !== -1) return [s.slice(0, head), s.slice(skipSpaces(s, end))];
    }
    // A longer label inside the same run has fewer separators to choose from.
    head = runEnd;
  }
  return null;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const ATTENDANCE_MODES = ['via teams', 'via zoom', 'via video link', 'via video', 'virtually', 'remotely', 'online', 'in person', '(virtually)', '(remotely)', '(online)'];

/** "also present via teams virtually" -> "also present". */
function withoutAttendanceMode(key: string): string {
  let out = ` ${key} `;
  for (const mode of ATTENDANCE_MODES) out = out.replace(` ${mode} `, ' ');
  return out.trim();
}

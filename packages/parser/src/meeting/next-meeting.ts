import type { NextMeeting } from '@lsmp/model';
import type { Context } from '../context.js';
import { findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';
import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces, lastWordAt } from '../text/clean.js';
import { APPROVAL_AT_NEXT_MEETING } from '../header/header-words.js';

// "Next meeting", "Next TSC meeting", "Next call" (teleconferences): the next meeting's cue.
// ("The Board will meet again on June 7, 2016": an American board's minutes name the next meeting so;
// "Council will meet on March 19, 2009 at 5:30 pm": a strata council's closing line, the body itself the subject.)
// ("Follow up meeting: 20 March 2019": a working group's next call as a field under "Next Steps", the label's colon
// telling it from a sentence about some follow-up meeting.)
const CUE = /\b(?:next|future)\s+(?:\w+\s+)?(?:meetings?|calls?|teleconf(?:erence)?s?|telecons?)\b|\bdate\s+of\s+(?:the\s+)?next\b|\bwill\s+meet\s+again\b|\b(?:council|board|committee)\s+will\s+meet\s+on\b|\bfollow[- ]?up\s+(?:meeting|call):/i;
// Every cue holds one of these words; a literal search rules most lines out first.
const CUE_WORD = /next|future|again|will meet|follow/i;
// "The next Advisory Group meeting", "the next scheduled Fire Commissioners meeting": a cue of several words between "next" and
// "meeting", read only where the minutes' title or body holds each word ("Next Personnel Board meeting" in a library board's minutes
// is another body's).
const NEXT_NAMED_MEETING = /\bnext\s+(?:scheduled\s+|regular\s+)?((?:[\w'’-]+\s+){2,3}?)meetings?\b/i;

/** Where the cue starts in a line that holds one. */
const cueIndex = (text: string): number => {
  const at = text.search(CUE);
  return at !== -1 ? at : text.search(NEXT_NAMED_MEETING);
};

/** Whether the line names the next meeting with words each of which the minutes' own name (title and body, as words) holds. */
function namesOwnNextMeeting(text: string, ownWords: ReadonlySet<string>): boolean {
  const words = NEXT_NAMED_MEETING.exec(text)?.[1]?.trim().toLowerCase().split(/\s+/);
  return words?.every((word) => ownWords.has(word)) ?? false;
}
const MOVED = /\b(?:moved|changed|rescheduled|re-scheduled|postponed|brought forward|put back|deferred)\b/gi;
// "Postponed until 19th July" says where it went as "moved to" does.
const TO = /\b(?:to|until)\b/gi;

/**
 * Where `/\b(?:moved|...|deferred)\b[^.]*?\bto\b/i` ends: a verb of moving, then "to"
 * before the next full stop. Read sentence by sentence: the regex read on from every verb.
 */
export function movedToEnd(text: string): number {
  // The first "to" after the last place searched from: still the first after a later place before it.
  let to: RegExpExecArray | null | undefined;
  MOVED.lastIndex = 0;
  for (let m = MOVED.exec(text); m; m = MOVED.exec(text)) {
    const from = MOVED.lastIndex;
    if (to === undefined || (to !== null && to.index < from)) {
      TO.lastIndex = from;
      to = TO.exec(text);
    }
    if (to === null) return -1;
    const stop = text.indexOf('.', from);
    if (stop === -1 || to.index + 2 <= stop) return to.index + 2;
    // A later verb before the same full stop finds no "to" either.
    MOVED.lastIndex = stop + 1;
  }
  return -1;
}

/**
 * The next meeting: a line that names it ("Date of next meeting", "Next meeting:")
 * with a date on it or in the few lines after a short cue line, and a later note
 * that moves it ("This has now been moved to 12 October 2017").
 */
export function readNextMeeting(lines: Line[], meetingDate: string | null, ctx: Context, title: string | null = null, body: string | null = null): NextMeeting | null {
  const ownWords = new Set(`${title ?? ''} ${body ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  // "# Node.js Next 10 Years team Meeting 2022-03-16": the minutes' own title names their team, not a next meeting.
  const ownTitle = title === null ? '' : collapseSpaces(title).toLowerCase();
  const isOwnTitle = (text: string) => ownTitle !== '' && ownTitle === collapseSpaces(text).toLowerCase();
  const cued = (text: string) => !isOwnTitle(text) && (CUE.test(text) || namesOwnNextMeeting(text, ownWords));
  // "## Upcoming Meetings" over "* CTC: 2016-Nov-09": a weaker cue, read only where no line names the next meeting.
  return (
    readCuedMeeting(lines, meetingDate, ctx, (text) => CUE_WORD.test(text) && cued(text.includes('pprov') ? text.replace(APPROVAL_AT_NEXT_MEETING, ' ') : text)) ??
    readCuedMeeting(lines, meetingDate, ctx, (text) => UPCOMING.test(text), title) ??
    readCuedMeeting(lines, meetingDate, ctx, (text) => SCHEDULE.test(text), null, true)
  );
}

const UPCOMING = /^upcoming\s+meetings?:?$/i;
// "Schedule of Meetings", "Meeting dates for 2010:", "Dates of meetings": a line (a heading, as agreed for the year) over
// the list of the year's meeting dates, of which the next meeting is the first after this one's. Read only where no line
// names the next meeting.
const SCHEDULE = /^(?:\d{1,2}\.?\s+)?(?:schedule\s+of\s+(?:\w+\s+){0,2}meetings|(?:\w+\s+)?meeting\s+(?:dates|schedule)|dates\s+of\s+(?:\w+\s+)?meetings)\b(?:\s+(?:for\s+)?(?:19|20)\d{2})?:?$/i;

// "* **CTC**: Apr 5, 2000 UTC", "* TSC: 2016-Nov-03": an upcoming meeting's entry, the body that meets first.
const ENTRY_LABEL = /^(?:[-*•]\s+)?(?:\*\*)?([^:*]{2,40}?)(?:\*\*)?:/;
// How far an "Upcoming meetings" list is read for the entry of the minutes' own body.
const UPCOMING_LINES = 16;

/** "* CTC: Apr 5" under "Upcoming Meetings" in the minutes of a "CTC Meeting": the line of the body's own next meeting. */
function ownEntry(lines: Line[], from: number, title: string): Line | undefined {
  for (let k = from + 1; k < Math.min(lines.length, from + UPCOMING_LINES); k++) {
    const line = lines[k]!;
    if (line.heading > 0) break;
    const label = line.blank ? null : ENTRY_LABEL.exec(line.raw.trim());
    if (label && lastWordAt(title, label[1]!.trim()) !== -1) return line;
  }
  return undefined;
}

// "### CPC and Board Meeting Updates", "## Updates from the working groups": a section reporting other bodies'
// meetings, whose "Next meeting is July 24th" is theirs, not the minutes' own.
const OTHER_MEETINGS_UPDATES = /\bmeetings?\s+updates?\b|\b(?:updates?|reports?)\s+from\b/i;

function readCuedMeeting(lines: Line[], meetingDate: string | null, ctx: Context, cues: (text: string) => boolean, title: string | null = null, firstAfter = false): NextMeeting | null {
  const year = meetingDate ? Number(meetingDate.slice(0, 4)) : undefined;
  let found: NextMeeting | null = null;
  let othersUpdates = false;
  for (let i = 0; i < lines.length; i++) {
    const written = lines[i]!;
    if (written.heading > 0) othersUpdates = OTHER_MEETINGS_UPDATES.test(written.text);
    const line = withCueCarriedOver(lines, i);
    if (line.blank || !cues(line.text) || (othersUpdates && line.heading === 0)) continue;
    const own = title ? ownEntry(lines, i, title) : undefined;
    const window = own ? [line, own] : [line, ...lines.slice(i + 1, i + 12).filter((l) => !l.blank).slice(0, 4)];
    const shortCue = line.text.length <= 60 || /:\s*$/.test(line.text);
    // A long line names other meetings' dates before its cue ("The minutes of the meeting held on 11.09.17 ...
    // at the next meeting"): the next meeting's date comes after the cue.
    const cueAt = shortCue ? -1 : cueIndex(line.text);
    const search = shortCue ? window : [cueAt > 0 ? { ...line, text: line.text.slice(cueAt) } : line];
    // A schedule of the year's dates may list this meeting's own: the next is the first after it.
    const hit = firstDateIn(search, year, meetingDate, firstAfter) ?? (cueAt > 0 ? openingDate(line, year, meetingDate) : null);
    if (!hit) continue;
    const times = findTimes(hit.line.text.slice(hit.index)) ?? findTimes(hit.line.text);
    const next: NextMeeting = {
      date: hit.iso, start: times?.start ?? null, end: times?.end ?? null, venue: null, originalDate: null, note: null,
      position: ctx.linesSpan(line, hit.line),
    };
    // A long cue line was searched as a slice of itself: its hit is the window's first line.
    for (const later of window.slice(shortCue ? hit.at : 0)) {
      const moved = movedToEnd(later.text);
      if (moved === -1) continue;
      const to = firstDateIn([{ ...later, text: later.text.slice(moved) }], year, meetingDate);
      if (to && to.iso !== next.date) {
        next.originalDate = next.date;
        next.date = to.iso;
        next.note = collapseSpaces(later.text).trim();
        ctx.report('LSMP5004', ctx.lineSpan(later), { actual: `${next.originalDate} -> ${next.date}` });
      }
    }
    found = next;
  }
  return found;
}

/**
 * "It was noted that the next" / "" / "Meeting would take place on Wednesday, 3rd September": a PDF converted a line a
 * paragraph, the cue cut after "next". The line read with the one that goes on with "Meeting".
 */
function withCueCarriedOver(lines: Line[], i: number): Line {
  const line = lines[i]!;
  if (line.blank || !line.text.toLowerCase().endsWith(' next')) return line;
  let k = i + 1;
  while (k < lines.length && k <= i + 2 && lines[k]!.blank) k++;
  const after = lines[k];
  if (!after || after.blank || !after.text.toLowerCase().startsWith('meeting ')) return line;
  // The line breaks become spaces in `raw`, so that positions run to the end of the line carried over.
  return { ...line, text: `${line.text} ${after.text}`, raw: line.raw + ' '.repeat(after.start - line.end) + after.raw, end: after.end, index: after.index };
}

// Before a sentence's opening date: nothing, or its weekday ("Friday 13th September 2002 at 2.30pm was agreed ...").
const WEEKDAY_ONLY = /^(?:\p{L}+day,?\s+)?$/iu;

/** "Friday 13th September 2002 at 2.30pm was agreed as the date of the next meeting.": the date the sentence opens with. */
function openingDate(line: Line, year: number | undefined, after: string | null) {
  const hit = firstDateIn([line], year, after);
  return hit && WEEKDAY_ONLY.test(line.text.slice(0, hit.index)) ? hit : null;
}

function firstDateIn(lines: Line[], year: number | undefined, after: string | null, strictly = false) {
  for (const [at, line] of lines.entries()) {
    for (const d of findDates(line.text, year)) {
      let iso = d.iso;
      // "2nd November" in minutes of a December meeting means next year's.
      if (d.yearInferred && after && iso < after) iso = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
      if (!after || iso > after || (iso === after && !strictly)) return { iso, line, at, index: d.index };
    }
  }
  return null;
}

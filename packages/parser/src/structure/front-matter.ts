import type { Line } from '../scan/scan-lines.js';
import { readRosterHeading } from '../roster/headings.js';
import { findTimes } from '../dates/parse-time.js';
import { decodeEntities } from '../scan/html-blocks.js';

export interface FrontMatter {
  /** The index of the first line after the front matter, or of its first kept list. */
  from: number;
  title: string | null;
  /** "date: 2025-03-10" in front matter that lists the people (the meeting's own record, not a web page's publication date). */
  date: string | null;
  /** The front matter's date whatever it lists: a web page's publication date, which gives a year to a day and month alone. */
  published: string | null;
  /** The clock of that date ("date: 2020-05-26 14:00:00 +1000"), none at midnight (a post dated by its day alone). */
  publishedClock: string | null;
  /** The meeting's facts that front matter listing the people gives: "date: 2017-11-09 19:20", "close-meeting: 20:49", "location: IRC". */
  start: string | null;
  end: string | null;
  venue: string | null;
}

// "members:", "other_attendees:", "date: 2025-03-10": a YAML key, perhaps with its value ('title = "..."' in TOML).
const KEY = /^([A-Za-z][\w-]*)\s*[:=](?:[ \t]*(\S.*))?$/;
// "  - Ada Finch": an entry of the list under the key above.
const ENTRY = /^\s+-\s+\S/;
const ISO_DATE = /^["']?(\d{4}-\d{2}-\d{2})\b/;
// "2017-11-09 19:20", "2017-11-09T19:20:00": the clock after the date.
const DATE_TIME = /^["']?\d{4}-\d{2}-\d{2}[ T](\d{1,2}:\d{2})\b/;
const END_KEYS = new Set(['end', 'end-time', 'end_time', 'closed', 'close', 'close-meeting', 'close_meeting', 'finish', 'finished']);
const START_KEYS = new Set(['time', 'start', 'start-time', 'start_time', 'open-meeting', 'open_meeting', 'opened']);
const VENUE_KEYS = new Set(['location', 'venue', 'place', 'where']);
/** Front matter with more lines than this outside indented values is a document of its own, not a header. */
const MOST_LINES = 60;
/** The furthest the closing fence is sought through indented values (scribejs's "json-ld: |" block lists every attendee). */
const MOST_INDENTED_LINES = 600;

/**
 * YAML front matter between "---" lines at the top (TOML between "+++") (markdown minutes kept by static-site tools):
 * its title and date, and its lists of people ("members:" over "  - Ada Finch"), which are kept as
 * the roster lists they are, under the label the key spells ("Other attendees:"). Every other key
 * (layout, tags, categories) is left out.
 */
export function readFrontMatter(lines: Line[]): FrontMatter {
  const none = { from: 0, title: null, date: null, published: null, publishedClock: null, start: null, end: null, venue: null };
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  const fence = first === -1 || first > 2 ? '' : lines[first]!.raw.trim();
  if (fence !== '---' && fence !== '+++') return none;
  const close = closingFence(lines, first, fence);
  if (close === -1) return none;
  let title: string | null = null;
  let date: string | null = null;
  let start: string | null = null;
  let end: string | null = null;
  let venue: string | null = null;
  let listed = false;
  let posted: string | null = null;
  // Whether the entries under the current key are people.
  let people = false;
  for (let k = first + 1; k < close; k++) {
    const line = lines[k]!;
    const key = KEY.exec(line.raw);
    if (key) {
      const name = key[1]!.toLowerCase();
      const value = key[2]?.trim() ?? '';
      // ('title: "Meeting Notes &#58; Police Liaison"': a blog's export writes some characters as entities.)
      if (name === 'title') title = decodeEntities(unquoted(value)) || null;
      if (name === 'date') {
        date = ISO_DATE.exec(value)?.[1] ?? null;
        start ??= clockOf(value);
        posted = DATE_TIME.exec(value)?.[1] ?? null;
      }
      if (START_KEYS.has(name)) start = clockOf(value) ?? start;
      if (END_KEYS.has(name)) end = clockOf(value);
      if (VENUE_KEYS.has(name) && value) venue = unquoted(value);
      const label = `${key[1]!.charAt(0).toUpperCase()}${key[1]!.slice(1).replace(/[_-]+/g, ' ')}:`;
      people = value === '' && readRosterHeading(label, false) !== null;
      listed ||= people;
      line.text = people ? label : '';
    } else if (!people || !ENTRY.test(line.raw)) line.text = '';
    line.blank = line.text === '';
  }
  // A web page's front matter dates its publication, not the meeting.
  const publishedClock = posted && !/^0?0:00$/.test(posted) ? clockOf(posted) : null;
  if (!listed) return { from: close + 1, title, date: null, published: date, publishedClock, start: null, end: null, venue: null };
  lines[first]!.text = '';
  lines[first]!.blank = true;
  lines[close]!.text = '';
  lines[close]!.blank = true;
  return { from: first, title, date, published: date, publishedClock, start, end, venue };
}

/**
 * The line of the fence that closes the front matter opened at `first`, or -1. Lines of an indented value
 * (W3C's scribejs writes a JSON-LD record of the meeting under "json-ld: |", over a hundred lines) do not
 * count towards the length that makes the block a document of its own.
 */
function closingFence(lines: Line[], first: number, fence: string): number {
  let counted = 0;
  for (let k = first + 1; k < lines.length && k < first + MOST_INDENTED_LINES; k++) {
    const raw = lines[k]!.raw;
    if (raw.trim() === fence) return k;
    const indented = raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9;
    if (!indented && ++counted >= MOST_LINES - 1) return -1;
  }
  return -1;
}

const unquoted = (value: string) => value.replace(/^["']|["']$/g, '');

/** "2017-11-09 19:20" or "7.30pm": the clock a value gives, as HH:MM. */
function clockOf(value: string): string | null {
  const stamped = DATE_TIME.exec(value)?.[1];
  return findTimes(`at ${stamped ?? unquoted(value)}`)?.start ?? null;
}

// "title: Meeting Minutes", "title: Board meeting notes": a post that is the record of a meeting.
const MINUTES_POST = /\bminutes\b|\bmeeting notes\b|\bnotes of (?:the )?meeting\b/i;

/** Whether a web page's front-matter title says the page is a meeting's minutes (its date then the meeting's, when the text gives none). */
export function postsMinutes(title: string | null): boolean {
  return title !== null && MINUTES_POST.test(title);
}

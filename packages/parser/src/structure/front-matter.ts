import type { Line } from '../scan/scan-lines.js';
import { readRosterHeading } from '../roster/headings.js';

export interface FrontMatter {
  /** The index of the first line after the front matter, or of its first kept list. */
  from: number;
  title: string | null;
  /** "date: 2025-03-10" in front matter that lists the people (the meeting's own record, not a web page's publication date). */
  date: string | null;
}

// "members:", "other_attendees:", "date: 2025-03-10": a YAML key, perhaps with its value ('title = "..."' in TOML).
const KEY = /^([A-Za-z][\w-]*)\s*[:=](?:[ \t]*(\S.*))?$/;
// "  - Ada Finch": an entry of the list under the key above.
const ENTRY = /^\s+-\s+\S/;
const ISO_DATE = /^["']?(\d{4}-\d{2}-\d{2})\b/;
/** Front matter longer than this is a document of its own, not a header. */
const MOST_LINES = 60;

/**
 * YAML front matter between "---" lines at the top (TOML between "+++") (markdown minutes kept by static-site tools):
 * its title and date, and its lists of people ("members:" over "  - Ada Finch"), which are kept as
 * the roster lists they are, under the label the key spells ("Other attendees:"). Every other key
 * (layout, tags, categories) is left out.
 */
export function readFrontMatter(lines: Line[]): FrontMatter {
  const none = { from: 0, title: null, date: null };
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  const fence = first === -1 || first > 2 ? '' : lines[first]!.raw.trim();
  if (fence !== '---' && fence !== '+++') return none;
  const close = lines.findIndex((l, k) => k > first && k < first + MOST_LINES && l.raw.trim() === fence);
  if (close === -1) return none;
  let title: string | null = null;
  let date: string | null = null;
  let listed = false;
  // Whether the entries under the current key are people.
  let people = false;
  for (let k = first + 1; k < close; k++) {
    const line = lines[k]!;
    const key = KEY.exec(line.raw);
    if (key) {
      const name = key[1]!.toLowerCase();
      const value = key[2]?.trim() ?? '';
      if (name === 'title') title = value.replace(/^["']|["']$/g, '') || null;
      if (name === 'date') date = ISO_DATE.exec(value)?.[1] ?? null;
      const label = `${key[1]!.charAt(0).toUpperCase()}${key[1]!.slice(1).replace(/[_-]+/g, ' ')}:`;
      people = value === '' && readRosterHeading(label, false) !== null;
      listed ||= people;
      line.text = people ? label : '';
    } else if (!people || !ENTRY.test(line.raw)) line.text = '';
    line.blank = line.text === '';
  }
  // A web page's front matter dates its publication, not the meeting.
  if (!listed) return { from: close + 1, title, date: null };
  lines[first]!.text = '';
  lines[first]!.blank = true;
  lines[close]!.text = '';
  lines[close]!.blank = true;
  return { from: first, title, date };
}

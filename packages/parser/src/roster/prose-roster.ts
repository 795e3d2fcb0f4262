import type { Attendance } from '@lsmp/model';
import type { Line } from '../scan/scan-lines.js';
import { SENTENCE_STOP } from '../text/names.js';
import type { RosterSection } from './read-roster.js';
import type { RosterHeading } from './headings.js';

// A roster written as sentences, where no list heads one: "Selectmen present included Ann Lee, Tom Hale and
// Jo Finch.", "Town Administrator Ray Moss also attended.", "Cllr Ivan Tate was absent.", "The meeting was
// called to order at 7pm by Chairman Ed Lowe."

/** The words that say who was there, after the list or before it, and the list they make. */
const BEFORE_LIST: [string, Attendance][] = [
  [' present were ', 'present'],
  [' present included ', 'present'],
  [' in attendance were ', 'present'],
];
const AFTER_LIST: [string, Attendance][] = [
  [' also attended', 'in-attendance'],
  [' were also present', 'in-attendance'],
  [' was also present', 'in-attendance'],
  [' were also in attendance', 'in-attendance'],
  [' was also in attendance', 'in-attendance'],
  [' was absent', 'apologies'],
  [' were absent', 'apologies'],
];
const CHAIR_WORDS = ['Chairman ', 'Chairwoman ', 'Chairperson ', 'Chair ', 'President ', 'Mayor '];
// The opening words before "present were": "Board members", "Councillors", "Those" (three words at most, no figures).
const OPENING = /^(?:[\p{L}-]+ ){0,3}$/u;

/** The lists the sentences before the first item write, as roster sections; empty where none reads so. */
export function readProseRoster(lines: Line[]): RosterSection[] {
  const sections: RosterSection[] = [];
  for (const line of lines) {
    if (line.blank || line.code || line.heading > 0) continue;
    const { text } = line;
    // Cheap tests first: most lines say none of this.
    if (!text.includes(' present') && !text.includes('attend') && !text.includes(' absent') && !text.includes(' to order')) continue;
    for (const sentence of text.split(SENTENCE_STOP)) {
      const welcome = sentence.includes(' welcomed ') ? readWelcome(sentence.trim().replace(/\.$/, '')) : null;
      if (welcome) {
        sections.push(...welcome.map((heading) => ({ heading, headingLine: line, lines: [] })));
        continue;
      }
      const read = readSentence(sentence.trim().replace(/\.$/, ''));
      if (!read) continue;
      // "..., clerk Jo Finch and guests Bo Reed and Al Finch": the guests named at the end of those present.
      const guests = read.attendance === 'present' ? GUESTS.exec(read.names) : null;
      const names = guests ? read.names.slice(0, guests.index) : read.names;
      sections.push({ heading: { attendance: read.attendance, chair: read.chair, label: read.label, rest: withPostsAfterNames(names) }, headingLine: line, lines: [] });
      if (guests) sections.push({ heading: { attendance: 'in-attendance', chair: false, label: 'Guests', rest: withPostsAfterNames(read.names.slice(guests.index + guests[0].length)) }, headingLine: line, lines: [] });
    }
  }
  return sections;
}

// "the Chairman (Joyce Hull) welcomed those present: Ann Lee, Tom Hale": who was there, after the welcome.
const WELCOMED = /\swelcomed\s(?:those|all|everyone)\spresent[:,]?\s(?=\p{Lu})/u;
// "the Chairman (Joyce Hull)", "The Chair, Jo Finch,": the chair who gave the welcome, named after the word.
const WELCOMING_CHAIR = /\bchair(?:man|woman|person)?(?:\s\(([^()]{3,40})\)|,\s([^,()]{3,40}),?)$/i;

/** The list after "welcomed those present:", and the chair who welcomed them where the sentence names one. */
function readWelcome(sentence: string): RosterHeading[] | null {
  const m = WELCOMED.exec(sentence);
  if (!m) return null;
  const list: RosterHeading = { attendance: 'present', chair: false, label: 'Present', rest: sentence.slice(m.index + m[0].length) };
  const chair = WELCOMING_CHAIR.exec(sentence.slice(0, m.index));
  const name = chair ? (chair[1] ?? chair[2])!.trim() : '';
  return name ? [{ attendance: 'present', chair: true, label: 'Chair', rest: name }, list] : [list];
}

function readSentence(sentence: string): { attendance: Attendance; chair: boolean; label: string; names: string } | null {
  // "Present were Ann Lee and Tom Hale", "Selectmen present included ...".
  const spaced = ` ${sentence}`;
  for (const [words, attendance] of BEFORE_LIST) {
    const at = spaced.toLowerCase().indexOf(words);
    const opening = at === -1 ? '' : spaced.slice(1, at + 1);
    // "Also present were guests Bo Reed and Al Finch": there, not as members.
    const also = opening === 'Also ';
    if (at !== -1 && OPENING.test(opening)) return { attendance: also ? 'in-attendance' : attendance, chair: false, label: also ? 'Also present' : 'Present', names: spaced.slice(at + words.length) };
  }
  for (const [words, attendance] of AFTER_LIST) {
    if (sentence.endsWith(words)) return { attendance, chair: false, label: attendance === 'apologies' ? 'Absent' : 'Also present', names: sentence.slice(0, -words.length) };
  }
  // "called to order at 7:00 p.m. by Chairman Ed Lowe": the chair, named after the post.
  const by = sentence.includes(' to order') ? sentence.lastIndexOf(' by ') : -1;
  const after = by === -1 ? '' : sentence.slice(by + 4);
  const post = CHAIR_WORDS.find((w) => after.startsWith(w));
  return post ? { attendance: 'present', chair: true, label: 'Chair', names: after.slice(post.length) } : null;
}

// "supervisors Ann Lee, Tom Hale, and Jo Finch, treasurer Ray Moss": a post in lower case before the names it describes.
const POST_BEFORE = /^(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}) (?=\p{Lu})/u;
// Words that say how people came, not what post they hold.
const NO_POST = new Set(['guests', 'guest', 'visitors', 'members', 'residents', 'others']);
const GUESTS = /,? and (?:guests|visitors) (?=\p{Lu})/u;
const LIST_BREAK = /, and |, | and /;

/** "supervisors Ann Lee and Tom Hale, clerk Jo Finch" -> "Ann Lee (supervisor), Tom Hale (supervisor), Jo Finch (clerk)". */
function withPostsAfterNames(list: string): string {
  const parts = list.split(LIST_BREAK);
  if (!parts.some((part) => POST_BEFORE.test(part))) return list;
  let post: string | null = null;
  return parts
    .map((written) => {
      const m = POST_BEFORE.exec(written);
      if (m) post = NO_POST.has(m[1]!) ? null : m[1]!.replace(/(?<=[^s])s$/, '');
      const name = m ? written.slice(m[0].length) : written;
      return post ? `${name} (${post})` : name;
    })
    .join(', ');
}

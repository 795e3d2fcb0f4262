import { splitOutsideBrackets, splitTopLevel } from '../text/clean.js';
import type { Attendance } from '@lsmp/model';
import type { Line } from '../scan/scan-lines.js';
import { SENTENCE_STOP } from '../text/names.js';
import type { RosterSection } from './read-roster.js';
import { readsAsPost } from './describe.js';
import { parseEntry } from './parse-entry.js';
import type { RosterHeading } from './headings.js';

// A roster written as sentences, where no list heads one: "Selectmen present included Ann Lee, Tom Hale and
// Jo Finch.", "Town Administrator Ray Moss also attended.", "Cllr Ivan Tate was absent.", "The meeting was
// called to order at 7pm by Chairman Ed Lowe."

/** The words that say who was there, after the list or before it, and the list they make. */
const BEFORE_LIST: [string, Attendance][] = [
  [' present were ', 'present'],
  [' present included ', 'present'],
  [' in attendance were ', 'present'],
  [' in attendance are ', 'present'],
  // "The meeting begins at 10:10 A.M. and Present are the following: President Kuhne, ...": the roll announced, then read.
  [' present are the following ', 'present'],
  [' present were the following ', 'present'],
  // "Also in attendance was Melinda Brown and Teressa King.": the verb agreeing with the first name only.
  [' in attendance was ', 'present'],
  [' attending the meeting were ', 'present'],
  // "Board members attending were Chairman Ada Frost, ...", "Also attending were EMS Chief Dan Reyes, ...": an ambulance
  // or fire district board's roll and its staff, as American boards write them in the opening paragraph.
  [' attending were ', 'present'],
  [' guests were ', 'in-attendance'],
  // "Present by invitation were Attorney Lee Denner, ...": those the board invited, beside its members.
  [' present by invitation were ', 'in-attendance'],
  // "Visitors included Bruce Seely (Social Sciences), ...": a senate's visitors, recognised by name.
  [' visitors included ', 'in-attendance'],
  [' guests included ', 'in-attendance'],
  // "Absent were Ms. Green and Ms. Sanders.": the roll's other half, after "Present were ...".
  [' absent were ', 'apologies'],
  // "A quorum was established with board members Raye Brown, ..., and Pat Aylward.": the quorum, named.
  [' quorum was established with board members ', 'present'],
  [' quorum was established with members ', 'present'],
];
// " present from VEC were ", " present from the District were ": those there from the body's staff.
const PRESENT_FROM = /\spresent\sfrom\s(?:the\s)?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}\swere\s/u;
// (What follows "were present as well as" is read as those in attendance.)
const PRESENT_AS_WELL_AS = ' were present as well as ';
// "II. Roll Call Commissioners Humphry, Woods ... were present": a flattened text's item label before the list.
// "Board members Kay Lyle, Ned Pratt and Sheriff Hal Boone were present": the members named as such before the list, no post.
const MEMBERS_LEAD = /^(?:(?:Board|Council|Committee|Commission)\s)?[Mm]embers\s(?=\p{Lu})/u;
// "Also, in attendance were: ...": the comma after "Also" leaves it the opening word still.
const ALSO_COMMA = /^Also,\s/;
const ROLL_CALL_LABEL = /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s)?(?:roll\s?call|attendance)[:.]?\s(?=\p{Lu})/iu;
// ("Otto Vance was not present at the meeting.": where they were not.)
const MISSED_FROM = /\s(?:from|for|at)\s(?:the\s)?(?:roll\s?call|meeting)$/i;
const AFTER_LIST: [string, Attendance][] = [
  [' were present', 'present'],
  // "Peasley, Funk and Cromer answered roll call.": a school board's roll, called and answered.
  [' answered roll call', 'present'],
  [' answered the roll call', 'present'],
  // "Chair Perry and Commissioners Andrew, Power, and Woodruff, answered the roll.": a commission's roll, so answered.
  [' answered the roll', 'present'],
  [' answered present', 'present'],
  [' also attended', 'in-attendance'],
  [' were also present', 'in-attendance'],
  [' was also present', 'in-attendance'],
  [' were also in attendance', 'in-attendance'],
  [' was also in attendance', 'in-attendance'],
  [' was absent', 'apologies'],
  [' were absent', 'apologies'],
  // "Chairman Michael Bergstrom was not present.": the roll's other half, said the other way.
  [' was not present', 'apologies'],
  [' were not present', 'apologies'],
];
// "President Blair opened the meeting", "Supervisor Thomas Wood opened the meeting": a post, a name, then the words.
// ("Vice-Chairman Ian Findley called the September Board Meeting of the ... District to order": the same, in the words a
// district's minutes use, the one presiding perhaps the vice chair; anywhere in the sentence, as "CALL TO ORDER: Vice-Chairman ...".)
const OPENED_BY = /^((?:Vice[\s-])?(?:Chairman|Chairwoman|Chairperson|Chair|President)|Mayor|Supervisor)\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(?:(?:opened|convened)\sthe\smeeting\b|called\sthe\s[^.]{0,120}?\sto\sorder\b)/u;
// Where a chair's post may open the words of OPENED_BY inside a sentence.
const CHAIR_POST_AT = /(?<!\S)(?:Vice[\s-])?(?:Chair|President|Mayor|Supervisor)/gu;
// "by President Dana Reyes at 19:04. Also present: ...", "by President Hal Orton @ 19:10": the clock after the name is not
// part of it (the words after the clock may be the next list's).
const CLOCK_AFTER = /\s(?:at|@)\s?\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\b)?/;
const CHAIR_WORDS = ['Chairman ', 'Chairwoman ', 'Chairperson ', 'Chair ', 'President ', 'Mayor '];
// The opening words before "present were": "Board members", "Councillors", "Those" (three words at most, no figures).
const OPENING = /^(?:[\p{L}-]+ ){0,3}$/u;

/** The lists the sentences before the first item write, as roster sections; empty where none reads so. */
export function readProseRoster(lines: Line[], firstItemLine = Number.POSITIVE_INFINITY): RosterSection[] {
  const sections: RosterSection[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.blank || line.code || line.heading > 0) continue;
    // "Board members" / "present were ...": a sentence wrapped onto the lines below, a long line
    // without a stop at its end or a line going on in lower case.
    let text = line.text;
    while (at + 1 < lines.length && wrapsOnto(text, lines[at + 1]!)) text = `${text} ${lines[++at]!.text}`;
    // Cheap tests first: most lines say none of this.
    if (!text.includes(' present') && !text.includes(' Present were ') && !text.includes(' Present are ') && !text.includes(' quorum ') && !text.includes('ttend') && !text.includes(' absent') && !text.includes(' to order') && !text.includes(' to Order') && !text.includes('resent:') && !text.includes(' roll') && !text.includes(' chaired the meeting') && !text.includes(' the chair') && !text.includes(' presided') && !/pologies/i.test(text)) continue;
    for (const [k, sentence] of text.split(SENTENCE_STOP).flatMap(splitAtClockStop).flatMap(splitAtRunOnItem).entries()) {
      const welcome = sentence.includes(' welcomed ') ? readWelcome(sentence.trim().replace(/\.$/, '')) : null;
      if (welcome) {
        sections.push(...welcome.map((heading) => ({ heading, headingLine: line, lines: [] })));
        continue;
      }
      const read = readSentence(sentence.trim().replace(/\.$/, ''), k > 0, text);
      // "Mr T Gee took the chair, apologies from Mrs L Osborne and Mr W Gee, all other members were present": the clause's names.
      // (Only before the first item: an apologies item's own sentences are read with the items.)
      const apologies = line.index < firstItemLine ? APOLOGIES_CLAUSE.exec(sentence) : null;
      const sent = apologies ? namesOpening(sentence.slice(apologies.index + apologies[0].length).trim().replace(/\.$/, '')) : null;
      const apologySection: RosterSection[] = sent ? [{ heading: { attendance: 'apologies', chair: false, label: 'Apologies', rest: sent }, headingLine: line, lines: [] }] : [];
      if (!read) {
        sections.push(...apologySection);
        continue;
      }
      // "..., clerk Jo Finch and guests Bo Reed and Al Finch": the guests named at the end of those present.
      const guests = read.attendance === 'present' ? GUESTS.exec(read.names) : null;
      const names = guests ? read.names.slice(0, guests.index) : read.names;
      sections.push({ heading: { attendance: read.attendance, chair: read.chair, label: read.label, rest: withPostsAfterNames(withFirmsInBrackets(withoutGroups(names.replace(ROLL_CALL_LABEL, '').replace(MEMBERS_LEAD, '')))) }, headingLine: line, lines: [] });
      // "... were present as well as Executive Director Sherburne": those there beside the members.
      const besides = read.label === 'Present' ? sentence.indexOf(PRESENT_AS_WELL_AS) : -1;
      if (besides > 0) {
        const rest = withPostsAfterNames(withoutGroups(sentence.slice(besides + PRESENT_AS_WELL_AS.length).trim().replace(/\.$/, '')));
        sections.push({ heading: { attendance: 'in-attendance', chair: false, label: 'Also present', rest }, headingLine: line, lines: [] });
      }
      if (guests) sections.push({ heading: { attendance: 'in-attendance', chair: false, label: 'Guests', rest: withPostsAfterNames(read.names.slice(guests.index + guests[0].length)) }, headingLine: line, lines: [] });
      sections.push(...apologySection);
    }
  }
  return sections;
}

// "... to order at 7:05 PM. Board members ...": a clock in capitals ends its sentence too.
const CLOCK_STOP = /(?<=\d\s?[AP]M)\.\s+(?=\p{Lu})/u;

/** The sentence parted after a clock in capitals that ends it ("at 7:05 PM. Board members ..."). */
const splitAtClockStop = (sentence: string): string[] => (sentence.includes('M. ') ? sentence.split(CLOCK_STOP) : [sentence]);

// "... and Billy Deragon. 2. Citizen comment.": a text flattened to one line runs the next item's number on after the stop.
const RUN_ON_ITEM = /\.\s\d{1,2}\.\s(?=\p{Lu})/u;

/** The sentence up to the item number run on after its stop, and the item's words after it. */
const splitAtRunOnItem = (sentence: string): string[] => sentence.split(RUN_ON_ITEM);

// "Commissioners Alder and Birch were present.", "Commissioner Dunn was absent.", "Present were ...": a sentence of the roll.
const ROLL_SENTENCE = /\s(?:were|was)\s(?:also\s)?(?:present|absent)\b|\spresent\swere\s/;
// "... to order at 7:35 pm. Present were Mr. Lee, ...": a sentence opening with the roll's words.
const ROLL_AFTER_LABEL = /\.\s(?:Present|Absent)\swere\s/;

/**
 * "Roll Call" over "Commissioners Alder and Birch were present as well as Executive Director Quill.": a roster section
 * written as sentences, read as the sentences say rather than as a list of names.
 */
export function withRollSentences(sections: RosterSection[]): RosterSection[] {
  return sections.flatMap((section) => {
    // "1. ROLL CALL. Ms. Hale called the meeting to order at 7:35 pm. Present were Mr. Lee, ... Absent were Ms. Park.": the
    // sentences run on after the label, on its line.
    if (section.heading.rest && section.headingLine && section.lines.every((l) => l.blank) && ROLL_AFTER_LABEL.test(section.heading.rest)) {
      const prose = readProseRoster([{ ...section.headingLine, text: section.heading.rest }]);
      return prose.length > 0 ? prose : [section];
    }
    if (section.heading.rest || !section.lines.some((l) => ROLL_SENTENCE.test(l.text)) || !writtenAsSentences(section.lines)) return [section];
    const prose = readProseRoster(section.lines);
    return prose.length > 0 ? prose : [section];
  });
}

// A roll written as sentences is a few of them; a flattened page's list with a sentence run into it is longer.
const MAX_ROLL_SENTENCES_LENGTH = 600;

/** Lines that are sentences only: each ends with a full stop, or goes on in lower case on the next. */
function writtenAsSentences(lines: Line[]): boolean {
  const filled = lines.filter((l) => !l.blank);
  if (filled.reduce((n, l) => n + l.text.length, 0) > MAX_ROLL_SENTENCES_LENGTH) return false;
  return filled.every((l, k) => l.text.endsWith('.') || /^\p{Ll}/u.test(filled[k + 1]?.text ?? ''));
}

// A line this long ends where the page did, not where the writer did.
const WRAPPED_WIDTH = 40;

function wrapsOnto(text: string, next: Line): boolean {
  if (next.blank || next.code || next.heading > 0) return false;
  return /^\p{Ll}/u.test(next.text) || (text.length >= WRAPPED_WIDTH && !'.:!?'.includes(text.charAt(text.length - 1)));
}

// "the Chairman (Joyce Hull) welcomed those present: Ann Lee, Tom Hale": who was there, after the welcome.
const WELCOMED = /\swelcomed\s(?:those|all|everyone)\spresent[:,]?\s(?=\p{Lu})/u;
// "the Chairman (Joyce Hull)", "The Chair, Jo Finch,": the chair who gave the welcome, named after the word.
const WELCOMING_CHAIR = /\bchair(?:man|woman|person)?(?:\s\(([^()]{3,40})\)|,\s([^,()]{3,40}),?)$/i;

/** The list after "welcomed those present:", and the chair who welcomed them where the sentence names one. */
// "Inga chaired the meeting and welcomed Yaara, Alexine and Pip": the chair, then those there, in one sentence.
const CHAIRED_AND_WELCOMED = /^((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’-]*)\schaired\sthe\smeeting\sand\swelcomed\s(?=\p{Lu})/u;

function readWelcome(sentence: string): RosterHeading[] | null {
  const chaired = CHAIRED_AND_WELCOMED.exec(sentence);
  if (chaired) {
    return [
      { attendance: 'present', chair: true, label: 'Chair', rest: chaired[1]! },
      { attendance: 'present', chair: false, label: 'Present', rest: sentence.slice(chaired[0].length) },
    ];
  }
  const m = WELCOMED.exec(sentence);
  if (!m) return null;
  const list: RosterHeading = { attendance: 'present', chair: false, label: 'Present', rest: sentence.slice(m.index + m[0].length) };
  const chair = WELCOMING_CHAIR.exec(sentence.slice(0, m.index));
  const name = chair ? (chair[1] ?? chair[2])!.trim() : '';
  return name ? [{ attendance: 'present', chair: true, label: 'Chair', rest: name }, list] : [list];
}

function readSentence(sentence: string, afterAnother: boolean, paragraph = sentence): { attendance: Attendance; chair: boolean; label: string; names: string } | null {
  // "Jo Finch called the meeting to order. In attendance: Ann Lee, Tom Hale": a label after the opening sentence lists those there.
  if (afterAnother && ATTENDANCE_LABEL.test(sentence)) return { attendance: 'present', chair: false, label: 'Present', names: sentence.replace(ATTENDANCE_LABEL, '') };
  // "... responding to roll call: Present: Stewart, Wymer. Absent: Baltz.": the absent named after the present.
  if (afterAnother && ABSENT_LABEL.test(sentence)) return { attendance: 'apologies', chair: false, label: 'Absent', names: sentence.replace(ABSENT_LABEL, '') };
  // "Pledge of Allegiance Trustees Present: Nordquist, Lofdahl": the members' label run into the sentence before it.
  const members = sentence.includes('resent:') ? MEMBERS_PRESENT.exec(sentence) : null;
  if (members) return { attendance: 'present', chair: false, label: 'Present', names: sentence.slice(members.index + members[0].length) };
  // "Present were Ann Lee and Tom Hale", "Selectmen present included ...".
  // ("Board members present, in addition to the supervisor, were ...": the clause between the words left out.)
  // ("Board Members in attendance at the meeting were: Chair Ann Lee, ...": where they were, and a colon, before the list.)
  // ("Also present from VEC were CEO Ann Lee, ...": the staff of the body, named by where they come from.)
  const spaced = ` ${sentence.replace(ALSO_COMMA, 'Also ').replace(BESIDES_CLAUSE, ' present were ').replace(AT_THE_MEETING, '').replace(PRESENT_FROM, ' present were ').replace(' were: ', ' were ').replace(' the following: ', ' the following ')}`;
  for (const [words, attendance] of BEFORE_LIST) {
    const at = spaced.toLowerCase().indexOf(words);
    // "... called the meeting to order at 6:30 pm -- those in attendance are ...": the opening is the clause's.
    // (Or after a full stop the sentence split kept, or a comma: "... on August 17, 2020.  Board members present were ...".)
    const dash = at === -1 ? -1 : spaced.lastIndexOf(' -- ', at);
    const stop = at === -1 ? -1 : Math.max(spaced.lastIndexOf('. ', at), spaced.lastIndexOf(', ', at));
    const from = Math.max(dash === -1 ? 1 : dash + 4, stop === -1 ? 1 : stop + 2);
    const opening = at === -1 ? '' : spaced.slice(from, at + 1).trimStart();
    // "Also present were guests Bo Reed and Al Finch", "Liaisons in attendance were ...": there, not as members.
    const also = NOT_MEMBERS_OPENING.test(opening);
    // "Staff members present were Karen James, Board Administrative Assistant, ...": the body's own staff, its secretariat.
    if (at !== -1 && STAFF_OPENING.test(opening)) return { attendance: 'secretariat', chair: false, label: 'Staff', names: spaced.slice(at + words.length) };
    // ("Absent were representatives from Physics, ...": the units that sent no one, no people.)
    if (attendance === 'apologies' && /^\p{Ll}/u.test(spaced.slice(at + words.length))) continue;
    if (at !== -1 && OPENING.test(opening)) return { attendance: also ? 'in-attendance' : attendance, chair: false, label: also ? 'Also present' : 'Present', names: spaced.slice(at + words.length) };
  }
  // "Directors Ann Lee and Bo Chan were present, as was the Treasurer, Alice Donovan.": one more there, named after the verb.
  const asWas = sentence.includes(' were present, as ') ? AS_WAS_TOO.exec(sentence) : null;
  if (asWas) return { attendance: 'present', chair: false, label: 'Present', names: `${sentence.slice(0, asWas.index)}, ${postAfterName(sentence.slice(asWas.index + asWas[0].length))}` };
  // "Commissioner Cole was absent from roll call": the words after the list end with where they were missed.
  const ended = sentence.replace(MISSED_FROM, '');
  for (const [words, attendance] of AFTER_LIST) {
    if (ended.endsWith(words)) return { attendance, chair: false, label: attendance === 'apologies' ? 'Absent' : 'Also present', names: ended.slice(0, -words.length) };
  }
  // "Commissioners Humphry, Woods and Terry were present as well as Executive Director Sherburne": the members, then
  // those there beside them (read by the caller from the words after "as well as").
  const alsoAt = sentence.indexOf(PRESENT_AS_WELL_AS);
  if (alsoAt > 0) return { attendance: 'present', chair: false, label: 'Present', names: sentence.slice(0, alsoAt) };
  // "Mrs K Creese took the chair, all committee members were present": a society's minutes name the chair so, and no list.
  const chair = sentence.includes(' the chair') || sentence.includes(' chaired the meeting') || sentence.includes(' presided') ? TOOK_CHAIR.exec(sentence) : null;
  if (chair && NAMED_ONLY.test(sentence.slice(0, chair.index))) return { attendance: 'present', chair: true, label: 'Chair', names: sentence.slice(0, chair.index) };
  // "Richard Trail (Chair) welcomed the members present": the one who welcomed them, marked as the chair in brackets.
  const welcomer = sentence.includes(') welcomed ') ? CHAIR_WELCOMED.exec(sentence) : null;
  if (welcomer) return { attendance: 'present', chair: true, label: 'Chair', names: `${welcomer[1]!} (${welcomer[2]!})` };
  // "The President, Dr David Vernon, was in the chair": the post, then the name between commas.
  const postThenName = chair ? POST_COMMA_NAME.exec(sentence.slice(0, chair.index)) : null;
  if (postThenName) return { attendance: 'present', chair: true, label: 'Chair', names: `${postThenName[2]!} (${postThenName[1]!})` };
  // "Supervisor Maier opened the meeting at 7:00 PM": the chair, the post before the name.
  const opened = sentence.includes(' the meeting') || sentence.includes(' to order') ? openedBy(sentence) : null;
  // ("President Ray Cole called the meeting to order." after "Those present were President Ray Cole, ...": the list has him;
  // the chair is marked there, not read twice.)
  const listedElsewhere = opened?.[0].endsWith(' order') === true && paragraph.indexOf(opened[2]!) !== paragraph.lastIndexOf(opened[2]!);
  if (opened && !listedElsewhere) return { attendance: 'present', chair: true, label: 'Chair', names: `${opened[2]} (${opened[1]})` };
  // "called to order at 7:00 p.m. by Chairman Ed Lowe": the chair, named after the post.
  // ("The meeting was called to Order by President Millard at 11:30 AM": the word capitalised as a heading's.)
  const by = sentence.includes(' to order') || sentence.includes(' to Order') ? sentence.lastIndexOf(' by ') : -1;
  const after = by === -1 ? '' : sentence.slice(by + 4);
  const post = CHAIR_WORDS.find((w) => after.startsWith(w));
  // ("by President Millard at 11:30 AM": a surname alone keeps its post before it, as a roster writes "President Millard".)
  const named = post ? splitNameAtClock(after.slice(post.length)) : null;
  if (post && /^\p{Lu}[\p{Ll}'’-]+$/u.test(named!.name)) return { attendance: 'present', chair: true, label: 'Chair', names: `${post}${named!.name}` };
  // "Dana Reyes at 19:04. Also present: ..." -> "Dana Reyes (President). Also present: ...": the post after the name, the clock out.
  if (post) return { attendance: 'present', chair: true, label: 'Chair', names: `${named!.name} (${post.trim()})${named!.between}${named!.tail}` };
  // "called to order by Dr. Beatty at 1:30 p.m.": a title and a surname, no post.
  return TITLED_NAME.test(after) ? { attendance: 'present', chair: true, label: 'Chair', names: splitNameAtClock(after).name } : null;
}

const AS_WAS_TOO = / were present, as (?:was|were) (?:the )?/;
// "Treasurer, Alice Donovan": a post, a comma, then the one who holds it.
const POST_COMMA_HOLDER = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})$/u;

/** "Treasurer, Alice Donovan" -> "Alice Donovan (Treasurer)"; anything else as written. */
function postAfterName(text: string): string {
  const m = POST_COMMA_HOLDER.exec(text.trim());
  return m && readsAsPost(m[1]!) && parseEntry([m[2]!]) ? `${m[2]!} (${m[1]!})` : text;
}

/** OPENED_BY read where a chair's post stands in the sentence, its first few places only. */
function openedBy(sentence: string): RegExpExecArray | null {
  let tried = 0;
  for (const m of sentence.matchAll(CHAIR_POST_AT)) {
    const found = OPENED_BY.exec(sentence.slice(m.index));
    if (found || ++tried >= MAX_POSTS_TRIED) return found;
  }
  return null;
}
const MAX_POSTS_TRIED = 3;

// "Richard Trail (Chair) welcomed": a name of two to four capitalised words, the chair's post in brackets, then the verb.
const CHAIR_WELCOMED = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s\(((?:Vice[\s-])?Chair(?:man|woman|person)?|President)\)\swelcomed\s/u;
// "Dr. Beatty", "Mrs Lowe": a person's title, then a capitalised name.
const TITLED_NAME = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Cllr)\.?\s\p{Lu}/u;
// "The President, Dr David Vernon,", "The president, Carolyn Kirby,": a chair's post, then the name between commas.
const POST_COMMA_NAME = /^[Tt]he\s((?:[Vv]ice[\s-])?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident|[Mm]ayor)),\s(\p{Lu}[^,]{2,60}?),?$/u;

/**
 * "Dr. Beatty at 1:30 p.m. Also ..." -> the name ("Dr. Beatty"), what stands between its end and the clock (from a stop,
 * comma or colon that ends the name early), and what comes after the clock.
 */
function splitNameAtClock(text: string): { name: string; between: string; tail: string } {
  const clock = CLOCK_AFTER.exec(text);
  const head = clock ? text.slice(0, clock.index) : text;
  const tail = clock ? text.slice(clock.index + clock[0].length) : '';
  const end = head.search(NAME_END);
  return end === -1 ? { name: head, between: '', tail } : { name: head.slice(0, end), between: head.slice(end), tail };
}

// Where the name after the post ends: a stop, comma or colon (not an initial's or a title's stop, "J. Lee", "Dr. Lee").
const NAME_END = /(?<!\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon))[.,;:](?:\s|$)/u;

// The opening words of those there beside the members: "Also", "Liaisons", "Guests", "Visitors", "Others", "Staff".
const AT_THE_MEETING = / (?:at|for) (?:the|this) meeting(?= were:? )/i;
const BESIDES_CLAUSE = / present, (?:in addition to|besides|along with|other than) [^,]{3,40}, were /i;
const NOT_MEMBERS_OPENING = /^(?:also|liaisons?|guests?|visitors?|others?|staff)\s$/i;
const STAFF_OPENING = /^staff\s+(?:members\s)?$/i;
const ATTENDANCE_LABEL = /^(?:in attendance|present):\s*/i;
const ABSENT_LABEL = /^absent:\s*(?=\p{Lu})/iu;
// ("Christine Block chaired the meeting and welcomed all attendees.": the chair, with no list after the welcome.)
// ("Carol Leech presided at the meeting.": the word an American board's minutes use, before the list of those attending.)
const TOOK_CHAIR = / (?:(?:took|was in) the chair|chaired the meeting|presided (?:at|over) the meeting)\b/;
// "apologies from", "APOLOGIES were received from", "Apologies for absence had been received from": a clause of the
// opening sentence that names who sent them.
const APOLOGIES_CLAUSE = /\bapologies(?: for absence)? (?:(?:were|had been|have been) )?(?:received )?from (?=\p{Lu})/iu;

/** " and ", " & ": the words that join two people of a list ("Mr W Gee and Mr I Pawson", "D. Page & D. White"). */
export const JOINING_AND = / (?:and|&) /;

/** The people a list opens with ("Mrs L Osborne, Mr W Gee and Mr I Pawson"), up to the first part that names nobody. */
function namesOpening(list: string): string | null {
  const kept: string[] = [];
  for (const part of list.split(', ')) {
    if (!part.split(JOINING_AND).every((name) => parseEntry([name]) !== null)) break;
    kept.push(part);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}
// "Mrs K Creese", "Cllr Ann Lee", "Mr T Gee": a title perhaps, then capitalised words only, no "The Chairman".
const NAMED_ONLY = /^(?!(?:The|This|Our|Chair|Vice|Deputy)\b)\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}$/u;
// "Members present:", "Trustees Present:", "Board Members Present:": the body's members, labelled with a colon.
// ("... with the following members responding to roll call: Present: Stewart, Wymer": the roll call's answer.)
const MEMBERS_PRESENT = /\b(?:(?:(?:board|council|committee)\s)?(?:members|trustees|directors|commissioners|councillors|councilmembers|supervisors|aldermen|selectmen|senators)\spresent|roll\scall:\spresent):\s*(?=\p{Lu})/iu;

// "supervisors Ann Lee, Tom Hale, and Jo Finch, treasurer Ray Moss": a post in lower case before the names it describes.
const POST_BEFORE = /^(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}) (?=\p{Lu})/u;
// Words that say how people came, not what post they hold.
const NO_POST = new Set(['guests', 'guest', 'visitors', 'members', 'residents', 'others']);
const GUESTS = /,? and (?:guests|visitors) (?=\p{Lu})/u;

/**
 * "supervisors Ann Lee and Tom Hale, clerk Jo Finch" -> "Ann Lee (supervisor), Tom Hale (supervisor), Jo Finch (clerk)".
 * A plural post ("supervisors", "Town Clerks") describes the names up to the next post; a singular one only its own name
 * ("Clerk Jo Finch and Sam Cole": Sam Cole holds no post).
 */
function withPostsAfterNames(list: string): string {
  // "Commissioner Al Bane, Chairman; Commissioner Bo McCormick, Vice Chairman; Drainage Board Secretary Lori Dossett":
  // semicolons part the people, commas their descriptions; each part is read alone (a post never carries past one).
  const segments = list.includes(';') ? splitTopLevel(list, ';') : [];
  if (segments.length > 1 && segments.some((segment) => segment.includes(', '))) return segments.map(withPostsInSegment).join('; ');
  return withPostsInList(list);
}

/** One semicolon-parted part: "Name, Post" is left as written; a post before its names is moved after them. */
function withPostsInSegment(segment: string): string {
  const parts = segment.split(', ');
  // ("Directors Wes Locke, Len Jeppeson and Scott Wrightson": names after the comma, joined by "and", are people too.)
  const describedOne = parts.length > 1 && parts.slice(1).every((part) => part.replace(/^and /, '').split(JOINING_AND).every((name) => parseEntry([name]) === null));
  return describedOne ? segment : withPostsInList(segment);
}

function withPostsInList(list: string): string {
  // "and" closes a plural post's names ("Treasurers Ray Moss and Jo Finch, Sam Cole"): which parts follow one.
  const parts: string[] = [];
  const afterAnd: boolean[] = [];
  for (const chunk of list.split(', ')) {
    const led = chunk.startsWith('and ');
    // ("Jo Finch (Gabriel Roeder Smith and Company)": an "and" in brackets joins a firm's name, not two people.)
    for (const [j, part] of splitOutsideBrackets(led ? chunk.slice(4) : chunk, ' and ').entries()) {
      parts.push(part);
      afterAnd.push(j > 0 || led);
    }
  }
  const posts = parts.map(postBefore);
  if (!posts.some(Boolean)) return list;
  let carried: string | null = null;
  return parts
    .map((written, k) => {
      const found = posts[k];
      if (found) carried = found.plural && !NO_POST.has(found.post.toLowerCase()) ? singular(found.post) : null;
      const post = found ? (NO_POST.has(found.post.toLowerCase()) ? null : singular(found.post)) : carried;
      if (afterAnd[k]) carried = null;
      const name = found ? written.slice(found.post.length + 1) : written;
      return post ? `${name} (${post})` : name;
    })
    .join(', ');
}

// "members of FHA staff", "and members of the public", "several interested citizens": a group the list ends with, no person.
const GROUP_PART = /^(?:and\s)?(?:members|representatives|residents|several|various|other|many|some)\b/;

/** The list without its parts that name a group rather than a person. */
function withoutGroups(list: string): string {
  const parts = list.split(', ');
  const kept = parts.filter((part) => !GROUP_PART.test(part));
  return kept.length === parts.length || kept.length === 0 ? list : kept.join(', ');
}

// "Mike Dana with Dana Investment Advisors": a person, then the firm they came from (as American boards name consultants).
// ("Lee Marsh from the Pelham Courier": the paper a reporter came from.)
const WITH_FIRM = /^((?:and\s)?(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]*)\s(?:with|from\sthe)\s(\p{Lu}[^,()]*)$/u;

/** "Mike Dana with Dana Investment Advisors, Jo Finch" -> "Mike Dana (Dana Investment Advisors), Jo Finch". */
function withFirmsInBrackets(list: string): string {
  if (!list.includes(' with ') && !list.includes(' from the ')) return list;
  return list
    .split(', ')
    .map((part) => {
      const m = WITH_FIRM.exec(part);
      return m ? `${m[1]} (${m[2]})` : part;
    })
    .join(', ');
}

const singular = (post: string) => post.replace(/(?<=[^s])s$/, '');

/**
 * The post written before a name: in lower case ("treasurer Ray Moss"), or capitalised and known by its last
 * word ("Supervisors Ann Lee", "Weed Inspector Jo Finch") before a name of two words at least.
 */
function postBefore(part: string): { post: string; plural: boolean } | null {
  const lower = POST_BEFORE.exec(part);
  if (lower) return { post: lower[1]!, plural: /[^s]s$/.test(lower[1]!) };
  const words = part.split(' ');
  // ("911 Director Al Fenn": an emergency line's number opens the post.)
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) return null;
  // The longest post first ("Executive Director Sherburne": not "Executive" over "Director Sherburne"); a post of two
  // words or more may stand before a surname alone, as American minutes name staff.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (words.length - n < 2 && n < 2) continue;
    const post = words.slice(0, n).join(' ');
    // ("Vice Chairman Tim Cole": the post ends with its own head word, not with the given name after it.)
    if (n > 1 && !readsAsPost(singular(words[n - 1]!))) continue;
    if (readsAsPost(singular(post))) return { post, plural: singular(post) !== post };
  }
  return null;
}

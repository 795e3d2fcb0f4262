import { NAME_LINKING_WORDS } from '../text/body-words.js';
import { splitPersonName } from '../text/names.js';
import { describe, readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// The titles that open a person's name in a list written without commas.
// ("Dr Ann Lee Rev’d Tom Hale": a church's clergy, their style written with either apostrophe.)
// ("BCllr C Hale CCllr M Lee": a borough's, county's or district's councillor, the council's letter before "Cllr";
// "Cr Jo Finch", "Clr Ann Lee": a councillor as Australian councils write the title.)
// ("Dame Eve Hale (Chair) Mr Tom Reed Sir Ian Moss": a university's lay governors, a knight or a dame among them.)
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'cllr', 'cr', 'clr', 'bcllr', 'ccllr', 'dcllr', 'councillor', 'rev', 'revd', "rev'd", 'rev’d', 'fr', 'canon', 'pastor', 'sir', 'dame']);
// Words written before a title that belong to it ("Borough Cllr", "County Councillor").
const TITLE_PREFIXES = new Set(['borough', 'county', 'district', 'parish', 'town', 'city']);
// "Councillors Mrs D Clements Ms S Cordner": a plural label over the names after it.
const GROUP_LABELS = new Set(['councillors', 'cllrs', 'members', 'officers']);

// "A-M": the initials of a hyphenated given name.
const isInitial = (w: string) => /^\p{Lu}\.?(?:-\p{Lu}\.?)?$/u.test(w);
// "duCharme": a particle written against the capital.
const isSurname = (w: string) => /^(?:Mc|Mac|O['’]|d[aeiu]|l[ae]|van|von)?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?$/u.test(w);
const isTitle = (w: string) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, ''));
const endsName = (next: string | undefined) => next === undefined || next.startsWith('(') || isTitle(next);
// "Helen Finch (Parish Clerk)": a name without a title, two words and the bracket that describes it.
const untitledAt = (words: string[], k: number) => isSurname(words[k] ?? '') && isSurname(words[k + 1] ?? '') && words[k + 2]?.startsWith('(') === true;
// "Cllr Tom Hale Cllr Ann Finch Ivy Reed": the last two words a name without a title (a member who holds none),
// not a post or a body ("Parish Clerk", "Brook Council").
const untitledLast = (words: string[], k: number) =>
  k + 2 === words.length && isSurname(words[k]!) && isSurname(words[k + 1]!) && readsAsPersonNameAlone(`${words[k]} ${words[k + 1]}`);

/**
 * The brackets from word `from` on: the text of the first that describes ("(Vice-Chair)"), notes with
 * figures dropped ("(From minute 47/19)", "(Vacancy – 1)"), and the word after them; `at` is -1 for a bracket left open.
 */
function bracketsAt(words: string[], from: number): { at: number; text: string } {
  let at = from;
  let text = '';
  while (words[at]?.startsWith('(')) {
    const close = words.findIndex((w, k) => k >= at && w.endsWith(')'));
    if (close === -1) return { at: -1, text };
    const inside = words.slice(at, close + 1).join(' ').slice(1, -1);
    if (!text && !/\d/.test(inside)) text = inside;
    at = close + 1;
  }
  return { at, text };
}

/**
 * "Vice Chairman Mrs J Taylor Councillors Mrs D Clements Ms S Cordner Parish Clerk Mrs J Markwell":
 * a list whose commas were lost (a flattened table), each person a title, initials and a surname,
 * the words between two people the post of the next one. Null unless every word is read.
 */
export function readTitleSeparated(text: string): RosterEntry[] | null {
  if (/[,;]/.test(text)) return null;
  const words = text.trim().split(/\s+/);
  return readPostsBefore(words) ?? (isTitle(words[0]!) ? readPostsAfter(words) : readUnderCaption(words));
}

/**
 * "Lea Site Mr Tom Rowe Site Director Mr Ken Tilt Acme": a flattened table's group caption (the body the people below it
 * are from) before people written with their bodies or posts; the caption is the body of those who have none written.
 */
function readUnderCaption(words: string[]): RosterEntry[] | null {
  const first = words.findIndex(isTitle);
  if (first < 1 || !words.slice(0, first).every(isBodyWord)) return null;
  const caption = words.slice(0, first).join(' ');
  if (readsAsPost(caption)) return null;
  const people = readPostsAfter(words.slice(first));
  if (!people?.some((p) => p.description.organisation !== null)) return null;
  // ("Observers", "Lea Site": a caption that names no body known as one is read over, not given as anyone's body.)
  if (!readsAsBody(caption)) return people;
  return people.map((p) => (p.description.organisation === null ? { ...p, description: { ...p.description, organisation: caption } } : p));
}

/**
 * "Cllr Sue Lowe Chair Cllr Ann Hale Cllr Tom Finch Jo Reed Parish Clerk": each person a title and a name
 * with the post after it; a name without a title, at the end, takes the post after it. Null unless every word is read.
 */
function readPostsAfter(words: string[]): RosterEntry[] | null {
  if (words.some((w) => w.includes('(') || w.includes(':'))) return null;
  const entries: RosterEntry[] = [];
  const closing = countClosingWords(words);
  // "Cllr Ann Hale – Brook Council Cllr Tom Finch – Lea Council": each person's body after a dash, where the
  // table's rows ran together; then every person has one.
  let withBody = 0;
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && isTitle(words[end]!)) end++;
    let last = end;
    while (last < words.length && isInitial(words[last]!)) last++;
    // "Mr Dave R Rowe": a given name, a middle initial and the surname.
    if (last === end && isSurname(words[last] ?? '') && isInitial(words[last + 1] ?? '') && isSurname(words[last + 2] ?? '')) last += 2;
    else if (last === end && isSurname(words[last] ?? '') && isSurname(words[last + 1] ?? '')) last++;
    if (!isSurname(words[last] ?? '') || (end === i && last === end)) return null;
    let next = last + 1;
    while (next < words.length && !isTitle(words[next]!)) next++;
    const post = words.slice(last + 1, next);
    // "Cllr Ann Hale Brook Council Cllr Tom Finch Lea Town Council": the body written straight after the name,
    // the same flattened table without the dash; read only where every person has one.
    // "Mr Ken Tilt Acme Mr Ian Eddy Acme": a flattened Name | Organisation table, the body a single word no list of
    // bodies knows; read as one where the same words close another person's part of the line too.
    const bodied = (post.length >= 2 && readsAsBody(post.join(' '))) || (post.length >= 1 && (closing.get(post.join(' ')) ?? 0) >= 2 && !readsAsPost(post.join(' ')));
    if (bodied || (post.length >= 2 && isDash(post[0]!) && post.slice(1).every(isBodyWord))) {
      const { name, honorific } = splitPersonName(words.slice(i, last + 1).join(' '));
      entries.push({ name, honorific, initials: null, chairColumn: false, description: describe(post.join(' ')) });
      withBody++;
      i = next;
      continue;
    }
    // "Cllr Gail Reeve Jo Reed Parish Clerk ...": two names' words before a post, the second person's, without a title.
    const untitled = post.length >= 3 && isSurname(post[0]!) && isSurname(post[1]!) && readsAsPost(post.slice(2).join(' ')) && !readsAsPost(`${post[0]} ${post[1]}`);
    const own = untitled ? [] : post;
    if (own.length > 0 && !readsAsPost(own.join(' '))) return null;
    const { name, honorific } = splitPersonName(words.slice(i, last + 1).join(' '));
    entries.push({ name, honorific, initials: null, chairColumn: false, description: describe(own.join(' ')) });
    if (untitled) entries.push({ name: `${post[0]} ${post[1]}`, honorific: null, initials: null, chairColumn: false, description: describe(post.slice(2).join(' ')) });
    i = next;
  }
  // Where people have bodies, everyone has one or a post ("Mr Tom Rowe Site Director Mr Ken Tilt Acme").
  const described = entries.filter((e) => e.description.role !== null || e.description.organisation !== null || e.description.chair).length;
  if (withBody > 0) return described === entries.length && entries.length >= 2 ? entries : null;
  return entries.length >= 2 && entries.some((e) => e.description.role !== null || e.description.chair) ? entries : null;
}

// The longest body read from its repetition alone ("Snowdonia National Park Authority").
const MAX_REPEATED_BODY = 6;

/**
 * How many people's parts of the line (each from a title, or a run of titles, up to the next) close with each run of
 * capitalised words, up to MAX_REPEATED_BODY words, keyed by the words joined: counted once for the whole line.
 */
function countClosingWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const close = (from: number, to: number) => {
    for (let n = 1; n <= MAX_REPEATED_BODY && to - n >= from && isBodyWord(words[to - n]!); n++) {
      const key = words.slice(to - n, to).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  let from = 0;
  for (let k = 1; k <= words.length; k++) {
    if (k < words.length && !(isTitle(words[k]!) && !isTitle(words[k - 1]!))) continue;
    // A title and two words of a name at least before the closing words.
    close(from + 3, k);
    from = k;
  }
  return counts;
}

const isBodyWord = (w: string) => /^\p{Lu}/u.test(w) || NAME_LINKING_WORDS.has(w);

const isDash = (word: string) => word === '–' || word === '-' || word === '—';

/** "Vice Chairman Mrs J Taylor Councillors Mrs D Clements": the post before each person. */
function readPostsBefore(words: string[]): RosterEntry[] | null {
  const entries: RosterEntry[] = [];
  let post: string[] = [];
  for (let i = 0; i < words.length; ) {
    // "Helen Finch (Parish Clerk)": a name without a title, where its bracket follows and no post comes before.
    const untitled = post.length === 0 && entries.length > 0 && untitledAt(words, i);
    // The untitled name closing the list, after at least two titled people.
    if (post.length === 0 && entries.length >= 2 && untitledLast(words, i)) {
      entries.push({ name: `${words[i]} ${words[i + 1]}`, honorific: null, initials: null, chairColumn: false, description: describe('') });
      break;
    }
    if (untitled) {
      const { at, text: bracket } = bracketsAt(words, i + 2);
      if (at === -1) return null;
      entries.push({ name: `${words[i]} ${words[i + 1]}`, honorific: null, initials: null, chairColumn: false, description: describe(bracket) });
      i = at;
      continue;
    }
    if (!isTitle(words[i]!)) {
      post.push(words[i]!);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length && isTitle(words[end]!)) end++;
    let initials = 0;
    while (end + initials < words.length && isInitial(words[end + initials]!)) initials++;
    // "Mr Nigel Keach (Acme)": a given name instead of initials, where a bracket, a title, the end or a name without a title follows.
    const given = initials === 0 && isSurname(words[end] ?? '') && isSurname(words[end + 1] ?? '') && (endsName(words[end + 2]) || untitledAt(words, end + 2) || untitledLast(words, end + 2)) ? 1 : 0;
    const surname = words[end + initials + given];
    if (initials + given === 0 || !surname || !isSurname(surname)) return null;
    initials += given;
    // "Dr C St John-Brooks": "St" opens a surname of two words.
    if (/^St\.?$/.test(surname) && isSurname(words[end + initials + 1] ?? '')) initials++;
    const prefixes: string[] = [];
    while (post.length > 0 && TITLE_PREFIXES.has(post[post.length - 1]!.toLowerCase())) prefixes.unshift(post.pop()!);
    const written = [...prefixes, ...words.slice(i, end + initials + 1)];
    let { name, honorific } = splitPersonName(written.join(' '));
    // "Deputy Dr Selina Marr": words before the title that stack with it are part of the title, not a post.
    const stacked = post.length > 0 ? splitPersonName([...post, ...written].join(' ')) : null;
    if (stacked && stacked.name === name) ({ name, honorific } = stacked);
    const described = stacked && stacked.name === name ? '' : post.filter((w) => !GROUP_LABELS.has(w.toLowerCase())).join(' ');
    i = end + initials + 1;
    // "Ms K Penn (Borough Council)": the bracket after the name describes the person.
    const { at, text: bracket } = bracketsAt(words, i);
    if (at === -1) return null;
    i = at;
    const description = describe([described, bracket].filter(Boolean).join(', '));
    entries.push({ name, honorific, initials: null, chairColumn: false, description });
    post = [];
  }
  // One person is read here only with the post written before the name ("Footpath Warden Mr C Philpott").
  const enough = entries.length >= 2 || (entries.length === 1 && post.length === 0 && entries[0]!.description.role !== null && !words.some((w) => /[()]/.test(w)));
  return enough && post.length === 0 ? entries : null;
}

/** "Cllr Ann Hale Cllr Tom Finch": a line that opens with a person's title and reads as two people or more this way. */
export function readsAsTitledPeople(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return isTitle(first) && (readTitleSeparated(text)?.length ?? 0) >= 2;
}

import { SENTENCE_STOP, looksLikeInitials, splitPersonName } from '../text/names.js';
import { readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';
import { splitTopLevel } from '../text/clean.js';

// Marks a run-on roster list carries besides its entries.

// "Cllrs Mill, Reid and Stephenson", "Councillors: Mark Frankland, ...": a plural title for the whole list.
const PLURAL_TITLES: [RegExp, string][] = [
  [/^cllrs\.?(?:\s*[:–—-])?\s+/i, 'Cllr'],
  [/^councillors(?:\s*[:–—-])?\s+/i, 'Councillor'],
  // "Council Members Ann Lee, Tom Hale", "Councilmembers Reed, Hale, and Finch": an American council's members.
  [/^council\smembers(?:\s*[:–—-])?\s+/i, 'Council Member'],
  [/^councilmembers(?:\s*[:–—-])?\s+/i, 'Councilmember'],
  [/^councilmen(?:\s*[:–—-])?\s+/i, 'Councilman'],
  [/^aldermen(?:\s*[:–—-])?\s+/i, 'Alderman'],
  [/^commissioners(?:\s*[:–—-])?\s+/i, 'Commissioner'],
  // "President Jo Finch; Directors Ann Lee, Tom Hale and Sam Poe": a district board's members by their seat, straight before
  // a list of names ("Directors Representing Ada Finch ..." is a table's caption row).
  // ("Trustees Kathryn Wren Gavlak, Lisa Hammond and ...": a middle name may come between; "Trustees; Ann Lee, Tom Hale": the
  // list's own stop after the word says it is the list's title.)
  [/^[Dd]irectors(?:\s*[:;]\s*|\s+(?=\p{Lu}\p{Ll}+\s(?:\p{Lu}\p{Ll}+\s)?\p{Lu}[\p{Ll}'’-]+(?:,|\s(?:and|&)\s)))/u, 'Director'],
  // ("Present were Trustees Bishop,Vogt, Cornell.": surnames alone after it.)
  [/^[Tt]rustees(?:\s*[:;]\s*|\s+(?=\p{Lu}\p{Ll}+\s(?:\p{Lu}\p{Ll}+\s)?\p{Lu}[\p{Ll}'’-]+(?:,|\s(?:and|&)\s)|\p{Lu}[\p{Ll}'’-]+,))/u, 'Trustee'],
  [/^messrs\.?(?:\s*[:–—-])?\s+/i, 'Mr'],
  // "PCs Angus Reid (AR), Jo Finch (JF)", "PCSOs Al Reed and Sam Poe": the police officers who came to report, by their rank
  // (in capitals as written: "pcs" is no rank).
  [/^PCSOs(?:\s*[:–—-])?\s+(?=\p{Lu})/u, 'PCSO'],
  [/^PCs(?:\s*[:–—-])?\s+(?=\p{Lu})/u, 'PC'],
  // "Deputies - James Bannon, Robert Troy", "Senators Ann Lee; Tom Hale": an Irish joint policing committee's members of the Dáil
  // and Seanad, grouped by house.
  [/^deputies(?:\s*[:–—-])?\s+(?=\p{Lu})/iu, 'Deputy'],
  [/^senators(?:\s*[:–—-])?\s+(?=\p{Lu})/iu, 'Senator'],
  // "Professors R Geor, J Hooks and T Zorn; Associate Professors H Galbraith, I Laird; Drs S Cassells, J Mbachu": a university
  // board's members grouped by rank.
  [/^associate\sprofessors\s+(?=\p{Lu})/iu, 'Associate Professor'],
  [/^distinguished\sprofessors?\s+(?=\p{Lu})/iu, 'Distinguished Professor'],
  [/^professors\s+(?=\p{Lu})/iu, 'Professor'],
  [/^drs\.?\s+(?=\p{Lu})/iu, 'Dr'],
  // "Bros. D Joynson, P Davis", "Brothers: R Marris, D Turner", "Sisters: S Sagoo": a trade union's delegates by their title.
  [/^bros\.?(?:\s*[:–—-])?\s+(?=\p{Lu})/iu, 'Bro'],
  [/^brothers(?:\s*[:–—-])?\s+(?=\p{Lu})/iu, 'Brother'],
  [/^sisters(?:\s*[:–—-])?\s+(?=\p{Lu})/iu, 'Sister'],
  // "Lions Ken B., Terri, Keith", "Lion’s Al, Ron, Phil": a Lions club's members by their title (not "Lions Club of ...").
  [/^lion(?:s|['’]s)\s+(?!(?:clubs?|international|district)\b)(?=\p{Lu})/iu, 'Lion'],
];

/** The title a list opens with for all its members, and the list without it. */
export function readPluralTitle(text: string): { title: string | null; rest: string } {
  for (const [re, title] of PLURAL_TITLES) {
    const m = re.exec(text);
    if (m) return { title, rest: text.slice(m[0].length) };
  }
  return { title: null, rest: text };
}

/** "Councillors", "Cllrs:" alone, as a list heading: a plural title of {@link readPluralTitle}. */
export function isPluralTitle(label: string): boolean {
  const { title, rest } = readPluralTitle(`${label.replace(/:$/, '')} x`);
  return title !== null && rest === 'x';
}
const CHAIR_PART = /^(?:and\s+)?(?:in the chair|chairing|chair(?:man|woman|person)?)$/i;

/** "Mr Watterson and, in the Chair, Mr Matt Prince": a part that marks the next person as the chair. */
export function isChairPart(part: string): boolean {
  return CHAIR_PART.test(part.trim());
}

/** "Mr Watterson and" before ", in the Chair, ...": the list's last "and" left on the entry before it. */
export function withoutTrailingAnd(part: string): string {
  const trimmed = part.trimEnd();
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(' and')) return trimmed.slice(0, -4).trimEnd();
  if (lower.endsWith(' &')) return trimmed.slice(0, -2).trimEnd();
  return part;
}

/**
 * "Marc Mohan (MMO) Dawn Arbuthnott (DA)", "Mr C Hotham Mr L Mallett": two entries the list forgot
 * to separate, each a person: cut after a bracket, or before a second title.
 */
const MAX_GAP_PART = 200;
const STOP_BETWEEN_NAMES = /(?<=\p{Ll})\.(?=\p{Lu}\p{Ll})/u;

/** A part that reads as a person: a titled name, or a name that is no post or body. */
function readsAsPerson(text: string): boolean {
  const entry = parseEntry([text]);
  return entry !== null && !entry.lostCell && (entry.honorific !== null || readsAsPersonNameAlone(entry.name));
}

export function splitRunTogether(part: string): string[] {
  // "Dr Mark  Jennifer Darnley (Chair)": two spaces where the list's comma was lost, a person on each side.
  // (Only in a part of a list's length: each gap reads the rest again.)
  const gap = part.length <= MAX_GAP_PART ? part.indexOf('  ', 1) : -1;
  if (gap > 0) {
    const [first, rest] = [part.slice(0, gap).trim(), part.slice(gap).trim()];
    // ("Aiven, /  Security Area": a description that goes on past the gap.)
    if (first.includes(' ') && !/[,/&–-]$/.test(first) && readsAsPerson(first) && readsAsPerson(rest)) return [...splitRunTogether(first), ...splitRunTogether(rest)];
  }
  // "Graham Day.Charles Everett": a full stop typed for the list's separator, against both names.
  const stop = part.length <= MAX_GAP_PART ? STOP_BETWEEN_NAMES.exec(part) : null;
  if (stop) {
    const [first, rest] = [part.slice(0, stop.index).trim(), part.slice(stop.index + 1).trim()];
    if (first.includes(' ') && rest.includes(' ') && readsAsPerson(first) && readsAsPerson(rest)) return [first, ...splitRunTogether(rest)];
  }
  // "D. Pickston P. Norris": two initialled names the list forgot to separate.
  const pair = INITIALLED_PAIR.exec(part);
  if (pair) return [pair[1]!, pair[2]!];
  const titled = secondTitleAt(part);
  // "Councillors M Leamon M Precey J Taylor": a plural title over initialled names with no separators, each its own.
  const listed = part.startsWith('Councillors ') || part.startsWith('Cllrs ') ? part.slice(part.indexOf(' ') + 1, titled > 0 ? titled : part.length) : '';
  if (listed && INITIALLED_RUN.test(listed)) return [...listed.split(INITIAL_STARTS).map((name) => `Councillor ${name}`), ...(titled > 0 ? splitRunTogether(part.slice(titled + 1)) : [])];
  // Both sides titled ("Mr C Hotham Mr L Mallett"): "Standing Invitee Dr A Sen" is one description, not two people.
  const before = titled > 0 && splitPersonName(part.slice(0, titled)).honorific !== null ? parseEntry([part.slice(0, titled)]) : null;
  // The first is a bare titled name: "Mrs S Roberts (Clerk) and Unitary Cllr J Davies" is an "and" list.
  const bare = before !== null && !before.description.role && !before.description.organisation;
  // "Cllr Kit Hale Cllr Ann Lowe Cllr Jo Reed ...": the next person ends where a third title starts.
  const next = titled > 0 ? nextTitledPerson(part.slice(titled + 1)) : '';
  if (bare && parseEntry([next])) {
    return [part.slice(0, titled), ...splitRunTogether(part.slice(titled + 1))];
  }
  // "Chairman Mrs D Hale Vice Chairman Mrs C Rowe": a post before each titled name, the next post after the name.
  const posted = titled > 0 && before === null && readsAsPost(part.slice(0, titled)) ? postedPeople(part, titled) : null;
  if (posted) return posted;
  // "Norfolk County Council Mr Chris Philpott" after "Cllr Martin Storey,": the last person's body, then the next person.
  if (titled > 0 && before === null && namesBodyBefore(part.slice(0, titled)) && parseEntry([next])) {
    return [part.slice(0, titled), ...splitRunTogether(part.slice(titled + 1))];
  }
  // ("Helen Murray (LGA)John Ransford (LGA)": the space after the bracket lost with the comma.)
  const at = BRACKET_CLOSED.exec(part)?.index ?? -1;
  const first = part.slice(0, at + 1);
  const second = part.slice(at + 1).trim();
  if (at === -1 || second === '') return [part];
  // ("Jo Lee (JL)Ladies Liaison": glued on, the words after the bracket are the next person only with a bracket of
  // their own, as the list writes each, and a name that is no post.)
  if (part[at + 1] !== ' ' && !(nextBracketedAt(second) && namesBarePerson(second.slice(0, second.indexOf('('))))) return [part];
  // "Jane Roe (@jroe) Acme Labs": what follows a handle describes its owner.
  if (/\(@[^()\s]+\)$/.test(first)) return [part];
  // "Jess Moor (JM) Wealden Water": after the name's initials, words with no bracket or title of their own describe it.
  if (!second.includes('(') && looksLikeInitials(first.slice(first.lastIndexOf('(') + 1, -1))) return [part];
  // "Director Community Services (Jon Kingsford) Director City Strategy (Rob Munn)": the next person as far as their bracket.
  const nextBracketed = second.includes(')') ? second.slice(0, second.indexOf(')') + 1) : '';
  if (!/^\p{Lu}/u.test(second) || !parseEntry([first]) || !(parseEntry([nextTitledPerson(second)]) || (nextBracketed && parseEntry([nextBracketed])) || namesPeopleJoined(second))) return [part];
  return [first, ...splitRunTogether(second)];
}

const nextBracketedAt = (text: string) => text.indexOf('(') > 0 && text.indexOf(')') > text.indexOf('(');

/** "John Ransford", "Carl Crompton": a person's name that reads as no post or body. */
function namesBarePerson(text: string): boolean {
  const entry = parseEntry([text]);
  return entry !== null && readsAsPersonNameAlone(entry.name);
}

// A bracket closed before the next entry: a space after it, or a capital that opens a name.
const BRACKET_CLOSED = /\)(?: |(?=\p{Lu}\p{Ll}))/u;

const JOINED = /\s(?:&|and)\s/;

/** "C Lloyd & M Woolley." after "R Hawkesford (Chairman)": people joined by "&" or "and", each a person's name, no body. */
function namesPeopleJoined(text: string): boolean {
  const names = JOINED.test(text) ? text.replace(/\.$/, '').split(JOINED) : [];
  return names.length >= 2 && names.every((name) => {
    const entry = parseEntry([name]);
    return entry !== null && !entry.description.role && !entry.description.organisation && namesBarePerson(name);
  });
}

const INITIALLED_RUN = /^\p{Lu}\.?\s\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?\s\p{Lu}[\p{Ll}'’-]+)+$/u;
// The space before each initial after the first name.
const INITIAL_STARTS = /\s(?=\p{Lu}\.?\s)/u;
const INITIALLED_PAIR = /^(\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+)\s(\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+)$/u;

// "Borough Cllr C Sampson", "County Councillor": a council's tier before a title is part of the title.
const TIER = /\s?(?:Borough|County|Cty|District|Parish|Town|City|Unitary)$/;
/** "Norfolk County Council" before "Mr Chris Philpott": two words or more that name a body, and no council's tier. */
const namesBodyBefore = (text: string) => text.includes(' ') && !TIER.test(text) && readsAsBody(text);

// (" Professor ", " Sir ", " Lord ", " Baroness ": a university council's members, listed without commas, open with these too.)
const SECOND_TITLES = [' Mr ', ' Mrs ', ' Ms ', ' Miss ', ' Dr ', ' Cllr ', ' Prof ', ' Mr. ', ' Mrs. ', ' Ms. ', ' Dr. ', ' Cllr. ', ' Borough Councillor ', ' County Councillor ', ' District Councillor ', ' Professor ', ' Sir ', ' Dame ', ' Lord ', ' Baroness '];

/** "Chairman Mrs D Hale Vice Chairman Mrs C Rowe ..." cut after the first name, before the post of the next person. */
function postedPeople(part: string, titled: number): string[] | null {
  const rest = part.slice(titled + 1);
  const end = secondTitleAt(rest);
  if (end <= 0) return null;
  const words = rest.slice(0, end).split(' ');
  for (let k = 2; k < words.length; k++) {
    const post = words.slice(k).join(' ');
    // The name ends in a surname ("Mrs D Hale"), not an initial.
    if (/\p{Ll}/u.test(words[k - 1]!) && readsAsPost(post) && parseEntry([words.slice(0, k).join(' ')])) {
      return [`${part.slice(0, titled)} ${words.slice(0, k).join(' ')}`, ...splitRunTogether(`${post} ${rest.slice(end + 1)}`)];
    }
  }
  return null;
}

/** The titled person `text` starts with, up to a bracket or the next title. */
function nextTitledPerson(text: string): string {
  let end = secondTitleAt(text);
  // "Cllr Ms S Taylor": a title stacked on the first starts no other person.
  if (end > 0 && !text.slice(0, end).includes(' ')) {
    const after = secondTitleAt(text.slice(end + 1));
    end = after > 0 ? end + 1 + after : -1;
  }
  return (end > 0 ? text.slice(0, end) : text).split(' (')[0]!;
}

/** Where a second title ("... Mr L Mallett") starts, at its space, or -1. */
function secondTitleAt(part: string): number {
  let first = -1;
  for (const title of SECOND_TITLES) {
    const at = part.indexOf(title);
    if (at > 0 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * "East Herts District Council Cllr Mrs A Brewster", "Co-opted Member Cllr A Franey", "Police Authority G Miles": in a list
 * of "Person, Body" pairs whose commas parted only the person from their body, the body (or post) of the person before
 * run together with the next person, who starts at a title or at initials before a surname. Null unless the words
 * before read as a body or post and no person, and the words after as a person.
 */
export function splitDescriptionBeforePerson(part: string): [string, string] | null {
  const text = part.trim();
  const titled = secondTitleAt(text);
  const at = titled > 0 ? titled : initialledTailAt(text);
  if (at <= 0) return null;
  let head = text.slice(0, at);
  let tail = text.slice(at + 1);
  // "Borough Council Cty Cllr P Ruffles": a word that stacks on the title goes with it.
  const space = head.lastIndexOf(' ');
  const stacked = space > 0 ? `${head.slice(space + 1)} ${tail}` : '';
  if (stacked && splitPersonName(stacked).honorific?.startsWith(head.slice(space + 1))) {
    head = head.slice(0, space);
    tail = stacked;
  }
  if (parseEntry([head]) !== null || !(readsAsBody(head.replace(/\s\([^()]*\)$/, '')) || readsAsPost(head))) return null;
  const person = parseEntry([tail]);
  return person !== null && !person.description.role && !person.description.organisation ? [head, tail] : null;
}

/** Where "G Miles", "M J Walker" (initials, then a surname) ends a run of words, at the space before it, or -1. */
function initialledTailAt(text: string): number {
  const words = text.split(' ');
  const last = words.length - 1;
  if (last < 2 || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(words[last]!)) return -1;
  let k = last;
  while (k > 1 && /^\p{Lu}\.?$/u.test(words[k - 1]!)) k--;
  return k < last ? words.slice(0, k).join(' ').length : -1;
}

/**
 * "Mrs A Brindley, Parish Clerk, Mr D L Nicholson Deputy Parish Clerk, and Mr D Iley Admin Officer":
 * a list where each person starts with a title and the parts between are their posts. Null unless
 * at least two parts start with a title and every part reads.
 */
export function readTitledList(text: string): RosterEntry[] | null {
  // Three parts need two separators: most roster lines have fewer, and are ruled out before any split.
  const first = text.search(/[,;]/);
  if (first === -1 || text.slice(first + 1).search(/[,;]/) === -1) return null;
  // "Cllr Jo Finch. County Councillor Al Reed": two sentences are two lists, read one by one.
  if (SENTENCE_STOP.test(text.replace(/\.$/, ''))) return null;
  const parts = splitTopLevel(text.replace(/\.$/, ''), ',;').map((p) => p.trim().replace(/^(?:and|&)\s+/i, ''));
  if (parts.length < 3 || parts.filter((p) => splitPersonName(p).honorific !== null).length < 2) return null;
  // Lists joined by "and" or "&", or with marks such as "(Chair)", are read part by part elsewhere.
  if (parts.some((p) => / and |&|\(|\)/.test(p))) return null;
  const entries: RosterEntry[] = [];
  let posts = 0;
  for (const part of parts) {
    const person = splitPersonName(part).honorific !== null ? nameThenPost(part) : null;
    const last = entries[entries.length - 1];
    if (person) {
      entries.push(person);
      if (person.description.role) posts++;
    } else if (last && readsAsPost(part) && !last.description.role) {
      // "Mr W Bingley, Chairman, ...": a chair word marks the chair, as in brackets.
      last.description = CHAIR_PART.test(part) ? { ...last.description, chair: true, chairTitle: part } : { ...last.description, role: part };
      posts++;
    } else return null;
  }
  // The shape this reads is people with their posts: without a post it is a plain list.
  return posts > 0 ? entries : null;
}

// Words that open a post or name the place it serves ("Parish Clerk", "Senior Executive Officer", "County Manager").
const POST_OPENING = /^(?:parish|town|city|county|district|borough|village|community|deputy|assistant|senior|chief|head|acting|interim|executive|principal|joint|general|financial|finance|responsible|lead|vice|honorary|hon|co)$/i;

/** "Killeen" before "Director of Service": a capitalised word that opens no post, a post after it. */
const isSurnameBeforePost = (word: string, post: string) => /^\p{Lu}\p{Ll}/u.test(word) && !POST_OPENING.test(word) && !readsAsPost(word) && readsAsPost(post);

/** "Mr D L Nicholson Deputy Parish Clerk": the longest name the words start with, and the post after it. */
function nameThenPost(part: string): RosterEntry | null {
  const whole = parseEntry([part]);
  if (whole) return whole;
  const words = part.split(/\s+/);
  // The shortest name that ends in a surname ("Mr T Reed", not "Mr T"), so the post keeps all its words.
  for (let k = 2; k < words.length; k++) {
    const post = words.slice(k).join(' ');
    const entry = /\p{Ll}/u.test(words[k - 1]!) && readsAsPost(post) ? parseEntry([words.slice(0, k).join(' ')]) : null;
    // "Mr Michael Killeen Director of Service": a title and one word, then a capitalised word that opens no post and a post
    // after it: that word is the surname ("Mr Reed Parish Clerk" keeps its place word with the post).
    if (entry && k === 2 && entry.honorific && k + 1 < words.length && isSurnameBeforePost(words[k]!, words.slice(k + 1).join(' '))) continue;
    if (entry) return { ...entry, description: { ...entry.description, role: post } };
  }
  // No post word ("Admin/Finance Office"): the longest name, and the capitalised words after it as written.
  for (let k = words.length - 1; k >= 2; k--) {
    const entry = /^\p{Lu}/u.test(words[k]!) ? parseEntry([words.slice(0, k).join(' ')]) : null;
    if (entry) return { ...entry, description: { ...entry.description, role: words.slice(k).join(' ') } };
  }
  return null;
}

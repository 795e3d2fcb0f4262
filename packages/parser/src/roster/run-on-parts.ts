import { isSpaceCode, opensBracket, splitOutsideBrackets, splitTopLevel } from '../text/clean.js';
import { lazyHead, restOfLine } from '../text/lazy-head.js';
import { initialsOf, looksLikeInitials, looksLikePersonName, splitPersonName, surnameOf } from '../text/names.js';
import { readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';
import { parseEntry, perParse, type RosterEntry } from './parse-entry.js';
import { readPluralTitle, splitDescriptionBeforePerson, splitRunTogether } from './run-on-marks.js';
import { splitAtSpelledInitials } from './spelled-initials.js';
import { splitAtDashedNames } from './dashed-names.js';
import { splitAtPairedNames } from './paired-names.js';
import { withPostsMovedBack } from './posts-moved-back.js';

import { withGluedNameParted } from './glued-full-name.js';
import { JOINING_AND } from './prose-roster.js';
import { readPostBeforeName } from './initials-run.js';
import { splitLostCommaPairs } from './comma-lost-pair.js';
import { isAttendanceMark } from './attendance-marks.js';

// A run-on list ("Cllr A Lee, Mrs B Day and J Poe (Clerk)") cut into its entries, and whether a line reads as one.

// A finder for lazyHead: `^(.+?)` before it.
const AND = /(?<=^[^\n\r\u2028\u2029]|\S)\s+(?:and|&)(?=\s)/g;

export const NOT_A_PERSON = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|no)\s+(?:members?|residents?|people|persons|parishioners|others?)\b|^(?:none|nil|no apologies|n\/a)\b/i;

/** Entries of a run-on list: split at semicolons when it has them, else at commas and a last "and". */
export const runOnParts = perParse(readRunOnParts);

// "Cllr Ann Lee and (in part) Cllr Tom Hale": a note that the next person was there for part of the meeting, before
// their name; it says nothing of who they are.
const PART_NOTE = /\((?:in\s+)?part(?:\s+only)?\)\s+(?=\p{Lu})/giu;

// "(Name, Position/Affiliation with the Co-op) Kelley Kriner, ...": the flattened table's column captions in a bracket before
// its first row; they name no one.
const BRACKETED_CAPTIONS = /^\s*\((?:full\s+)?names?\s*[,/][^()]{1,80}\)\s+(?=\p{Lu})/iu;

function readRunOnParts(written: string): readonly string[] {
  const uncaptioned = written.replace(BRACKETED_CAPTIONS, '');
  const text = uncaptioned.includes('art') ? uncaptioned.replace(PART_NOTE, '') : uncaptioned;
  // "Kevin Harris KH Private Sector Emma Anderson EA Private Sector ...": a flattened table, parted at each person's initials.
  // "Stephen Glaister Kirsten Hearn Mike Hodgkinson (items 3 to 6) Oli Jackson": a column of names run into one line.
  const spelled = splitAtSpelledInitials(text) ?? splitAtDashedNames(text) ?? splitAtPairedNames(text);
  if (spelled) return spelled;
  const described = text.includes(';') ? withSemicolonDescriptions(text) : null;
  if (described) return described;
  const bySemicolon = splitTopLevel(text.includes(';') ? withUnclosedBracketClosed(text) : text, ';');
  // "A (Acme), B (Bolt); C (Core)": a semicolon where commas part the rest; a part of bracketed people is split again.
  const split = bySemicolon.length > 1 ? bySemicolon.flatMap(splitBracketedPeople) : withBracketsBack(withGenerationSuffixes(withCompanySuffixes(splitTopLevel(text, ','))));
  const parts = split.flatMap(splitBeforePluralTitle).flatMap(splitRunTogether);
  const entries = withOwnPostJoined(withPostsMovedBack(withOfficesMovedBack(parts)).map(withoutLeadingAnd).flatMap(splitChairWith).flatMap(splitAtAnd).flatMap(splitSharedSeat).flatMap(splitAtColon).flatMap(splitAfterOwnInitials));
  return splitLostCommaPairs(entries).map((part) => withGluedNameParted(part, entries));
}

/**
 * "Lonnie Hale; Chairperson, Sandi Ross; Co-Chairperson, Deb Blake, Ann Smits and Jim Wise": commas part the people and a
 * semicolon puts a person's post or body after their name. Each part after a semicolon opens with that description, then a
 * comma and a name; the description joins the name before the semicolon ("Lonnie Hale, Chairperson"). Null otherwise.
 */
function withSemicolonDescriptions(text: string): readonly string[] | null {
  const segments = splitTopLevel(text, ';');
  if (segments.length < 2 || !isNameAlone(splitTopLevel(segments[0]!, ',').at(-1) ?? '')) return null;
  const heads: string[] = [];
  const rests: string[] = [segments[0]!];
  for (const segment of segments.slice(1)) {
    const [head = '', ...after] = splitTopLevel(segment, ',');
    if (after.length === 0) return null;
    const rest = after.join(', ');
    const next = after[0]!.replace(/^\s*and\s/, '').split(JOINING_AND)[0]!;
    // (A name before the comma is a person of their own: "Ann Lee; Bob Kay, Treasurer" parts people, not descriptions;
    // so are "Library Director Ann Lee", "Councillors Mrs. A Lee" and "By phone: Ann Lee".)
    if (!head || !isDescriptionOnly(head) || !isNameAlone(next.trim())) return null;
    heads.push(head);
    rests.push(rest);
  }
  return rests.flatMap((rest, k) => {
    const parts = [...readRunOnParts(rest)];
    if (k < heads.length && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]!.trim()}, ${heads[k]}`;
    return parts;
  });
}

/** "Chairperson", "Office for the Blind (OFB)": a post or body that names no one. */
function isDescriptionOnly(text: string): boolean {
  if (!/^\p{Lu}/u.test(text) || text.includes(':') || hasHonorific(text) || readPluralTitle(text).title || readPostBeforeName(text) || endsWithName(text)) return false;
  return !readsAsPersonNameAlone(text);
}

/** "Library Director Celina Houlne": a post with the name of the one who holds it after it. */
function endsWithName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 3 && isNameAlone(words.slice(-2).join(' '));
}

/**
 * "A. Swan (Chair; T. Band (Vice-Chair); S. Anderson": a bracket left open before the semicolon that ends its entry, another
 * bracket opening before any closes. The bracket is closed at that semicolon, so that the entries after it are not swallowed.
 */
function withUnclosedBracketClosed(text: string): string {
  const closeAt: number[] = [];
  let depth = 0;
  // The first semicolon inside the one bracket open, or -1.
  let semicolon = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) {
      // A second bracket opens after a semicolon inside the first: the first ended at that semicolon.
      if (depth === 1 && semicolon >= 0) {
        closeAt.push(semicolon);
        depth = 0;
      }
      depth++;
      semicolon = -1;
    } else if (c === 41) {
      if (depth > 0) depth--;
      semicolon = -1;
    } else if (c === 59 && depth === 1 && semicolon < 0) semicolon = k;
  }
  if (closeAt.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of closeAt) {
    out += `${text.slice(from, at)})`;
    from = at;
  }
  return out + text.slice(from);
}

// "President John M. Barry": a board officer's post, then a name.
const OFFICE_FIRST = /^\s*((?:Vice[- ])?(?:President|Chair(?:man|person|woman)?)|Secretary(?:[- ]Treasurer)?|Treasurer)\s(\p{Lu}.*)$/u;
const TOP_OFFICE = /^(?:President|Chair(?:man|person|woman)?)$/;

/**
 * "Timothy P. Doody, President John M. Barry, Vice President Louis E. Wittie, Secretary ...": a flattened table of "Name,
 * Office" rows, each office run on into the next name. The first name has no office and the second opens with the top one,
 * so each office is the name's before it: put back in brackets after that name (while one person follows each office).
 */
function withOfficesMovedBack(parts: string[]): string[] {
  if (parts.length < 3) return parts;
  const first = OFFICE_FIRST.exec(parts[1]!);
  if (!first || !TOP_OFFICE.test(first[1]!) || OFFICE_FIRST.test(parts[0]!)) return parts;
  const opener = parseEntry([parts[0]!]);
  if (!opener || opener.description.role || opener.description.organisation || opener.description.chair) return parts;
  const out = [...parts];
  let moved = 0;
  for (let k = 1; k < out.length; k++) {
    const m = OFFICE_FIRST.exec(out[k]!);
    // (The office's name must be one person: a run of names after it is a column flattened some other way.)
    if (!m || !parseEntry([m[2]!])) break;
    out[k - 1] = `${out[k - 1]} (${m[1]})`;
    out[k] = ` ${m[2]}`;
    moved++;
  }
  return moved >= 2 ? out : parts;
}

// "Chair JAM", "Treasurer GF": a post and initials, a part of its own.
const POST_INITIALS = /^(\p{L}[\p{L} -]{2,30}) (\p{Lu}{2,4})$/u;

/**
 * "Revd Dr Janet Anderson-MacKenzie, Chair JAM": a post and the initials of the name before it describe that person,
 * no officer of their own ("Chairman PJB, Secretary KH" name officers only by initials).
 */
function withOwnPostJoined(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const m = out.length > 0 && part.includes(' ') ? POST_INITIALS.exec(part.trim()) : null;
    const before = m ? parseEntry([out[out.length - 1]!]) : null;
    if (m && before && readsAsPost(m[1]!) && initialsOf(before.name) === m[2]) out[out.length - 1] = `${out[out.length - 1]}, ${part.trim()}`;
    else out.push(part);
  }
  return out;
}

// "Tony Williams TW. Trevor Goldhagen": a name, its initials, then a full stop where a comma was meant.
const INITIALS_STOP = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}) (\p{Lu}[\p{Lu}\p{Ll}]{1,3})\. (?=\p{Lu})/u;

/** "Tony Williams TW. Trevor Goldhagen" -> "Tony Williams TW", "Trevor Goldhagen": only where the initials are the name's. */
function splitAfterOwnInitials(part: string): string[] {
  const m = part.includes('. ') ? INITIALS_STOP.exec(part) : null;
  if (!m || initialsOf(m[1]!) !== m[2]!.replace(/\p{Ll}/gu, '')) return [part];
  return [`${m[1]} ${m[2]}`, part.slice(m[0].length)];
}

/** "P. Lee - Chairman: D. Roe": a colon after a person's post, before the next person, where a comma was meant. */
function splitAtColon(part: string): string[] {
  const at = part.indexOf(': ');
  if (at === -1) return [part];
  const post = parseEntry([part.slice(0, at)])?.description;
  return post && (post.chair || post.role) && parseEntry([part.slice(at + 2)]) ? [part.slice(0, at), part.slice(at + 2)] : [part];
}

// "(Circuit Steward)", "()", "(Union Mills).": a part that is one bracket and nothing else.
const BRACKET_ALONE = /^\s*\(([^()]*)\)\.?\s*$/;

/**
 * "Cllr D Lee, (Chairman) Cllr A Roe": a bracket that opens a part after its comma describes the person before the comma.
 * "Mr John Binns, (Secretary), Pat Costain, (Circuit Steward), Julia Sharples, (), ...": a comma before every bracket (as a
 * circuit meeting's list was typed); a bracket alone goes back onto the name before it, an empty one is dropped.
 */
function withBracketsBack(parts: string[]): string[] {
  const out: string[] = [];
  for (const [k, written] of parts.entries()) {
    const before = out[out.length - 1];
    // (Only after a name: "Trustee, (a)" is no person described.)
    const alone = k > 0 && before !== undefined && !before.includes('(') ? BRACKET_ALONE.exec(written) : null;
    if (alone && looksLikePersonName(splitPersonName(before!).name)) {
      if (alone[1]!.trim()) out[out.length - 1] = `${before!.trimEnd()} (${alone[1]!.trim()})`;
      continue;
    }
    const part = written.trimStart();
    const close = part.startsWith('(') ? part.indexOf(')') : -1;
    if (close === -1 || before === undefined || before.includes('(') || part.slice(close + 1).trim() === '') {
      out.push(written);
      continue;
    }
    out[out.length - 1] = `${before.trimEnd()} ${part.slice(0, close + 1)}`;
    out.push(part.slice(close + 1));
  }
  return out;
}

// "Inc.", "Ltd", "LLC": the legal form a company's name ends with, after a comma of its own.
const COMPANY_SUFFIX = /^(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|bv|pty\s+ltd)\.?$/i;

/** "Mark Lee, Blue Sky Studios, Inc.": the suffix after the comma stays with the company's name. */
function withCompanySuffixes(parts: string[]): string[] {
  if (!parts.some((p) => p.length <= 9 && COMPANY_SUFFIX.test(p.trim()))) return parts;
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length > 0 && COMPANY_SUFFIX.test(part.trim())) joined[joined.length - 1] += `,${part}`;
    else joined.push(part);
  }
  return joined;
}

// "Jr.", "Sr." opening a part: the generation of the name before the comma (a flattened list may run the next name on after it).
const GENERATION_LEAD = /^\s*(Jr|Sr)\.?(?=\s|$)/;

/** "David P. Barnes, Jr., Rick Pine", "David P. Barnes, Jr. Ricardo S. Pineda": the suffix back on the name it belongs to. */
function withGenerationSuffixes(parts: string[]): string[] {
  if (!parts.some((p) => GENERATION_LEAD.test(p))) return parts;
  const joined: string[] = [];
  for (const part of parts) {
    const m = joined.length > 0 ? GENERATION_LEAD.exec(part) : null;
    const rest = m ? part.slice(m[0].length).replace(/^\./, '').trim() : '';
    // ("Gary Senior, Sr. Manager, Lands": "Sr." before a post is "Senior", the post's first word.)
    if (!m || (rest && readsAsPost(rest))) {
      joined.push(part);
      continue;
    }
    joined[joined.length - 1] += `, ${m[1]}.`;
    if (rest) joined.push(` ${rest}`);
  }
  return joined;
}

// "S. Walters and Councillors R. Bowrah": a plural title after "and" starts a list of its own.
// ("Chair Perry and Commissioners Ames, Bond and Cole", "Mayor Hale and Council Members Reed, Finch": an American
// commission's or council's presiding officer, then its members under their plural title.)
// "Vice Chairman Mrs C Hardy Councillors M Leamon": a plural title after a titled name starts a list of its own too.
const AND_PLURAL_TITLE = /\s(?:and|&)\s+(?=(?:cllrs|councillors|commissioners|council\smembers|councilmembers|aldermen)\s\p{Lu})|\s(?=Councillors\s\p{Lu}\.?\s)/iu;
// The cheap test before AND_PLURAL_TITLE: a plural title's letters somewhere in the part.
const PLURAL_TITLE_HINT = /llrs|illors|ssioners|il\s?members|ldermen/i;

function splitBeforePluralTitle(part: string): string[] {
  const m = PLURAL_TITLE_HINT.test(part) ? AND_PLURAL_TITLE.exec(part) : null;
  return m ? [part.slice(0, m.index), part.slice(m.index + m[0].length)] : [part];
}

/**
 * "Davina Hale / Alex Rook": two names alone on either side of a slash, sharing one seat;
 * "Lee Rowe / Kim Hart/ Ann Cole": three or more, a list parted by slashes (a space on one side at least).
 */
function splitSharedSeat(part: string): string[] {
  if (!part.includes(' / ')) return [part];
  const sides = part.split(' / ');
  const bare = (side: string) => {
    const entry = parseEntry([side]);
    return entry !== null && !hasDescription(entry) && !entry.initials;
  };
  if (sides.length === 2 && sides.every(bare)) return sides;
  const listed = slashListed(part);
  return listed.length >= 3 && listed.every(bare) ? listed : [part];
}

/** The sides of each slash with white space beside it ("and/or" stays whole). */
function slashListed(part: string): string[] {
  const sides: string[] = [];
  let from = 0;
  for (let at = part.indexOf('/'); at !== -1; at = part.indexOf('/', at + 1)) {
    if (!isSpaceCode(part.charCodeAt(at - 1)) && !isSpaceCode(part.charCodeAt(at + 1))) continue;
    sides.push(part.slice(from, at).trim());
    from = at + 1;
  }
  sides.push(part.slice(from).trim());
  return sides;
}

/** "A (Acme), B (Bolt)": people each with a bracket, parted by commas. */
function splitBracketedPeople(part: string): string[] {
  const byComma = splitTopLevel(part, ',');
  if (byComma.length < 2) return [part];
  if (byComma.every(isBracketedPerson)) return byComma;
  return withPostAfterComma(byComma) ?? nameRun(byComma) ?? groupUnderBracket(byComma) ?? [part];
}

/**
 * "Wendy Lee, Vera Ross, Tom Hale (Community Representatives); Stu Bell, Cr Jo Owen, Ray Kim (Brook Shire Council)": between
 * semicolons, names alone and a last one with a bracket are a group of people, not a name with its post and body; a body in
 * that bracket is the whole group's.
 */
function groupUnderBracket(parts: string[]): string[] | null {
  const last = parts[parts.length - 1]!.trim();
  // "Kate Allen, Cara Jones and Emma Scar (HGHS)": the group's last two joined by "and", the bracket after the second.
  const pair = isBracketedPerson(last) ? null : bracketedPair(last);
  if (parts.length < (pair ? 2 : 3) || !(pair || isBracketedPerson(last)) || !parts.slice(0, -1).every((p) => isNameAlone(p) || isNameWithPost(p))) return null;
  const bracket = last.slice(last.lastIndexOf('('));
  const inside = bracket.slice(1, -1).trim();
  // A body is the whole group's; so, where the group ends with an "and" pair, is a school or place that is no post ("(Karamu High)").
  const shared = readsAsBody(inside) || (pair !== null && !readsAsPost(inside) && !looksLikeInitials(inside));
  const withBracket = (p: string) => (!shared ? p : isNameWithPost(p) ? `${p.trim().slice(0, -1)}, ${inside})` : `${p.trim()} ${bracket}`);
  const group = parts.slice(0, -1).map(withBracket);
  return pair ? [...group, withBracket(pair), parts[parts.length - 1]!.trim().slice(pair.length).replace(/^\s*(?:and|&)\s/, '')] : [...group, parts[parts.length - 1]!];
}

/** "Emma Scar" of "Emma Scar and Hope Mack (Karamu High)": the name alone before the "and" of a bracketed pair; null for other text. */
function bracketedPair(text: string): string | null {
  const and = text.search(/\s(?:and|&)\s/);
  if (and <= 0 || !text.endsWith(')')) return null;
  const first = text.slice(0, and);
  const second = text.slice(and).replace(/^\s(?:and|&)\s/, '');
  return isNameAlone(first) && !second.includes(' and ') && isBracketedPerson(second) && !opensBracket(first) ? first : null;
}

/** "Cam Young (Deputy Chair)": a name alone and their post in the bracket that ends the part. */
function isNameWithPost(part: string): boolean {
  const text = part.trim();
  const open = text.lastIndexOf('(');
  return open > 0 && text.endsWith(')') && isNameAlone(text.slice(0, open)) && readsAsPost(text.slice(open + 1, -1));
}

/** "Red Lunday de Waal": a person's name and nothing more. */
function isBareName(part: string): boolean {
  const entry = parseEntry([part]);
  return entry !== null && !hasDescription(entry) && !entry.initials && looksLikePersonName(entry.name);
}

/**
 * "L. Brice, J. Choi, S. Haynes, D. Yoder; Tej Kaul, Parliamentarian": a run of names alone before the part's last
 * person, the list itself, where semicolons part only the people who have a post.
 */
function nameRun(parts: string[]): string[] | null {
  const run = parts.findIndex((p) => !isNameAlone(p));
  const names = run === -1 ? parts.length : run;
  return names >= MIN_NAME_RUN ? [...parts.slice(0, names), ...(run === -1 ? [] : [parts.slice(run).join(',')])] : null;
}

/**
 * "Mr A Lee (CEO), Dr B Roe, Head of Audit, Ms C Day (CFO)": people with their posts in brackets, one of them with
 * the post after a comma instead; that post joins the person before it. Null where the parts read otherwise.
 */
function withPostAfterComma(parts: string[]): string[] | null {
  const isPerson = (p: string) => isBracketedPerson(p) || (hasHonorific(p) && parseEntry([p]) !== null);
  const persons = parts.filter(isPerson).length;
  if (persons < 2 || persons * 2 < parts.length || !isBracketedPerson(parts[0]!)) return null;
  const out: string[] = [];
  for (const p of parts) {
    if (isPerson(p)) out.push(p);
    else if (!out[out.length - 1]!.trimEnd().endsWith(')') && !p.includes('(')) out[out.length - 1] += `,${p}`;
    else return null;
  }
  return out;
}

// Three names in a row are a list, not a name with its post and body.
const MIN_NAME_RUN = 3;

// ("Present: Ann Lee, Tom Hale, Jo Finch;By teleconference: ...": a part of three names or more, none described.)
const isNameAlone = (part: string): boolean => isBareName(part) || readsAsPersonNameAlone(part.trim());

const ONE_SURNAME = /^\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?\.?$/u;

/** "G Reeve, and P Keymer.": the list's last "and" after a comma, before a person. */
function withoutLeadingAnd(part: string): string {
  const and = /^(?:and|&)\s+/i.exec(part.trimStart());
  const rest = and ? part.trimStart().slice(and[0].length) : '';
  // ("Councilmembers Reed, Hale, and Finch": a surname alone after it, under the list's plural title.)
  return and && (parseEntry([rest.replace(/\.$/, '')]) || ONE_SURNAME.test(rest)) ? rest : part;
}

// "J. Shergill (President) in the chair with A. Kibler": the chair, then the first of those with them.
const CHAIR_WITH = /(?<=\S) in the chair,? with (?=\S)/i;

/** "J. Shergill (President) in the chair with A. Kibler" -> the chair's part (its mark kept), and the person after "with". */
function splitChairWith(part: string): string[] {
  const m = part.includes(' with ') ? CHAIR_WITH.exec(part) : null;
  if (!m) return [part];
  const rest = part.slice(m.index + m[0].length);
  return parseEntry([rest]) ? [part.slice(0, m.index + ' in the chair'.length), rest] : [part];
}

// Posts held by one person at a time: a bracket with one of them is no description two people share.
const SOLE_POST = /^\((?:(?:parish|town|deputy|assistant)\s)?(?:clerk|chair(?:man|woman|person)?|vice[\s-]chair(?:man|woman|person)?|secretary|treasurer|minute[\s-]taker|rfo)\)$/i;

/** "Jo Finch (JF) and Sam Poe (SP) and Ann Lee (AL)": the names on either side of each "and". */
function splitAtAnd(p: string): string[] {
  // `^(.+?)\s+(?:and|&)\s+(.+)$`: the first "and" with a name after it.
  let second: string | null = null;
  const and = lazyHead(p, AND, { accept: (m) => (second = restOfLine(p, m.index + m[0].length, 1)) !== null });
  if (!and || second === null) return [p];
  const first = and.head;
  const rest: string = second;
  // "Jo Finch (Manager Arts and Culture) and Sam Poe (Director)": the first "and" is inside the bracket.
  if (opensBracket(first)) return splitAtAndOutsideBrackets(p);
  const head = parseEntry([first]);
  if (!head) return splitPostBeforePerson(first, rest) ?? splitAtLaterAnd(p, first.length);
  if (head.lostCell || !(parseEntry([rest]) || NOT_A_PERSON.test(rest))) return [p];
  // "Derek Hale – Department for Communities and Local Government": a description left open runs on past the "and",
  // unless a title or a description of its own makes the rest a person ("Ann Lee, Clerk and Cllr Tom Hale").
  if (describesOpenly(first, head) && !hasHonorific(rest) && !hasDescription(parseEntry([rest]))) return [p];
  // "Jane Roe and Sam Poe (Acme)": the bracket describes both; "Cllr S. Leet & Cllr A. Jenkinson (AJ)": initials are one person's.
  const bracketed = /\s(\([^()]+\))$/.exec(rest);
  // ("Mr C Lind & Mr J Foulkes (Clerk)": a post one person holds is the last one's.)
  const shared = bracketed && !ownInitials(bracketed[1]!.slice(1, -1), rest) && !SOLE_POST.test(bracketed[1]!) ? bracketed : null;
  const more = /\sand\s/i.test(rest) ? splitAtAnd(rest) : [rest];
  return [shared && !/\(/.test(first) ? `${first} ${shared[1]}` : first, ...more];
}

/**
 * "AJ" of "Cllr A. Jenkinson (AJ)": capitals in the bracket that may be the person's initials. Three capitals or more that
 * neither start with the person's first letter nor end with their surname's ("Hanna Wrig (HGHS)") are a school's or body's.
 */
function ownInitials(inside: string, person: string): boolean {
  if (!looksLikeInitials(inside)) return false;
  const capitals = inside.replace(/[^\p{Lu}]/gu, '');
  const name = splitPersonName(person.slice(0, person.lastIndexOf('(')).trim()).name;
  return capitals.length < 3 || (capitals.charAt(0) === name.charAt(0) && capitals.charAt(capitals.length - 1) === surnameOf(name).charAt(0));
}

/**
 * "Don Ashworth, City Manager and Todd Gerhardt, Administrative Assistant": after a comma, the post of the person before
 * the "and", then the next person's name (whose own post follows the next comma).
 */
function splitPostBeforePerson(post: string, rest: string): string[] | null {
  // (A post with a linking word may run on past the "and": "Manager of Generation and Distribution Newlun".)
  if (/\s\p{Ll}/u.test(post.trim()) || !readsAsPost(post.trim()) || readsAsPersonNameAlone(post.trim()) || !readsAsPersonNameAlone(rest.trim())) return null;
  return [post, rest];
}

/** The first " and " outside any bracket parts two people, each read whole (the rest parted again at its own). */
function splitAtAndOutsideBrackets(p: string): string[] {
  const parts = splitOutsideBrackets(p, ' and ');
  if (parts.length < 2) return [p];
  const head = parts[0]!.trim();
  const rest = parts.slice(1).join(' and ').trim();
  if (!parseEntry([head]) || !parseEntry([rest])) return [p];
  return [head, ...(/\sand\s/i.test(rest) ? splitAtAnd(rest) : [rest])];
}

/**
 * "Manager Communications and Governance Louise Pagan and Committee Advisor Fiona Dunlop": the first "and" joins
 * the words of a post; the next one parts two people, each a person read whole.
 */
function splitAtLaterAnd(p: string, from: number): string[] {
  const at = p.indexOf(' and ', from + 1);
  if (at === -1) return [p];
  const first = p.slice(0, at).trim();
  const rest = p.slice(at + 5).trim();
  const head = parseEntry([first]);
  // (The first person's post came before the name, which ends the part: nothing describes them past the "and".)
  return head && !head.lostCell && first.endsWith(head.name) && parseEntry([rest]) ? [first, rest] : [p];
}

/** A description after the name that no bracket closes: "Jo Finch – Acme", "Jo Finch, Treasurer". */
function describesOpenly(written: string, entry: RosterEntry): boolean {
  // ("Vice Chair Linda Moss and Tom Hale": a post written before the name ends with the name, so nothing runs on.)
  const closed = written.trimEnd();
  const role = entry.description.role;
  const postFirst = role !== null && /^\p{Lu}/u.test(role) && entry.name !== '' && closed.startsWith(role) && closed.endsWith(entry.name);
  return hasDescription(entry) && !closed.endsWith(')') && !postFirst;
}

/** An entry that says who its person is: a role or an organisation. */
export function hasDescription(entry: RosterEntry | null): boolean {
  return entry !== null && (entry.description.role !== null || entry.description.organisation !== null);
}

const DASHED = /\s[-–—]\s/;

/** A line listing several people: most of its parts read as people, not "Name, Role, Organisation". */
export const isRunOn = perParse(readsAsRunOn);

function readsAsRunOn(text: string): boolean {
  if (closesWithOwnInitials(text)) return false;
  const parts = runOnParts(text);
  // Two parts are two people when both carry a title ("Cllr A, Cllr B") or their own bracket ("A (Acme), B (Bolt)"),
  // or were joined by "and"; else "Name, Description".
  // "Lynda Brown Head of Education, Early Years and Complex Needs": a person read only with the description run on
  // after the name, whose commas go on describing them.
  if (parseEntry([parts[0] ?? ''])?.lostCell) return false;
  // "Lorraryne Barrett - Head of Service, Community Services, Adult Care": after a dash the commas go on describing,
  // unless every other part is a person described or titled the same way ("A – Acme, B – Bolt").
  if (DASHED.test(parts[0] ?? '') && !parts.slice(1).every((p) => DASHED.test(p) || p.includes('(') || hasHonorific(p))) return false;
  // "Councillor A Hale (Chairman); Councillors B Rowe, C Lind and D Moss": a part under a plural title is people too.
  // "M Nairn, Justice Services Manager; P Orr, Finance Adviser": two people parted by the semicolon, each with a post after a comma.
  const twoPeople =
    parts.every((p) => hasHonorific(p) || listsUnderPluralTitle(p)) || parts.every(isBracketedPerson) || titledSecondPerson(parts) || (parts.length === 2 && (parts.every(isPersonCommaPost) || bracketedThenName(parts)));
  if (parts.length < 2 || (parts.length === 2 && !twoPeople && splitTopLevel(text, ',').length > 1)) return false;
  // "Steve Fisk (SF), Larch Labs, Scientific Computing", "WQ - Wei Qu, Bureau of Weather, Australia": the name's own
  // initials given with the first name only, the parts after it describe that person.
  const first = parseEntry([parts[0]!]);
  // ("Tom Hale (TH), Acme UK (minutes)": a closing bracket that only marks the minute taker makes no second person.)
  if (first?.initials && first.initials === initialsOf(first.name) && parts.slice(1).every((p) => !parseEntry([p])?.initials && (!isBracketedPerson(p) || closesWithMarkOnly(p)))) return false;
  // "Gill Brown, Chief Executive, Healthwatch Lancashire": a post between a name and an organisation.
  if (parts.length === 3 && readsAsPost(parts[1]!) && parseEntry([parts[1]!]) === null && !hasHonorific(parts[2]!)) return false;
  // A part read only as "Name Description" with no mark between is no person of a list ("... Head of Children and Young People's Services").
  // "Mayor Wise, Councillors Boag, Browne and Chrystal": a surname alone after a plural title is one of its people.
  let listTitle: string | null = null;
  const people = parts.filter((p) => {
    if (listsUnderPluralTitle(p)) return true;
    listTitle = readPluralTitle(p.trimStart()).title ?? listTitle;
    const entry = parseEntry([p]) ?? (listTitle ? parseEntry([`${listTitle} ${p.trim()}`]) : null);
    return entry !== null && !entry.lostCell;
  }).length;
  return (people >= 2 && people >= parts.length / 2) || readsAsDescribedPairs(parts);
}

// "Dr. Sara Shackleton": a person's own title before a name, which no description opens with.
const PERSONAL_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame|Revd?)\.?\s+\p{Lu}/u;

/** "Paul Whiston, Dr. Sara Shackleton": a name, then a person written with their title, two people, not "Name, Description". */
function titledSecondPerson(parts: readonly string[]): boolean {
  return parts.length === 2 && PERSONAL_TITLE.test(parts[1]!.trim()) && parseEntry([parts[0]!]) !== null && parseEntry([parts[1]!]) !== null;
}

/** "Councillors B Rowe, C Lind and D Moss": a part that lists several people under one plural title. */
export function listsUnderPluralTitle(part: string): boolean {
  const { title, rest } = readPluralTitle(part.trimStart());
  return title !== null && /,|\sand\s|&/.test(rest);
}

/**
 * "Jeff Collins; British Red Cross (JC)", "Mark Lane (for Steve Benson) Aster ML": the line closes with the initials
 * of the name it opens with, so it is one person's row, whatever its semicolons and brackets part.
 */
function closesWithOwnInitials(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1).replace(/^\(|\)$/g, '');
  if (!looksLikeInitials(last)) return false;
  const entry = parseEntry([trimmed]);
  return entry !== null && entry.initials === last && initialsOf(entry.name) === last.replace(/\p{Ll}/gu, '');
}

/**
 * "Cllr M Alexander, East Herts District Council Cllr Mrs A Brewster, City Council Cllr M Bright, ...": people each
 * followed by their body or post, the next person run on after it. The descriptions are the people's, no parts of their own.
 */
function readsAsDescribedPairs(parts: readonly string[]): boolean {
  let people = 0;
  let descriptions = 0;
  let others = 0;
  // The part before is a person with no description yet.
  let bare = false;
  for (const part of parts) {
    const entry = parseEntry([part]);
    if (entry !== null && !entry.lostCell) {
      people++;
      bare = !entry.description.role && !entry.description.organisation;
    } else if (bare && splitDescriptionBeforePerson(part)) {
      descriptions++;
      people++;
    } else if (bare && (readsAsBody(part.trim()) || readsAsPost(part.trim()))) {
      descriptions++;
      bare = false;
    } else {
      others++;
      bare = false;
    }
  }
  return people >= MIN_PAIRS && descriptions >= MIN_PAIRS - 1 && others < people;
}

// People with a description each, as few as this, make a list of pairs.
const MIN_PAIRS = 3;

/** "Jane Roe (Home Office)", "Cllr Kim Chu (GLA) (Chair)": a person's name, then brackets. */
export function namesPersonWithBracket(cell: string): boolean {
  const open = cell.indexOf(' (');
  return open > 0 && cell.endsWith(')') && looksLikePersonName(splitPersonName(cell.slice(0, open)).name) && parseEntry([cell]) !== null;
}

export function lastBracketOf(cell: string): string {
  return cell.slice(cell.lastIndexOf('(') + 1, -1);
}

/** "C Drummond (Depute), E Fraser": a person with a bracket, then a name alone (no post, no body), two people. */
function bracketedThenName(parts: readonly string[]): boolean {
  const second = parts[1]!.trim();
  return isBracketedPerson(parts[0]!.trim()) && isBareName(second) && !readsAsPost(second) && !readsAsBody(second);
}

/** "M Nairn, Justice Services Manager": a person's name, a comma, then the post alone (a part of a semicolon list). */
function isPersonCommaPost(text: string): boolean {
  const comma = text.indexOf(',');
  return comma > 0 && comma === text.lastIndexOf(',') && looksLikePersonName(text.slice(0, comma).trim()) && readsAsPost(text.slice(comma + 1).trim());
}

/** "Jane Roe (Acme)": a person whose description is in the bracket that ends the part. */
function isBracketedPerson(text: string): boolean {
  return text.endsWith(')') && parseEntry([text]) !== null;
}

const CLOSING_BRACKET = /\(([^()]{2,40})\)\s*$/;

/** "Acme UK (minutes)", "Bolt (online)": a part whose closing bracket says only how its person took part or that they took the minutes. */
function closesWithMarkOnly(text: string): boolean {
  const bracket = CLOSING_BRACKET.exec(text);
  return bracket !== null && isAttendanceMark(bracket[1]!);
}

export function hasHonorific(text: string): boolean {
  return splitPersonName(text).honorific !== null;
}

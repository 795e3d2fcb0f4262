import type { Attendance } from '@lsmp/model';
import { endsInMeans, endsInRollWord, splitAttendanceMarks } from './attendance-marks.js';
import { looksLikePersonName, looksLikeSurname, splitPersonName } from '../text/names.js';
import { isSpaceCode, isUpperAt, trimEndOf, trimListPunctuation } from '../text/clean.js';
import { readRepresentation } from './stand-in.js';
import { findRepresenting } from './representing.js';
import { descriptionSeparatorSpans, findSpacedWord, splitAt } from '../text/spaced-words.js';

/** What a roster line says about a person besides the name. */
export interface Description {
  role: string | null;
  organisation: string | null;
  substituteFor: string | null;
  shadowing: string | null;
  chair: boolean;
  /** The chair mark as written ("Chair"), kept as the role of a chair who is absent. */
  chairTitle: string | null;
  partial: boolean;
  /** Who stood in for this member ("represented by Kay Lund"): read on an apologies list. */
  standIn: string | null;
  /** The list a bracketed mark puts a person present on: "(minutes)" the secretariat, "(guest)" in attendance. */
  listMark?: Attendance | null;
}

// The head noun of a job title. A description whose head is one of these is a role.
const TITLE_HEADS = new Set(
  (
    'mayor director head officer manager chair chairman chairwoman chairperson vice-chair representative rep coordinator supervisor ' +
    'co-ordinator secretary clerk councillor adviser advisor lead president commissioner executive chief editor member ' +
    'analyst consultant researcher assistant deputy treasurer superintendent inspector leader governor principal minister ' +
    'engineer worker caseworker specialist partner founder trustee convenor convener facilitator organiser organizer ' +
    'administrator controller planner observer ceo cfo coo cto rfo officer-in-charge volunteer sponsor steward deputy-chair ' +
    'campaigner programme-manager commander constable sergeant director-general nominee delegate correspondent solicitor ' +
    'accountant auditor architect surveyor warden navigator champion ambassador mentor practitioner nurse doctor ' +
    'gp matron pharmacist therapist teacher headteacher lecturer tutor counsellor advocate caseworker fellow intern ' +
    'scribe taker notetaker note-taker minute-taker host moderator timekeeper recorder maintainer apprentice trainee guest invited ' +
    'co-chair cochair co-chairman co-chairs prosecutor general registrar coroner ombudsman paediatrician pediatrician ' +
    'clinician psychologist psychiatrist physician surgeon midwife economist statistician scientist librarian archivist ' +
    'curator strategist investigator examiner assessor reviewer evaluator designer developer producer chaplain dean provost ' +
    'attorney counsel marshal paralegal sheriff chancellor vice-chancellor bursar comptroller vicar rector pastor headmaster headmistress ' +
    // A conservation district's and a farm body's staff: "District Conservationist", "Farm Bill Biologist", "Extension Educator".
    'conservationist technician biologist agronomist ecologist hydrologist veterinarian educator ' +
    // A board's go-between with the council or its staff: "City Council Liaison", "Staff Liaison".
    'liaison ' +
    // A water, irrigation or sewer district's staff: "Bookkeeper Sonia Nash", "Operations Foreman", "Watermaster", "Plant Operator".
    'bookkeeper foreman watermaster operator'
  ).split(' '),
);
// Words that make a phrase name a body rather than a post or a policy area.
const BODY_WORDS =
  /\b(?:association|council|councils|agency|department|dept|office|committee|group|federation|forum|services?|institute|panel|partnership|ltd|limited|plc|llp|trust|authority|borough|nhs|police|university|college|school|centre|center|network|alliance|union|tuc|fund|funders|foundation|charity|society|commission|board|ministry|government|company|corporation|bank|action|plus|church|hospital|court|team|unit|directorate|executive|organisation|organization|project|observatory|campaign|watch|first|bureau|coalition|consortium|enterprise|cic|inc|co)\b/i;
const ACRONYM = /^(?:[\p{Lu}&]{2,}s?|\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}{2}\p{Ll}?)(?:\s*\([^)]*\))?$/u;

// A match starts where white space (or a comma) does, never inside it: the lookbehinds keep the
// patterns from retrying a long run of white space from every position in it.
// ("Jenkins [CHAIR]": in square brackets too; "(Joint Chair)": one of the two who chair a joint body.)
const CHAIR_MARK = /(?<!\s)\s*[([]\s*(?:the\s+)?(co-?chair|joint chair|chair|chairman|chairwoman|chairperson|chairing)\s*[)\]]|(?:,|(?<![,\s]))\s*(?:chairing the meeting|in the chair|\(chair\))/i;
// (A bracket's words alone, as a list without commas passes them: "Ch".)
const SHORT_CHAIR_MARK = /(?<![^\s,;])\(Ch\)(?![\p{L}\p{N}])|^Ch$/u;
const CHAIR_WORD = /^(?:the\s+)?(?:co-?chair|joint chair|chair|chairman|chairwoman|chairperson)$/i;
const QUALIFIED_CHAIR = /^(?:independent|clinical|acting|interim)\s+(?:chair|chairman|chairwoman|chairperson)$/i;
const LEADING_CHAIR = /^(chair|chairman|chairwoman|chairperson)\s(?:and|&)\s(?=\S)/i;
const CHAIR_BEFORE_BRACKET = /^(chair|chairman|chairwoman|chairperson)\s?\((?=[^()]+\)$)/i;
// "TVoS Coordinator and chair": the post, then the chair it held at this meeting ("2017 Secretary, AGM Chair": of this meeting by name).
const TRAILING_CHAIR = /(?:,|\s[–—-]|\sand|\s&)\s?(?:(?:agm|egm|meeting)\s)?(chair|chairman|chairwoman|chairperson)$/i;
/** "Chairman", "the Chair": a chair word and nothing more. */
export const isChairWord = (text: string) => CHAIR_WORD.test(text);
// "(part meeting)": the bracket goes with its words.
const PART_MARK = /(?:,|(?<![,\s]))\s*(?:present\s+)?for part of the meeting|(?<!\s)\s*\(part(?:\s(?:of\s(?:the\s)?)?meeting)?\)|(?:,|(?<![,\s]))\s*part meeting/i;

// The note closes the description, after a comma or a spaced dash ("arrived 2.45pm and left 3.10pm": the times they came and went;
// "– Left meeting at 10:54am").
const LATE_OR_EARLY = /(?:,|\s[-–—])\s?(?:arrived|left)\s(?:(?:the\s)?meeting\s)?(?:late|early|during\sthe\smeeting|(?:at\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s(?:and|&)\sleft\s(?:at\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?)?)\.?$/i;

const ITEMS_ONLY = /(?<!\s)\s*\(\s*(?:for\s+)?(?:agenda\s+)?items?\s[^()]*\)$/i;
// "GM, Engagement – Item 13", "Head of Finance - Items 9, 10 & 17": the items attended, after a dash.
const DASHED_ITEMS = /\s[–—-]\s(?:for\s)?(?:agenda\s)?items?\s?\d{1,3}(?:\s?(?:,|&|and|to|–|-)\s?\d{1,3})*(?:\sonly)?$/i;

// ("Member without portfolio": a post's head noun before "without" too.)
const PREPOSITIONS = ['of', 'in', 'for', 'at', 'to', 'on', 'with', 'without', 'from'];

/**
 * The last word before any preposition, brackets counting as white space, in lower case and without "'s".
 * A closing aside in lower case ("Policy Officer (minutes)") is no part of the post.
 */
function headNoun(phrase: string): string {
  const preposition = findSpacedWord(phrase, PREPOSITIONS, true);
  const before = withoutLowerCaseAside(preposition ? phrase.slice(0, preposition.start) : phrase);
  const breaksWord = (at: number) => {
    const c = before.charCodeAt(at);
    return c === 40 || c === 41 || isSpaceCode(c);
  };
  let end = before.length;
  while (end > 0 && breaksWord(end - 1)) end--;
  let start = end;
  while (start > 0 && !breaksWord(start - 1)) start--;
  const word = before.slice(start, end).toLowerCase();
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/** "Policy Officer (minutes)" -> "Policy Officer"; an aside with a capital ("(MRAP)", "(Interim)") stays. */
function withoutLowerCaseAside(phrase: string): string {
  const trimmed = phrase.trimEnd();
  if (!trimmed.endsWith(')')) return phrase;
  const open = trimmed.lastIndexOf('(');
  const aside = open > 0 ? trimmed.slice(open + 1, -1) : '';
  return aside && aside === aside.toLowerCase() && aside !== aside.toUpperCase() ? trimmed.slice(0, open) : phrase;
}

// Words of a post's policy area ("Policy Officer, Immigration and Asylum"): a segment made only of these
// completes the role, where any other capitalised segment after a title names the organisation ("Director, Wealden Water").
const AREA_WORDS = new Set(
  (
    'and & of the for in on with to immigration asylum refugee refugees migration migrants migrant policy policies housing health ' +
    'education skills employment integration communities community planning finance financial safeguarding children adult adults ' +
    'social care public resettlement strategy strategic operations operational equality equalities diversity inclusion research ' +
    'economic economy development environment environmental transport legal engagement partnerships programmes programme ' +
    'delivery commissioning regeneration welfare benefits support advice youth families people learning training culture ' +
    'sport safety crime justice enforcement licensing regulation regulatory digital data communications media international ' +
    'relations affairs governance performance quality standards human rights resources infrastructure estates property ' +
    'wellbeing well-being mental protection homelessness cohesion citizenship settlement mobility opportunity opportunities ' +
    'local regional national global business services corporate customer customers intelligence insight insights analysis ' +
    'evidence risk compliance prevention early years schools young neighbourhoods neighbourhood place places growth ' +
    'sustainability climate energy waste water transport highways infrastructure projects project change transformation ' +
    'innovation technology access participation voluntary sector partnership interim acting senior'
  ).split(' '),
);

/** "Immigration and Asylum", "Social Mobility and Community Engagement": a post's area, every word from the area vocabulary. */
function isPolicyArea(segment: string): boolean {
  const words = segment.toLowerCase().split(/[\s,/]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => AREA_WORDS.has(w.replace(/['’]s$/, '')));
}

/** A capitalised name after a post ("Wealden Water"): an organisation even without a word such as "Council". */
function readsAsOrganisation(segment: string): boolean {
  const words = segment.trim().split(/\s+/);
  return /^\p{Lu}/u.test(segment.trim()) && words.length <= 6 && !isPolicyArea(segment) && !isTitle(segment);
}

const isTitle = (phrase: string): boolean => headsPost(headNoun(phrase)) || /^vice[- ]chair/i.test(phrase) || joinsPosts(phrase);
// "Vice-President", "Co-ordinator" aside: a post's head noun after "vice-" or "deputy-" is the post's ("Vice President" reads so too).
const PREFIXED_HEAD = /^(?:vice|deputy)-(?=\p{L})/u;
const headsPost = (head: string): boolean => TITLE_HEADS.has(head) || (PREFIXED_HEAD.test(head) && TITLE_HEADS.has(head.slice(head.indexOf('-') + 1)));

/** "Parish Clerk and Financial Responsible Person": a post joined to another with "and", neither naming a body. */
function joinsPosts(phrase: string): boolean {
  const and = phrase.indexOf(' and ');
  if (and <= 0) return false;
  const first = phrase.slice(0, and);
  return TITLE_HEADS.has(headNoun(first)) && !BODY_WORDS.test(phrase) && /^\p{Lu}/u.test(phrase.slice(and + 5));
}

/** "Monitoring Officer", "Head of Planning": a post, by its head noun. */
export const readsAsPost = isTitle;

// "Director Community Services", "Group Manager Services and Assets": the post's word first, then the
// capitalised area it heads with no "of" between, as New Zealand and Australian councils write posts.
const POST_FIRST_WORDS = new Set(['director', 'manager', 'head', 'officer', 'executive', 'chief', 'general', 'group', 'deputy', 'assistant', 'acting', 'interim', 'senior', 'principal', 'team', 'lead']);
const AREA_JOINS = new Set(['and', '&', 'of', 'the', 'for']);

/** "Director Community Services": post words, then capitalised area words (read only where a name follows in brackets). */
export function readsAsPostBeforeArea(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  // "Interim Chief Executive Director": the post's words, one of them a post's head noun.
  let k = 0;
  while (k < words.length - 1 && (POST_FIRST_WORDS.has(words[k]!.toLowerCase()) || TITLE_HEADS.has(words[k]!.toLowerCase()))) k++;
  if (!words.slice(0, k).some((w) => TITLE_HEADS.has(w.toLowerCase()))) return false;
  return /^\p{Lu}/u.test(words[k]!) && words.slice(k).every((w) => AREA_JOINS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’/-]*$/u.test(w));
}
const namesBody = (phrase: string) => BODY_WORDS.test(phrase) || ACRONYM.test(phrase.trim());
/** "chairman" -> "Chairman": a post read from the text, its first letter a capital. */
const capitalised = (text: string): string => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "NHS England", "UKBA", "Norfolk County Council": a phrase that names a body, by its words or as an acronym, and no post. */
export const readsAsBody = (phrase: string): boolean => namesBody(phrase) && !isTitle(phrase);

/** A name as people write it that is no post and no body ("Ann Lee"; not "Finance Director", "Lambeth Council"). */
export const readsAsPersonNameAlone = (text: string): boolean => looksLikePersonName(text) && !readsAsPost(text) && !readsAsBody(text);

const SUBSTITUTE_WORD = /for|representing|on behalf of/;
const SUBSTITUTE = /^((?:.*?[^\s,])??)[\s,]*\(?\b(?:for|representing|substituting for|deputising for|on behalf of)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\)?$/u;

const BRACKETED_REP = /\((?:also\s+)?rep(?:\.|resenting)?\s/i;

// "in lieu of" / "in place of" say a stand-in whatever comes before them, a post too ("Village Representative in lieu of ...").
// ("(in place of Jo Finch)": the words alone in the brackets, nothing before them.)
const IN_LIEU = /(?:^|\s)in (?:lieu|place) of /i;

/** "Mr Hesketh-Harvey", "Jo Finch": the absent member a stand-in's words name, a surname after a title too; else null. */
function absentMemberName(written: string): string | null {
  const { name, honorific } = splitPersonName(written.trim());
  return looksLikePersonName(name) || (honorific !== null && looksLikeSurname(name)) ? name : null;
}

/** "Village Representative in lieu of Mr Hesketh-Harvey": the description, and the member stood in for. */
function standsInFor(s: string): { rest: string; absent: string } | null {
  const m = IN_LIEU.exec(s);
  const absent = m ? absentMemberName(s.slice(m.index + m[0].length)) : null;
  return m && absent ? { rest: s.slice(0, m.index).trim(), absent } : null;
}

// "Alternate Balbir Gill", "(alternate for Jo Finch)": the member's named alternate, as boards with alternates list them.
const ALTERNATE = /\balternate(?:\s(?:for|to))?\s(?=\p{Lu})/iu;

/** "– Alternate Balbir Gill": the description before the word, and the member whose alternate this is. */
function alternateFor(s: string): { rest: string; absent: string } | null {
  const m = ALTERNATE.exec(s);
  if (!m) return null;
  const after = s.slice(m.index + m[0].length);
  const absent = absentMemberName(after.endsWith(')') ? after.slice(0, -1) : after);
  return absent ? { rest: trimEndOf(s.slice(0, m.index), ' (,;–—-').trim(), absent } : null;
}

// "Safeguarding Board for Northern Ireland", "Action for Children NI": after "for", a region or a group an acronym closes
// goes on with the body's name; no one stood in for them.
const REGION_OPENING = /^(?:north|south|east|west|northern|southern|eastern|western|central|greater|mid|upper|lower)\s/i;
const CLOSING_ACRONYM = /\s\p{Lu}{2,3}$/u;
// "Foundation for Water Research", "Office for National Statistics", "National Centre for Social Research": a body's head noun
// alone (or after "The" or a national adjective) before "for" goes on into the body's name; "Refugee Council for Jo Pike" names a body first.
const HEAD_OF_NAMED_BODY =
  /^(?:the\s)?(?:(?:national|royal|international|european|british|scottish|welsh|irish|federal)\s)?(?:foundation|centre|center|institute|society|department|office|commission|council|campaign|trust|alliance|fund|association|network|agency|partnership|coalition|forum|federation|ministry|bureau)$/i;
const namesPlaceOrGroup = (words: string): boolean => REGION_OPENING.test(words.trim()) || CLOSING_ACRONYM.test(words.trim());

/**
 * Splits a roster description into role and organisation: a title with an
 * organisation ("Head of Accounts, Skills Funding Agency") gives both; a title
 * alone, or a title with its policy area ("Senior Policy Officer, Immigration and
 * Asylum"), is the role; anything else is the organisation. Also reads "for X"
 * (substitute), "Shadowing X", "(chair)" and "for part of the meeting".
 */
const MAYOR_STYLE = /^(?:(?:his|her)\s+worship\s+)?the\s+(?=(?:deputy\s+|lord\s+)?mayor\b)/i;
/** "The Mayor", "Her Worship the Mayor" -> "Mayor": the post without its article and the style of address before it. */
export const withoutMayorStyle = (post: string): string => (MAYOR_STYLE.test(post) ? post.replace(MAYOR_STYLE, '') : post);

const BARE_NUMBER = /^\(?\d{1,3}\)?$/;

export function describe(written: string): Description {
  // "Scottish Government (online; minutes)": how they attended, and the minute taker's mark, come off first.
  const trimmed = trimListPunctuation(written);
  const marks = written.endsWith(')') || written.endsWith('aker') || written.length <= 12 || endsInRollWord(written) || written.endsWith('minutes') || endsInMeans(trimmed) ? splitAttendanceMarks(trimmed) : null;
  let s = marks ? marks.text : trimmed;
  // "Toby Mason,  – Director": a dash left between the name's comma and the description is no part of it.
  if ((s[0] === '-' || s[0] === '–' || s[0] === '—') && isSpaceCode(s.charCodeAt(1))) s = s.slice(1).trim();
  const out: Description = { role: null, organisation: null, substituteFor: null, shadowing: null, chair: false, chairTitle: null, partial: marks?.partial === true, standIn: null, listMark: marks?.list ?? null };
  // "M Ainsworth (9)": a bare number in the bracket (a count of meetings attended, a footnote) says nothing of who they are.
  if (BARE_NUMBER.test(s)) return out;
  // Each pattern below needs its key word ("part", "chair", "representative"): a plain search in lower case rules most texts out.
  let lower = s.toLowerCase();
  if (lower.includes('part') && /\bfor part of the meeting\b|\(part\)|\bpart meeting\b/i.test(s)) {
    out.partial = true;
    s = s.replace(PART_MARK, '').trim();
    lower = s.toLowerCase();
  }
  // "(2017 President) - arrived during the meeting.", ", left early": there for part of the meeting, no part of the post.
  const cameLate = lower.includes('arrived') || lower.includes('left') ? LATE_OR_EARLY.exec(s) : null;
  if (cameLate) {
    out.partial = true;
    s = s.slice(0, cameLate.index).trim();
    lower = s.toLowerCase();
  }
  // "(items 6-7 only)", "(for item 4)": there for those items alone.
  const itemsOnly = lower.includes('item') ? (lower.endsWith(')') ? ITEMS_ONLY : DASHED_ITEMS).exec(s) : null;
  if (itemsOnly) {
    out.partial = true;
    s = trimEndOf(s.slice(0, itemsOnly.index).trim(), ',;');
    lower = s.toLowerCase();
  }
  // "Mr Barker (Ch)": a drainage board's short mark for its chairman ("(CH)" in capitals would be initials).
  const chairMark = lower.includes('chair') ? CHAIR_MARK.exec(s) : s.includes('Ch') ? SHORT_CHAIR_MARK.exec(s) : null;
  if (chairMark) {
    out.chair = true;
    out.chairTitle = chairMark[1] ? capitalised(chairMark[1]) : null;
    // ("(Employer Side Chair - in the Chair)": the dash before the mark goes with it.)
    s = (s.slice(0, chairMark.index) + s.slice(chairMark.index + chairMark[0].length)).trim().replace(/^[,;–—-]\s*|\s[–—-]$|[,;]\s*$/g, '');
    lower = s.toLowerCase();
  }
  // "(Deputy Mayor of London, Chair)": a chair word after the post, as the last part of the description
  // ("Chair, Vale Tenants Association" first is the chair of another body, a role).
  // "Director, Acme – Chair": a dash before it as well.
  const trailingChair = !chairMark && (lower.includes(', chair') || lower.includes(' chair')) ? TRAILING_CHAIR.exec(s) : null;
  if (trailingChair) {
    out.chair = true;
    out.chairTitle = capitalised(trailingChair[1]!);
    s = s.slice(0, trailingChair.index).trim();
    lower = s.toLowerCase();
  }
  // "Chair and Co-opted", "Chair & Parent Governor": a governing board's chair, then the kind of governor they are.
  const leadingChair = !chairMark && !trailingChair && lower.startsWith('chair') ? LEADING_CHAIR.exec(s) : null;
  if (leadingChair) {
    out.chair = true;
    out.chairTitle = capitalised(leadingChair[1]!);
    s = s.slice(leadingChair[0].length).trim();
    lower = s.toLowerCase();
  }
  // "Pam Reed - Chairman (Portview Community Board member)": the chair word, then who the chair is in brackets.
  const bracketedChair = !out.chair && lower.startsWith('chair') && s.endsWith(')') ? CHAIR_BEFORE_BRACKET.exec(s) : null;
  if (bracketedChair) {
    out.chair = true;
    out.chairTitle = capitalised(bracketedChair[1]!);
    s = s.slice(bracketedChair[0].length, -1).trim();
    lower = s.toLowerCase();
  }
  // "Joan Maughan – Independent Chair", "Dr Avi Bhatia AB Clinical Chair": the board's own chair, by the kind of chair; the post stays.
  if (!out.chair && QUALIFIED_CHAIR.test(s)) {
    out.chair = true;
    out.chairTitle = s;
    out.role = s;
    return out;
  }
  // "Jo Finch - Chairman", "Jo Finch, Chair": a chair word alone after the name marks the chair as its brackets do.
  if (!out.chair && CHAIR_WORD.test(s)) {
    out.chair = true;
    out.chairTitle = capitalised(s.replace(/^the\s+/i, ''));
    return out;
  }
  // "The Mayor", "His Worship the Mayor": the mayor's post, without its article and the style of address before it.
  if (lower.includes('mayor') && MAYOR_STYLE.test(s)) {
    s = withoutMayorStyle(s);
    lower = s.toLowerCase();
  }
  // The full patterns below try every split of the text; a plain search for their key words rules most texts out first.
  // "Police Scotland (covering for Jo Finch)": covering for a member is standing in for them.
  const inLieu = ` ${lower}`.includes(' in lieu of ') || ` ${lower}`.includes(' in place of ') ? standsInFor(s) : null;
  if (inLieu) {
    out.substituteFor = inLieu.absent;
    s = inLieu.rest;
    lower = s.toLowerCase();
  }
  const alternate = !inLieu && lower.includes('alternate') ? alternateFor(s) : null;
  if (alternate) {
    out.substituteFor = alternate.absent;
    s = alternate.rest;
    lower = s.toLowerCase();
  }
  // "(rep Jane Sayer)", "(also representing Ann Lee)": a bracket naming the member stood in for.
  const covering = lower.includes('covering for ') ? s.replace(/\bcovering for /i, 'for ') : lower.includes('(') && lower.includes('rep') ? s.replace(BRACKETED_REP, '(representing ') : s;
  const sub = SUBSTITUTE_WORD.test(covering) ? SUBSTITUTE.exec(covering) : null;
  // "Minister for Housing": after a post, "for" goes on with the post, unless a bracket opens before it.
  const bracketed = sub !== null && covering.slice(sub[1]!.length).trimStart().startsWith('(');
  if (sub && (bracketed || (!isTitle(sub[1]!) && !HEAD_OF_NAMED_BODY.test(sub[1]!))) && looksLikePersonName(splitPersonName(sub[2]!).name) && !namesPlaceOrGroup(sub[2]!)) {
    out.substituteFor = splitPersonName(sub[2]!).name;
    s = sub[1]!.trim();
  }
  if (/represent|substitut|deput|replaced|\bsub\b|absence/i.test(s)) {
    // The stand-in may be bracketed after the organisation: "Larchford Council (substitute: Jo Pike)".
    const open = s.endsWith(')') ? s.lastIndexOf('(') : -1;
    const bracketed = open > 0 ? readRepresentation(s.slice(open + 1, -1)) : null;
    const representation = bracketed?.standIn ? { ...bracketed, rest: trimEndOf(s.slice(0, open).trim(), ',;') } : readRepresentation(s);
    out.standIn = representation.standIn;
    s = representation.rest;
    if (!s) return out;
  }
  const representing = s.toLowerCase().includes('representative') ? findRepresenting(s) : null;
  if (representing) {
    const whom = (representing.of ?? representing.possessor ?? '').trim();
    if (looksLikePersonName(splitPersonName(whom).name)) out.substituteFor = splitPersonName(whom).name;
    else if (whom && !/^(?:their|his|her)$/i.test(whom)) out.organisation = whom;
    s = s.slice(0, representing.index).trim();
    if (!s) return out;
  }
  const shadow = (s.charCodeAt(0) | 0x20) === 115 ? /^shadowing\s+(\S.*|[^\S\n\r\u2028\u2029])$/i.exec(s) : null;
  if (shadow) {
    out.shadowing = shadow[1]!.trim();
    out.role = s;
    return out;
  }
  if (!s) return out;
  // "Adrian Roe - (Acme)": brackets around the whole description are no part of it.
  if (s.charCodeAt(0) === 40 && s.endsWith(')') && s.indexOf('(', 1) === -1 && s.indexOf(')') === s.length - 1) s = s.slice(1, -1).trim();
  // "observer/Acme Foundation", "observer/Acme/TC9": a post, a slash, then the bodies.
  const slash = s.indexOf('/');
  if (slash > 0) {
    const post = s.slice(0, slash).trim();
    const body = s.slice(slash + 1).trim();
    if (isTitle(post) && /^\p{Lu}/u.test(body) && !isTitle(body)) return { ...out, role: post, organisation: body };
  }
  const separators = descriptionSeparatorSpans(s);
  const segments = splitAt(s, separators);
  const runOn = segments.length === 1 ? splitRunOnPost(s) : null;
  if (runOn) return { ...out, ...runOn };
  if (!isTitle(segments[0]!) && !postBeforeArea(segments)) {
    // "Acme Council, Director": the organisation first, then the post.
    const titleAt = segments.findIndex((seg, i) => i > 0 && isTitle(seg) && !namesBody(seg));
    if (titleAt > 0 && namesBody(segments.slice(0, titleAt).join(', '))) {
      const cut = nthSeparator(s, separators, titleAt);
      out.organisation = s.slice(0, cut.start).trim();
      out.role = s.slice(cut.end).trim();
    } else if (!/^\p{Ll}/u.test(s) || namesDomain(s) || namesBrand(s)) out.organisation = s;
    // A note in lower case ("work commitments", "ill-health") gives a reason, not an organisation (a domain, "matrix.org", is one;
    // so is a brand written "eMudhra").
    return out;
  }
  let bodyAt = segments.findIndex((seg, i) => i > 0 && readsAsBody(seg));
  if (bodyAt === -1 && segments.length >= 2 && readsAsOrganisation(segments[segments.length - 1]!)) bodyAt = segments.length - 1;
  if (bodyAt === -1) {
    out.role = s;
  } else {
    const cut = nthSeparator(s, separators, bodyAt);
    out.role = s.slice(0, cut.start).trim();
    out.organisation = s.slice(cut.end).trim();
  }
  return out;
}

// (After a post word, "Services" names the area, "Director Community Services"; "Chief Executive Office" names a body.)
const SERVICES = /\bservices?\b/gi;

/** "Director Major Projects and Service Delivery, GLA": a post written before its area with no "of", then a body by its words. */
function postBeforeArea(segments: readonly string[]): boolean {
  return segments.length === 2 && readsAsPostBeforeArea(segments[0]!) && !namesBody(segments[0]!.replace(SERVICES, '')) && readsAsBody(segments[1]!);
}

/** "eMudhra", "iTrusChina": a brand's lower-case letter or two run into a capital, as no note in lower case is written. */
const namesBrand = (s: string) => /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u.test(s);

/** "matrix.org", "sn3rd": one word in lower case with a dot or a figure inside, as domains and handles are written. */
const namesDomain = (s: string) => !s.includes(' ') && /^[\p{Ll}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.?$/u.test(s) && /[\d.]/.test(s.replace(/\.$/, ''));

const JOINING_WORDS = new Set([...PREPOSITIONS, 'and', '&', 'the']);

/**
 * A post and what follows it with no comma between: "Chief Executive ACME" (an acronym: the
 * organisation), "Deputy Director Corporate Governance and Performance" (a policy area: all the role).
 */
function splitRunOnPost(s: string): { role: string; organisation: string | null } | null {
  const lastSpace = s.lastIndexOf(' ');
  if (lastSpace > 0) {
    const post = s.slice(0, lastSpace).trimEnd();
    const acronym = s.slice(lastSpace + 1);
    const lastWord = post.slice(post.lastIndexOf(' ') + 1).toLowerCase();
    if (/^\p{Lu}[\p{Lu}&]+$/u.test(acronym) && isTitle(post) && !JOINING_WORDS.has(lastWord)) return { role: post, organisation: acronym };
  }
  // The post's head noun ends its first words (a few at most); the rest is its area.
  const words = s.split(' ');
  for (let k = 1; k < Math.min(words.length, 5); k++) {
    if (!TITLE_HEADS.has(words[k - 1]!.toLowerCase()) || !/^\p{Lu}/u.test(words[k]!)) continue;
    if (isPolicyArea(words.slice(k).join(' '))) return { role: s, organisation: null };
  }
  // "Editor Village Pump": a post of one word run on into the two or three words of what it serves, no body named there:
  // the whole is the role ("Invited Expert" stays as it stands).
  if (words.length >= 3 && words.length <= 4 && TITLE_HEADS.has(words[0]!.toLowerCase()) && words.every((w) => isUpperAt(w, 0)) && !namesBody(s)) return { role: s, organisation: null };
  return null;
}

/** Where the n-th ", ", "; " or spaced dash separator (of `spans`, those of s) is in s. */
function nthSeparator(s: string, spans: ReturnType<typeof descriptionSeparatorSpans>, n: number): { start: number; end: number } {
  // n indexes a segment of the same split, so the n-th separator exists.
  const span = spans[n - 1];
  return span ? { start: span[0], end: span[1] } : { start: s.length, end: s.length };
}

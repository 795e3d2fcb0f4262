import { findDates } from '../dates/parse-date.js';
import { isDateAlone } from '../dates/date-alone.js';
import type { Line } from '../scan/scan-lines.js';
import { isDigitAt, trimEndOf } from '../text/clean.js';
import { TITLE, BODY_NAME, VENUE_WORD, FIELD_LABEL, isLetterhead, endsWithBodyWord, namesVenueWord } from './header-words.js';
import { namesBodyByWords } from '../text/body-words.js';
import { MEETING_PAGE_CAPTION } from '../structure/agenda-item-page.js';

// The name of the body that met, from the title or the line above it.

// The body ends where what follows it starts: a lookahead, so that the end is not
// read from every position (titles are one line: with no line break in it, the same
// as `(.+?)(?:\s+meeting\b.*|\s+held\b.*|\s*,.*|\s+on\s+.*|\s+at\s+\d.*)?$`).
const BODY_IN_TITLE =
  /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:(?:minutes|notes)\s+of|notes\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(\S.*?(?=(?<!\s)(?:\s+meeting\b|\s+held\b|\s*,|\s+on\s|\s+at\s+\d)|$)|[^\S\n\r\u2028\u2029]$)/i;

// The body ends where white space does (or is one character): the lookbehind reads each run once.
const BODY_BEFORE_MEETING = /^(.+?)(?<=^.|\S)\s+(?:meetings?|teleconference|teleconf|telecon|face-to-face|f2f|calls?)\b/i;

// "WLUG 2007 AGM - 24 September": the kind of meeting (with its year) or a dash ends the body's name.
const KIND_TAIL = /(?<=\S)\s+(?:(?:19|20)\d{2}\s+)?(?:agm|egm)\b|(?<=\S)\s+[-–—](?=\s|$)|(?<=\S)\s+(?:(?:annual|extraordinary|special)\s+)?general$/i;

// "Minutes from the 67th Lantern TSC meeting": the body between "from" and "meeting".
const BODY_IN_MINUTES_FROM = /^(?:minutes|notes)\s+from\s+(?:the\s+)?(\S.*?)(?<=\S)\s+meeting\b/i;

// "Final Minutes of the 9th July 2024 COT Meeting": the body between the meeting's date and "meeting".
const DATED_MINUTES_OF = /^(?:(?:final|draft|approved|confirmed|unconfirmed)\s)?(?:minutes|notes)\sof\s(?:the\s)?(?=\S)/i;

const LAST_DAY_OF_RANGE = /^\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?,?\s(?:(?:19|20)\d{2}\b)?/;

function bodyAfterDatedMinutesOf(title: string): string | undefined {
  const m = title.length <= 120 && title.toLowerCase().endsWith(' meeting') ? DATED_MINUTES_OF.exec(title) : null;
  const between = m ? title.slice(m[0].length, -' meeting'.length) : '';
  const date = between ? findDates(between)[0] : undefined;
  // ("Minutes of the June 14-15, 2017 Executive Board Meeting": a meeting of two days, its last day and year after the first.)
  const named = date && date.index === 0 ? between.slice(date.length).replace(LAST_DAY_OF_RANGE, '').trim() : '';
  // (A few capitalised words: "COT", "Brook Parish Council".)
  return named && named.split(' ').length <= 6 && /^\p{Lu}/u.test(named) ? named : undefined;
}

// "Meeting Minutes for Refugees and Forced Migration Hub": the body after "minutes for".
const MINUTES_FOR = /^(?:meeting\s+)?(?:minutes|notes)\s+for\s+(?:the\s+)?(?=\p{Lu})/iu;

/** The body "minutes for" names, when the rest is a name of capitalised words (not "Minutes for 5 May", "for approval"). */
function bodyAfterMinutesFor(title: string): string | undefined {
  const lead = MINUTES_FOR.exec(title);
  const after = lead ? title.slice(lead[0].length) : '';
  // "MINUTES FOR THE Airport Advisory Committee MEETING HELD ON 6 March 2018": the body before the meeting and its date.
  const held = after.search(MEETING_HELD);
  const rest = held > 0 ? after.slice(0, held) : after;
  return rest && namesBodyByWords(rest) ? rest : undefined;
}

const MEETING_HELD = /\smeeting\sheld\s/i;

// "PPG", "PLUG": a body known by its initials ("AGM", "EGM": a kind of meeting's; "AM", "PM": the morning's or the evening's,
// as "AM Meeting Minutes" tells a club's breakfast meeting from its evening one).
const ACRONYM = /^\p{Lu}{2,6}$/u;
const MEETING_INITIALS = new Set(['AGM', 'EGM', 'SGM', 'APM', 'AOB', 'AM', 'PM']);

/** Whether a body's name is its initials alone: a weaker name than a line that spells the body out. */
export const isBodyInitials = (body: string): boolean => ACRONYM.test(body) && !MEETING_INITIALS.has(body);

/** The lines at the top where a body's name stands alone (a letterhead, a page's heading). */
export const TOP_LINES = 3;

/** One of the first three lines, other than the title's, that names a body alone. */
export function bodyLineAtTop(content: Line[], titleLine: Line | null): string | null {
  // "Subject      London Skills Board": a memo's field names the body after its label.
  const texts = content.slice(0, TOP_LINES).filter((l) => l !== titleLine).map((l) => l.text.replace(SUBJECT_FIELD, '').trim());
  // ("Council" alone over "OPEN MINUTES": the kind of body, not its name.)
  const named = texts.filter((t) => (namesBodyAlone(t) && !UNNAMED_COUNCIL.test(t)) || MUNICIPALITY.test(t));
  // "GREATER LONDON AUTHORITY" above "London Strategic Migration Partnership": the publisher's letterhead, then the body that met.
  const written = named.length > 1 && isLetterhead(named[0]!) ? named.find((t) => !isLetterhead(t)) : undefined;
  const body = written ?? named[0] ?? null;
  return body && withNameAbove(body, texts);
}

// "CONDOMINIUM ASSOCIATION, INC.", "Residents Association": a kind of body, its own name not in the line.
const KIND_FIRST = /^(?:condominium|homeowners?['’]?|residents?['’]?|tenants?['’]?|owners?['’]?|community|property\sowners?['’]?)\s(?:association|corporation|committee|council|co-?operative)\b/i;
const CAPITALS_NAME = /^\p{Lu}[\p{Lu}'’&.-]*(?:\s\p{Lu}[\p{Lu}'’&.-]*){0,3}$/u;

/**
 * "MAGNOLIA SQUARE" over "CONDOMINIUM ASSOCIATION, INC.": a letterhead in capitals that wrapped the body's name, the
 * place it is named after on the line above the kind of body; the two are one name.
 */
function withNameAbove(body: string, texts: readonly string[]): string {
  const at = texts.indexOf(body);
  if (at < 1 || !KIND_FIRST.test(body) || body !== body.toUpperCase()) return body;
  const above = texts.slice(0, at).filter((t) => t !== '').pop();
  return above && CAPITALS_NAME.test(above) && !namesBodyAlone(above) && findDates(above).length === 0 ? `${above} ${body}` : body;
}

const SUBJECT_FIELD = /^subject(?::\s*|\t|\s{3,})/i;

// "# Town of North Star", "Township of Brook", "Shire of Kent": a municipality's board, named by the place it governs.
export const MUNICIPALITY = /^(?:the\s)?(?:town|township|village|city|borough|county|municipality|shire)\sof\s\p{Lu}[\p{L}'’. -]{0,40}$/iu;

const ABBREVIATED_FORM = /(\s(?:Inc|Ltd|Co|Corp|Assn))\.$/i;
// The same abbreviations with their stop anywhere in a name, before the body's initials in brackets, say.
const ABBREVIATION_STOP = /(\s(?:Inc|Ltd|Co|Corp|Assn))\.(?=\s)/gi;

/** A short capitalised line that names a body and no place or date, not a sentence about one: the body, when no title names it. */
export function namesBodyAlone(text: string): boolean {
  // "Mid North Coast Refugee Support Group Inc.": the stop of a company's abbreviation ends no sentence.
  const t = text.trim().replace(ABBREVIATED_FORM, '$1');
  return t.length <= 80 && t.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(t) && BODY_NAME.test(t) && (!namesVenueWord(t) || endsWithBodyWord(t)) && !TITLE.test(t) && !FIELD_LABEL.test(t) && findDates(t).length === 0 && !/[.!?]$/.test(t) && namesBodyByWords(t);
}

/** "ANNUAL PARISH MEETING FOR THE PARISH OF YAPTON": the electors' meeting is the parish's, named after "for the". */
function bodyOfParishMeeting(title: string): string | undefined {
  const at = title.toLowerCase().indexOf(' meeting for the ');
  const rest = at === -1 ? '' : title.slice(at + ' meeting for the '.length);
  return /^(?:parish|town|community)\s+of\s+\p{Lu}/iu.test(rest) ? rest : undefined;
}

/** "Minutes of the Annual General Meeting of the Larch Residents' Association": the body after "meeting of". */
function bodyAfterMeetingOf(title: string): string | undefined {
  const lower = title.toLowerCase();
  // ("Minutes of the annual general meeting (AGM) of the members of the Law Society": the initials in brackets after it.)
  const bracketed = lower.includes(' meeting (') ? MEETING_INITIALS_OF.exec(lower) : null;
  const at = bracketed ? bracketed.index : lower.indexOf(' meeting of ');
  const after = bracketed ? bracketed[0].length : ' meeting of '.length;
  // "At a MEETING of the Dundee Integration Joint Board held ...": how Scottish minutes open.
  // "Report on the January meeting of Oakley Parish Council": a newsletter's report of the meeting.
  // "Meeting of the Harbour Library Trust", "SPECIAL MEETING OF POLICE AND CRIME PANEL": a title that opens with the meeting.
  if (at === -1 || !/^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\b|^report\s+on\b|^at\s+a\s+meeting\s+of\b/i.test(title)) {
    const opening = OPENS_WITH_MEETING_OF.exec(title);
    return opening ? namedUpTo(title.slice(opening[0].length), [' held', ',', ' on ', ' at ', ' meeting', ' minutes']) : undefined;
  }
  // "... meeting of the members of the Law Society": whose members met is the body.
  return namedUpTo(title.slice(at + after), [' held', ',', ' on ', ' meeting']).replace(MEMBERS_OF, '');
}

const MEETING_INITIALS_OF = / meeting \((?:agm|egm)\) of /;
const MEMBERS_OF = /^[Mm]embers\s[Oo]f\s(?:[Tt]he\s)?(?=\p{Lu})/u;

/** The name "of" introduces, without "the", up to the first of the words that go on to say when or where. */
function namedUpTo(rest: string, ends: readonly string[]): string {
  const named = /^the\s/i.test(rest) ? rest.slice(4) : rest;
  const lower = named.toLowerCase();
  // ("Notes of the meeting of the Committee at 9:30am in Conference Room 5": the time after the name ends it too.)
  const time = AT_TIME.exec(named);
  const at = [...ends.map((end) => lower.indexOf(end)), time ? time.index : -1].filter((i) => i > 0);
  return at.length ? named.slice(0, Math.min(...at)) : named;
}

// "Thirty-second meeting of the ... Committee", "57th MEETING OF THE ...": a committee's meetings counted in its title.
const AT_TIME = /\sat\s\d/;
const OPENS_WITH_MEETING_OF = /^(?:the\s+)?(?:(?:\d{1,4}(?:st|nd|rd|th)|(?:[a-z]+[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth))\s+)?(?:(?:special|regular|ordinary|annual|general|extraordinary|full|public|monthly|quarterly)\s+)*meeting\s+of\s/i;

// What a record of a meeting is called: "Minutes", "Action notes", "Summary of discussion".
const RECORD_KIND = /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes|action\s+notes?|summary\s+of\s+(?:the\s+)?discussions?)\b/i;

/** "London Strategic Migration Partnership – Minutes", "Harbour Board: summary of discussion": the body, a dash or colon, then the kind of record. */
function bodyBeforeDashMinutes(title: string): string | undefined {
  // ("Working Group Meeting ‐ Minutes": a Word export's hyphen character, U+2010, as the dash.)
  const dash = title.search(/\s[–—‐-]\s|:\s/);
  if (dash <= 0) return undefined;
  const after = title.slice(dash).replace(/^[\s–—‐:-]+/, '');
  // Before a colon, only a body's name: "Action 1: Minutes of ..." is a label.
  const before = title.slice(0, dash);
  return RECORD_KIND.test(after) && (title[dash] !== ':' || BODY_NAME.test(before)) ? before : undefined;
}

// "Minutes National Council": capitalised words after the kind of record, joined by small words, ending in a body's word.
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’&-]*(?:\s(?:of|for|and|the|&|\p{Lu}[\p{L}'’&-]*)){0,7}$/u;

/**
 * The kind of record, then the body: after a label's mark ("Minutes: London Strategic Migration Partnership Board",
 * "Action notes – Harbour Board, 4 March 2020", a web page's bar in "Minutes | Board Finance Committee"), or after a space,
 * the body's name alone ("Minutes National Council").
 */
function bodyAfterRecord(title: string): string | undefined {
  const kind = RECORD_KIND.exec(title);
  if (!kind) return undefined;
  const after = title.slice(kind[0].length);
  const label = /^\s*[:–—|-]\s+/.exec(after);
  if (label) return after.slice(label[0].length);
  const rest = after.charAt(0) === ' ' ? after.slice(1).trim() : '';
  return rest && CAPITALISED_NAME.test(rest) && endsWithBodyWord(rest) ? rest : undefined;
}

// "New Scots Core Group minutes: March 2024", "Migration Advisory Committee minutes, 19 August 2022".
const MINUTES_THEN_DATE = /^(\S.{2,80}?)\s+minutes\s?[:,]\s?(\S.{0,40})$/i;

// "CAN AGM minutes 2014": the year alone, for a meeting held once a year.
const YEAR_ALONE = /^(?:19|20)\d{2}$/;
const MONTH_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2}$/i;

/** A body's name, the word "minutes", then the meeting's date (or month) after a colon or comma. */
function bodyBeforeMinutesOfDate(title: string): string | undefined {
  // "Legal Team Minutes 2023-05-17", "Lantern WG Notes – September 2031": the date after a space (or a dash) alone.
  const lower = title.toLowerCase();
  const word = lower.includes(' minutes ') ? ' minutes ' : ' notes ';
  const spaced = lower.lastIndexOf(word);
  const spacedBody = spaced > 2 ? bodyBeforeDate(title.slice(0, spaced), title.slice(spaced + word.length).replace(/^[–—-]\s/, '')) : undefined;
  const m = spacedBody ? null : MINUTES_THEN_DATE.exec(title);
  return spacedBody ?? (m ? bodyBeforeDate(m[1]!, m[2]!) : undefined);
}

function bodyBeforeDate(body: string, dateText: string): string | undefined {
  // "PPG Minutes 10th January 2024": initials alone name a body too ("CAN AGM minutes 2014": before the kind of meeting).
  if (!BODY_NAME.test(body) && !isBodyInitials(body) && !isBodyInitials(withoutKindTail(body))) return undefined;
  const dated = MONTH_YEAR.test(dateText.trim()) || YEAR_ALONE.test(dateText.trim()) || findDates(dateText).some((d) => d.index === 0);
  // ("Riverside Taskforce Minutes – Executive Meeting No. 14 – ...": which of its meetings, after the dash.)
  return dated || (BODY_NAME.test(body) && MEETING_NAMED_AFTER.test(dateText)) ? body : undefined;
}

// "Executive Meeting No. 14", "Ordinary Meeting": a few words that name one of the body's meetings.
const MEETING_NAMED_AFTER = /^(?:\p{Lu}[\p{L}-]*\s){1,3}meeting\b/iu;

/** "Boughton Parish Council Minutes": a body's name, then the word "minutes" alone. */
function bodyBeforeLastWordMinutes(title: string): string | undefined {
  const before = title.slice(0, -' minutes'.length);
  return title.toLowerCase().endsWith(' minutes') && BODY_NAME.test(before) && !/\bminutes\b/i.test(before) ? before : undefined;
}

function withoutKindTail(body: string): string {
  const tail = KIND_TAIL.exec(body);
  // ("Te Huia - Executive Review Committee": a dash before the kind of body joins two names of one committee.)
  const joinsNames = tail !== null && /[-–—]/.test(tail[0]) && !BODY_NAME.test(body.slice(0, tail.index)) && endsWithBodyWord(body);
  return withoutMeetingKind(tail && !joinsNames ? body.slice(0, tail.index) : body);
}

/** "Maryland Board of Pharmacy Public (Meeting)", "DSF Board monthly": the kind of meeting after the body's name is no part of it. */
function withoutMeetingKind(body: string): string {
  const space = body.lastIndexOf(' ');
  return space > 0 && MEETING_KIND_ALONE.test(body.slice(space + 1)) && BODY_NAME.test(body.slice(0, space)) ? body.slice(0, space) : body;
}

// "Meeting minutes - ": what the record is, first, then a dash.
const RECORD_FIRST_DASHED = /^(?:meeting\s+)?(?:minutes|notes)\s[-–—]\s(?=\S)/i;
const DASHES = [' - ', ' – ', ' — '];

/**
 * "Meeting minutes - Road Safety Framework Local Partnership Forum – West - 22 November 2021": what the record is, the body,
 * then the meeting's date, parted by dashes (the last dash before the date; a dash inside the body's name stays in it).
 */
function bodyBetweenRecordAndDate(title: string): string | undefined {
  const record = RECORD_FIRST_DASHED.exec(title);
  if (!record) return undefined;
  const rest = title.slice(record[0].length);
  const dash = Math.max(...DASHES.map((d) => rest.lastIndexOf(d)));
  if (dash <= 0) return undefined;
  const tail = rest.slice(dash + 3).trim();
  const dates = findDates(tail);
  return dates.length === 1 && dates[0]!.index === 0 && dates[0]!.length === tail.length ? rest.slice(0, dash).trim() : undefined;
}

/** "London Crime Reduction Board meeting minutes - 27 April 2022": the body named before the minutes of one dated meeting. */
function namesMeetingMinutes(title: string): boolean {
  const lower = title.toLowerCase();
  // "PLUG Annual General Meeting 2023 Minutes": the meeting's year between it and the word.
  const meetingMinutes = Math.max(lower.indexOf(' meeting minutes'), lower.indexOf(' meeting notes'));
  // "Executive Review Committee Meeting Minutes": undated, the words before name a body.
  return !lower.startsWith('minutes') && (meetingMinutes > 0 && (findDates(title).length > 0 || BODY_NAME.test(title.slice(0, meetingMinutes))) || MEETING_YEAR_MINUTES.test(title));
}

const MEETING_YEAR_MINUTES = /\smeeting\s(?:19|20)\d{2}\sminutes$/i;

const RECORD_OF = /^(?:summary|record|report|notes?)\s+of\s+|^report\s+from\s+/i;

// "Minutes of the Annual Parish Meeting", "FULL PARISH MEETING OF THE COUNCIL": kinds of meeting, not bodies.
const MEETING_KIND_ALONE = /^(?:public|open|annual|extraordinary|special|ordinary|regular|general|monthly|quarterly|full|inaugural|statutory|adjourned|(?:annual|full)\s+(?:parish|town))$/i;
// "weekly", "bi-weekly", "monthly": how often a group meets.
const CADENCE = '(?:weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|daily)';
const CADENCE_AND_KIND = new RegExp(`^${CADENCE}\\s(?:community|team|developers?|dev|contributors?|maintainers?|project|core(?:\\steam)?|sync|status|planning|triage|office\\shours)$`, 'i');
const CADENCE_TAIL = new RegExp(`\\s${CADENCE}$`, 'i');
// "Upland Host Lions Monthly Board": how often the board meets, between the club's name and the board, no part of either.
const CADENCE_BEFORE_BOARD = new RegExp(`(?<=\\S)\\s${CADENCE}(?=\\s(?:board|committee|executive)$)`, 'i');
// "Ordinary Meeting of Council", "Special Council", "Council": a meeting's kind before a council it does not name.
// ("REGULAR CITY COUNCIL": the kind of council, with no place, names none either.)
const UNNAMED_COUNCIL = /^(?:(?:ordinary|extraordinary|special|annual|regular|monthly|full|statutory|inaugural|open)\s)?(?:(?:general\s)?meeting\sof\s(?:the\s)?)?(?:(?:city|town|county)\s)?council(?:\smeeting)?$/i;

export function bodyOf(asWritten: string): string | null {
  // "Minute of Meeting of the Brook Community Council": Scottish minutes call the record a minute; the rules read "minutes".
  const singular = asWritten.search(SINGULAR_MINUTE) === -1 ? asWritten : asWritten.replace(SINGULAR_MINUTE, '$1s');
  // "Draft copy of Student Council minutes 05.05.15", "DRAFT: Academic Senate Meeting Minutes": which copy of the minutes it is
  // names no body.
  const title = COPY_OF.test(singular) ? singular.replace(COPY_OF, '') : singular;
  // "2018-Apr-12 ESLint TSC Meeting Notes": the date the title opens with is no part of the body's name.
  const opening = isDigitAt(title, 0) ? findDates(title)[0] : undefined;
  if (opening?.index === 0) {
    const rest = title.slice(opening.length).replace(/^[\s,:–—-]+/, '');
    // "2013-05-09 Open Standards Board": a page titled by its date and the body alone names the body.
    return bodyOf(rest) ?? (namesBodyAlone(rest) && endsWithBodyWord(rest) ? rest.trim() : null);
  }
  // "19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Kent": the municipality named after the word "Minutes".
  const minutesWord = title.toLowerCase().lastIndexOf('minutes ');
  const afterMinutes = minutesWord === -1 ? '' : title.slice(minutesWord + 8).trim();
  if (afterMinutes && MUNICIPALITY.test(afterMinutes)) return afterMinutes;
  // "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held ...": the body named before the title proper.
  const minutesAt = title.search(MINUTES_AFTER_BODY);
  // ("Cabinet 21st October 2009 Minutes of the meeting held on ...": the date of the papers the minutes came with is no part of it.)
  if (minutesAt > 0 && BODY_NAME.test(title.slice(0, minutesAt))) return withoutTrailingDate(title.slice(0, minutesAt).trim());
  const written =
    bodyOfParishMeeting(title) ??
    bodyAfterMeetingOf(title) ?? bodyAfterDatedMinutesOf(title) ?? BODY_IN_TITLE.exec(title)?.[1] ?? BODY_IN_MINUTES_FROM.exec(title)?.[1] ?? bodyAfterMinutesFor(title) ?? bodyBeforeDashMinutes(title) ?? bodyAfterRecord(title) ?? bodyBetweenRecordAndDate(title) ?? bodyBeforeMinutesOfDate(title) ?? bodyBeforeLastWordMinutes(title) ?? bodyBetweenMinutesAndMeeting(title) ?? (/\bminutes\b/i.test(title) && !namesMeetingMinutes(title) ? undefined : BODY_BEFORE_MEETING.exec(title)?.[1]);
  // "the 11th Lantern TSC": the article and the meeting's ordinal are not the body's name.
  // "Summary of the board meeting held on ...": what kind of record it is names no body.
  let body = withoutSeriesLabel(written?.trim() ?? '').replace(RECORD_OF, '').replace(/^the\s+/i, '').replace(/\.$/, '').replace(/^\d+(?:st|nd|rd|th)\s+/i, '');
  if (body) body = withoutKindTail(body);
  // "Minutes of Parish Council 22 November 2023": the date after the body is not part of it.
  if (body) body = withoutTrailingDate(body);
  // "South London Interfaith Group 3rd Committee Meeting of 2016/17 Final": the meeting's ordinal, and all after it, are no part of the name.
  const ordinalAt = body ? body.search(ORDINAL_MEETING) : -1;
  if (body && ordinalAt > 0 && BODY_NAME.test(body.slice(0, ordinalAt))) body = body.slice(0, ordinalAt).trim();
  // "MINUTES OF PUBLIC MEETING HELD AT ...": the kind of meeting alone names no body.
  // ("Minutes of Meeting Tuesday 13th January 2015": a meeting, not a body, after "of".)
  if (!body || findDates(body).length > 0 || /^[^\p{Lu}\p{N}]/u.test(body) || MEETING_KIND_ALONE.test(body) || /^meeting\b/i.test(body) || UNNAMED_COUNCIL.test(body) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{4}\b/i.test(body)) return null;
  // "Weekly community meeting", "Monthly team sync": how often a group meets, and the group's kind, name no body.
  if (CADENCE_AND_KIND.test(body)) return null;
  // "Minutes: April 17": the day of the meeting, its year left out, names no body.
  if (MONTH_AND_DAY.test(body)) return null;
  // "Northwold Parish Council – Ordinary", "Wereham Parish Council March": the kind or month of the meeting is not the body's name.
  const dash = body.search(/\s[–—-]\s/);
  if (dash > 0 && BODY_NAME.test(body.slice(0, dash))) body = body.slice(0, dash).trim();
  const lastSpace = body.lastIndexOf(' ');
  if (lastSpace > 0 && MONTHS.has(body.slice(lastSpace + 1).toLowerCase())) body = body.slice(0, lastSpace).trim();
  // "Sanger Utility Board January 9" (", 1989" cut at the comma): the month and day end it.
  const monthDay = MONTH_DAY_TAIL.exec(body);
  if (monthDay && MONTHS.has(monthDay[1]!.toLowerCase()) && BODY_NAME.test(body.slice(0, monthDay.index))) body = body.slice(0, monthDay.index).trim();
  // "LSMP Board meeting – Minutes": the meeting is not part of the body's name, when what comes before it names a body.
  const meeting = body.toLowerCase().lastIndexOf(' meeting');
  if (meeting > 0 && meeting + ' meeting'.length === body.length && BODY_NAME.test(body.slice(0, meeting))) body = withoutMeetingKind(body.slice(0, meeting));
  // ("Minutes of the AGM held at ...": the kind of meeting's initials name no body.)
  // ("A video of the meeting is available ...", "It was held in ...": a sentence's subject is no body.)
  if (/^(?:an?|it|this|these|there)\s/i.test(body)) return null;
  // "Minutes of Meeting 400": the meeting's number names no body.
  if (NUMBERED_MEETING.test(body)) return null;
  // "Ladies Section. Committee Meeting Minutes.": a caption's full stop between words, not a name's abbreviation ("St. Anne's").
  // ("St. Mary's Residents' Association Ltd. (SMRA)": the stop of a company's abbreviation before its initials ends no caption.)
  if (STOP_BETWEEN_WORDS.test(body.replace(ABBREVIATION_STOP, '$1'))) return null;
  // ("Scikit-learn monthly meeting": how often it meets is no part of the name.)
  return body.split(/\s+/).length >= 2 || (/^\p{Lu}{2,}/u.test(body) && !GENERIC_BODY.test(body) && !MEETING_INITIALS.has(body)) ? body.replace(CADENCE_TAIL, '').replace(CADENCE_BEFORE_BOARD, '') : null;
}

/**
 * "Session 161 2005-6: 2nd Council" -> "2nd Council": a numbered label before a colon that names no body (the session or
 * year the meeting belongs to) is no part of the body's name; "Hypha Worker Co-op: Directors" keeps it.
 */
function withoutSeriesLabel(written: string): string {
  const colon = written.indexOf(': ');
  const label = colon > 0 ? written.slice(0, colon) : '';
  return /\d/.test(label) && !BODY_NAME.test(label) ? written.slice(colon + 2) : written;
}

const MONTH_AND_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?$|^\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}$/i;
const ORDINAL_MEETING = /\s\d{1,3}(?:st|nd|rd|th)\s(?:\p{L}+\s){0,3}meeting\b/iu;

// "Minutes Interfaith Board Meeting": the record's word, the body, then "Meeting", with no "of" between.
const MINUTES_BODY_MEETING = /^minutes\s(?!(?:of|from|for|and|to)\s)(\p{Lu}.{2,80}?)\smeeting$/iu;

/** "Minutes Interfaith Board Meeting" -> "Interfaith Board": only where the words name a body. */
function bodyBetweenMinutesAndMeeting(title: string): string | undefined {
  const m = MINUTES_BODY_MEETING.exec(title.trim());
  return m && BODY_NAME.test(m[1]!) ? m[1] : undefined;
}

/** "Parish Council 22 November 2023": the body without the one date that ends it (and the page's number after it: "... 2018 1"). */
function withoutTrailingDate(body: string): string {
  // "Noxious Weed Board 11/2022 Minutes": the month and year in figures, no part of the name.
  const monthYear = MONTH_YEAR_TAIL.exec(body);
  if (monthYear && monthYear.index > 0) return body.slice(0, monthYear.index);
  const dated = findDates(body);
  const end = dated.length === 1 ? dated[0]!.index + dated[0]!.length : -1;
  return end === body.length || (end > 0 && PAGE_NUMBER_AFTER.test(body.slice(end))) ? trimEndOf(body.slice(0, dated[0]!.index).trim(), ',–—-').trim() : body;
}

const PAGE_NUMBER_AFTER = /^ \d{1,3}$/;
const MONTH_YEAR_TAIL = /\s(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/;
const MONTH_DAY_TAIL = /\s(\p{L}{3,9})\s\d{1,2}(?:st|nd|rd|th)?$/u;

const STOP_BETWEEN_WORDS = /\p{Ll}{2}\.\s/u;
const SINGULAR_MINUTE = /\b(minute)(?=\s+of\s)/i;
const NUMBERED_MEETING = /^meeting\s(?:no\.?\s?|number\s)?\d{1,4}$/i;
const COPY_OF = /^(?:draft|final|approved|signed)\s+(?:copy|version)\s+of\s+(?:the\s+)?|^(?:draft|unconfirmed|unapproved):\s+/i;

// "FULL BOARD", "BOARD OF DIRECTORS", "Annual Board": a company's or a district's board, named by its kind and sitting alone.
const UNNAMED_BOARD_WORDS = new Set('board boards of the directors trustees governors full annual regular special ordinary general monthly quarterly'.split(' '));
// "EXECUTIVE COMMITTEE", "Management Committee": the committee every society, chapter or shop has, named by its kind alone.
// ("Open Committee Meeting": the committee's meeting open to every resident, as residents' associations hold them.)
const UNNAMED_COMMITTEE_WORDS = new Set('committee executive management the full annual regular special ordinary monthly quarterly open'.split(' '));
// "BOARD OF DIRECTORS’ (BOD)": the board's own initials in brackets, and the plural's apostrophe, name no one else's board.
const OWN_INITIALS = /\s\(\p{Lu}{2,5}\)$/u;

/**
 * Whether the body read names only a board and how it sat ("FULL BOARD", "BOARD OF DIRECTORS"), or only a society's
 * executive or management committee ("EXECUTIVE COMMITTEE"), not whose board or committee it is.
 */
export function namesNoParticularBoard(body: string): boolean {
  const words = body.replace(OWN_INITIALS, '').replace(/[’']$/, '').replace(/[’'](?=\s)/g, '').toLowerCase().split(/\s+/);
  if (words.includes('board')) return words.every((w) => UNNAMED_BOARD_WORDS.has(w));
  return words.includes('committee') && words.length > 1 && words.every((w) => UNNAMED_COMMITTEE_WORDS.has(w));
}

// "Fair Oaks Water District Financing Corporation", "Acme Water Company": a company's or a district's name, whose board met.
const COMPANY_NAME = /^(?:\p{Lu}[\p{L}&'’.-]*\s){1,8}(?:Corporation|Company|District|Utility|Limited|Ltd\.?|LLC|Inc\.?)$/u;

/**
 * {@link bodyLineAtTop}, where that line does not itself refer to "the Board"; else one of the first three lines that names a
 * company or a district, whose board the title's "Annual Board Meeting" is.
 */
export function namedBoardAtTop(content: Line[], titleLine: Line | null): string | null {
  const named = bodyLineAtTop(content, titleLine);
  if (named) return /\bthe\sboard\b/i.test(named) ? null : named;
  const company = content.slice(0, TOP_LINES).find((l) => l !== titleLine && COMPANY_NAME.test(l.text.trim()));
  return company ? company.text.trim() : null;
}

// "MINUTES OF BOARD MEETING": a word in capitals that says what kind of body met, not which.
const GENERIC_BODY = /^(?:board|committee|council|panel|group|trustees|directors|executive|management|members)$/i;

const WEEKDAY_OR_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)/i;

/** "Virtual Meeting, Lancashire Enterprise Partnership - Wednesday, 21st June, 2023 4.30 pm": the body before the dash and the date. */
export function bodyBeforeDatedDash(text: string): string | null {
  // ("Community Planning Partnership - Management Committee - Wednesday, ...": a sub-committee's page, its parent body
  // then the committee, both before the dash that leads to the date.)
  const dash = datedDash(text);
  if (dash <= 0 || findDates(text.slice(dash + 3)).length === 0) return null;
  // "Virtual Meeting, ...": what precedes the last comma says how the meeting was held.
  const named = text.slice(text.lastIndexOf(', ', dash) + 1, dash).trim();
  return /^\p{Lu}/u.test(named) && BODY_NAME.test(named) && !TITLE.test(named) && findDates(named).length === 0 ? named : null;
}

/** Where the first " - " that a weekday or a day's number follows stands; -1 where none does. */
function datedDash(text: string): number {
  for (const m of text.matchAll(/\s[-–]\s/g)) {
    if (WEEKDAY_OR_DAY.test(text.slice(m.index + 3))) return m.index;
  }
  return -1;
}

// A committee page's heading stands among its first lines, under the site's navigation.
const PAGE_HEADING_REACH = 8;
// A committee's name is short, though longer than a body named alone at the top ("... Fire and Rescue Authority - Policy and Strategy").
const MAX_COMMITTEE_WORDS = 16;

/** "Council - Monday 7 July 2025 6.00 pm" among a page's first lines, under its navigation: the body before the dash and the date. */
export function bodyOfDatedHeading(content: readonly Line[]): string | null {
  for (const line of content.slice(0, PAGE_HEADING_REACH)) {
    const body = bodyBeforeDatedDash(line.text);
    if (body) return body;
  }
  return null;
}

/**
 * "Cumbria Health and Wellbeing Board" over "Thursday, 18th April, 2019 10.00 am": on a committee page the line
 * above the meeting's date line, alone on its line, names the committee.
 */
export function bodyAboveDateLine(content: readonly Line[]): string | null {
  const reach = content.slice(0, PAGE_HEADING_REACH);
  const at = reach.findIndex((l, k) => k > 0 && isDateAlone(l.text));
  const above = at > 0 ? reach[at - 1]!.text.trim() : '';
  const fits = above !== '' && /^\p{Lu}/u.test(above) && above.split(/\s+/).length <= MAX_COMMITTEE_WORDS && !/[.:!?]$/.test(above);
  return fits && BODY_NAME.test(above) && !TITLE.test(above) && (!VENUE_WORD.test(above) || endsWithBodyWord(above)) && findDates(above).length === 0 ? above : null;
}

/**
 * "Agenda and minutes" over "Homes for Riverside - Tuesday 28 March 2017 10.00 am" (or over "Homes for Riverside" over
 * "Tuesday 28 March 2017 10.00 am"): a committee page's heading under its caption names the committee, with or without a
 * word for its kind of body.
 */
export function bodyUnderMeetingPageCaption(content: readonly Line[]): string | null {
  const reach = content.slice(0, PAGE_HEADING_REACH).filter((l) => !l.blank);
  const at = reach.findIndex((l) => MEETING_PAGE_CAPTION.test(l.text.trim()));
  const heading = at >= 0 ? reach[at + 1]?.text.trim() : undefined;
  if (!heading) return null;
  const dash = datedDash(heading);
  const named = dash > 0 ? heading.slice(0, dash).trim() : isDateAlone(reach[at + 2]?.text ?? '') ? heading : '';
  const fits = /^\p{Lu}/u.test(named) && named.split(/\s+/).length <= MAX_COMMITTEE_WORDS && !/[.:!?,]$/.test(named);
  return fits && !TITLE.test(named) && findDates(named).length === 0 ? named : null;
}

// "Meeting: 07/03/2022 - Planning Committee (Item 73)": a committee website's line for a meeting that took an issue,
// its date, its body and the item's number there.
export const ISSUE_MEETING = /^Meeting:\s(\d{1,2}\/\d{1,2}\/\d{2,4})\s[-–]\s(\S.*?)\s\(Item\s(\d{1,4}[a-z]?)\.?\)$/;

/** "Planning Committee" of the first "Meeting: 07/03/2022 - Planning Committee (Item 73)" among the lines. */
export function bodyOfIssueMeeting(content: readonly Line[]): string | null {
  for (const line of content) {
    const m = line.text.startsWith('Meeting:') ? ISSUE_MEETING.exec(line.text) : null;
    if (m) return m[2]!;
  }
  return null;
}

const MINUTES_AFTER_BODY = /\s(?:draft\s+|unconfirmed\s+)?minutes\s+of\s/i;

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

// Words a body's name never ends with: it was cut short ("MUNICIPAL DISTRICT OF", "Authority Board and").
const OPEN_ENDING = /(?:^|\s)(?:and|&|of|the|for|to|in|at|on|with|by|from|their|its|a|an)$/i;
// "Governing body", "CRAG committee": lower-case words that end a body's name (with every kind in BODY_NAME).
const LOWER_BODY_ENDING = /\s(?:body|bodies|meeting|members|executive|trustees|directors|governors)$/;
// A name written over a sentence ("The AGM of the Village Hall ... was held ..."): too long for a name.
const MAX_BODY_WORDS = 14;
const VERB_AFTER_NAME = /\s(?:held|met|was|were|had|has|have)\s/;
const WEEKDAY = /\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * The body as read, or null where what was read cannot be a body's name: a date's numbers ("05 24 2017 Council"), a
 * phrase cut short ("Authority Board and", "At the annual"), a sentence, or words after the name that are no part of
 * it ("Community Council virtual"). "UNIVERSITY COUNCIL Wednesday" loses the weekday.
 */
// "Board of Commissioners Regular Session": the sitting after the name is no part of it.
const SITTING_TAIL = /\s(?:regular|special|adjourned|emergency|organi[sz]ational|work|joint)\s(?:session|meeting)$/i;
// "ORGANIZATIONAL", "PRECEEDING MEETINGS": words that say which sitting, with no name among them.
const SITTING_WORDS = new Set(
  'regular special adjourned emergency organizational organisational preceding preceeding previous annual general ordinary extraordinary inaugural statutory joint public closed open business work meeting meetings session sessions'.split(' '),
);
// "Regular MeetingREGULAR": a sitting's word a converter ran together with the next ("OpenJS", "OpenVDB" are names).
const GLUED_CAPITALS = /(?:[Mm]eeting|[Ss]ession|[Mm]inutes)\p{Lu}/u;

export function plausibleBody(written: string): string | null {
  if (GLUED_CAPITALS.test(written) || written.split(' ').every((w) => SITTING_WORDS.has(w.toLowerCase()))) return null;
  const body = written.replace(SITTING_TAIL, '');
  // ("Salem Community Council held their ...", "Scikit-learn monthly": the sentence or the meeting's frequency after the
  // name; "St. Dominic Refugee Committee," keeps its name, without the comma.)
  const weekday = WEEKDAY.exec(body);
  const verb = VERB_AFTER_NAME.exec(body);
  const end = Math.min(weekday?.index ?? body.length, verb?.index ?? body.length);
  const name = body.slice(0, end).replace(CADENCE_TAIL, '').replace(/[,;:]$/, '');
  // (A stop after a word, "... of April. The following", ends a sentence; "St. Dominic" and "Ltd. (SRA)" abbreviate.)
  if (isDigitAt(name, 0) || OPEN_ENDING.test(name) || /\p{Ll}{2}[.!?]\s/u.test(name.replace(ABBREVIATION_STOP, '$1')) || name.split(' ').length > MAX_BODY_WORDS) return null;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}/u.test(last) || BODY_NAME.test(last) || LOWER_BODY_ENDING.test(name)) return name;
  // "Riverside Community Council virtual": lower-case words after a name that ends with its kind of body.
  const words = name.split(' ');
  while (words.length > 0 && /^\p{Ll}/u.test(words[words.length - 1]!)) words.pop();
  return words.length > 0 && BODY_NAME.test(words[words.length - 1]!) ? words.join(' ') : null;
}

import type { Context } from '../context.js';
import { type FoundDate, findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';
import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces, trimEndOf } from '../text/clean.js';
import { endsMidPhrase } from '../roster/wrapped.js';

export interface Header {
  title: string | null;
  body: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
}

const TITLE = /\bminutes\b|\bmeeting notes\b|\bnotes? of\b|\bmeeting\b|\baction notes?\b|\bsummary of (?:the )?discussions?\b/i;
// "Meeting Details", "Meeting information": the caption of a block of fields, not the meeting's title;
// "Meeting opened: 8:10pm", "Meeting closed at 9pm" say when, not what.
// "Title of meeting" above the title, as a header table's label column reads when flattened, is no title either.
const SECTION_CAPTION = /^meeting\s+(?:details|information|info|logistics|title|name)$|^meeting\s+(?:opened|closed|adjourned|started|ended|finished|called)\b|^(?:title|name)\s+of\s+(?:the\s+)?meeting$/i;
const MEETING_KIND = /\b(?:teleconference|teleconf|telecon|telechat|conference call|face-to-face|f2f|retrospective|stand-?up)\b/i;
// "Ryan: Meeting called to order": a speaker's words; "Minutes: Board meeting" is still a title.
const SPEAKER_LABEL = /^(\p{Lu}\p{Ll}+)[:;]\s/u;
const isSpeakerLine = (text: string) => {
  const label = SPEAKER_LABEL.exec(text)?.[1];
  return label !== undefined && !TITLE.test(label) && !/^(?:title|subject|re|draft)$/i.test(label);
};
// "- Next Meeting: 4 May", ": At the annual meeting the members shall ...": a listed field or a definition's text, not a title.
const LIST_OR_DEFINITION = /^(?:[-*•]\s|:)/;
const DEFINITION = /^:\s/;
const BARE = /^(?:(?:draft|unconfirmed|confirmed|approved|signed)\s+)?(?:minutes|notes|agenda)(?:\s+\(draft\))?$/i;
// The body ends where what follows it starts: a lookahead, so that the end is not
// read from every position (titles are one line: with no line break in it, the same
// as `(.+?)(?:\s+meeting\b.*|\s+held\b.*|\s*,.*|\s+on\s+.*|\s+at\s+\d.*)?$`).
const BODY_IN_TITLE =
  /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(\S.*?(?=(?<!\s)(?:\s+meeting\b|\s+held\b|\s*,|\s+on\s|\s+at\s+\d)|$)|[^\S\n\r\u2028\u2029]$)/i;
// The body ends where white space does (or is one character): the lookbehind reads each run once.
const BODY_BEFORE_MEETING = /^(.+?)(?<=^.|\S)\s+(?:meetings?|teleconference|teleconf|telecon|face-to-face|f2f|calls?)\b/i;
// "WLUG 2007 AGM - 24 September": the kind of meeting (with its year) or a dash ends the body's name.
const KIND_TAIL = /(?<=\S)\s+(?:(?:19|20)\d{2}\s+)?(?:agm|egm)\b|(?<=\S)\s+[-–—](?=\s|$)|(?<=\S)\s+(?:(?:annual|extraordinary|special)\s+)?general$/i;
// "Minutes from the 67th Lantern TSC meeting": the body between "from" and "meeting".
const BODY_IN_MINUTES_FROM = /^(?:minutes|notes)\s+from\s+(?:the\s+)?(\S.*?)(?<=\S)\s+meeting\b/i;
// The place ends before a day, a date, a time or the end; only a place that starts with white space can end in it.
const HELD =
  /\bheld\s+(?:at|in)\s+(\S.*?(?=(?<!\s)(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+on\s+\d|\s+at\s+\d|\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\s*$)|,\s*$|$)|[^\S\n\r\u2028\u2029]$)/iu;
// `(\S.*|<one space>)$` is `(.+)$` after white space, without retrying the white space.
const VENUE_LABEL = /^(?:venue|location|place|where|held at|meeting place)\s*:\s*(\S.*|[^\S\n\r\u2028\u2029])$/i;
const NOT_VENUE = /\b(?:minutes|meeting|agenda|present|apologies|notes|draft|report|summary|contents|links?)\b|https?:|www\.|[.!?]$|^\W/i;

/** The meeting facts the lines before the roster state: title, body, date, times and venue. */
export function readHeader(lines: Line[], frontMatterTitle: string | null, ctx: Context, frontMatterDate: string | null = null): Header {
  const content = lines.filter((l) => !l.blank);
  // A title names the meeting; a sentence that merely mentions one ("This is Report 5 of the meeting of ...",
  // "No meeting minutes were taken.") is not a title.
  let titleLine = content.find((l) => !LIST_OR_DEFINITION.test(l.text) && !DEFINITION.test(l.raw) && (TITLE.test(l.text) || (l.heading > 0 && MEETING_KIND.test(l.text))) && !BARE.test(l.text) && !DRAFT_STAMP.test(l.text) && !SECTION_CAPTION.test(l.text) && !isSpeakerLine(l.text) && (l.text.length <= 160 || /\bminutes\b/i.test(l.text)) && !/^(?:this|these|it|the following|no(?=\s))\b.*\.$/i.test(l.text)) ?? null;
  let title = titleLine ? withoutStamp(tidy(titleLine.text)) : null;
  let body = title ? bodyOf(title) : null;
  // "The January Minutes of the Oakley PC", then "Minutes of Oakley Parish Council meeting held ...": the line that names the body.
  if (title && !body) {
    const named = content.slice(0, 5).find((l) => l !== titleLine && !DEFINITION.test(l.raw) && TITLE.test(l.text) && !DRAFT_STAMP.test(l.text) && !SECTION_CAPTION.test(l.text) && bodyOf(tidy(l.text)));
    if (named) {
      titleLine = named;
      title = tidy(named.text);
      body = bodyOf(title);
    }
  }
  // "Minutes of the January meeting of Oakley PC" over "Minutes of the meeting of Oakley Parish Council": a reprint's
  // caption over the minutes' own heading, which is the title (the caption is undated and may even name another body).
  const below = titleLine ? content[content.indexOf(titleLine) + 1] : undefined;
  // (A line that repeats the title and runs on into a header table's fields is no heading of its own.)
  if (title && below && OWN_HEADING.test(below.text) && findDates(title).length === 0 && !tidy(below.text).startsWith(title) && bodyOf(tidy(below.text))) {
    titleLine = below;
    title = tidy(below.text);
    body = bodyOf(title);
  }
  // "MINUTES OF OAKLEY PARISH COUNCIL MEETING HELD" / "AT THE VILLAGE HALL ...": a heading wrapped onto the next line.
  const wrapped = titleLine && title ? content[content.indexOf(titleLine) + 1] : undefined;
  if (wrapped && title && (/^held\s/.test(wrapped.text) || (/\sheld$/i.test(title) && /^(?:at|in|on)\s/i.test(wrapped.text)))) title = `${title} ${tidy(wrapped.text)}`;
  // "WEREHAM PARISH COUNCIL" above "Draft minutes of the meeting held on ...": the text names the body before a web page's title does.
  if (title && !body) body = bodyLineAtTop(content, titleLine);
  // "Notes of Decisions Taken and Actions Required" over "LGA Asylum and Refugee Task Group": what the notes are of is no body
  // when a line at the top names one.
  else if (body && !BODY_NAME.test(body)) body = bodyLineAtTop(content, titleLine) ?? body;
  if ((!title || !body) && frontMatterTitle) {
    const fromFront = bodyOf(frontMatterTitle);
    if (fromFront || !title) {
      title = frontMatterTitle;
      body = fromFront;
      titleLine = null;
    }
  }
  if (!title) {
    // "## TAG Teleconference": a heading at the top that names the kind of meeting, else the first-level heading.
    const top = content[0];
    titleLine = (top && top.heading > 0 && MEETING_KIND.test(top.text) ? top : content.find((l) => l.heading === 1)) ?? null;
    title = titleLine ? tidy(titleLine.text) : null;
    // "# API Working Group": a heading that is the name of the body alone.
    if (title && !body) body = bodyOf(title) ?? (namesBodyAlone(title) ? title : null);
  }
  if (!body) {
    // "Acme Partnership Board" on the line above a bare "Minutes" names the body.
    const bare = content.findIndex((l) => BARE.test(l.text));
    const above = bare > 0 ? content[bare - 1]! : null;
    if (above && above !== titleLine && !findDates(above.text).length && /^\p{Lu}/u.test(above.text) && above.text.split(/\s+/).length >= 2 && !VENUE_WORD.test(above.text)) body = tidy(above.text);
  }
  // "Oakhurst Surgery Patient Participation Group", "STANDARDS COMMITTEE": a line of its own at the top naming a body.
  if (!body) body = bodyLineAtTop(content, titleLine);
  // "MINUTES OF ... HELD AT THE VILLAGE HALL," / "NORTHWOLD Tuesday 4th October 2016": a title the page width cut.
  const titleGoesOn = titleLine && title === withoutStamp(tidy(titleLine.text)) && endsMidPhrase(titleLine.text) ? content[content.indexOf(titleLine) + 1] : undefined;
  if (titleLine && titleGoesOn && titleGoesOn.index === titleLine.index + 1 && titleGoesOn.heading === 0) title = withoutStamp(tidy(`${titleLine.text} ${titleGoesOn.text}`));

  const found = content.map((l) => ({ line: l, all: findDates(l.text) }));
  // "- Date of meeting" / "- 22 November 2023": a page's fields, each label on the line above its value.
  const labels = new Map(content.map((l, k) => [l, k > 0 ? fieldLabelOf(content[k - 1]!.text) : null]));
  const dated = found
    .map(({ line, all }) => ({ line, dates: labels.get(line) === 'other' ? [] : all.filter((d) => !datesAnotherMeeting(line.text, d)) }))
    .filter((d) => d.dates.length > 0);
  const labelled = dated.find((d) => labels.get(d.line) === 'meeting');
  const distinct = [...new Set(dated.flatMap((d) => d.dates.map((x) => x.iso)))];
  // Three or more dates as the entries of a list or as links list meetings (an index page), not date one.
  const listed = new Set(dated.filter((d) => LISTED.test(d.line.raw) || d.line.raw.includes('](')).flatMap((d) => d.dates.map((x) => x.iso)));
  // The title's date is the meeting's, before a page's publication date above it ("date: 2022-08-26" metadata).
  const titled = titleLine ? dated.find((d) => d.line === titleLine) : undefined;
  // The date of front matter that lists the people comes last, for minutes that give no date of their own.
  // A web page whose title line became the page's title ("... Meeting held on Wednesday 24 April 2019 at 7.00pm"): the date is there only.
  const fromFrontTitle = title !== null && title === frontMatterTitle && dated.length === 0 ? findDates(frontMatterTitle!).filter((d) => !datesAnotherMeeting(frontMatterTitle!, d)) : [];
  const date = labelled ? labelled.dates[0]!.iso : listed.size >= 3 ? null : ((titled ?? dated[0])?.dates[0]?.iso ?? fromFrontTitle[0]?.iso ?? frontMatterDate);
  if (distinct.length > 1 && date) ctx.report('LSMP5002', ctx.lineSpan(dated[0]!.line), { actual: distinct.join(', '), expected: date });

  // A line whose every date is another meeting's ("to be approved on 2 May at 7pm") does not give this meeting's times.
  const timed =
    found.map(({ line, all }) => (all.length > 0 && all.every((d) => datesAnotherMeeting(line.text, d)) ? null : findTimes(line.text))).find((t) => t !== null) ??
    (fromFrontTitle.length > 0 ? findTimes(frontMatterTitle!) : null);
  return {
    title,
    body,
    date,
    start: timed?.start ?? null,
    end: timed?.end ?? null,
    venue: venueOf(content, titleLine, title, body),
  };
}

// "to be approved at the meeting on 2 May", "next meeting: 9 June", "published 3 April": words before a date on its line that make it another meeting's or the document's.
const OTHER_MEETINGS = new Set(['next', 'previous', 'last', 'following', 'future', 'subsequent', 'forthcoming']);
const APPROVAL = new Set(['approved', 'approval', 'confirmed', 'confirmation', 'ratified', 'signed', 'adopted', 'agreed']);
const DOCUMENT_DATES = new Set(['published', 'circulated', 'issued', 'updated', 'printed', 'revised']);

/** The words of a clause that make a date after them another meeting's or the document's. */
function namesAnotherMeeting(clause: string): boolean {
  const words = clause.toLowerCase().split(/[^a-z]+/);
  return words.some((w, k) => {
    const next = words[k + 1];
    if (OTHER_MEETINGS.has(w) && next === 'meeting') return true;
    // "approved at", "approval on", "to be approved" (not "to be held").
    if (APPROVAL.has(w) && (next === 'at' || next === 'by' || next === 'on' || (words[k - 1] === 'be' && words[k - 2] === 'to'))) return true;
    return DOCUMENT_DATES.has(w);
  });
}

function datesAnotherMeeting(text: string, date: FoundDate): boolean {
  // The cue stands just before the date: a bounded look-back keeps a line of a thousand dates linear.
  const before = text.slice(Math.max(0, date.index - 80), date.index);
  // Only the clause the date stands in: "Minutes of 4 April. To be approved on 2 May" dates the first.
  const clauseStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('('));
  return namesAnotherMeeting(before.slice(clauseStart + 1));
}

const LISTED = /^\s*[-*•]\s/;
const MEETING_DATE_LABEL = /^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date)$/i;
const OTHER_DATE_LABEL = /^(?:(?:date\s+of\s+)?(?:the\s+)?(?:next|previous|last)\s+meeting|published|updated|last\s+updated|circulated|issued|first\s+published)$/i;

/** A label alone on its line ("- Date of meeting"), naming the date on the line below as this meeting's or another's. */
function fieldLabelOf(text: string): 'meeting' | 'other' | null {
  const label = text.replace(LISTED, '').replace(/:$/, '').trim();
  if (label.length > 40) return null;
  return MEETING_DATE_LABEL.test(label) ? 'meeting' : OTHER_DATE_LABEL.test(label) ? 'other' : null;
}
/** "... 7.30pm Village Hall *DRAFT MINUTES SUBJECT TO APPROVAL*": the title without the stamp written after it. */
function withoutStamp(title: string): string {
  const at = title.search(STAMP_AFTER);
  return at > 0 ? title.slice(0, at).trim() : title;
}

const OWN_HEADING = /^(?:draft\s+)?minutes\s+of\s/i;

const STAMP_AFTER = /\s\*?(?:draft|unconfirmed|unapproved)\s+minutes\s+(?:subject\s+to|for\s+approval|until)\b/i;
// "DRAFT – FOR APPROVAL AT THE NEXT MEETING", "DRAFT UNTIL SIGNED": a stamp on the minutes, not their title ("Draft minutes of ..." is one).
const DRAFT_STAMP = /^(?:draft|unconfirmed|unapproved)\b(?!\s+(?:minutes|notes)\b)/i;

// "#Lantern Workshop Minutes": a title line written as a heading without the space after its hash.
const tidy = (s: string) => collapseSpaces(s).trim().replace(/^#(?=\p{Lu})/u, '');

const BODY_NAME = /\b(?:council|committee|board|partnership|group|wg|association|panel|forum|society|trust|authority|commission|federation|network|alliance|club)\b/i;
const VENUE_WORD = /\b(?:hall|room|house|centre|center|chamber|church|library|school|offices?|building|pavilion|hotel|station|online|zoom|teams|remote|remotely|virtual|virtually|street|road|lane|square)\b/i;
const ROOM = /\broom\b/i;
const FIELD_LABEL = /^[\p{L} ]{2,20}:\s/u;
const TIME_BEFORE_PLACE = /^\d{1,2}(?:[.:]\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?:in|at)\s+(?=\S)/i;

/** One of the first three lines, other than the title's, that names a body alone. */
function bodyLineAtTop(content: Line[], titleLine: Line | null): string | null {
  // "Subject      London Skills Board": a memo's field names the body after its label.
  const texts = content.slice(0, 3).filter((l) => l !== titleLine).map((l) => l.text.replace(SUBJECT_FIELD, '').trim());
  const named = texts.filter(namesBodyAlone);
  // "GREATER LONDON AUTHORITY" above "London Strategic Migration Partnership": the publisher's letterhead, then the body that met.
  const written = named.length > 1 && isLetterhead(named[0]!) ? named.find((t) => !isLetterhead(t)) : undefined;
  return written ?? named[0] ?? null;
}

const SUBJECT_FIELD = /^subject(?::\s*|\t|\s{3,})/i;

/** A short capitalised line that names a body and no place or date: the body, when no title names it. */
function namesBodyAlone(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && t.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(t) && BODY_NAME.test(t) && !VENUE_WORD.test(t) && !TITLE.test(t) && !FIELD_LABEL.test(t) && findDates(t).length === 0 && !/[.!?]$/.test(t);
}

/** "Minutes of the Annual General Meeting of the Larch Residents' Association": the body after "meeting of". */
function bodyAfterMeetingOf(title: string): string | undefined {
  const lower = title.toLowerCase();
  const at = lower.indexOf(' meeting of ');
  if (at === -1 || !/^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\b/i.test(title)) return undefined;
  let rest = title.slice(at + ' meeting of '.length);
  if (/^the\s/i.test(rest)) rest = rest.slice(4);
  const ends = [' held', ',', ' on ', ' meeting'].map((end) => rest.toLowerCase().indexOf(end)).filter((i) => i > 0);
  return ends.length ? rest.slice(0, Math.min(...ends)) : rest;
}

// What a record of a meeting is called: "Minutes", "Action notes", "Summary of discussion".
const RECORD_KIND = /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes|action\s+notes?|summary\s+of\s+(?:the\s+)?discussions?)\b/i;

/** "London Strategic Migration Partnership – Minutes", "Harbour Board: summary of discussion": the body, a dash or colon, then the kind of record. */
function bodyBeforeDashMinutes(title: string): string | undefined {
  const dash = title.search(/\s[–—-]\s|:\s/);
  if (dash <= 0) return undefined;
  const after = title.slice(dash).replace(/^[\s–—:-]+/, '');
  // Before a colon, only a body's name: "Action 1: Minutes of ..." is a label.
  const before = title.slice(0, dash);
  return RECORD_KIND.test(after) && (title[dash] !== ':' || BODY_NAME.test(before)) ? before : undefined;
}

/** "Minutes: London Strategic Migration Partnership Board", "Action notes – Harbour Board, 4 March 2020": the kind of record, then the body. */
function bodyAfterRecordLabel(title: string): string | undefined {
  const kind = RECORD_KIND.exec(title);
  if (!kind) return undefined;
  const label = /^\s*[:–—-]\s+/.exec(title.slice(kind[0].length));
  return label ? title.slice(kind[0].length + label[0].length) : undefined;
}

// "New Scots Core Group minutes: March 2024", "Migration Advisory Committee minutes, 19 August 2022".
const MINUTES_THEN_DATE = /^(\S.{2,80}?)\s+minutes\s?[:,]\s?(\S.{0,40})$/i;
const MONTH_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2}$/i;

/** A body's name, the word "minutes", then the meeting's date (or month) after a colon or comma. */
function bodyBeforeMinutesOfDate(title: string): string | undefined {
  const m = MINUTES_THEN_DATE.exec(title);
  if (!m || !BODY_NAME.test(m[1]!)) return undefined;
  const dated = MONTH_YEAR.test(m[2]!.trim()) || findDates(m[2]!).some((d) => d.index === 0);
  return dated ? m[1] : undefined;
}

/** "Boughton Parish Council Minutes": a body's name, then the word "minutes" alone. */
function bodyBeforeLastWordMinutes(title: string): string | undefined {
  const before = title.slice(0, -' minutes'.length);
  return title.toLowerCase().endsWith(' minutes') && BODY_NAME.test(before) && !/\bminutes\b/i.test(before) ? before : undefined;
}

function withoutKindTail(body: string): string {
  const tail = KIND_TAIL.exec(body);
  return tail ? body.slice(0, tail.index) : body;
}

/** "London Crime Reduction Board meeting minutes - 27 April 2022": the body named before the minutes of one dated meeting. */
function namesMeetingMinutes(title: string): boolean {
  const lower = title.toLowerCase();
  return !lower.startsWith('minutes') && (lower.includes(' meeting minutes') || lower.includes(' meeting notes')) && findDates(title).length > 0;
}

const RECORD_OF = /^(?:summary|record|report|notes?)\s+of\s+/i;
const MEETING_KIND_ALONE = /^(?:public|open|annual|extraordinary|special|ordinary|general|monthly|quarterly)$/i;

function bodyOf(title: string): string | null {
  // "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held ...": the body named before the title proper.
  const minutesAt = title.search(MINUTES_AFTER_BODY);
  if (minutesAt > 0 && BODY_NAME.test(title.slice(0, minutesAt))) return title.slice(0, minutesAt).trim();
  const written =
    bodyAfterMeetingOf(title) ?? BODY_IN_TITLE.exec(title)?.[1] ?? BODY_IN_MINUTES_FROM.exec(title)?.[1] ?? bodyBeforeDashMinutes(title) ?? bodyAfterRecordLabel(title) ?? bodyBeforeMinutesOfDate(title) ?? bodyBeforeLastWordMinutes(title) ?? (/\bminutes\b/i.test(title) && !namesMeetingMinutes(title) ? undefined : BODY_BEFORE_MEETING.exec(title)?.[1]);
  // "the 11th Lantern TSC": the article and the meeting's ordinal are not the body's name.
  // "Summary of the board meeting held on ...": what kind of record it is names no body.
  let body = written?.trim().replace(RECORD_OF, '').replace(/^the\s+/i, '').replace(/\.$/, '').replace(/^\d+(?:st|nd|rd|th)\s+/i, '');
  if (body) body = withoutKindTail(body);
  // "Minutes of Parish Council 22 November 2023": the date after the body is not part of it.
  const dated = body ? findDates(body) : [];
  if (body && dated.length === 1 && dated[0]!.index + dated[0]!.length === body.length) body = trimEndOf(body.slice(0, dated[0]!.index).trim(), ',–—-').trim();
  // "MINUTES OF PUBLIC MEETING HELD AT ...": the kind of meeting alone names no body.
  if (!body || findDates(body).length > 0 || /^[^\p{Lu}\p{N}]/u.test(body) || MEETING_KIND_ALONE.test(body) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{4}\b/i.test(body)) return null;
  // "Northwold Parish Council – Ordinary", "Wereham Parish Council March": the kind or month of the meeting is not the body's name.
  const dash = body.search(/\s[–—-]\s/);
  if (dash > 0 && BODY_NAME.test(body.slice(0, dash))) body = body.slice(0, dash).trim();
  const lastSpace = body.lastIndexOf(' ');
  if (lastSpace > 0 && MONTHS.has(body.slice(lastSpace + 1).toLowerCase())) body = body.slice(0, lastSpace).trim();
  // "LSMP Board meeting – Minutes": the meeting is not part of the body's name, when what comes before it names a body.
  const meeting = body.toLowerCase().lastIndexOf(' meeting');
  if (meeting > 0 && meeting + ' meeting'.length === body.length && BODY_NAME.test(body.slice(0, meeting))) body = body.slice(0, meeting);
  return body.split(/\s+/).length >= 2 || /^\p{Lu}{2,}/u.test(body) ? body : null;
}

const MINUTES_AFTER_BODY = /\s(?:draft\s+|unconfirmed\s+)?minutes\s+of\s/i;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "held on Thursday 10th February 2005 in the Village Hall at 8.00 p.m.": the place after the date. */
function placeAfterHeldOn(title: string): RegExpExecArray | null {
  const lower = ` ${title.toLowerCase()}`;
  const at = lower.indexOf(' held on ') - 1;
  if (at < -1) return null;
  for (const word of [' in ', ' at ']) {
    const k = lower.indexOf(word, at + 9) - 1;
    const m = k < 0 ? null : HELD.exec(`held${title.slice(k)}`);
    if (m && VENUE_WORD.test(m[1]!) && findDates(m[1]!).length === 0 && findTimes(m[1]!) === null) return m;
  }
  return null;
}

const LEADING_TIME = /^\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+(?=\p{Lu})/iu;
const withoutLeadingTime = (part: string) => part.replace(LEADING_TIME, '');

function venueOf(content: Line[], titleLine: Line | null, title: string | null, body: string | null): string | null {
  const held = title ? (HELD.exec(title) ?? placeAfterHeldOn(title)) : null;
  // "held at 7.30pm in the Millennium Hall": the time before the place is not part of it.
  if (held) return held[1]!.trim().replace(/[,;]$/, '').replace(TIME_BEFORE_PLACE, '');
  // "HELD AT THE CHURCH", "at Wereham village hall at 7.30pm", a second title line "... held on 10 May in the Village Hall".
  for (const l of content.slice(0, 5)) {
    const t = tidy(l.text);
    if (l === titleLine) continue;
    const found = /^(?:at|in)\s/i.test(t) ? HELD.exec(`held ${t}`) : /\bheld\s/i.test(t) ? (HELD.exec(t) ?? placeAfterHeldOn(t)) : null;
    const place = found?.[1]?.trim().replace(/[,;]$/, '');
    if (place && VENUE_WORD.test(place) && findDates(place).length === 0) return place;
  }
  for (const l of content) {
    // "- Location: Larch Hall": a page's field written as a bullet.
    const labelled = VENUE_LABEL.exec(l.text.replace(LISTED, '').trimStart()) ?? venueFieldInLine(l.text);
    if (labelled) return withoutDirectionsLink(labelled[1]!.trim());
  }
  for (let k = 0; k < content.length; k++) {
    // "Venue Apex Court", or "Venue" alone with the place on the next line: a header table flattened.
    // "- Location" / "- Portland House, Glasgow": a page's fields listed as bullets, the label above its value.
    const text = LISTED.test(content[k]!.text) && LISTED.test(content[k + 1]?.text ?? '') ? content[k]!.text.replace(LISTED, '') : content[k]!.text;
    const below = text === content[k]!.text ? content[k + 1]?.text : content[k + 1]?.text.replace(LISTED, '');
    const field = unlabelledVenueField(VENUE_ALONE.has(text.toLowerCase()) ? `Venue ${below ?? ''}` : text);
    if (field) return field;
  }
  // "Minutes of meeting on 5 July 2012, City Hall, 2pm-4pm", "14:00 - 16:00, Room 3.1, City Hall": the parts of a
  // dated or timed line that name a place, from the first with a place word to the next date or time.
  for (const l of content.slice(0, 4)) {
    if (!l.text.includes(',') || (findDates(l.text).length === 0 && findTimes(l.text) === null)) continue;
    // "7.30pm Northwold Village Hall": the time before the place is not part of it.
    const parts = withoutStamp(l.text).split(',').map((part) => withoutLeadingTime(part.trim()));
    // "Committee Room 2" is a place; "Planning Committee" is a body.
    const isPlace = (part: string) => /^\p{Lu}/u.test(part) && findDates(part).length === 0 && findTimes(part) === null && (!BODY_NAME.test(part) || ROOM.test(part));
    const first = parts.findIndex((part) => VENUE_WORD.test(part) && isPlace(part));
    if (first === -1) continue;
    let last = first;
    // A place part is short: a long one is some other line run together, and gains nothing after it.
    while (parts[first]!.length <= 60 && last + 1 < parts.length && parts[last + 1]!.length <= 60 && isPlace(parts[last + 1]!)) last++;
    return parts.slice(first, last + 1).join(', ').replace(/\.$/, '');
  }
  const parts: string[] = [];
  for (const l of content) {
    if (l === titleLine || l.heading === 1 || /^[-*•]\s/.test(l.text)) continue;
    const t = tidy(l.text);
    if (body && t.toLowerCase() === body.toLowerCase()) continue;
    if (title?.toLowerCase().includes(t.toLowerCase())) continue;
    if (t.length > 60 || t.split(' ').length > 8 || NOT_VENUE.test(t) || !/^\p{Lu}/u.test(t)) continue;
    // A body's name ("Policy & Resources Committee") or a labelled field ("Time: 15:15 UTC") is no place.
    if ((BODY_NAME.test(t) && !VENUE_WORD.test(t)) || FIELD_LABEL.test(t)) continue;
    // "MAYOR OF LONDON": a letterhead in capitals, not a place (a place in capitals names one: "CITY HALL").
    if (isLetterhead(t)) continue;
    if (findDates(t).length > 0 || findTimes(t) !== null) continue;
    parts.push(t);
  }
  // A venue takes a line or three (building, room, town), one of them naming a place ("City Hall", "Room 4");
  // more candidates, or none with a place word, means the lines are something else.
  return parts.length && parts.length <= 3 && parts.some((part) => VENUE_WORD.test(part)) ? parts.join(', ') : null;
}

/** "Date: 12 March 2019 Time: 10:00 Venue: City Hall": header fields run together on one line, the venue last. */
function venueFieldInLine(text: string): RegExpExecArray | null {
  if (!FIELD_LABEL.test(text)) return null;
  const lower = text.toLowerCase();
  const at = Math.max(lower.lastIndexOf(' venue:'), lower.lastIndexOf(' location:'));
  return at > 0 ? VENUE_LABEL.exec(text.slice(at + 1)) : null;
}

/** "Council Chamber, Kendal. View directions": a council web page's link after the place is no part of it. */
function withoutDirectionsLink(place: string): string {
  return place.endsWith('View directions') ? trimEndOf(place.slice(0, -'View directions'.length), '.') : place;
}

/** Two words or more, every letter a capital, no figure (rooms have numbers: "CR 2") and no place word. */
function isLetterhead(text: string): boolean {
  return text.includes(' ') && text === text.toUpperCase() && text !== text.toLowerCase() && !/\d/.test(text) && !VENUE_WORD.test(text);
}

const VENUE_ALONE = new Set(['venue', 'location', 'venue:', 'location:']);

/** "Venue Apex Court": a field of a header table flattened with a space for the column, no colon. */
function unlabelledVenueField(text: string): string | null {
  const label = text.startsWith('Venue ') ? 6 : text.startsWith('Location ') ? 9 : 0;
  const place = label ? text.slice(label).trim() : '';
  return place && place.length <= 80 && /^\p{Lu}/u.test(place) && !place.includes(':') && !place.endsWith('.') ? place : null;
}

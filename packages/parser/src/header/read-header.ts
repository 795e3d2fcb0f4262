import { weekdayYearDate } from './weekday-year.js';
import { withoutFlattenedRun } from './flattened-title.js';
import { splitDatedRunOn } from './dated-run-on.js';
import type { Context } from '../context.js';
import { type FoundDate, findDates } from '../dates/parse-date.js';
import { postsMinutes } from '../structure/front-matter.js';
import { type FoundTimes, findTimes } from '../dates/parse-time.js';
import { lineTimes } from '../dates/stated-times.js';
import { startingTimeIn } from '../dates/not-the-start.js';
import { clockAfterDate, isDateAlone } from '../dates/date-alone.js';
import type { Line } from '../scan/scan-lines.js';
import { endsMidPhrase } from '../roster/wrapped.js';
import { HELD_IN_CAPITALS, goesOnInCapitals } from './capitals-heading.js';
import { TITLE, TITLE_OPENING_WORDS, UPLOADER_CAPTION, isListed, APPROVAL, APPROVAL_AT_NEXT_MEETING, withoutStamp, tidy, BODY_NAME, VENUE_WORD } from './header-words.js';
import { ISSUE_MEETING, bodyAboveDateLine, bodyUnderMeetingPageCaption, bodyOfDatedHeading, bodyOfIssueMeeting, bodyLineAtTop, bodyOf, isBodyInitials, namedBoardAtTop, namesBodyAlone, namesNoParticularBoard, plausibleBody, TOP_LINES } from './body-name.js';
import { isVenueField, namesPlace, venueOf } from './venue.js';
import { venueWithoutRunOn } from './venue-end.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { trimEndOf } from '../text/clean.js';
import { hasCellBreak } from '../roster/parse-entry.js';
import { isRunningText } from './running-text.js';
import { bodyOfOpeningSentence } from './opening-sentence-body.js';
import { isDateTitle, isMeetingDateField } from './date-field-title.js';

export interface Header {
  title: string | null;
  body: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
}

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
const opensListOrDefinition = (text: string) => startsWithBullet(text) || text.startsWith(':');
const LIST_NUMBER = /^\d{1,2}[.)]\s/;

/** "1. Minute and matters arising from the previous meeting" between "2. ..." lines: an entry of the agenda listed in the header, no title. */
function inNumberedList(content: Line[], k: number): boolean {
  if (!LIST_NUMBER.test(content[k]!.text)) return false;
  const near = (step: number) => {
    let j = k + step;
    while (content[j]?.blank) j += step;
    return content[j] !== undefined && LIST_NUMBER.test(content[j]!.text);
  };
  return near(-1) || near(1);
}

const DEFINITION = /^:\s/;

// "NB: these minutes are published as a draft ...": a note about the minutes, not their title.
const NOTE_LABEL = /^(?:nb|n\.b\.|note|please note)\s*:/i;

// "August 2023 Minutes": a page's caption, the month and the word alone.
// "MINUTES", "Draft Minutes": a title of the minutes that names nothing else; among the first lines only.
// ("June 2017 Meeting Minutes": a page's caption, the month before the words.)
const BARE_MINUTES = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s(?:19|20)\d{2}\s)?(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:meeting\s)?minutes$/i;
const BARE_TITLE_REACH = 4;
const BARE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s(?:19|20)\d{2}\s)?(?:(?:draft|unconfirmed|confirmed|approved|signed)\s+)?(?:meeting\s)?(?:minutes|notes|agenda)(?:\s+\(draft\))?$/i;

// "Wood reconvened the meeting in open session at 8:24 p.m.": a sentence that tells what was done at the meeting.
const NARRATES_MEETING = /\s\p{Ll}{3,}ed\sthe\smeeting\b/u;

// "Call to order: Meeting called to order at 6 PM by President Lapi": the run-in label of the opening, no title.
// "MinutesThe minutes of the October 26, 2010 Board meeting were approved", "Call To OrderThe OCDS Board ...": a Word table's
// label cell run into the sentence of its row (no space before "The"), no title.
const GLUED_LABEL_SENTENCE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}?\p{Ll}+){0,3}The\s/u;
const CALL_TO_ORDER = /^call\s+to\s+order\b/i;
// The sentences that mention a meeting without naming it (see isTitleLine), a blog's own voice among them:
// "We held an Exec Meeting, to debrief after our LAN - here are the minutes."
const FIRST_PERSON_OR_REPORT = /^(?:this|these|it|the following|no(?=\s)|the meeting (?:took place|was held)|we|here (?:are|is))\b.*\.$/i;

// "3. To approve the minutes of the meeting of 12 June": a numbered item of the agenda's wording, no title.
const AGENDA_ITEM = /^\d{1,2}[.)]?\s+to\s/i;

// "Name and date of meeting: Full Archival Workgroup, 2023-09-20": a template's field naming the meeting.
const NAME_FIELD = /^(?:(?:name|title)(?:\s+and\s+date)?\s+of\s+(?:the\s+)?meeting|meeting\s+(?:name|title))\s*:\s*(?=\S)/i;

// "Council Meeting Minutes Date: 18 January 2017 Time: 12:00pm Location: ...": the header's fields run on after the title
// on one line, as a PDF's table reads when flattened; the first field's label ends the title.
// (Capitalised as a field's label is: "date:" in lower case is a front matter's key.)
const RUN_ON_FIELD = /\s(?:Date|DATE|Meeting Date|Time|TIME|Venue|VENUE|Location|LOCATION|Place|PLACE)\s?:\s/;

/** The title before header fields run on after it, when the words before them name the meeting. */
function withoutRunOnFields(title: string): string {
  const m = title.includes(':') ? RUN_ON_FIELD.exec(title) : null;
  const before = m ? title.slice(0, m.index).trim() : '';
  return m && TITLE.test(before) && findDates(before).length === 0 ? before : title;
}

/** The meeting's name after a template's field label, without the date after it ("Full Archival Workgroup"). */
function withoutField(title: string): string {
  const m = NAME_FIELD.exec(title);
  if (!m) return title;
  const named = title.slice(m[0].length);
  const dates = findDates(named);
  const last = dates[dates.length - 1];
  const undated = last && last.index + last.length === named.length ? trimEndOf(named.slice(0, last.index).trimEnd(), ',–—-').trim() : named;
  return undated || named;
}

// "\"ANY MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES!!!\"": a notice in quotation marks, no title.
const QUOTED = /^["“][^"“”]+["”]$/;

// "Before the meeting started, Jo proposed ...", "After this meeting closed, ...": a clause that says when something was done
// about the meeting, which a sentence opens with (a comma or a full stop follows); no title.
const CLAUSE_OF_TIME = /^(?:before|after|when|while|whilst|once|until|since|during|prior to)\s(?:the|this|that|our|each|every)\s(?:[\p{L}-]+\s)?meeting\b[^,.]{0,60}[,.]/iu;
// "The meeting commenced with ...", "The meeting was opened by ...": the meeting as the subject of a verb in the past, a
// sentence of the record (in lower case: "The Meeting Held on 3 May" is a title).
const MEETING_DID = /^(?:[Tt]he|[Tt]his|[Oo]ur)\s(?:\p{L}+\s)?meeting\s(?:(?:was|were|had been)\s)?(?:\p{Ll}{3,}ed|began|met|took|ran|went)\b/u;
// "The Meeting commenced at 4.30 pm.": a council's opening sentence that capitalises "Meeting", its verb in lower case and
// a full stop closing it (a title, "The Meeting Held on 3 May", capitalises the verb and closes with no stop).
const CAPITAL_MEETING_DID = /^(?:The|This|Our)\sMeeting\s(?:(?:was|were)\s)?(?:\p{Ll}{3,}ed|began|met)\b/u;
const meetingDid = (text: string): boolean => MEETING_DID.test(text) || (text.endsWith('.') && CAPITAL_MEETING_DID.test(text));

// ("Meeting: 07/03/2022 - Planning Committee (Item 73)": a committee page's field for a meeting that took an issue.)
// "Waneka Peters   LBL YOS (minutes)": a roster line marking who took the minutes.
const MINUTE_TAKER_MARK = /\((?:minutes|minute[- ]taker|notes|note[- ]taker)\)/i;
// "Link Meeting ID 516 027 6420.", "Zoom Meeting ID: 812 ...": how to join the call, no title.
const JOINING_DETAILS = /\bmeeting\sid\s?[:#]?\s?\d/i;
/** "Meeting date:" (a field's label alone) and a sentence telling what was done: no title, though they say "meeting". */
const namesNoTitle = (text: string) => MINUTE_TAKER_MARK.test(text) || JOINING_DETAILS.test(text) || (text.endsWith(':') && text.split(' ').length <= 3) || CLAUSE_OF_TIME.test(text) || meetingDid(text) || (text.startsWith('Meeting:') && ISSUE_MEETING.test(text)) || (text.includes('ed the meeting') && NARRATES_MEETING.test(text)) || tellsBeforeMeeting(text) || AGENDA_ITEM.test(text) || QUOTED.test(text);

// The words a title opens with; the verb-like words after them ("Minutes of the adjourned meeting") are no verbs.
const TITLE_HEAD = new RegExp(`^(?:${TITLE_OPENING_WORDS})$`, 'i');
const TELLING_VERB = /^(?:\p{Ll}{3,}ed|met|began|took|gave|is|are|was|were|will|has|have|had)$/u;
const DETERMINER = /^(?:the|a|an|this|that|our|its|their|his|her)$/i;
// The words before the meeting's mention searched for the verb: a subject of a few words, then the verb.
const SUBJECT_WORDS = 8;

/** "meeting." -> "meeting": the stops and commas after a word. */
function withoutClosingMarks(word: string): string {
  let end = word.length;
  while (end > 0 && ',.;:!?'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

/**
 * "The Chairman welcomed everyone to the meeting.", "We commenced our meeting with ...", "Board of Commissioners met for a
 * regularly scheduled meeting ...", "Here is the agenda and decisions - Minutes will follow": a sentence whose subject
 * does something before it mentions the meeting or its minutes, no title ("Minutes of the adjourned meeting" is one).
 */
function tellsBeforeMeeting(text: string): boolean {
  const words = text.split(/\s+/, 2 * SUBJECT_WORDS).map(withoutClosingMarks);
  if (words.length < 3 || TITLE_HEAD.test(words[0]!)) return false;
  const mention = words.findIndex((w) => /^(?:meetings?|minutes)$/i.test(w));
  const last = mention === -1 ? Math.min(words.length - 1, SUBJECT_WORDS + 1) : mention;
  for (let k = 1; k < last && k <= SUBJECT_WORDS; k++) {
    if (TELLING_VERB.test(words[k]!) && !DETERMINER.test(words[k - 1]!) && !/^(?:minutes|notes|record)$/i.test(words[k + 1] ?? '')) return true;
  }
  return false;
}

/** "your first time. The meeting is open to members only.": the end of a sentence the line above began, no title. */
const endsWrappedSentence = (line: Line) => line.heading === 0 && line.text.endsWith('.') && /^\p{Ll}/u.test(line.text);

// "Alby Hall Meeting Centre, Brookton", "Level 2 Meeting Room": a place whose name holds the word "meeting".
const MEETING_PLACE = /\bmeeting\s+(?:centre|center|rooms?|hall|house|place|suite)\b/i;
const MEETING_PLACES = new RegExp(MEETING_PLACE.source, 'gi');
/** A line whose only word that names a meeting is part of a meeting place's name: the venue, no title. */
const namesMeetingPlace = (text: string): boolean => MEETING_PLACE.test(text) && !TITLE.test(text.replace(MEETING_PLACES, ''));

// "TEAMS Virtual Meeting", "Zoom meeting": how the meeting was held, under its title, names no body.
const ONLINE_MEETING = /^(?:(?:microsoft|ms)\s)?(?:teams|zoom|skype|webex|virtual|online|remote|hybrid|video)(?:\s(?:virtual|online|video|conference|call))?\smeeting$/i;

/** The meeting facts the lines before the roster state: title, body, date, times and venue. */
export function readHeader(lines: Line[], frontMatterTitle: string | null, ctx: Context, frontMatterDate: string | null = null, pageDate: string | null = null): Header {
  const content = lines.filter((l) => !l.blank);
  // A title names the meeting; a sentence that merely mentions one ("This is Report 5 of the meeting of ...",
  // "No meeting minutes were taken.", "The meeting took place on 18 November 2024, at the Centre.") is not a title.
  // (A sentence is read whole when the page width cut it: "This meeting will also serve as ... the month of" / "January.")
  const wholeLine = (k: number) => (endsMidPhrase(content[k]!.text) && content[k + 1] ? `${content[k]!.text} ${content[k + 1]!.text}` : content[k]!.text);
  // ('<span data-pagefind-filter="Meeting Type" ...>': a line of markup is no title.)
  // ("gla.crt/crt/minute": a file's reference, one word, is no title either.)
  const isTitleLine = (l: Line, k: number) => !isRunningText(content, k) && l.text.charCodeAt(0) !== 60 && /\s/.test(l.text) && !opensListOrDefinition(l.text) && !inNumberedList(content, k) && !DEFINITION.test(l.raw) && (TITLE.test(l.text) || (l.heading > 0 && MEETING_KIND.test(l.text))) && !BARE.test(l.text) && !DRAFT_STAMP.test(l.text) && !SECTION_CAPTION.test(l.text) && !isSpeakerLine(l.text) && (l.text.length <= 160 || /\bminutes\b/i.test(l.text)) && !FIRST_PERSON_OR_REPORT.test(wholeLine(k)) && !NOTE_LABEL.test(l.text) && !CALL_TO_ORDER.test(l.text) && !GLUED_LABEL_SENTENCE.test(l.text) && !endsWrappedSentence(l) && !namesNoTitle(l.text) && !isMeetingDateField(l.text);
  let titleLine = content.find(isTitleLine) ?? null;
  // "Board Minutes Jan 07 by decree": a document site's caption (the title its uploader gave) over the minutes' own title.
  if (titleLine === content[0] && UPLOADER_CAPTION.test(titleLine.text)) titleLine = content.find((l, k) => k > 0 && isTitleLine(l, k)) ?? titleLine;
  if (titleLine) titleLine = ownHeadingBelow(content, titleLine) ?? titleLine;
  let title = titleLine ? withoutRunOnFields(withoutField(withoutStamp(tidy(titleLine.text)))) : null;
  let body = title ? (bodyOf(title) ?? (titleLine && NAME_FIELD.test(titleLine.text) && namesBodyAlone(title) ? title : null)) : null;
  // "The January Minutes of the Oakley PC", then "Minutes of Oakley Parish Council meeting held ...": the line that names the body.
  // ("PPG Minutes 6th December 2021" over "Minutes of the meeting of St Anne's Surgery, Patient Participation Group".)
  if (title && (!body || isBodyInitials(body))) {
    // (Not a field, "Venue: Virtual Meeting", nor a paragraph of the page's notice about its meetings.)
    const named = content.slice(0, 5).find((l, k) => l !== titleLine && !inNumberedList(content, k) && !DEFINITION.test(l.raw) && TITLE.test(l.text) && !namesNoTitle(l.text) && !isRunningText(content, k) && !DRAFT_STAMP.test(l.text) && !SECTION_CAPTION.test(l.text) && l.text.length <= 160 && !isVenueField(l.text) && !namesMeetingPlace(l.text) && !ONLINE_MEETING.test(l.text) && !tellsBeforeMeeting(l.text) && bodyOf(tidy(l.text)));
    // ("Minutes of a meeting ... held on 1 March 2015", the minutes' own dated heading, stays the title over a line that
    // names the body alone, "WITNEY LOCAL QUAKER MEETING".)
    if (named && OWN_HEADING.test(title) && findDates(title).length > 0 && findDates(named.text).length === 0 && !/\bminutes\b/i.test(named.text)) body = bodyOf(tidy(named.text));
    else if (named) {
      titleLine = named;
      title = tidy(named.text);
      body = bodyOf(title);
    }
  }
  // "Minutes of the January meeting of Oakley PC" over "Minutes of the meeting of Oakley Parish Council": a reprint's
  // caption over the minutes' own heading, which is the title (the caption is undated and may even name another body).
  // ("DRAFT" alone between them, the minutes' stamp, does not part the caption from the heading.)
  const at = titleLine ? content.indexOf(titleLine) + 1 : -1;
  const below = at > 0 ? (content[at] && isDraftStampAlone(content[at]!.text) ? content[at + 1] : content[at]) : undefined;
  // (A line that repeats the title and runs on into a header table's fields is no heading of its own.)
  if (title && below && OWN_HEADING.test(below.text) && findDates(title).length === 0 && !tidy(below.text).startsWith(title) && bodyOf(tidy(below.text))) {
    titleLine = below;
    title = tidy(below.text);
    body = bodyOf(title);
  }
  // "MINUTES OF OAKLEY PARISH COUNCIL MEETING HELD" / "AT THE VILLAGE HALL ...": a heading wrapped onto the next line.
  const wrapped = titleLine && title ? content[content.indexOf(titleLine) + 1] : undefined;
  if (wrapped && title && (/^held\s/.test(wrapped.text) || (/\sheld$/i.test(title) && /^(?:at|in|on)\s/i.test(wrapped.text)) || goesOnWithWhen(title, wrapped.text) || splitsDate(title, wrapped.text) || endsWithPlaceWord(title, wrapped.text) || cutsPlaceInCapitals(title, wrapped.text))) title = `${title} ${tidy(wrapped.text)}`;
  // "WEREHAM PARISH COUNCIL" above "Draft minutes of the meeting held on ...": the text names the body before a web page's title does.
  if (title && !body) body = bodyLineAtTop(content, titleLine);
  // "Notes of Decisions Taken and Actions Required" over "LGA Asylum and Refugee Task Group": what the notes are of is no body
  // when a line at the top names one.
  else if (body && !BODY_NAME.test(body)) body = bodyLineAtTop(content, titleLine) ?? body;
  // "REEDNESS AND SWINEFLEET INTERNAL DRAINAGE BOARD" over "MINUTES OF THE FULL BOARD MEETING": the line at the top names
  // whose board the title's "Full Board", "Board of Directors" is.
  // ("Public proceedings of the Board" at the top names that board no better.)
  else if (body && namesNoParticularBoard(body)) body = namedBoardAtTop(content, titleLine) ?? body;
  // (A front matter's date alone waits for the text's own lines; it is the title only where none names the meeting.)
  const datedFront = isDateTitle(frontMatterTitle);
  if ((!title || !body) && frontMatterTitle && !(datedFront && !title)) {
    const fromFront = bodyOf(frontMatterTitle);
    // "VILLAGE LIAISON MINUTES" under a newsletter's "Village Liaison meeting - January": the minutes' own title line
    // stays the title, the web page's title names the body.
    if (title && fromFront && OWN_MINUTES.test(title)) body = fromFront;
    else if (fromFront || !title) {
      title = frontMatterTitle;
      body = fromFront;
      titleLine = null;
    }
  }
  if (!title) {
    // "MINUTES" alone under the body's name, and no other title: the document's own title line, one word though it is.
    const bare = content.slice(0, BARE_TITLE_REACH).find((l) => l.heading === 0 && BARE_MINUTES.test(tidy(l.text)));
    if (bare) {
      titleLine = bare;
      title = tidy(bare.text);
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
    // ("CONTINUE READING" over "Unconfirmed MINUTES": a document site's link, no body.)
    if (above && above !== titleLine && !findDates(above.text).length && /^\p{Lu}/u.test(above.text) && above.text.split(/\s+/).length >= 2 && !VENUE_WORD.test(above.text) && !isSiteLink(above.text)) body = tidy(above.text);
    // "MINUTES" over "ORO VALLEY WATER UTILITY COMMISSION" over "REGULAR SESSION": the body named on the line below.
    const underBare = bare >= 0 && !body ? content[bare + 1] : undefined;
    const named = underBare ? tidy(underBare.text) : '';
    if (named && namesBodyAlone(named)) body = named;
  }
  // "Oakhurst Surgery Patient Participation Group", "STANDARDS COMMITTEE": a line of its own at the top naming a body.
  if (!body) {
    body = bodyLineAtTop(content, titleLine);
    // "YOS MANAGEMENT BOARD" over "28th April 2009": with no title line, the body's name alone at the top is the document's title too.
    // (A label's colon after the words, "Board Officers and Directors:", heads a list, not the document.)
    // (Nor is a row of a table's cells, "MS  Mira Sadeq  Riverside Youth Council", or a person with a post: "Mark Lee (Chair)".)
    const own = !title && body && !/[:,()]/.test(body) && !hasCellBreak(body) ? content.slice(0, TOP_LINES).find((l) => l.text.trim() === body) : undefined;
    if (own) {
      titleLine = own;
      title = body;
    }
  }
  if (!title && datedFront) title = frontMatterTitle;
  // "Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am": a committee page's heading, the body then the date.
  // (Under the site's navigation on a saved page: "Home", "Democracy portal", "Agenda and minutes", then the heading.)
  if (!body) body = bodyOfDatedHeading(content);
  // "Cumbria Health and Wellbeing Board" / "Thursday, 18th April, 2019 10.00 am": the committee on the line above the date.
  if (!body) body = bodyAboveDateLine(content);
  // "Agenda and minutes" / "Homes for Riverside - Tuesday 28 March 2017 10.00 am": the committee under the page's caption.
  if (!body) body = bodyUnderMeetingPageCaption(content);
  // "Meeting: 07/03/2022 - Planning Committee (Item 73)": the meeting that took the issue a committee page follows.
  if (!body) body = bodyOfIssueMeeting(content);
  // "The Kentish Board of Examiners of Nurses met in Conference Room 102": the opening sentence names the body that met.
  if (!body) body = bodyOfOpeningSentence(content);
  // "MINUTES OF ... HELD AT THE VILLAGE HALL," / "NORTHWOLD Tuesday 4th October 2016": a title the page width cut.
  // ("MINUTES OF THE BOARD MEETING" / "HELD ON WEDNESDAY 26 FEBRUARY 2014, IN THE ...": the title's next line in capitals says when.)
  const underTitle = titleLine ? content[content.indexOf(titleLine) + 1] : undefined;
  const heldBelow = underTitle !== undefined && HELD_IN_CAPITALS.test(underTitle.text) && titleLine!.text === titleLine!.text.toUpperCase();
  const titleGoesOn = titleLine && title === withoutStamp(tidy(titleLine.text)) && (endsMidPhrase(titleLine.text) || heldBelow) ? underTitle : undefined;
  // ("**... held Aras Mainchin,**" / "" / "**Kilmallock on Thursday ...**": a converter wrote each bold line of the PDF as a paragraph.)
  const nextLine = titleGoesOn && (titleGoesOn.index === titleLine!.index + 1 || (titleLine!.bold && titleGoesOn.bold));
  if (titleLine && titleGoesOn && nextLine && titleGoesOn.heading === 0) title = withoutStamp(tidy(`${titleLine.text} ${titleGoesOn.text}`));
  else if (titleLine && title === tidy(titleLine.text)) {
    title = withSpacedCapitals(content, titleLine) ?? title;
    // "... OF THE MUNICIPAL DISTRICT" / "OF WESTBY HELD IN ...": the body's name goes on with the heading.
    const whole = title.length > titleLine.text.length ? bodyOf(title) : null;
    if (whole && (!body || whole.startsWith(body))) body = whole;
  }

  // "Stoke Ferry Feed Mill" over "VILLAGE LIAISON MINUTES": the name of the body's owner on the line above a title that
  // names no body of its own kind.
  if (body && title && titleLine && !BODY_NAME.test(body) && /\sminutes$/i.test(title)) body = ownerAbove(content, titleLine, body) ?? body;
  // What was read as the body must read as a name.
  body = body && plausibleBody(body);
  const found = content.map((l) => ({ line: l, all: findDates(l.text) }));
  // "- Date of meeting" / "- 22 November 2023": a page's fields, each label on the line above its value.
  const labels = new Map(content.map((l, k) => [l, k > 0 ? fieldLabelOf(content[k - 1]!.text) : null]));
  const dated = found
    .map(({ line, all }) => ({ line, dates: labels.get(line) === 'other' ? [] : all.filter((d) => !datesAnotherMeeting(line.text, d)) }))
    .filter((d) => d.dates.length > 0);
  const labelled = dated.find((d) => labels.get(d.line) === 'meeting');
  // "Date: Monday 27 March 2006" under a document site's "02.04.2015 Views", "Date and time: 8 June 2017, 11:30" under a
  // case's history ("Opened on 12 May 2014 - ..."): a date field on its line in the head dates the meeting before an
  // unlabelled date above it, where the title gives none.
  const headLines = new Set(content.slice(0, DATE_FIELD_REACH));
  const inlineLabelled = dated.find((d) => headLines.has(d.line) && inlineFieldLabelOf(d.line.text) === 'meeting');
  const distinct = [...new Set(dated.flatMap((d) => d.dates.map((x) => x.iso)))];
  // Three or more dates as the entries of a list or as links list meetings (an index page), not date one.
  const listed = new Set(dated.filter((d) => isListed(d.line.raw) || d.line.raw.includes('](')).flatMap((d) => d.dates.map((x) => x.iso)));
  // The title's date is the meeting's, before a page's publication date above it ("date: 2022-08-26" metadata).
  // A heading over several lines ("... ON WEDNESDAY, 2ND" / "JULY, 2014, AT 10.00 A.M.") dates the meeting as a whole.
  const titled = titleLine ? (dated.find((d) => d.line === titleLine) ?? datedWhole(title, titleLine)) : undefined;
  // The date of front matter that lists the people comes last, for minutes that give no date of their own.
  // A web page whose title line became the page's title ("... Meeting held on Wednesday 24 April 2019 at 7.00pm"): the date is there only.
  const fromFrontTitle = title !== null && title === frontMatterTitle && dated.length === 0 ? findDates(frontMatterTitle!).filter((d) => !datesAnotherMeeting(frontMatterTitle!, d)) : [];
  // The title's dated line, or else the first dated line ("... 24 June 2015 MINUTES OF THE 72nd ... MEETING 18 March 2015").
  const first = titled ?? dated[0];
  // "Monday 6th March 2017" / "Monday 24th April 2017" / ...: a page's list of its meetings, a date alone a line, above
  // "Notes of a meeting of WPPG held on Monday 16th Oct 2017": the line that says when this meeting was held dates it.
  const heldOn = !labelled && !titled ? (heldAfterDateList(dated) ?? dateUnderPostDate(content, dated)) : undefined;
  const fieldDated = labelled ?? (titled ? undefined : inlineLabelled);
  const date = fieldDated
    ? fieldDated.dates[0]!.iso
    : heldOn
      ? heldOn
      : listed.size >= 3
      ? null
      : ((first ? minutesHeldDate(first.line.text, first.dates) : undefined) ?? first?.dates[0]?.iso ?? fromFrontTitle[0]?.iso ?? frontMatterDate ?? (pageDate && yearlessDate(title ? [{ text: title }, ...content] : content, pageDate)) ?? postTitleDate(frontMatterTitle, title, pageDate) ?? dayOfTitledYear(title, content) ?? weekdayYearDate(content));
  if (distinct.length > 1 && date) ctx.report('LSMP5002', ctx.lineSpan(dated[0]!.line), { actual: distinct.join(', '), expected: date });

  // A line whose every date is another meeting's ("to be approved on 2 May at 7pm") does not give this meeting's times,
  // nor does a line saying when the meeting closed or when the group usually meets.
  const timed =
    found.map(({ line, all }, k) => (all.length > 0 && all.every((d) => datesAnotherMeeting(line.text, d)) ? null : (readLineTimes(line) ?? (k < CLOCK_LINE_REACH ? openingClock(line.text) : null)))).find((t) => t !== null) ??
    (fromFrontTitle.length > 0 || (date !== null && date === postTitleDate(frontMatterTitle, title, pageDate)) ? findTimes(frontMatterTitle!) : null);
  const runOn = title ? splitDatedRunOn(title, namesPlace) : null;
  return {
    // (The body, times and venue are read from the whole line: a flattened page's first line may give them past the title.)
    title: runOn?.title ?? (title && withoutFlattenedRun(title)),
    body,
    date,
    start: timed?.start ?? (title && date ? clockInDatedTitle(title) : null),
    end: timed?.end ?? null,
    venue: venueWithoutRunOn(placeOfRunOn(venueOf(content, titleLine, title, body), runOn?.place)),
  };
}

/** The place run on after the title's date, over a venue read as a part of it (its first part, say). */
function placeOfRunOn(venue: string | null, runOn: string | undefined): string | null {
  return runOn !== undefined && (venue === null || runOn.includes(venue)) ? runOn : venue;
}

const HELD_ON = /\bheld\s+on\s/i;

/** The date of a line saying when the meeting was held, below three lines or more that are each a date alone. */
function heldAfterDateList(dated: { line: Line; dates: FoundDate[] }[]): string | undefined {
  const alone = dated.filter((d) => isDateAlone(d.line.text));
  if (alone.length < 3) return undefined;
  const held = dated.find((d) => d.line.index > alone[0]!.line.index && !isDateAlone(d.line.text) && HELD_ON.test(d.line.text));
  return held?.dates[0]?.iso;
}

// "Monday, 28 May 2012": a blog post's date line, the weekday before the date.
const POST_DATE_LINE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s/i;
// How long after a meeting its minutes may be posted, in days; how far under the post's date the meeting's date may stand.
const POSTED_WITHIN_DAYS = 92;
const POST_DATE_REACH = 8;

/**
 * "Monday, 28 May 2012" / "Minutes from May Meeting" / "Formation Meeting, ..." / "17th May 2012": a blog post's date line
 * opens the page, and a date of its own line under the post's title, earlier by weeks, dates the meeting.
 */
function dateUnderPostDate(content: Line[], dated: { line: Line; dates: FoundDate[] }[]): string | undefined {
  const post = dated[0];
  if (!post || post.line !== content[0] || !isDateAlone(post.line.text) || !POST_DATE_LINE.test(post.line.text)) return undefined;
  const posted = Date.parse(post.dates[0]!.iso);
  const reach = content[Math.min(content.length - 1, POST_DATE_REACH)]!.index;
  const meeting = dated.find((d) => d !== post && d.line.index <= reach && isDateAlone(d.line.text) && d.dates[0]!.iso < post.dates[0]!.iso);
  const days = meeting ? (posted - Date.parse(meeting.dates[0]!.iso)) / 86_400_000 : Number.POSITIVE_INFINITY;
  return days <= POSTED_WITHIN_DAYS ? meeting!.dates[0]!.iso : undefined;
}

/** A header line's times: none where its first time is a closing or a standing schedule's, else as the line states them. */
function readLineTimes(line: Line): FoundTimes | null {
  const first = startingTimeIn(line.text) ?? clockAfterDate(line.text);
  return first ? lineTimes(line, first) : null;
}

// "to be approved at the meeting on 2 May", "next meeting: 9 June", "published 3 April": words before a date on its line that make it another meeting's or the document's.
// "... Minutes of the meeting held on 23rd September 2009": the minutes' own meeting, written after the date of the meeting they go to.
// "... MINUTES OF THE 72nd MANAGEMENT BOARD MEETING 18 March 2015": the same with the date straight after the meeting's name.
const MINUTES_HELD_ON = /\bminutes\sof\s(?:the\s)?(?:[\p{L}\d-]+\s){0,4}?meeting\s(?:held\son\s)?$/iu;

/** A title line's date that follows "minutes of the meeting held on", when the line dates something else first (a cover sheet). */
function minutesHeldDate(text: string, dates: FoundDate[]): string | undefined {
  if (dates.length < 2) return undefined;
  return dates.find((d) => MINUTES_HELD_ON.test(text.slice(Math.max(0, d.index - 80), d.index)))?.iso;
}

// A document site's link between its caption and the document ("CONTINUE READING", "Download PDF").
const SITE_LINKS = new Set(['continue reading', 'read more', 'download', 'download pdf', 'view document', 'open document', 'full screen']);
const isSiteLink = (text: string) => SITE_LINKS.has(text.trim().toLowerCase());

const OTHER_MEETINGS = new Set(['next', 'previous', 'last', 'following', 'future', 'subsequent', 'forthcoming']);

const DOCUMENT_DATES = new Set(['published', 'circulated', 'issued', 'updated', 'printed', 'revised', 'revision']);
// "a target date of January 1, 2017", "the deadline of 3 May": a date set for work to be done, not the meeting's.
const DUE_DATES = new Set(['target', 'deadline']);
const APPROVING = new Set(['approve', 'approving', 'adopt', 'accept', 'amend']);
const MINUTES_LINK = new Set(['', 'of', 'from', 'for', 'the']);

/** The words of a clause that make a date after them another meeting's or the document's. */
function namesAnotherMeeting(clause: string): boolean {
  const words = clause.toLowerCase().split(/[^a-z]+/);
  // "Motion ... to approve the minutes of the May 15, 2009 regular meeting": the minutes a vote approves are another meeting's.
  const minutes = words.lastIndexOf('minutes');
  // (Not "APPROVED CITY OF PLYMOUTH PLANNING COMMISSION MINUTES NOVEMBER 10, 1998": a stamp on these minutes.)
  if (minutes > 0 && words[minutes - 1] === 'the' && words.slice(minutes + 1).every((w) => MINUTES_LINK.has(w)) && words.slice(0, minutes).some((w) => APPROVING.has(w))) return true;
  return words.some((w, k) => {
    const next = words[k + 1];
    // ("Next board meeting – October 9": a word may name the meeting's kind between them.)
    if (OTHER_MEETINGS.has(w) && (next === 'meeting' || (words[k + 2] === 'meeting' && next !== undefined && next.length > 0))) return true;
    // "approved at", "approval on", "to be approved" (not "to be held").
    if (APPROVAL.has(w) && (next === 'at' || next === 'by' || next === 'on' || (words[k - 1] === 'be' && words[k - 2] === 'to'))) return true;
    // "RDA Minutes 021004Approved March 9, 2004": the stamp of the day the minutes were approved, the date right after the word.
    if (APPROVAL.has(w) && words.slice(k + 1).every((x) => x === '')) return true;
    return DOCUMENT_DATES.has(w) || DUE_DATES.has(w);
  });
}

// "Update 2019-12-02", "Last update: 5 May 2020": a web page's stamp of when it was changed, opening its line.
const UPDATE_STAMP = /^\s*(?:last\s+)?update:?\s*$/i;

/** Whether the words just before the date make it another meeting's or the document's ("next meeting: 9 June"). */
export function datesAnotherMeeting(text: string, date: FoundDate): boolean {
  // The cue stands just before the date: a bounded look-back keeps a line of a thousand dates linear.
  const before = text.slice(Math.max(0, date.index - 80), date.index);
  // Only the clause the date stands in: "Minutes of 4 April. To be approved on 2 May" dates the first; a closed bracket
  // ends its clause ("Draft (until approved at the next meeting) Minutes of the meeting held on 8 January").
  const clauseStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(')'));
  const clause = before.slice(clauseStart + 1);
  if (UPDATE_STAMP.test(clause)) return true;
  return namesAnotherMeeting(clause.includes('pprov') ? clause.replace(APPROVAL_AT_NEXT_MEETING, ' ') : clause);
}

const MEETING_DATE_LABEL = /^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date(?:\s+(?:and|&)\s+time)?)$/i;
// The header's fields stand in the document's first lines (a "Date:" at the end is a signature's).
const DATE_FIELD_REACH = 40;

const OTHER_DATE_LABEL = /^(?:(?:date\s+of\s+)?(?:the\s+)?(?:next|previous|last)\s+meeting|published|updated|last\s+updated|circulated|issued|first\s+published)$/i;

/** "Date: Monday 27 March 2006": a date label opening the line, before its colon; null where the line opens otherwise. */
function inlineFieldLabelOf(text: string): 'meeting' | null {
  const colon = text.indexOf(':');
  const label = colon > 0 && colon <= 30 ? withoutBulletMark(text.slice(0, colon).trimStart()).trim() : '';
  // (A capital opens it: "date: 2013-08-15" in lower case is a page's metadata, the day it was published.)
  return /^\p{Lu}/u.test(label) && MEETING_DATE_LABEL.test(label) ? 'meeting' : null;
}

/** A label alone on its line ("- Date of meeting"), naming the date on the line below as this meeting's or another's. */
function fieldLabelOf(text: string): 'meeting' | 'other' | null {
  const label = withoutBulletMark(text.trimStart()).replace(/:$/, '').trim();
  if (label.length > 40) return null;
  return MEETING_DATE_LABEL.test(label) ? 'meeting' : OTHER_DATE_LABEL.test(label) ? 'other' : null;
}

const OWN_HEADING = /^(?:draft\s+)?minutes\s+of\s/i;

/** A short name in capitalised words alone on the line above the title (no date, figure or title word), before the body. */
function ownerAbove(content: Line[], titleLine: Line, body: string): string | null {
  const above = content[content.indexOf(titleLine) - 1];
  const text = above ? tidy(above.text) : '';
  const words = text.split(' ');
  if (!text || words.length > 5 || /\d/.test(text) || TITLE.test(text) || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return `${text} ${body}`;
}

// "VILLAGE LIAISON MINUTES", "MINUTES OF PUBLIC MEETING HELD AT ...": a line that calls itself the minutes and names the
// meeting ("Minutes of the December 2002 meeting" is a newsletter's caption).
const OWN_MINUTES = /^(?:draft\s+)?minutes\s+of\s.*\sheld\s|\sminutes$/i;

/**
 * "9 May 2018 - Annual Parish Meeting" or "Wellington Town Council 2007 minutes" (a blog's caption, its post date
 * below) over "Minutes of the meeting of ... held on 6th August 2007": a page's caption that does not say minutes
 * (two lines on at most), or that gives no date (four lines on), over the minutes' own dated heading.
 */
function ownHeadingBelow(content: Line[], caption: Line): Line | undefined {
  const at = content.indexOf(caption);
  // "Committee Meeting" over "Minutes from Committee Meeting 19th November 2007", "Board Minutes" over "Board Minutes -
  // January 21, 2005": a web page's undated caption, then the line that repeats it with the meeting's date.
  const next = content[at + 1];
  if (next && repeatsWithDate(caption.text, next.text)) return next;
  // "Minutes of March meeting for business" (a blog post's caption) over "Minutes of a meeting for business held on 1 March
  // 2015": the undated caption says minutes the way the heading does, which dates them.
  // (A line that repeats the caption and runs on into a header table's fields is no heading of its own.)
  if (OWN_HEADING.test(caption.text)) return findDates(caption.text).length > 0 ? undefined : content.slice(at + 1, at + 5).find((l) => OWN_HEADING.test(l.text) && l.text.length <= 160 && findDates(l.text).length > 0 && !l.text.startsWith(caption.text));
  const saysMinutes = /\bminutes\b/i.test(caption.text);
  if (saysMinutes && findDates(caption.text).length > 0) return undefined;
  return content.slice(at + 1, at + (saysMinutes ? 5 : 3)).find((l, j) => OWN_HEADING.test(l.text) && l.text.length <= 160 && (!saysMinutes || findDates(l.text).length > 0) && !inNumberedList(content, at + 1 + j));
}

// How long a caption repeated by the dated line below it may be, and that line.
const MAX_REPEATED_CAPTION = 40;
const MAX_DATED_REPEAT = 120;

/**
 * `below` holds the whole of the short, undated `caption` and adds one date to it (not a header table's fields run on after
 * the caption: "... MEETING: Brindley Board Date of 2nd March 2016 Meeting:").
 */
function repeatsWithDate(caption: string, below: string): boolean {
  if (caption.length > MAX_REPEATED_CAPTION || below.length > MAX_DATED_REPEAT || below.length <= caption.length || below.includes(':')) return false;
  return below.toLowerCase().includes(caption.toLowerCase()) && findDates(caption).length === 0 && findDates(below).length === 1;
}

/**
 * "MINUTES OF PROCEEDINGS AT MEETING OF THE DISTRICT" / "" / "OF WESTBY HELD IN ... ON MONDAY, 2ND" / "" / "JULY, 2014, AT 10.00 A.M.":
 * a heading in capitals a PDF conversion wrote one line a paragraph, joined up to its closing full stop or a label.
 */
function withSpacedCapitals(content: Line[], titleLine: Line): string | null {
  let text = titleLine.text;
  if (/\p{Ll}/u.test(text) || !OWN_HEADING.test(text)) return null;
  let last = titleLine;
  for (let k = content.indexOf(titleLine) + 1; k < content.length && !/[.:;]$/.test(text); k++) {
    const next = content[k]!;
    if (next.index !== last.index + 2 || /\p{Ll}/u.test(next.text) || next.text.endsWith(':') || next.heading > 0 || text.length + next.text.length > 320) break;
    // A line of its own ("HELD AT THE CHURCH" under "MINUTES OF ... MEETING") stacks; a sentence cut mid-way goes on.
    if (!goesOnInCapitals(text, next.text)) break;
    text = `${text} ${next.text}`;
    last = next;
  }
  return last === titleLine ? null : tidy(text);
}


/** The title's date when its line alone gives none: a heading joined from several lines. */
function datedWhole(title: string | null, titleLine: Line): { line: Line; dates: FoundDate[] } | undefined {
  if (title === null || title.length === titleLine.text.length) return undefined;
  const dates = findDates(title).filter((d) => !datesAnotherMeeting(title, d));
  return dates.length > 0 ? { line: titleLine, dates } : undefined;
}

// "DRAFT – FOR APPROVAL AT THE NEXT MEETING", "DRAFT UNTIL SIGNED": a stamp on the minutes, not their title ("Draft minutes of ..." is one).
// ("Draft copy of Student Council minutes 05.05.15": the minutes' title, a draft copy of them; "DRAFT: Academic Senate Meeting
// Minutes": the stamp and a colon before the title, which names the minutes.)
/** "DRAFT", "Unconfirmed": a stamp alone on its line, one word. */
const isDraftStampAlone = (text: string): boolean => !/\s/.test(text.trim()) && DRAFT_STAMP.test(text.trim());

const DRAFT_STAMP = /^(?:draft|unconfirmed|unapproved)\b(?!\s+(?:minutes|notes)\b)(?!\s+(?:copy|version)\s+of\s)(?!:\s[^:]{0,100}\b(?:minutes|notes)$)/i;

/**
 * "Minutes of the Board held in the Guildhall, Andover" / "at 9.30am on Friday 20th April 2007": an undated title
 * saying where the meeting was held, wrapped before when.
 */
function goesOnWithWhen(title: string, next: string): boolean {
  return /^(?:at|on)\s/.test(next) && /\sheld\s/i.test(title) && findDates(title).length === 0 && (findDates(next).length > 0 || findTimes(next) !== null);
}

// A line this short under the title can be the rest of its date, no sentence of its own.
const DATE_REST = 40;

/** "Minutes of Committee Meeting held on 14" / "July 2014.": a title whose date the page width cut in two. */
function splitsDate(title: string, next: string): boolean {
  if (next.length > DATE_REST || !/\bheld\b/i.test(title) || findDates(title).length > 0) return false;
  return findDates(`${title} ${next}`).some((d) => d.index < title.length && d.index + d.length > title.length + 1);
}

/** "... held on Wednesday 18 April 2007 in The Senate" / "Room": a centred title wrapped before the last word of its place. */
function endsWithPlaceWord(title: string, next: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(next) || !VENUE_WORD.test(next) || !/\sheld\s/i.test(title)) return false;
  const lower = title.toLowerCase();
  const place = title.slice(Math.max(lower.lastIndexOf(' in '), lower.lastIndexOf(' at ')) + 4);
  return place.length < title.length - 4 && CAPITALISED_WORDS.test(place.replace(/^the\s/i, ''));
}

const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*)*$/u;

// "HALL, NORTHWOLD Tuesday ...": the rest of a place in capitals, up to the comma before the town.
const PLACE_REST_IN_CAPITALS = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3},\s/u;
const WHEN_WORD = /^(?:MON|TUE|WED|THU|FRI|SAT|SUN|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;

/**
 * "MINUTES OF ... MEETING HELD AT THE VILLAGE" / "HALL, NORTHWOLD Tuesday 4th October 2016 at 7.30pm": a title in capitals
 * that the page width cut inside its place, the place's last words in capitals on the next line with its date.
 */
function cutsPlaceInCapitals(title: string, next: string): boolean {
  if (/\p{Ll}/u.test(title) || !/\sHELD\s(?:AT|IN)\s/.test(title) || /[.,:;]$/.test(title) || findDates(title).length > 0) return false;
  return PLACE_REST_IN_CAPITALS.test(next) && !WHEN_WORD.test(next) && findDates(next).length > 0;
}

/**
 * "Minutes from the meeting on the 14th of June" on a page dated 2002-07-01: a day and month without a year, the year
 * the page's date gives (the year before, when that day was still to come). Null when no header line gives one.
 */
/**
 * "title: Minutes of a meeting of Oakley Parish Council held ... at 7.30pm on Wednesday 15th December" over minutes whose
 * own heading gives no date: a minutes post's title dates the meeting, the day and month alone in the year of publication
 * (or the one before, for a day after it).
 */
function postTitleDate(frontMatterTitle: string | null, title: string | null, pageDate: string | null): string | null {
  if (!pageDate || !frontMatterTitle || frontMatterTitle === title || !postsMinutes(frontMatterTitle)) return null;
  const year = Number(pageDate.slice(0, 4));
  const day = findDates(frontMatterTitle, year).find((d) => !datesAnotherMeeting(frontMatterTitle, d));
  if (!day) return null;
  return !day.yearInferred || day.iso <= pageDate ? day.iso : (findDates(frontMatterTitle.slice(day.index, day.index + day.length), year - 1)[0]?.iso ?? null);
}

function yearlessDate(content: readonly { text: string }[], pageDate: string): string | null {
  const year = Number(pageDate.slice(0, 4));
  for (const line of content) {
    const day = findDates(line.text, year).find((d) => d.yearInferred && !datesAnotherMeeting(line.text, d));
    if (day) return day.iso <= pageDate ? day.iso : (findDates(line.text.slice(day.index, day.index + day.length), year - 1)[0]?.iso ?? null);
  }
  return null;
}

// "Minutes Of Annual General Meeting 2017": the year a title names alone.
const TITLE_YEAR = /\b(?:19|20)\d{2}\b/g;
const TITLED_YEAR_REACH = 6;
const HEAD_LINE_LENGTH = 120;

/**
 * "Minutes Of Annual General Meeting 2017" over "Meeting held at ..., on 24th April at 7.45p.m.": the day and month the
 * head gives without a year, in the one year the title names.
 */
function dayOfTitledYear(title: string | null, content: readonly { text: string }[]): string | null {
  const years = title ? title.match(TITLE_YEAR) : null;
  if (years?.length !== 1) return null;
  const year = Number(years[0]);
  // (The title, then the head's first short lines: further down, or in a paragraph, a day is some other event's.)
  const lines = [{ text: title! }, ...content.slice(0, TITLED_YEAR_REACH).filter((l) => l.text.length <= HEAD_LINE_LENGTH)];
  for (const line of lines) {
    const day = findDates(line.text, year).find((d) => d.yearInferred && !datesAnotherMeeting(line.text, d));
    if (day) return day.iso;
  }
  return null;
}

// "General Meeting 09:00 24-Sep-2023": a 24-hour clock, two figures for the hour, beside the title's date.
const TWENTY_FOUR_HOUR = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?![\d:])/;

// "09:00, FF33, Kelvedon Park" under the date: a head line that opens with a 24-hour clock (two figures for the hour),
// then the place after a comma, or nothing.
const OPENING_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(?:,\s|$)/;
// The head's first lines: further down, such a line is the record's ("14:30, the meeting resumed").
const CLOCK_LINE_REACH = 8;

/** The start a head line opening with a 24-hour clock gives; null when it opens otherwise. */
function openingClock(text: string): FoundTimes | null {
  const m = OPENING_CLOCK.exec(text.trim());
  return m ? { start: `${m[1]}:${m[2]}`, end: null, index: 0, length: 5 } : null;
}

/** The start a dated title (a short one: a flattened page is no title) gives as a 24-hour clock with no other mark of time; null when it gives none. */
function clockInDatedTitle(title: string): string | null {
  const m = title.length <= 160 && title.includes(':') ? TWENTY_FOUR_HOUR.exec(title) : null;
  return m ? `${m[1]}:${m[2]}` : null;
}

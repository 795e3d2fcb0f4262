import { findDates } from '../dates/parse-date.js';
import { beforeNextSentence } from './venue-end.js';
import { namedPlaceAfterHeldDate } from './named-place-after-date.js';
import { findTimes } from '../dates/parse-time.js';
import { placeAfterDateAndTime } from './place-after-date-time.js';
import { WEEKDAY_BEFORE } from '../dates/date-alone.js';
import type { Line } from '../scan/scan-lines.js';
import { isDigitAt, isUpperAt, trimEndOf } from '../text/clean.js';
import { HELD, isListed, withoutStamp, tidy, BODY_NAME, VENUE_WORD, FIELD_LABEL, isLetterhead, endsWithBodyWord, namesVenueWord } from './header-words.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { opensWithInitialledName } from '../roster/initialled-given-name.js';
import { NAME_LINKING_WORDS } from '../text/body-words.js';

// Where the meeting was held: a labelled field, "held at ...", or a place's line under the title.

// `(\S.*|<one space>)$` is `(.+)$` after white space, without retrying the white space.
const VENUE_LABEL = /^(?:(?:meeting\s+)?(?:venue|location|place)|where|held at)\s*:\s*(\S.*|[^\S\n\r\u2028\u2029])$/i;
// "Venue – Weatherspoons Crook at 10am": a dash for the colon after "Venue" or "Location", a capital after it.
const VENUE_DASH = /^(?:[Vv]enue|VENUE|[Ll]ocation|LOCATION)\s[-–—]\s+(\p{Lu}.*)$/u;

// ("Item 10": the paper's number in a meeting's pack, above its title.)
const LONE_PREPOSITION = /^(?:on|at|in|of|held)$/i;
const NOT_VENUE = /\b(?:minutes|meeting(?!\s+(?:rooms?|centre|center|hall|house|place|suite)\b)|agenda|present|apologies|notes|draft|report|summary|contents|links?)\b|https?:|www\.|[.!?]$|^\W|^item\s\d/i;

const ROOM = /\broom\b/i;

const TIME_BEFORE_PLACE = /^\d{1,2}(?:[.:]\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?:in|at)\s+(?=\S)/i;
// "held at 2.15 pm on ...": a time, then the date; the place comes after both.
const TIME_ONLY = /^\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?$/i;
// ("held 2nd February 2019 10am at Wauchope Arts Hall": the date straight after the word.)
// ("The Board of Supervisors held its monthly meeting on Tuesday, August 19, 2014 in the Ag Service Center": the meeting
// named between the word and the date.)
const HELD_ON_OR_AT = / held (?:(?:its|their|a|the) (?:[a-z]+ ){0,2}meeting )?(?:on |at |(?=\d))/;
// "... on Thursday 7th February 2013 at the Cornerhouse Club Leeds": places societies meet in that are no hall or room
// (after "held on/at" and the date, where nothing else is named).
// ("Meeting held at Beversbrook Sports Facility", "held at the Bowling Club clubrooms": a club's own grounds.)
const HOSTING_PLACE = /\b(?:club|clubhouse|clubrooms|facility|lodge|institute|museum|theatre|chapel|hospital|college|university|campus)\b/i;

/**
 * "held on Thursday 10th February 2005 in the Village Hall at 8.00 p.m.", "held at 2.15 pm on 18 December 2024 in the
 * Large Boardroom": the place after the date or the time.
 */
function placeAfterHeldOn(title: string): RegExpExecArray | null {
  const lower = ` ${title.toLowerCase()}`;
  const held = HELD_ON_OR_AT.exec(lower);
  if (!held) return null;
  // The date starts after the words ("held on ", "held its monthly meeting on "); the place is looked for past its first word.
  const from = held.index + held[0].length;
  for (const word of [' in ', ' at ']) {
    // ("held on Thursday 21 July 2022 at 5pm at the Soldiers Club": the word again past the time, up to a few times.)
    for (let k = lower.indexOf(word, from + 1) - 1, tries = 0; k >= 0 && tries < MAX_PLACE_WORD_TRIES; k = lower.indexOf(word, k + 2) - 1, tries++) {
      const m = HELD.exec(`held${title.slice(k)}`);
      if (m) m[1] = beforeTimeClause(m[1]!);
      if (m && (namesPlace(m[1]!) || HOSTING_PLACE.test(m[1]!) || (AFTER_CLOCK.test(title.slice(0, k)) && NAMED_PLACE.test(m[1]!))) && statesNoWhen(m[1]!)) return m;
    }
  }
  return null;
}

// "at 7.00pm at the Lampie Hoose, Portgordon": after the meeting's time, "at" says where, whatever the place is called
// (a name in capitals, or "the" before one: "at 7pm at the request of ..." names none).
const AFTER_CLOCK = /\d(?:[.:]\d{2}\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?)$/i;
const NAMED_PLACE = /^(?:the\s)?\p{Lu}/u;

// "The Woodmead Hall, Lyme Regis, commencing 19:00 hrs.": the clause that says when the meeting began follows the place.
// ("Flat 6, starting": the clause's word left alone where the held-at pattern stopped before the time.)
const TIME_CLAUSE = /\s(?:commencing|starting)\b/i;

function beforeTimeClause(place: string): string {
  const m = TIME_CLAUSE.exec(place);
  return m ? trimEndOf(place.slice(0, m.index), ',') : place;
}

// "Held at Flat 14, starting at 7.00 pm": a line of its own that opens with the words.
const HELD_AT_OPENING = /^held\s(?:at|in)\s/i;
const LEADING_ARTICLE = /^(?:the|THE|The)(?:\s|$)/;

// "at the Fellowship Hall, 12 Oak Road on May 11, 2021": the date the sentence goes on to after the place, which the
// held-at pattern stops before only when it opens with a day's number.
// (" on Tuesday, ": the words before the date that are the date's.)
const DATE_LEAD = /,?\s(?:on\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?$/i;
function beforeHeldDate(place: string): string {
  const date = findDates(place)[0];
  if (!date || date.index === 0) return place;
  const before = place.slice(0, date.index);
  return trimEndOf(before.replace(DATE_LEAD, '').trimEnd(), ',');
}

// "Fellowship Hall of Grace Church (formerly the Old Mill Chapel)": an aside in brackets, opening in small letters, is
// about the place, no part of its name ("(Room 4)" keeps).
const LOWER_ASIDE = /\s?\((?=\p{Ll})[^()]{0,80}\)/gu;
const withoutAside = (place: string) => (place.includes('(') ? place.replace(LOWER_ASIDE, '') : place);

// "the home of Sandy Vukonich", "home of member Tina": a member's house, where small clubs meet.
const HOME_OF = /^(?:[Tt]he\s)?[Hh]ome\sof\s(?:\p{Ll}+\s)?\p{Lu}/u;

// A title that ends with "held on <day> <date>": its sentence may wrap before the place (the year closes it, and
// "held" stands in its last words).
const YEAR_END = /\b(?:19|20)\d\d$/;
const HELD_WORD = /\bheld\s/i;
const HELD_REACH = 40;
const endsHeldOnDate = (title: string): boolean => YEAR_END.test(title) && HELD_WORD.test(title.slice(-HELD_REACH));

// How many times "in" or "at" is tried after the date for the place.
const MAX_PLACE_WORD_TRIES = 3;

// ("7:30 –9:00 pm RSA Wairaka Rd": the meeting's times, from and to, then the place.)
const LEADING_TIME = /^(?:\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?\s?[-–—]\s?)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+(?=\p{Lu})/iu;
// "Town Hall 6pm", "Western Isles Hospital 6.30 pm": a time closing the place's part.
const TRAILING_TIME = /(?<=\S)\s+\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?$/i;
const withoutTrailingTime = (part: string) => part.replace(TRAILING_TIME, '');

// "7.30 pm in St Andrew's Hall": a time, then where ("at 9.30 a.m. in Athlumney House", under a title dated "held on ...").
const TIME_THEN_PLACE = /^(?:at\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?=(?:in|at)\s)/i;

// A house number opening the place or a part of it ("33/9 Harbour View", "Acme House, 2 Alpha Court", "Spacecubed at 45
// St Georges Terrace"), or a UK postcode.
const ADDRESS = /(?:^|,\s?|\sat\s)\d{1,4}[a-z]?(?:\/\d{1,4}[a-z]?)?\s\p{Lu}|\b\p{Lu}{1,2}\d[\p{Lu}\d]?\s?\d\p{Lu}{2}\b/u;

/** A place word ("Village Hall", "Zoom") or an address names a place. */
export const namesPlace = (text: string) => VENUE_WORD.test(text) || ADDRESS.test(text);

const withoutLeadingTime = (part: string) => part.replace(LEADING_TIME, '');

// "1 Mill Street (5:00 p.m.)": the meeting's time in brackets after its place, as a board's header gives both on one line.
const TRAILING_CLOCK = /\s\((?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)\)$/i;
const withoutTrailingClock = (part: string) => (part.endsWith(')') ? part.replace(TRAILING_CLOCK, '') : part);

// A place's part is short: a longer one is some other line run together.
const MAX_PLACE_PART = 60;

// "990 Palm Street": a building's number, then its street in capitalised words.
const STREET_PART = /^\d{1,5}[A-Za-z]?\s\p{Lu}[\p{L}.]*\s\p{Lu}/u;

/** Neither a date nor a time in the text: a place's part states no when. */
const statesNoWhen = (text: string) => findDates(text).length === 0 && findTimes(text) === null;

/**
 * "... Board Meeting in Public Tuesday 25 April 2017 10:15 – 12:30 The ARK Conference Centre": a flattened heading's title,
 * date and times, then the place; the words after the last of them, where they start with a capital.
 */
function afterDateAndTime(part: string): string {
  const dates = findDates(part);
  const times = findTimes(part);
  const lastDate = dates[dates.length - 1];
  const end = Math.max(lastDate ? lastDate.index + lastDate.length : 0, times ? times.index + times.length : 0);
  if (end === 0) return part;
  // ("... at 9:30am in Conference Room 5": the preposition before the place is no part of it.)
  const rest = withoutPlacePreposition(part.slice(end).trim());
  // (A short run of words, as a place's part is: a line run together after the date is no place.)
  const placeLike = rest.length <= MAX_PLACE_PART && !/\s\s|\t/.test(rest) && !NOT_VENUE.test(rest);
  return placeLike && isUpperAt(rest, 0) && statesNoWhen(rest) ? rest : part;
}

// A sentence's end: a stop after a word of three letters or more ("Maryland. Dr. Jordan"; not "Dr." nor "St.").
const SENTENCE_STOP = /(?<=\p{Ll}{3})\.\s(?=\p{Lu})/u;

/** The line up to its first sentence's end, when it runs on into another sentence. */
function firstSentence(text: string): string {
  const stop = text.length > 80 ? SENTENCE_STOP.exec(text) : null;
  return stop ? text.slice(0, stop.index) : text;
}

// "February 6, 2007 in the City Council Chambers": the date's year, left by the comma before it, then where.
const YEAR_LEAD = /^(?:19|20)\d\d\s(?=(?:in|at)\s)/;
const withoutYearLead = (part: string) => part.replace(YEAR_LEAD, '');

/** "at the Hyatt Regency Hotel" -> "Hyatt Regency Hotel": the preposition before a place after the date's comma. */
const withoutPlacePreposition = (part: string): string => part.replace(/^(?:at|in)\s(?:the\s)?(?=\p{Lu})/u, '');

/** "Monday 8 December 2014 Roscoe Room": the date the line opens with is no part of the place written after it. */
function withoutLeadingDate(part: string): string {
  const date = isDigitAt(part, 0) || isUpperAt(part, 0) ? findDates(part)[0] : undefined;
  // ("Monday" before the date is the date's too.)
  const opens = date !== undefined && WEEKDAY_BEFORE.test(part.slice(0, date.index).trim());
  const rest = opens ? part.slice(date.index + date.length).trim() : '';
  return isUpperAt(rest, 0) ? rest : part;
}

// "Weatherspoons Crook at 10am": the time the field's value closes with is no part of the place.
const AT_TIME_END = /(?<=\S)\s+at\s+\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?$/i;

/** "Venue: Virtual Meeting, Microsoft Teams": the venue's field. */
export const isVenueField = (text: string): boolean => VENUE_LABEL.test(text) || VENUE_DASH.test(text);

// Words of a clause, which no place's name has ("... will be webcast, which means ...").
const CLAUSE_WORD = /\b(?:will|would|can|could|should|is|are|was|were|be|been|which)\b/i;
const IN_PUBLIC = /\bheld\s+in\s+(?:public|private|camera)\b/i;
// "Meeting at the Civic Hall on 3rd April": a meeting at a named place says where it was held.
// (Cased by hand: under the i flag \p{Lu} takes small letters too, and "the next meeting at the request of the owner" names
// no place.)
const MEETING_AT = /\b(?:[Mm]eeting|MEETING)\s+(?=(?:at|in|At|In|AT|IN)\s+(?:the|The|THE)\s+\p{Lu})/u;
const withHeld = (text: string) => text.replace(MEETING_AT, 'meeting held ');
// "the Board's review", "the Ombudsman's inquiry": an owner's word then a common noun names an activity, not a building.
const ABSTRACT_GENITIVE = /\p{L}['’]s\s\p{Ll}/u;

// The longest place a line opening with "at" or "in" (no "held") gives: a building, a room, a street and a town.
const MAX_OPENER_PLACE = 100;

export function venueOf(content: Line[], titleLine: Line | null, title: string | null, body: string | null): string | null {
  // "HELD IN PUBLIC on 26 September at The Boardroom": in public says how, not where; the place comes later.
  const placed = title && IN_PUBLIC.test(title) ? title.replace(IN_PUBLIC, 'held') : title && withHeld(title);
  const direct = placed ? HELD.exec(placed) : null;
  const found = placed ? ((direct && !TIME_ONLY.test(direct[1]!.trim()) ? direct : null) ?? placeAfterHeldOn(placed)) : null;
  // "Report on the meeting in the European Ombudsman's strategic inquiry": a meeting in someone's work, not in a place.
  const held = found && !/\bheld\b/i.test(title!) && ABSTRACT_GENITIVE.test(found[1]!) && !namesPlace(found[1]!) ? null : found;
  // "held at 7.30pm in the Millennium Hall": the time before the place is not part of it.
  if (held) return placeGoingOn(beforeCapitalHeading(held[1]!.trim().replace(/[.,;]$/, '').replace(TIME_BEFORE_PLACE, ''))!, content, lastTitleLine(content, titleLine, title!));
  const ending = title ? placeEndingTitle(title) : null;
  if (ending) return ending;
  // "HELD AT THE CHURCH", "at Wereham village hall at 7.30pm", a second title line "... held on 10 May in the Village Hall".
  // ("7.30 pm in St Andrew's Hall.": the time before where, on the line under the date.)
  for (const l of content.slice(0, 6)) {
    const tidied = tidy(l.text);
    // ("Wednesday 4th June 2025 @ 19:00 in Fernhill Community Centre": the date and the time before where, on one line.)
    const t = withHeld(placeAfterDateAndTime(tidied) ?? tidied.replace(TIME_THEN_PLACE, ''));
    if (l === titleLine) continue;
    const found = /^(?:at|in)\s/i.test(t) ? HELD.exec(`held ${t}`) : /\bheld\s/i.test(t) ? (HELD.exec(t) ?? placeAfterHeldOn(t)) : null;
    // "at the James Bradfield School. The meeting was chaired by ...": the place ends with its sentence.
    // ("was held at 7:00 p.m. at Oak School": the time before the place; "at Flat 6, starting at 7.30 pm": the clause after it.)
    const said = found?.[1] ? beforeTimeClause(beforeNextSentence(found[1].trim()).replace(TIME_BEFORE_PLACE, '')) : undefined;
    const place = beforeCapitalHeading(said === undefined ? undefined : withoutAside(beforeHeldDate(said)).replace(/[.,;]$/, ''));
    // ("Meetings held in County Hall will be webcast, which means ...": a notice's sentence, no place.)
    // ("Held at the Ocean Grove Bowling Club on 16 April 2018": a club's name is where it was held, said so.)
    // ("Minutes of the Annual General Meeting held on Monday 29 April 2002" over "at AMTeC, The Foundry, Chatham Dockyard":
    // the title's sentence wrapped before its place, which is read as the title's own "held ... at" place would be.)
    const wrapsTitle = place !== undefined && titleLine !== null && l.index === titleLine.index + 1 && /^at\s/i.test(t) && endsHeldOnDate(title ?? '');
    // ("Held at Flat 14", "Held at Elmfield Surgery at 2:30pm": a line that opens by saying where names the place, whatever its words.)
    // ("HELD AT THE" / "HELD AT THE Council" over the rest of a template's place: the article or a body's word, no place.)
    const named = place?.replace(LEADING_ARTICLE, '') ?? '';
    const saidHeldAt = HELD_AT_OPENING.test(t) && /^\p{Lu}/u.test(named) && !BODY_NAME.test(named) && named.length <= MAX_PLACE_PART;
    // ("In correspondence the Clerk informed the board that the culvert on Hewitt Road ...": a sentence that opens with "In"
    // runs on far past a place's length.)
    const sentenceNoPlace = place !== undefined && place.length > MAX_OPENER_PLACE && !/\bheld\s/i.test(t);
    if (place && !sentenceNoPlace && (namesPlace(place) || HOME_OF.test(place) || (/\bheld\s/i.test(t) && HOSTING_PLACE.test(place)) || wrapsTitle || saidHeldAt) && findDates(place).length === 0 && !CLAUSE_WORD.test(place)) return placeGoingOn(place, content, l);
  }
  const wrappedHeld = placeHeldAtWrapped(content.slice(0, 12));
  if (wrappedHeld) return wrappedHeld;
  for (const l of content) {
    // "- Location: Larch Hall": a page's field written as a bullet.
    const unbulleted = withoutBulletMark(l.text.trimStart());
    const labelled = VENUE_LABEL.exec(unbulleted) ?? VENUE_DASH.exec(unbulleted) ?? venueFieldInLine(l.text);
    // ("Location: Time: 1:00-3:00pm": the place's value lost, the next field straight after the label.)
    const place = labelled ? withoutDirectionsLink(withoutRunOnFields(labelled[1]!.trim().replace(AT_TIME_END, ''))) : '';
    if (place) return place;
  }
  // "... was held on April 15, 2010 at Kellogg Community Federal CU, Battle Creek, Michigan": a name in capitals straight after
  // the date the meeting was held on, though no place word says it is a place.
  const namedAfterDate = [title ?? '', ...content.filter((l) => !l.blank).slice(0, 6).map((l) => l.text)].map(namedPlaceAfterHeldDate).find(Boolean);
  if (namedAfterDate) return namedAfterDate;
  // "Held on 13th January 2022 via Microsoft Teams", "Held virtually over Zoom": the call's platform is where it was held.
  for (const l of content.slice(0, 6)) {
    const online = /\bheld\b/i.test(l.text) ? ONLINE_PLATFORM.exec(l.text) : null;
    if (online) return online[1]!;
  }
  for (let k = 0; k < content.length; k++) {
    // "Venue Apex Court", or "Venue" alone with the place on the next line: a header table flattened.
    // "- Location" / "- Portland House, Glasgow": a page's fields listed as bullets, the label above its value.
    const text = isListed(content[k]!.text) && isListed(content[k + 1]?.text ?? '') ? withoutBulletMark(content[k]!.text.trimStart()) : content[k]!.text;
    const alone = VENUE_ALONE.has(text.toLowerCase());
    const stacked = alone ? valueBelowStackedLabels(content, k) : null;
    const below = stacked ?? (text === content[k]!.text ? content[k + 1]?.text : withoutBulletMark(content[k + 1]?.text.trimStart() ?? ''));
    const field = unlabelledVenueField(alone ? `Venue ${below ?? ''}` : text);
    if (field) return alone ? [field, ...addressLinesAfter(content, k + 2)].join(', ') : field;
  }
  // "Minutes of meeting on 5 July 2012, City Hall, 2pm-4pm", "14:00 - 16:00, Room 3.1, City Hall": the parts of a
  // dated or timed line that name a place, from the first with a place word to the next date or time.
  // (Under a title that a web page's links pushed down, the lines under the title too.)
  const fromTitle = titleLine ? content.indexOf(titleLine) : -1;
  const opening = fromTitle < 4 ? content.slice(0, 4) : [...content.slice(0, 4), ...content.slice(fromTitle, fromTitle + 4)];
  for (const l of opening) {
    if (!l.text.includes(',') || statesNoWhen(l.text)) continue;
    // "7.30pm Northwold Village Hall": the time before the place is not part of it.
    // ("Executive Meeting: Committee Room 2, Civic Centre, ...": the meeting's name before a colon is no part of the place.)
    // ("Committee Room, Town Hall 6pm": the time after the place is no part of it either.)
    // ("... at 8:30 A.M. on January 27, 1992, at the Hyatt Regency Hotel, Bethesda, Maryland. Dr. Elke Jordan, Deputy Director
    // of the National Center ...": the opening sentence's place, not the next sentence's.)
    const parts = firstSentence(withoutStamp(l.text)).split(',').map((part) => withoutPlacePreposition(withoutYearLead(afterDateAndTime(withoutTrailingTime(withoutMeetingLabel(withoutLeadingTime(withoutLeadingDate(part.trim()))))))));
    const isPlace = (part: string) => isPlacePart(part) && statesNoWhen(part);
    const first = parts.findIndex((part) => VENUE_WORD.test(part) && isPlace(part));
    if (first === -1) continue;
    let last = first;
    // A long part gains nothing after it.
    // ("Council Hearing Room, 990 Palm Street, San Luis Obispo": the building's number and street go on with the place.)
    // ("Town Hall, Council Chambers, ROLL CALL Present: ...": a heading in capitals or a field run on after the place.)
    const inCapitals = parts[first] === parts[first]!.toUpperCase();
    const runOn = (part: string) => part.includes(':') || (!inCapitals && /^\p{Lu}{2,}\s\p{Lu}{2,}/u.test(part));
    const goesOn = (part: string) => !runOn(part) && (isPlace(part) || (STREET_PART.test(part) && statesNoWhen(part)));
    while (parts[first]!.length <= MAX_PLACE_PART && last + 1 < parts.length && parts[last + 1]!.length <= MAX_PLACE_PART && goesOn(parts[last + 1]!)) last++;
    // "Classroom, Education Unit, Western Isles Hospital": a unit of the building named last, between two places.
    let building = -1;
    for (let k = last + 1; k < parts.length; k++) if (parts[k]!.length <= MAX_PLACE_PART && HOSTING_PLACE.test(parts[k]!) && isPlace(parts[k]!)) building = k;
    if (parts[first]!.length <= MAX_PLACE_PART && building > last && parts.slice(last + 1, building).every((part) => part.length <= MAX_PLACE_PART && /^\p{Lu}/u.test(part) && findDates(part).length === 0)) last = building;
    return parts.slice(first, last + 1).join(', ').replace(/\.$/, '');
  }
  for (const l of content.slice(0, 4)) {
    const place = placeBetweenDashes(l.text);
    if (place) return place;
  }
  const parts: string[] = [];
  for (const l of content) {
    if (l === titleLine || l.heading === 1 || startsWithBullet(l.text)) continue;
    // ("9:00a.m. Library Meeting Room": the time the meeting began, then the place, on the line under the date.)
    const t = withoutTrailingClock(withoutLeadingTime(withoutPlaceStop(tidy(l.text)).replace(REMOTE_TAIL, '')));
    if (body && t.toLowerCase() === body.toLowerCase()) continue;
    if (title?.toLowerCase().includes(t.toLowerCase())) continue;
    // An address under the title may run longer than a building's name: "Acme House, 14 Mill Street, Worcester WR1 2AQ".
    // (One above the title is the letterhead's.)
    // ("Penn Chamber, Brook District Council, Brook House, Rickmansworth": a room, its building and town, parted by commas.)
    const longest = (ADDRESS.test(t) || placeByParts(t)) && (!titleLine || l.index > titleLine.index) ? 100 : 60;
    // ("ON" alone: a centred title's word between the place and the date, no part of either.)
    if (t.length > longest || t.split(' ').length > longest / 7.5 || NOT_VENUE.test(t) || !opensPlace(t) || t.endsWith(':') || LONE_PREPOSITION.test(t)) continue;
    // A body's name ("Policy & Resources Committee") or a labelled field ("Time: 15:15 UTC") is no place.
    // ("Doug (DL) - Chairman": a person of a list under the title, no place.)
    if ((BODY_NAME.test(t) && (!namesVenueWord(t) || endsWithBodyWord(t))) || FIELD_LABEL.test(t) || opensWithInitialledName(t)) continue;
    // "MAYOR OF LONDON": a letterhead in capitals, not a place (a place in capitals names one: "CITY HALL").
    if (isLetterhead(t)) continue;
    if (findDates(t).length > 0 || findTimes(t) !== null) continue;
    // ("Whitehorse Community Centre, Level 1 Conference Room," over "79 Mahoneys Road": the comma that ran on to the next line.)
    parts.push(trimEndOf(t, ",;"));
  }
  // A venue takes a line or three (building, room, town), one of them naming a place ("City Hall", "Room 4");
  // more candidates, or none with a place word, means the lines are something else.
  return parts.length && parts.length <= 3 && parts.some(namesPlace) ? parts.join(', ') : placeOfOpeningSentence(content);
}

// "The meeting was called to order at 3:00 PM in the LaSells Stewart Center by President ...", "The meeting took place on
// 18 November 2024, at The Woodlawns Centre.": the sentence that opens the meeting says where.
const MEETING_OPENED = /\bmeeting\s(?:took\splace|was\sheld|convened)\b/i;
// ("President Keen called University Senate Meeting 400 to order ...": the meeting's name between the words.)
const CALLED_TO_ORDER_REACH = 60;
// The place runs to the next clause: who called the meeting, when, a comma or the sentence's end.
const PLACE_END = /(?<=\S)\s+(?:by|on|with|and|for|to)\s|(?<=\S)\s+at\s+\d|[,;]\s|\.(?:\s|$)|[,;.]$/;
const OPENING_REACH = 30;

/** Where the words that open the meeting ("called ... to order", "the meeting took place") end in the line, or -1. */
function openingEnd(text: string): number {
  const lower = text.toLowerCase();
  const called = lower.indexOf('called ');
  const toOrder = called === -1 ? -1 : lower.indexOf(' to order', called);
  if (toOrder !== -1 && toOrder - called <= CALLED_TO_ORDER_REACH) return toOrder + ' to order'.length;
  return heldOrMetEnd(text);
}

/** Where "the meeting was held", "the board met" and the like end in the line, or -1. */
function heldOrMetEnd(text: string): number {
  const opened = MEETING_OPENED.exec(text);
  if (opened) return opened.index + opened[0].length;
  const met = BODY_MET.exec(text);
  if (met) return met.index + met[0].length;
  return meetingWasHeldEnd(text.toLowerCase());
}

// "The Tolland County Drainage Board met on Tuesday, ... in the City Council Chambers": the body met, where it says next.
const BODY_MET = /\b(?:board|council|committee|commission|district|trustees|directors|members|association|authority|company|corporation)\s+met\b/i;
// "The annual meeting of the Members of Pine Ridge Water Company, a California corporation, was held at ...": the meeting's
// name between "meeting" and "was held", a few words of it.
const MEETING_NAME_REACH = 160;

/** Where "was held" ends, when "meeting" comes shortly before it in the line, or -1. */
function meetingWasHeldEnd(lower: string): number {
  const held = lower.indexOf(' was held ');
  if (held === -1) return -1;
  const meeting = lower.lastIndexOf('meeting', held);
  return meeting !== -1 && held - meeting <= MEETING_NAME_REACH ? held + ' was held'.length : -1;
}

function placeOfOpeningSentence(content: Line[]): string | null {
  for (const l of content.slice(0, OPENING_REACH)) {
    const opensAt = openingEnd(l.text);
    if (opensAt === -1) continue;
    // ("Meeting was held in the Art room of the Bay School and was called to order at 7:32 p.m.": where, said before the
    // words that open the meeting.)
    const heldAt = heldOrMetEnd(l.text);
    const after = l.text.slice(heldAt !== -1 && heldAt < opensAt ? heldAt : opensAt);
    for (const prep of after.matchAll(/\s(?:in|at|In|At|IN|AT)\s+((?:the|The)\s+)?/g)) {
      const rest = after.slice(prep.index + prep[0].length);
      const end = rest.search(PLACE_END);
      const place = (end === -1 ? rest : rest.slice(0, end)).trim();
      // ("met ... in the Fenwick Ambulance Barn.": "the" before a name in capitals says a place, whatever it is called.)
      const named = prep[1] !== undefined && /^\p{Lu}/u.test(place) && !BODY_NAME.test(place);
      if (place.length <= MAX_PLACE_PART && ((/^[\p{Lu}\d]/u.test(place) && namesPlace(place)) || HOME_OF.test(place) || named) && statesNoWhen(place)) {
        return withTownParts(place, end === -1 ? '' : rest.slice(end));
      }
    }
  }
  return null;
}

// ", Redfield, Texas." after "2210 Levee St": the town and the state a place goes on with, a few capitalised words a part.
// (", 410 Lake Parkway": the street's number before its name.)
const TOWN_PART = /^,\s((?:\d{1,5}\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}{2}\s\d{5})(?=[,.;]|$)/u;
const MAX_TOWN_PARTS = 3;

/** The place with the town parts the sentence goes on with after it ("2210 Levee St" + ", River Bend."). */
function withTownParts(place: string, after: string): string {
  let out = place;
  let rest = after;
  const inCapitals = place === place.toUpperCase();
  for (let k = 0; k < MAX_TOWN_PARTS; k++) {
    const m = TOWN_PART.exec(rest);
    // ("Muskego City Hall, Council Chambers, ROLL CALL Present: ...": a heading in capitals after a place that is not.)
    if (!m || (!inCapitals && !/\d/.test(m[1]!) && m[1] === m[1]!.toUpperCase())) break;
    out += `, ${trimEndOf(m[1]!, '.')}`;
    rest = rest.slice(m[0].length);
  }
  return out;
}

// A place's name at the end of a title is short.
const MAX_PLACE_WORDS = 6;

/** "MINUTES of Cricket AGM 8pm 14 Feb 2017 at The Hut": a dated or timed title that ends with where, after "at". */
function placeEndingTitle(title: string): string | null {
  const at = title.lastIndexOf(' at ');
  if (at <= 0) return null;
  const place = title.slice(at + 4).trim().replace(/\.$/, '');
  const before = title.slice(0, at);
  if (!(/^\p{Lu}/u.test(place) || ADDRESS.test(place)) || place.split(' ').length > MAX_PLACE_WORDS || !statesNoWhen(place)) return null;
  // ("... 5 May 2020 at Northwold Parish Council": a body where a place was meant is no venue to read.)
  if (BODY_NAME.test(place) && !VENUE_WORD.test(place)) return null;
  return statesNoWhen(before) ? null : place;
}

const MIN_PLACE_PARTS = 3;

/** "Penn Chamber, Brook District Council, Brook House, Rickmansworth": three capitalised parts or more, the first a place's. */
function placeByParts(text: string): boolean {
  const parts = text.split(', ');
  return parts.length >= MIN_PLACE_PARTS && VENUE_WORD.test(parts[0]!) && parts.every((p) => /^\p{Lu}/u.test(p));
}

// "Council Office, 3 The Strand, Auckland and by teleconference": those who joined from afar are no part of the place.
const REMOTE_TAIL = /(?<=\S)\s+and\s+(?:(?:by|via|on)\s+(?:teleconference|video[\s-]?conference|video\s+link|telephone|phone|zoom|(?:microsoft\s+)?teams)|online|virtually|remotely)$/i;

const ONLINE_PLATFORM = /\b(?:via|over|on|using)\s+((?:microsoft\s+|ms\s+)?teams|zoom|skype|webex|google\s+meet|gotomeeting|bluejeans|jitsi)\b/i;

/** "Executive Meeting: Committee Room 2" -> "Committee Room 2". */
function withoutMeetingLabel(part: string): string {
  const colon = part.indexOf(': ');
  return colon > 0 && colon <= MAX_MEETING_LABEL && /\bmeeting$/i.test(part.slice(0, colon)) ? part.slice(colon + 2) : part;
}

const MAX_MEETING_LABEL = 40;

/** "The Old Customs House Inn, Chester.": a place's line in capitalised words keeps no full stop; a sentence keeps its own. */
function withoutPlaceStop(text: string): string {
  if (!text.endsWith('.') || text.endsWith('..')) return text;
  const words = text.slice(0, -1).split(/[\s,]+/).filter(Boolean);
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_LINKING_WORDS.has(w)) ? text.slice(0, -1) : text;
}

/** A part of a line that may name a place: capitalised, and no body ("Committee Room 2" is a place; "Planning Committee" is a body). */
// "428 Library", "325 Graff Main Hall": a room's number before the building's name, as campus minutes write the place.
const ROOM_NUMBER_FIRST = /^\d{1,4}[A-Za-z]?\s\p{Lu}/u;
/** A place's line opens with a capital, or with a room's number before a building named by a place word. */
const opensPlace = (line: string) => /^\p{Lu}/u.test(line) || (ROOM_NUMBER_FIRST.test(line) && VENUE_WORD.test(line));
// ("City Council Chambers": the council's room, named after the body, ends with the room's word.)
const CHAMBERS_END = /\b[Cc]hambers?$|\bCHAMBERS?$/;
const isPlacePart = (part: string) => /^\p{Lu}/u.test(part) && (!BODY_NAME.test(part) || ROOM.test(part) || CHAMBERS_END.test(part));

const DASH_PARTING = /\s[-–—]\s/;
const MAX_DASHED_LINE = 200;

/**
 * "26.09.23 Briefing room – Harrogate Police Station 08:30 – 12:00", "15th December 2016 - WebEx - meeting minutes": a
 * dated or timed line parted by dashes, the place in the parts between the date and the time.
 */
function placeBetweenDashes(text: string): string | null {
  // A header's dated line is short; a long one (a page flattened into one line) holds no such parts, and cutting each of
  // its many dates out would take time growing with the square of its length.
  if (text.length > MAX_DASHED_LINE || !DASH_PARTING.test(text)) return null;
  const stamps = [...findDates(text)];
  const time = findTimes(text);
  if (time) stamps.push({ iso: '', yearInferred: false, index: time.index, length: time.length });
  if (stamps.length === 0) return null;
  let rest = text;
  // Each date and time becomes a parting of its own (same length, so the others' places hold).
  for (const s of stamps) if (s.length >= 3) rest = `${rest.slice(0, s.index)}${' - '.padEnd(s.length, ' ')}${rest.slice(s.index + s.length)}`;
  const parts = rest.split(DASH_PARTING).map((part) => part.trim()).filter(Boolean);
  const isPlace = (part: string) => isPlacePart(part) && part.length <= MAX_PLACE_PART && !NOT_VENUE.test(part);
  const first = parts.findIndex((part) => isPlace(part) && namesPlace(part));
  if (first === -1) return null;
  let last = first;
  while (last + 1 < parts.length && isPlace(parts[last + 1]!)) last++;
  const from = text.indexOf(parts[first]!);
  const to = text.indexOf(parts[last]!, from) + parts[last]!.length;
  return from === -1 || to < from ? null : text.slice(from, to);
}

const DATE_FIELD_INSIDE = /\s(?:Date|DATE)\s?:\s/;

/** "Date: 12 March 2019 Time: 10:00 Venue: City Hall": header fields run together on one line, the venue last. */
function venueFieldInLine(text: string): RegExpExecArray | null {
  // ("Council Minutes Date: 18 January 2017 ... Location: ...": the fields may run on after the title.)
  if (!FIELD_LABEL.test(text) && !DATE_FIELD_INSIDE.test(text)) return null;
  const lower = text.toLowerCase();
  const at = Math.max(lower.lastIndexOf(' venue:'), lower.lastIndexOf(' location:'));
  return at > 0 ? VENUE_LABEL.exec(text.slice(at + 1)) : null;
}

// "150 Frederick St, Kitchener Time: 12:00pm 2:00pm": a header table flattened, the next field's label run on after the place.
const NEXT_FIELD = /\s(?:time|date|chair(?:person)?|present|attendance|attendees|regrets|apologies)\s?:(?:\s|$)/i;

/**
 * "9:30 a.m. to 11:30 a.m. Barrie Public Library": the value of a field labelled for both the time and the place
 * ("MEETING TIME LOCATION:") gives the times first; and a field run on after the place is no part of it.
 */
function withoutRunOnFields(value: string): string {
  const next = NEXT_FIELD.exec(` ${value}`);
  if (next?.index === 0) return '';
  const place = next ? value.slice(0, next.index - 1) : value;
  const times = findTimes(place);
  const rest = times?.index === 0 ? place.slice(times.length).trim() : '';
  return isUpperAt(rest, 0) ? rest : place;
}

/** "Council Chamber, Kendal. View directions": a council web page's link after the place is no part of it. */
function withoutDirectionsLink(place: string): string {
  return place.endsWith('View directions') ? trimEndOf(place.slice(0, -'View directions'.length), '.') : place;
}

/**
 * "in the Council Chambers PRAYERS Councillor Hannah led ...": a page flattened into one paragraph, the next heading in
 * capitals run on after the place. The place up to the first word in capitals after one in small letters.
 */
function beforeCapitalHeading(place: string | undefined): string | undefined {
  if (!place) return place;
  const words = place.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    // (A heading's word of six letters or more: "NR18", "17B" and "IISER" are a postcode, a number and an acronym.)
    if (w.length >= 6 && isCapitalsOnly(w) && words[k - 1] !== words[k - 1]!.toUpperCase()) return words.slice(0, k).join(' ');
  }
  return place;
}

/** "PRAYERS": capital letters and nothing else. */
function isCapitalsOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * "HELD AT THE" / "Council Chamber, Memorial Avenue, Kaikohe" / "ON" / "Tuesday, 10 March 2020 AT 1:00 pm": a heading's
 * template set one phrase a line, the place between "held at the" and "on", the words "held at the" may end a line
 * with the place's first word after them ("HELD AT THE Council" / "Chamber, ...").
 */
function placeHeldAtWrapped(lines: Line[]): string | null {
  for (let k = 0; k + 1 < lines.length; k++) {
    const lower = lines[k]!.text.toLowerCase();
    // (The template's line opens with the words: "HELD AT THE COUNCIL CHAMBERS, FAIRLIE" over "ON TUESDAY, ...".)
    if (!lower.startsWith('held at the')) continue;
    const head = lines[k]!.text.slice(11).trim();
    const parts = head ? [head] : [];
    for (let j = k + 1; j < Math.min(lines.length, k + 4); j++) {
      const t = lines[j]!.text.trim();
      const low = t.toLowerCase();
      if (low === 'on' || low.startsWith('on ')) {
        const place = parts.join(' ').replace(/[.,;]$/, '');
        return parts.length && namesPlace(place) && findDates(place).length === 0 ? place : null;
      }
      parts.push(t);
    }
    return null;
  }
  return null;
}

// ("Place:" alone over its value: a committee page's fields, each label on the line above.)
const VENUE_ALONE = new Set(['venue', 'location', 'venue:', 'location:', 'place:', 'meeting venue', 'meeting location', 'meeting venue:', 'meeting location:', 'meeting place:']);

// A form's field label alone on its line ("Date:", "Time:", "Location:").
const FIELD_LABEL_ALONE = /^(?:meeting\s+)?(?:date|time|venue|location|place)\s?:$/i;

/**
 * "Date:" / "Time:" / "Location:" / "Thursday, June 15, 2023" / "7 p.m." / "Holland Room, Town Hall": a header table's label
 * column written above its value column, the labels stacked, then the values in the same order. The value of the label at
 * `k`, or null where it is no run of labels (one label alone has its value on the next line).
 */
function valueBelowStackedLabels(content: Line[], k: number): string | null {
  const isLabel = (line: Line | undefined) => line !== undefined && !line.blank && FIELD_LABEL_ALONE.test(line.text.trim());
  let first = k;
  while (isLabel(content[first - 1])) first--;
  let last = k;
  while (isLabel(content[last + 1])) last++;
  if (first === last) return null;
  // The (k - first)th filled line below the labels.
  for (let j = last + 1, wanted = k - first; j < content.length; j++) if (!content[j]!.blank && wanted-- === 0) return content[j]!.text.trim();
  return null;
}

/** "Venue Apex Court": a field of a header table flattened with a space for the column, no colon. */
// "Baden, Ontario": a town and its province or county; "N3A 1A1": a Canadian postal code.
const TOWN_AND_REGION = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2},\s\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?$/u;
const CANADIAN_POSTCODE = /^\p{Lu}\d\p{Lu}\s?\d\p{Lu}\d$/u;
// The lines of an address a field's value runs on to.
const MAX_ADDRESS_LINES = 3;

/**
 * "Location:" / "Council Chambers" / "60 Snyder's Road West" / "Baden, Ontario" / "N3A 1A1": the lines under the place's first
 * line that go on with its address (a street, a town and region, a postal code), up to a blank line or the next field.
 */
/** The last line a title wrapped over ("MINUTES OF THE BOARD MEETING" / "HELD ON ..., IN THE TE KOWHAI ROOM,"). */
function lastTitleLine(content: Line[], titleLine: Line | null, title: string): Line | null {
  if (!titleLine) return null;
  const at = content.indexOf(titleLine);
  let last = titleLine;
  for (let k = at + 1; k < Math.min(content.length, at + 3) && title.includes(tidy(content[k]!.text)) && content[k]!.text.trim() !== ''; k++) last = content[k]!;
  return last;
}

// The words a wrapped heading's next line opens with when it says when, not where.
const WHEN_OPENING = /^(?:on|at|commencing|from|held|starting)\b/i;

/**
 * "HELD IN THE COUNCIL CHAMBER," over "CIVIC PLACE, 1 ELM STREET, ELMTON" and "ON WEDNESDAY ...": a place whose line
 * ends with a comma goes on on the next line, a building, street or town, until the line that says when.
 */
function placeGoingOn(place: string, content: Line[], line: Line | null): string {
  if (!line?.text.trimEnd().endsWith(',')) return place;
  const next = content[content.indexOf(line) + 1];
  const t = next && !next.blank ? next.text.trim().replace(/[.,;]$/, '') : '';
  const goesOn = t !== '' && t.length <= 80 && !t.includes(':') && /^\p{Lu}/u.test(t) && !WHEN_OPENING.test(t) && findDates(t).length === 0;
  return goesOn && (ADDRESS.test(t) || TOWN_AND_REGION.test(t) || VENUE_WORD.test(t)) ? `${place}, ${t}` : place;
}

function addressLinesAfter(content: Line[], from: number): string[] {
  const lines: string[] = [];
  for (let k = from; k < content.length && lines.length < MAX_ADDRESS_LINES; k++) {
    const t = content[k]!.text.trim();
    if (content[k]!.blank || t.includes(':') || t.length > 60 || !(ADDRESS.test(t) || TOWN_AND_REGION.test(t) || CANADIAN_POSTCODE.test(t))) break;
    lines.push(t);
  }
  return lines;
}

function unlabelledVenueField(text: string): string | null {
  const label = text.startsWith('Venue ') ? 6 : text.startsWith('Location ') ? 9 : 0;
  const place = label ? text.slice(label).trim() : '';
  return place && place.length <= 80 && /^\p{Lu}/u.test(place) && !place.includes(':') && !place.endsWith('.') ? place : null;
}

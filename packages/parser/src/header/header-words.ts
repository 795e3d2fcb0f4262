import { collapseSpaces } from '../text/clean.js';
import { startsWithBullet } from '../text/bullets.js';

// Words and patterns the header's readers share: titles, "held at", list labels, approval stamps, bodies' and places' names.

export const TITLE = /\bminutes\b|\bminute of\b|\bmeeting notes\b|\bnotes? of\b|^notes from the\s|\bmeeting\b|\baction notes?\b|\bsummary of (?:the )?discussions?\b/i;

// The place ends before a day, a date, a time or the end; only a place that starts with white space can end in it.
// ("held at Spacecubed at 45 St Georges Terrace": a number before a capitalised street is the address, no time.)
export const HELD =
  /\bheld\s+(?:at|in)\s+(\S.*?(?=(?<!\s)(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?:and\s+)?(?:during|chaired)\s|\s+on\s+(?:the\s+)?\d|\s+at\s+(?:\d{1,2}(?:[.:]\d|\s?[ap]\.?m\b|\s?o['’]clock|\s*$)|\d{4}\b)|\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\s*$)|,\s*$|$)|[^\S\n\r\u2028\u2029]$)/iu;

/** "  - 14 March 2024": a bulleted line, indented or not. */
export const isListed = (text: string) => startsWithBullet(text.trimStart());

export const APPROVAL = new Set(['approved', 'approval', 'confirmed', 'confirmation', 'ratified', 'signed', 'adopted', 'agreed']);

const STAMP_AFTER = /\s\*?(?:draft|unconfirmed|unapproved)\s+minutes\s+(?:subject\s+to|for\s+approval|until)\b/i;

// "Page 1 of 6 STOKE FERRY PARISH COUNCIL ...": a PDF's page number the flattened text starts with.
const PAGE_FIRST = /^page\s\d{1,3}\sof\s\d{1,3}\s(?=\S)/i;
// "17/663R MINUTES OF THE MEETING ...", "AB15/072 – June Part I MINUTES OF ...": a board paper's reference code (a digit
// with a slash, hyphen or capital beside it), and at most a few words after it, before the title proper.
const PAPER_REFERENCE = /^(?=[\p{Lu}\d]*\d)(?=[\p{Lu}\d]*(?:[/-]|\p{Lu}\d|\d\p{Lu}))[\p{Lu}\d/.-]{3,14}(?:\s\S+){0,4}?\s(?=MINUTES\sOF\s|Minutes\sof\s)/u;
// "... COUNCIL Draft (until approved at the next meeting) Minutes of ...": a stamp and its note before the title proper.
const STAMP_BEFORE = /\s(?:draft|unconfirmed|unapproved)\s\([^()]{1,80}\)(?=\s(?:minutes|notes)\sof\s)/i;
// "... on Thursday, 21st July 2022. The meeting started at 6.30 p.m.": a sentence after the title's date.
const SENTENCE_AFTER_YEAR = /(?<=\b(?:19|20)\d{2})\.\s+\p{Lu}/u;

/**
 * "... 7.30pm Village Hall *DRAFT MINUTES SUBJECT TO APPROVAL*": the title without the stamp written after it,
 * without a sentence run on after its date, without the page number or a paper's reference code before it, and
 * without a bracketed stamp before "Minutes of".
 */
export function withoutStamp(title: string): string {
  const at = title.search(STAMP_AFTER);
  const stamped = at > 0 ? title.slice(0, at).trim() : title;
  const sentence = stamped.search(SENTENCE_AFTER_YEAR);
  const kept = (sentence > 0 ? stamped.slice(0, sentence) : stamped).replace(PAGE_FIRST, '').replace(PAPER_REFERENCE, '');
  return kept.includes('(') ? kept.replace(STAMP_BEFORE, '') : kept;
}

// "#Lantern Workshop Minutes": a title line written as a heading without the space after its hash.
export const tidy = (s: string) => collapseSpaces(s).trim().replace(/^#(?=\p{Lu})/u, '');

// "TSC", "TAC": a project's technical steering (or advisory) committee; "SPDX Legal Team".
// ("Living Streets Aotearoa Inc", "Bellow Community Foundation", "Harbour Branch of the Union": incorporated voluntary bodies and unions.)
// ("Oakfield School PTA", "Elm PTO", "Friends of Elm School": a school's parent body, known by its initials or as its friends.)
// ("Community Food Co-op", "Metroeast Chapter of Credit Unions": a co-operative by its short name, a national body's local chapter.)
export const BODY_NAME = /\b(?:pt(?:[aos]|sa|so|fa)|friends\s+of|chamber\s+of\s+(?:commerce|trade|industry|business)|improvement\s+district|council|committee|subcommittee|board|partnership|group|wg|workgroup|association|panel|forum|society|trust|authority|commission|federation|network|alliance|coalition|consortium|club|team|senate|cabinet|assembly|taskforce|task force|working party|tsc|tac|toc|inc|incorporated|ltd|limited|foundation|unions?|branch|chapter|guild|choir|chorus|synod|league|co-?op(?:erative)?)\b/i;

/** "Tetbury Parochial Church Council", "Village Hall Committee": a body's name ends with the kind of body, even after a place word. */
export function endsWithBodyWord(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return last.length > 1 && BODY_NAME.test(last);
}

// ("Conference Call", "Video Conference" alone under the date: a call is where the meeting was held, as "Zoom" is;
// "Teleconference" is left out: it names the meeting in many a title, "Technical Architecture Group Teleconference".)
export const VENUE_WORD = /\b(?:hall|room|boardroom|classroom|portacabin|house|centre|center|chambers?|church|library|clubhouse|school|offices?|building|pavilion|hotel|resort|inn|station|online|zoom|teams|webex|skype|bluejeans|jitsi|remote|remotely|virtual|virtually|conference\s+call|video\s?conference|street|road|rd|lane|square)\b/i;

// "Paisley & District Chamber of Commerce": a body's name whose "Chamber" is no council chamber.
const TRADE_CHAMBER = /\bchambers?\s+of\s+(?:commerce|trade|industry|business)\b/gi;

/** Whether the text has a word of a place in it, beside the chamber of a chamber of commerce. */
export const namesVenueWord = (text: string): boolean => VENUE_WORD.test(text.includes('hamber') ? text.replace(TRADE_CHAMBER, '') : text);

export const FIELD_LABEL = /^[\p{L} ]{2,20}:\s/u;

/** Two words or more, every letter a capital, no figure (rooms have numbers: "CR 2") and no place word. */
export function isLetterhead(text: string): boolean {
  return text.includes(' ') && text === text.toUpperCase() && text !== text.toLowerCase() && !/\d/.test(text) && !VENUE_WORD.test(text);
}

// "Draft Minutes Subject to the Approval at the next Meeting": a draft stamp, which names no other meeting's date.
export const APPROVAL_AT_NEXT_MEETING = /\bapprov(?:al|ed)\sat\sthe\snext\smeeting\b/gi;

// The words a title opens with ("Draft minutes of ...", "Meeting of the Board ...", "Annual report ..."), which a sentence of the
// record does not.
export const TITLE_OPENING_WORDS = 'draft|unconfirmed|approved|confirmed|minutes?|notes?|record|summary|report|agenda|meeting|action|annual|extraordinary|special|ordinary';

// "Board Minutes Jan 07 by decree", "Item 2 ... Minutes by 2y3ItQ": a document-sharing site's caption, the file's name and
// the handle of whoever uploaded it.
export const UPLOADER_CAPTION = /\sby\s([\p{L}\d_]+)$/u;

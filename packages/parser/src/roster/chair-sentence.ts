import type { Attendee } from '@lsmp/model';
import type { Line } from '../scan/scan-lines.js';
import { splitPersonName, surnameOf } from '../text/names.js';
import { lastWordAt } from '../text/clean.js';
import { readsAsPost } from './describe.js';

// "Cllr Anderson (Vice Chair) to subsequently Chair the meeting", "Cllr Hale chaired the meeting", "Cllr Hale took the chair".
// "Trudy MCLEAY, Vice Chairperson, in the Chair.": the name, the post, then the words, as Scottish minutes write it.
// "Terence Eden, standing in as chair, welcomed the members": one who stood in for the usual chair.
// "The Mayor, Councillor Ann Reed, presided and welcomed all present": the one who presided.
// "The meeting commenced at 5.00pm with the Mayor, Cr A Reed in the chair.": the one named before "in the chair".
const TAKES_CHAIR = /\b(?:chaired\sthe\smeeting|chairing\sthe\smeeting|presided|to\s(?:\p{Ll}+\s)?chair\sthe\smeeting|took\sthe\schair|was\sin\sthe\schair|(?:standing|stood|acting)\s(?:in\s)?as\s(?:the\s)?chair(?:man|woman|person)?)\b|,\sin\sthe\schair\.?$|\sin\sthe\schair(?:[.,;]|$)/iu;

// "Chair Dick Dillon called the monthly meeting to order": who opened the meeting chaired it.
// ("Holly Reed called to order the meeting of the Association at 7:05 p.m.", "Jo Finch opened the meeting at 12:15pm":
// the words in the other order, or the verb a board's minutes use for it.)
// ("Ms. Hale called meeting to order at 7:35 pm": the article left out, as notes are typed.)
const CALLED_TO_ORDER = /\scalled\sthe\s[^.]{0,60}?\sto\sorder\b|\scalled\smeeting\sto\sorder\b|\scalled\sto\sorder\sthe\smeeting\b|\sopened\sthe\smeeting\sat\s\d/;
// "President Lee convened the meeting to Open Session": the same, in the word a school board uses.
const CONVENED = /\sconvened\sthe\smeeting\b/;

/** A sentence that says who took the chair. */
export const saysWhoChairs = (text: string): boolean => text.includes('hair') && TAKES_CHAIR.test(text);
// ("Councillor V. Cawley presided": the stop after an initial ends no sentence.)
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?](?:\s|$)/u;

/**
 * Minutes whose roster names no chair may say who took it in a sentence before the first item
 * ("Cllr Anderson (Vice Chair) to subsequently Chair the meeting."): the attendee present whose
 * surname stands nearest before those words in that sentence takes the chair.
 */
export function markChairFromSentence(attendees: Attendee[], lines: Line[]): void {
  if (attendees.some((a) => a.chair)) return;
  const present = attendees.filter((a) => a.attendance === 'present');
  for (const line of lines) {
    const convened = line.text.includes(' convened the meeting');
    if (line.blank || (!line.text.includes('hair') && !line.text.includes('presided') && !line.text.includes(' to order') && !line.text.includes(' by ') && !line.text.includes(OPENED) && !convened)) continue;
    const took = TAKES_CHAIR.exec(line.text);
    const m = took ?? (line.text.includes(' to order') || line.text.includes(OPENED) ? CALLED_TO_ORDER.exec(line.text) : null) ?? (convened ? CONVENED.exec(line.text) : null);
    if (!m) {
      const named = chairNamedAfter(line.text, present) ?? calledToOrderBy(line.text, present) ?? meetingLedBy(line.text, present) ?? startedBy(line.text, present) ?? openedByPost(line.text, present) ?? calledToOrderByPost(line.text, present);
      if (named) {
        named.chair = true;
        return;
      }
      continue;
    }
    const before = line.text.slice(0, m.index);
    // A surname in capitals ("MCLEAY") is the roster's "McLEAY": compared in lower case.
    const written = before.slice(lastSentenceEnd(before));
    const sentence = written.toLowerCase();
    let best: { attendee: Attendee; at: number } | null = null;
    for (const a of present) {
      const at = lastWordAt(sentence, surnameOf(a.name).toLowerCase());
      if (at !== -1 && (!best || at > best.at || (at === best.at && writesGivenNameOfOnly(sentence, at, a, best.attendee)))) best = { attendee: a, at };
    }
    if (best) {
      best.attendee.chair = true;
      postBeforeName(best.attendee, before.slice(before.length - sentence.length, before.length - sentence.length + best.at));
      return;
    }
    // "Chuck called the meeting to order": one attendee present called by the given name alone, who opened the meeting
    // ("Mike took the Chair to conduct the Election" may chair one item only).
    // ("President Rich Goggin called the meeting to order": a given name with another surname after it is someone else's.)
    const byGivenName = took ? [] : present.filter((a) => {
      const given = a.name.split(' ')[0]!;
      const at = lastWordAt(sentence, given.toLowerCase());
      return a.name.includes(' ') && given.length > 2 && !given.includes('.') && at !== -1 && !SURNAME_NEXT.test(written.slice(at + given.length));
    });
    if (byGivenName.length === 1) {
      byGivenName[0]!.chair = true;
      return;
    }
  }
}

// " Goggin called": a capitalised word straight after the given name, its bearer's surname.
const SURNAME_NEXT = /^\s\p{Lu}\p{Ll}/u;

// "The Chairman, Keith Parker, welcomed everyone", "Chairman Rev. Tony Bushell opened the meeting": the chair named after the word;
// "A meeting held online and chaired by Ann Lee.": after the verb.
const CHAIR_WORD = /\b(?:chair(?:man|woman|person)?[,:]?|chaired\sby)\s/gi;
const NAMED_WITHIN = 30;

/** The attendee present whose surname comes first just after a chair word (not a vice or deputy chair). */
function chairNamedAfter(text: string, present: Attendee[]): Attendee | null {
  CHAIR_WORD.lastIndex = 0;
  for (let m = CHAIR_WORD.exec(text); m; m = CHAIR_WORD.exec(text)) {
    if (text[m.index - 1] === '(' || /(?:vice|deputy)[\s-]$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "Kevin Harris KH Private Sector LLEP Chair Emma Anderson": a body's acronym before the word makes it one person's post.
    if (/(?:^|\s)\p{Lu}{2,6}\s$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + NAMED_WITHIN);
    // "Chairperson: Michael Callaghan elected", "Chair: Jo Corke: proposer: ...": an election's result names the post's
    // holder from now on, not the one who chaired.
    if (ELECTED.test(after.replace(/^[\s:–-]+/, '').split(/[.:;]/, 1)[0]!)) continue;
    const named = namedFirst(after, present);
    if (named) return named;
  }
  return null;
}

const ELECTED = /\b(?:re-?)?elected\b|\bproposer\b|\bnominated\b/i;

// "Meeting called to order by Dimitris Zacharopoulos", "called to order at 7:02 p.m. by Jo Finch": who opened it chaired it.
const ORDER_BY = /\bcalled\sto\sorder\b.{0,40}?\sby\s/i;

function calledToOrderBy(text: string, present: Attendee[]): Attendee | null {
  const m = text.includes(' by ') ? ORDER_BY.exec(text) : null;
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  // "called to order at 8:30 am by Chairman of the Board, Steve Miller": the post, a comma, then the name.
  const comma = after.indexOf(', ');
  // ("called to order at 4:00 pm by Lion First Vice President Joe Gallagher": a title and a post before the name take room.)
  return namedFirst(after.slice(0, POSTED_NAME_WITHIN), present) ?? (comma > 0 && comma <= POST_BEFORE_NAME ? namedFirst(after.slice(comma + 2, comma + 2 + NAMED_WITHIN), present) : null);
}

// How long a post written before the name it is followed by may be.
const POST_BEFORE_NAME = 40;
// How far a name after "called to order ... by" may reach, titles and posts before it, all capitalised.
const POSTED_NAME_WITHIN = 60;

// "The meeting was led by Frank Wiles.", "The meeting was presided over by Mayor Lee": the one who ran the meeting.
const MEETING_LED_BY = /\bmeeting\s(?:was\s)?(?:led|presided\sover)\sby\s/i;

function meetingLedBy(text: string, present: Attendee[]): Attendee | null {
  const m = text.includes('meeting') ? MEETING_LED_BY.exec(text) : null;
  return m ? namedFirst(text.slice(m.index + m[0].length, m.index + m[0].length + NAMED_WITHIN), present) : null;
}

// "Meeting started by dgilmore at 16:31:17 UTC.": MeetBot's opening line; who started the meeting chairs it.
// ("Meeting Opened at 11:37 a.m. by David Barnard": who opened it, the time between.)
const STARTED_BY = /^(?:the\s)?meeting\s(?:was\s)?(?:started|opened)\b.{0,40}?\sby\s/i;

function startedBy(text: string, present: Attendee[]): Attendee | null {
  const m = STARTED_BY.exec(text);
  return m ? namedFirst(text.slice(m[0].length, m[0].length + NAMED_WITHIN), present) : null;
}

// "The Mayor opened the meeting welcoming ...": the post of the one present who holds it, as a board a mayor chairs names its chair.
const OPENED = ' opened the meeting';
const OPENED_BY_POST = /^[Tt]he\s(\p{Lu}[\p{L}'’ -]{0,40}?)\sopened\sthe\smeeting\b/u;

function openedByPost(text: string, present: Attendee[]): Attendee | null {
  const m = text.includes(OPENED) ? OPENED_BY_POST.exec(text) : null;
  return m ? soleHolderOf(m[1]!, present) : null;
}

/** The one attendee present whose role is `post`, or null where none or several hold it. */
function soleHolderOf(post: string, present: Attendee[]): Attendee | null {
  const lower = post.toLowerCase();
  const holders = present.filter((a) => a.role?.toLowerCase() === lower);
  return holders.length === 1 ? holders[0]! : null;
}

// "Call to Order by President at 1:30pm", "called to order by the Chair at 7pm": the post alone, no name after it.
const ORDER_BY_POST = /\b[Cc]all(?:ed)?\sto\s[Oo]rder\sby\s(?:the\s)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})(?:\s(?:at|@)\s?\d|[.,;]?$)/u;

/** The one attendee present whose role is the post that called the meeting to order. */
function calledToOrderByPost(text: string, present: Attendee[]): Attendee | null {
  const m = text.includes(' by ') ? ORDER_BY_POST.exec(text) : null;
  return m ? soleHolderOf(m[1]!, present) : null;
}

/** The attendee present whose surname comes first in `text`, with only titles, initials and given names before it. */
function namedFirst(text: string, present: Attendee[]): Attendee | null {
  let best: { attendee: Attendee; at: number } | null = null;
  for (const a of present) {
    const at = lastWordAt(text, surnameOf(a.name));
    if (at !== -1 && (!best || at < best.at || (at === best.at && writesGivenNameOfOnly(text, at, a, best.attendee))) && onlyNameWords(text.slice(0, at))) best = { attendee: a, at };
  }
  return best?.attendee ?? null;
}

/**
 * "Chairperson Richard Howe" where Marion Howe and Richard Howe are both present: of two who share the surname found, the one
 * whose given name stands written before it (and not the other's).
 */
function writesGivenNameOfOnly(text: string, at: number, candidate: Attendee, held: Attendee): boolean {
  const before = text.slice(0, at).trimEnd().toLowerCase();
  const givenOf = (a: Attendee) => a.name.slice(0, a.name.length - surnameOf(a.name).length).trim().toLowerCase();
  const writes = (a: Attendee) => givenOf(a) !== '' && (before === givenOf(a) || before.endsWith(` ${givenOf(a)}`));
  return writes(candidate) && !writes(held);
}

/** "Rev. Tony ", "Cllr J ": titles, initials and first names before the surname, no word in lower case. */
function onlyNameWords(text: string): boolean {
  return text.split(' ').every((w) => w === '' || (/^\p{Lu}/u.test(w) && !/[^\p{L}.'’-]/u.test(w)));
}

/** Where the last sentence of `text` starts. */
function lastSentenceEnd(text: string): number {
  let from = 0;
  for (let at = text.search(SENTENCE_END); at !== -1; ) {
    from += at + 1;
    at = text.slice(from).search(SENTENCE_END);
  }
  return from;
}


// "Vice President", "Chair": a post of capitalised words; "Genna": a given name the roster left out.
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
const GIVEN_NAME = /^\p{Lu}[\p{L}.'’-]*$/u;
const MOST_GIVEN_NAMES = 2;

/**
 * "Vice President Genna Carnes called the meeting to order": the post written before the chair's name (perhaps with a given
 * name the roster left out) is the chair's role, where the roster gave none. A title such as "Mayor" or "Cllr" stays the
 * honorific it is read as elsewhere.
 */
function postBeforeName(chair: Attendee, written: string): void {
  if (chair.role || chair.organisation || chair.honorific) return;
  const words = written.trim().split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const post = words.slice(0, k);
    const given = words.slice(k);
    if (given.length > MOST_GIVEN_NAMES || !given.every((w) => GIVEN_NAME.test(w)) || !post.every((w) => CAPITALISED.test(w))) continue;
    const phrase = post.join(' ');
    if (/^the$/i.test(post[0]!) || !readsAsPost(phrase) || splitPersonName(`${phrase} ${chair.name}`).honorific) continue;
    chair.role = phrase;
    return;
  }
}

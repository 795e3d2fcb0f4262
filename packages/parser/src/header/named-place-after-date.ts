import { findDates } from '../dates/parse-date.js';
import { findTimes } from '../dates/parse-time.js';
import { BODY_NAME, VENUE_WORD } from './header-words.js';

// "... was held on Tuesday, March 18, 2014 at Oxford Suites in Redding", "held on April 15, 2010 at Kellogg Community
// Federal CU, Battle Creek, Michigan": the sentence that says when the meeting was held names where straight after the
// date (and its time), a name in capitals though no place word ("Hall", "Room") says that it is one.

const HELD_ON = /\bheld\s+on\s+/i;
// The date (and time) is followed by the place's preposition: "at Oxford Suites", ", at the Ferry Inn", "in The Swan".
const PREPOSITION = /^,?\s+(?:at|in)\s+(?:the\s+)?(?=\p{Lu})/u;
// The place's name runs to its sentence's end or the next clause ("in Redding": the town; "on", "by", "with": more words).
const NAME_END = /\.(?:\s|$)|;|\s(?:in|on|by|with|to|for|and\s+(?:was|were|the))\s/;
// A name's word: capitalised, a number ("Suite 4"), or a word that links a name's words ("of", "and", "&").
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|\d{1,4}[A-Za-z]?|of|and|&|the|de|la|on)$/u;
const MAX_NAME_WORDS = 6;
// A town and its state after the name ("Battle Creek", "Michigan"): short and capitalised.
const MAX_TOWN_WORDS = 3;
// How far after "held on" the date may begin ("Tuesday, ").
const WEEKDAY_REACH = 12;

/** Whether `part` reads as a name in capitals of a few words, stating no when and naming no body. */
function isCapitalisedName(part: string, most: number): boolean {
  const words = part.split(/\s+/);
  if (words.length > most || !/^\p{Lu}/u.test(part) || !words.every((w) => NAME_WORD.test(w))) return false;
  // ("held on 5 May 2020 at Northwold Parish Council": a body named where a place was meant is no place.)
  if (BODY_NAME.test(part) && !VENUE_WORD.test(part)) return false;
  return findDates(part).length === 0 && findTimes(part) === null;
}

/** The place named in capitals straight after "held on <date> [time]", with its town and state; else null. */
export function namedPlaceAfterHeldDate(text: string): string | null {
  const held = HELD_ON.exec(text);
  if (!held) return null;
  const rest = text.slice(held.index + held[0].length);
  const date = findDates(rest)[0];
  if (!date || date.index > WEEKDAY_REACH) return null;
  let after = rest.slice(date.index + date.length);
  // ("... 7th July 2016 at 7.30 pm in The Swan": the time between the date and the place.)
  const time = findTimes(after);
  if (time && time.index <= 4) after = after.slice(time.index + time.length);
  const prep = PREPOSITION.exec(after);
  if (!prep) return null;
  const tail = after.slice(prep[0].length);
  const end = tail.search(NAME_END);
  const parts = (end === -1 ? tail : tail.slice(0, end)).replace(/[.,;]$/, '').split(', ');
  if (!isCapitalisedName(parts[0]!, MAX_NAME_WORDS)) return null;
  let last = 0;
  while (last + 1 < parts.length && isCapitalisedName(parts[last + 1]!, MAX_TOWN_WORDS)) last++;
  return parts.slice(0, last + 1).join(', ');
}

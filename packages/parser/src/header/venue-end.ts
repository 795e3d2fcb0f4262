import { trimEndOf } from '../text/clean.js';

// Where a venue read from a run of text stops: flattened pages run the place on into the next sentence, label or item.

// "... Mohali. The following members ...": a sentence's stop after a word (not "Co. Wexford", "St. John's").
// (A label glued on, "Sibson.Attendance:", is parted from the place before: structure/inner-roster-label.ts.)
const SENTENCE_AFTER = /(?<=\p{Ll}{2})[.!?]\s/u;
// "... Church Hall 1. Welcome: ...": the first numbered item.
const ITEM_AFTER = /\s\d{1,2}\.\s+\p{Lu}/u;
// "... and the following members were present", "..., commencing at 7pm": what the sentence goes on to say.
// ("... League City, Texas pursuant to the notice attached": the notice the meeting was called by.)
const CLAUSE_AFTER = /(?<!\s)\s+(?:and\s+)?(?:the\s+following|commencing|pursuant\s+to)\b/i;
// "held at the club 8 p.m. on Tuesday ...": the time the meeting began, written after the place.
const TIME_AFTER = /\s(?:@\s)?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b/i;
// Words a place never ends with, left where the cut fell ("... via Zoom and").
const OPEN_END_MARKS = ',;:–-';
const OPEN_END_WORD = /^(?:and|of|the|at|in|on|with|for|to|via)$/i;

/** The text up to the end of its first sentence ("at the James Bradfield School. The meeting was chaired by ..."). */
export function beforeNextSentence(text: string): string {
  const stop = SENTENCE_AFTER.exec(text);
  return stop ? text.slice(0, stop.index) : text;
}

/** The venue as read, without the sentence, list or item that a flattened page ran on into it. */
export function venueWithoutRunOn(venue: string | null): string | null {
  if (!venue) return venue;
  let end = venue.length;
  for (const pattern of [SENTENCE_AFTER, ITEM_AFTER, CLAUSE_AFTER, TIME_AFTER]) {
    const m = pattern.exec(venue);
    if (m && m.index < end) end = m.index;
  }
  // ("Large Rehearsal Room, 6pm", "Village Hotel, Leeds -": the mark left where the clock or a lost cell was taken off.)
  if (end === venue.length) return trimEndOf(venue, OPEN_END_MARKS) || null;
  const words = venue.slice(0, end).split(' ');
  while (words.length > 0 && OPEN_END_WORD.test(trimEndOf(words[words.length - 1]!, OPEN_END_MARKS))) words.pop();
  const place = trimEndOf(words.join(' '), OPEN_END_MARKS);
  return place || null;
}

import { findTimes, type FoundTimes } from './parse-time.js';
import { saysClosedAt } from './stated-times.js';

// "Next Meeting Tuesday 8th November at 8pm in the library.": a line at the top that announces the next meeting.
const NEXT_MEETING_FIRST = /^\W{0,3}(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b/i;

// "We meet on the 1st Monday of the month at 2.30pm", "The group meets every Tuesday at 7pm": the time of a standing
// arrangement, said in passing, not when this meeting began.
const STANDING_SCHEDULE = /\bmeets?\s+(?:on\s+)?(?:the\s+)?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|last|every|each)\b|\b(?:of|in)\s+(?:each|every)\s+month\b|\bevery\s+(?:other\s+)?(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** The sentence a time stands in: from the full stop before it to the one after it, a bounded stretch either side. */
function sentenceAround(text: string, time: FoundTimes): string {
  const from = Math.max(0, time.index - 200);
  const before = text.slice(from, time.index);
  const after = text.slice(time.index + time.length, time.index + time.length + 200);
  const stop = after.search(/\.(?:\s|$)/);
  return before.slice(before.lastIndexOf('. ') + 1) + text.slice(time.index, time.index + time.length) + (stop >= 0 ? after.slice(0, stop) : after);
}

/**
 * The first time a line of the header gives, unless its sentence says when the meeting closed ("our meeting closed
 * with worship at 11.50"), when the group usually meets or when it meets next: those are no start of this meeting.
 */
export function startingTimeIn(text: string): FoundTimes | null {
  const time = findTimes(text);
  if (!time) return null;
  const sentence = sentenceAround(text, time);
  return saysClosedAt(sentence) || STANDING_SCHEDULE.test(sentence) || NEXT_MEETING_FIRST.test(sentence.trimStart()) ? null : time;
}

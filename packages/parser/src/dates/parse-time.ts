import { withClockFigures } from './clock-letters.js';

/** Start and end times found in text, as 24-hour HH:MM. */
export interface FoundTimes {
  start: string | null;
  end: string | null;
  index: number;
  length: number;
}

// ("13h00-14h00": the hour and minutes parted by an "h", as written in French and many international minutes.)
const CLOCK = '(\\d{1,2})(?:[.:h](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|noon)?';
// The start's meridiem takes the white space after it, so that two runs of white space never meet (linear time).
// ("13:00 hrs to 15:50 hrs": the 24-hour clock's "hrs" after the start.)
const START_CLOCK = '(\\d{1,2})(?:[.:h](\\d{2}))?\\s*(?:(a\\.?m\\.?|p\\.?m\\.?|noon)\\s*)?(?:(?:hrs|hours)\\s*)?';
// Global: a candidate that is no time range ("12-14" of the date 2016-12-14) must not hide the real one after it.
// "FROM1.30 PM TO 4.30 PMAT THE HALL": a converter's lost spaces glue the range to the words around it.
// ("between 7:15pm and 8:00pm": "and" parts the ends only after "between", which BETWEEN_BEFORE checks.)
const BETWEEN_BEFORE = /\bbetween\s$/i;
const RANGE = new RegExp(`(?:\\b|(?<=from))${START_CLOCK}(?:-|–|—|to|until|till|and)\\s*${CLOCK}(?:(?![\\w/])|(?<=m)(?=at\\s))`, 'gi');
// ("7.00.p.m.": a full stop may stand before the meridiem; "7. 30 pm": a space after the hour's stop.)
// ("from 22.10.2025": a clock is never the day and month of a date written with stops.)
// ("Commenced at 1930 hours", "2000hrs", "called to order at 2008 EST": the 24-hour clock written without a stop.)
// ("to order on Tuesday, March 18, at1:03p.m.": a converter's lost space after "at"; the minutes of "1:03" never a clock of their own.)
const SINGLE = /(?<!\d[.:])(?:\b|(?<=\bat))(\d{1,2})(?:[.:] ?(\d{2}))?(?:\s*|\.)(a\.?m\.?|p\.?m\.?)(?![a-z])|(?<![:.])\b(\d{1,2})[.:](\d{2})\s*(?:hrs|hours|h|utc|gmt|bst|cet|cest)\b|\b(?:at|from|start(?:ed|ing)?(?: at)?)\s+(\d{1,2})[.:](\d{2})\b(?![.:/]\d)(?!\.?\s*[ap]\.?m)|\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|utc|gmt|bst|est|edt|cst|cdt|pst|pdt)\b/i;

// "7 : 00 p.m.": a typewritten or OCR'd clock with a space either side of its colon.
const SPACED_COLON = /\b(\d{1,2}) : ?(\d{2}) ?(a\.?m\.?|p\.?m\.?)(?![a-z])/i;

// The word before a range of numbers that makes them the numbers of rules, paragraphs or pages.
const REFERENCE_BEFORE = /\b(?:rules?|paragraphs?|paras?|sections?|clauses?|items?|pages?|pp|articles?|regulations?|standing\s+orders?|nos?)\.?\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

export function to24(hour: number, minute: number, meridiem: string | undefined): string | null {
  if (minute > 59) return null;
  const m = meridiem?.toLowerCase().replace(/\./g, '');
  let h = hour;
  if (m === 'pm' && h < 12) h += 12;
  else if (m === 'am' && h === 12) h = 0;
  else if (m === 'noon') h = 12;
  return h > 23 ? null : `${pad(h)}:${pad(minute)}`;
}

/**
 * "at 4:30", "2.00 - 4.00" with no "am" or "pm": a one-figure hour of one to six is the afternoon's (a meeting is not held
 * before seven in the morning; "at 04:30", with its nought, is the 24-hour clock).
 */
function unmarkedClock(hourText: string, minute: number): string | null {
  const hour = Number(hourText);
  return to24(hourText.length === 1 && hour >= 1 && hour <= 6 ? hour + 12 : hour, minute, undefined);
}

// "00 p.m." (the minutes of a clock whose hour was lost or spaced off): the twelve-hour clock has no hour nought.
const meridiemHour = (hour: number, minute: number, meridiem: string | undefined) => (hour === 0 && /p/i.test(meridiem ?? '') ? null : to24(hour, minute, meridiem));

/** A time range ("10am –12pm", "2–4pm", "10.00am – 12.00pm") or a single time ("7.30pm", "20:30 UTC"). */
export function findTimes(written: string): FoundTimes | null {
  const text = withClockFigures(written);
  const range = findRange(text);
  if (range) return range;
  const spaced = text.includes(' :') ? SPACED_COLON.exec(text) : null;
  const single = SINGLE.exec(text);
  const s = spaced && (!single || spaced.index <= single.index) ? spaced : single;
  if (!s) return text.includes('@') ? atSignClock(text) : null;
  const start =
    s[1] !== undefined
      ? meridiemHour(Number(s[1]), Number(s[2] ?? 0), s[3])
      : s[4] !== undefined
        ? to24(Number(s[4]), Number(s[5]), undefined)
        : s[6] !== undefined
          ? unmarkedClock(s[6], Number(s[7]))
          : to24(Number(s[8]), Number(s[9]), undefined);
  return start ? { start, end: null, index: s.index, length: s[0].length } : null;
}

// "Wednesday 4th June 2025 @ 19:00 in ...", "@7.30": the at sign written for "at" before the clock.
const AT_SIGN_CLOCK = /@\s?(\d{1,2})[.:](\d{2})\b(?![.:/]\d)/;

/** The time after an at sign, read as "at 19:00" is. */
function atSignClock(text: string): FoundTimes | null {
  const m = AT_SIGN_CLOCK.exec(text);
  const start = m ? unmarkedClock(m[1]!, Number(m[2])) : null;
  return m && start ? { start, end: null, index: m.index, length: m[0].length } : null;
}

// "10:00 p.m. to 12:00 p.m.": a start from this hour to eleven "p.m." before "12:00 p.m." (noon) is the morning's; an earlier
// evening start may mean to run to midnight.
const MORNING_FROM = 8;

/** The first time range in the text: a meridiem or minutes on it, both ends valid. */
function findRange(text: string): FoundTimes | null {
  RANGE.lastIndex = 0;
  for (let r = RANGE.exec(text); r; r = RANGE.exec(text)) {
    // The next candidate may start inside this one ("12-14 2-4pm"): each is a few characters, so this stays linear.
    RANGE.lastIndex = r.index + 1;
    if (!(r[3] || r[6] || (r[2] && r[5]))) continue;
    if (/and/i.test(r[0]) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, r.index - 8), r.index))) continue;
    // "procedure rules 4.47 to 4.54", "paragraphs 3.10-3.12": numbered references, not a time range.
    if (!r[3] && !r[6] && REFERENCE_BEFORE.test(text.slice(Math.max(0, r.index - 24), r.index))) continue;
    const endMeridiem = r[6];
    const startHour = Number(r[1]);
    const endHour = Number(r[4]);
    // "2–4pm": the start shares the end's meridiem when that keeps it before the end.
    const startMeridiem = r[3] ?? (endMeridiem && /p/i.test(endMeridiem) && startHour <= endHour ? endMeridiem : undefined);
    const unmarked = !r[3] && !endMeridiem;
    const written = unmarked ? unmarkedClock(r[1]!, Number(r[2] ?? 0)) : to24(startHour, Number(r[2] ?? 0), startMeridiem);
    // "10:00AM - 12:00AM": a morning meeting to noon, the end's "AM" a slip (midnight would be fourteen hours on).
    const noonSlip = endHour === 12 && /a/i.test(endMeridiem ?? '') && !/p/i.test(startMeridiem ?? '') && startHour >= MORNING_FROM && startHour < 12;
    const end = unmarked ? unmarkedClock(r[4]!, Number(r[5] ?? 0)) : to24(endHour, Number(r[5] ?? 0), noonSlip ? 'pm' : endMeridiem);
    // "10:00 p.m. to 12:00 p.m.": a morning meeting to noon, the start's "p.m." a slip (it would end before it began).
    const start = written && end === '12:00' && written > end && startHour >= MORNING_FROM && startHour < 12 && /p/i.test(startMeridiem ?? '') ? to24(startHour, Number(r[2] ?? 0), 'am') : written;
    if (start && end) return resumedUntil(text, { start, end, index: r.index, length: r[0].length });
  }
  return null;
}

/**
 * "10.00am-11.59am 12.05pm-12.15pm": a second range straight after the first, the meeting adjourned and resumed;
 * the meeting ends with the later one. (Each range is a few characters: the look stays linear.)
 */
function resumedUntil(text: string, first: FoundTimes): FoundTimes {
  let at = first.index + first.length;
  while (at < text.length && at < first.index + first.length + 3 && (text[at] === ' ' || text[at] === ',' || text[at] === ';')) at++;
  if (at === first.index + first.length || at >= text.length) return first;
  RANGE.lastIndex = at;
  const next = RANGE.exec(text);
  if (!next || next.index !== at || !(next[3] || next[6])) return first;
  const end = to24(Number(next[4]), Number(next[5] ?? 0), next[6]);
  return end && end > first.end! ? { ...first, end, length: next.index + next[0].length - first.index } : first;
}

import type { Line } from '../scan/scan-lines.js';
import { withClockFigures } from './clock-letters.js';
import { type FoundTimes, findTimes } from './parse-time.js';

// Times the minutes state in a sentence rather than a field: "The meeting opened at 7.30pm", "The Chair
// opened the meeting at 2:02pm", "The meeting closed at 9.15pm". The clock comes within a few words of the verb.
// ("called to order at 7 : 00 p.m.": a typewritten clock may have a space either side of its colon.)
// ("adjourned at 2200 EST", "closed at 2130 hours": the 24-hour clock without a stop, and a zone or "hours" after it.)
const CLOCK = '(\\d{1,2}(?:[.:]| : ?)\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?|\\d{1,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|(?:[01]\\d|2[0-3])[0-5]\\d\\s?(?:hrs|hours|utc|gmt|bst|est|edt|cst|cdt|pst|pdt)\\b)';
// "The Chair declared the meeting open at 7.00p.m.", "Chair Ann Lee called the monthly meeting to order at 6:30 pm".
// ("The duly posted meeting convened at 7:45 p.m.", "President Lee convened the meeting to Open Session at 5:05 PM".)
// ("called the annual meeting of the Board of Directors to order at 6:30 p.m.": whose meeting said before "to order".)
// ("to order at1:03p.m.": "at" run into the clock, whose minutes are never a clock of their own.)
// ("Call meeting to order: 5:39 pm": the agenda's imperative, its time after a colon, as a small board's secretary notes it.)
// "The Executive Board was called to order at 9:30 a.m.", "CALLED TO ORDER – 6:03 pm", "CALL TO ORDER: 9:35 a.m.": whatever
// is called to order is the meeting; "the Chair brought the Meeting to order"; "The 373rd meeting of the Deputies was opened on
// Monday, 28 May 1984 at 3 pm": whose meeting, and the day, before the clock.
// ("called to order by President Frank Bliss @ 19:10": who opened it, between the verb and the clock.)
const OPENED = new RegExp(`(?:\\b(?:meeting|it)\\s+(?:of\\s+(?:the\\s+)?(?:\\w+\\s+){1,3})?(?:was\\s+)?(?:opened|commenced|began|started|convened|declared\\s+open)|\\b(?<!(?:will|shall|would|to)\\sbe\\s)call(?:ed\\s+to\\s+order|\\s+to\\s+order(?=\\s?:))|\\b(?:opened|commenced|started|convened)\\s+the\\s+meeting|\\b(?:call(?:ed)?|brought)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?meeting\\s+(?:of\\s+(?:the\\s+)?(?:\\w+\\s+){1,4})?to\\s+order|\\bdeclared\\s+the\\s+meeting\\s+open)\\b[^.]{0,40}?\\b(?:at\\s*)?(?<![\\d:])${CLOCK}`, 'i');
// "At 7:05 PM, Ms. Roberts called the meeting to order", "At approximately 3:44 p.m. the Chairperson, Mr. Henry Annelle,
// called the meeting to order": the clock first, the opening after it in the same sentence.
const OPENING_VERB = /\b(?:called\sthe\s(?:\w+\s)?meeting\sto\sorder|opened\sthe\smeeting|declared\sthe\smeeting\sopen)\b/i;
const CLOCK_AT = /\b(?:at|around)\s(?:approximately\s|about\s|around\s)?(\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?=[,\s])/gi;
// How far before the verb the clock may stand.
const CLOCK_BEFORE = 100;

/** The clock of "At 7:05 PM, ... called the meeting to order", or null: no full stop between the clock and the verb. */
function clockBeforeOpening(text: string): RegExpExecArray | null {
  return clockBeforeVerb(text, OPENING_VERB);
}

// "At 7:30, Mary made a motion to adjourn.", "At 9:12 pm Ann Lee moved to adjourn": the clock first, the close after it.
// ("At 6:02 p.m., the Mayor adjourned the meeting to a Closed Session": a recess into another session, no close.)
// ("At 7:35 p.m., there being no further business, the meeting was adjourned.")
const CLOSING_VERB = /\b(?:(?:made|makes)\sa\smotion\sto\sadjourn|moved\sto\sadjourn|adjourned\sthe\smeeting|closed\sthe\smeeting|(?:meeting|it)\s(?:was\s)?adjourned)\b(?!\s(?:to|into|for|until)\s)/i;

/** The clock before `verb` in its sentence, or null. */
function clockBeforeVerb(text: string, verbPattern: RegExp): RegExpExecArray | null {
  const verb = verbPattern.exec(text);
  if (!verb) return null;
  const before = text.slice(Math.max(0, verb.index - CLOCK_BEFORE), verb.index);
  CLOCK_AT.lastIndex = 0;
  for (let m = CLOCK_AT.exec(before); m; m = CLOCK_AT.exec(before)) {
    if (!before.slice(m.index + m[0].length).includes('.')) return m;
  }
  return null;
}
// "The Chairman closed the meeting at 9.05pm", "The meeting was declared closed at 9pm", "Motion to adjourn the meeting at 7:25 pm",
// "final closure of the meeting was at 8.37 pm".
// "The meeting commenced at 6.30 p.m. and closed at 8.50 p.m.", "Meeting opened at 7:30pm / closed: 9:10pm": the close after
// the opening in one sentence, or a close written as a field.
// ("Sam called for the meeting to be adjourned at 7:33pm".)
const CLOSED = new RegExp(`(?:\\b(?:meeting|it)\\s+(?:was\\s+|to\\s+be\\s+)?(?:closed|ended|finished|concluded|terminated|adjourned|declared\\s+closed)|\\band\\s(?:was\\s)?(?:closed|ended|finished|concluded)(?=\\sat\\s)|\\b(?:closed|ended|finished)(?=\\s?:)|\\b(?:closed|ended|adjourned|adjourn)\\s+the\\s+meeting|\\bdeclared\\s+the\\s+meeting\\s+closed|\\bclosure\\s+of\\s+the\\s+meeting)\\b[^.]{0,20}?\\b(?:at\\s+)?${CLOCK}`, 'i');

// "Meeting closed at 19:34": a 24-hour reading is a time after "at", as the words before it said ("called the meeting to
// order at 5:30": findTimes reads a one-figure hour of one to six without "am" or "pm" as the afternoon's).
const clockOf = (m: RegExpExecArray | null) => (m ? (findTimes(`at ${m[1]!}`)?.start ?? null) : null);

// "called to order by Chair Dr. Dawod at 5:30", "Called to Order by H. Lamos at 3:33 pm": the stop after a title or an initial ends no sentence.
const TITLE_STOP = /\b(Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Cllr|Hon|\p{Lu})\.(?=\s\p{Lu})/gu;
const withoutTitleStops = (text: string) => (text.includes('.') ? text.replace(TITLE_STOP, '$1') : text);

// A stem every opening's verb holds (OPENED, OPENING_VERB, OPENING_ENDS_LINE): a line without one is passed over cheaply.
const OPENING_STEM = /order|open|commenc|began|start|conven/i;

/** The time the first sentence saying the meeting opened gives. */
export function openingTime(lines: readonly Line[]): string | null {
  for (const [k, line] of lines.entries()) {
    if (line.blank || !OPENING_STEM.test(line.text)) continue;
    const text = withoutTitleStops(withClockFigures(line.text));
    const time = clockOf(OPENED.exec(text) ?? clockBeforeOpening(text) ?? clockAfterNamedMeeting(text));
    if (time) return time;
    // "The meeting was called to order" / "at 1:02 p.m. A roll call ...": a page's line ended inside the sentence.
    const wrapped = wrappedOnto(text, lines[k + 1]);
    const joined = wrapped ? clockOf(OPENED.exec(wrapped)) : null;
    if (joined) return joined;
  }
  // "1. Call to order 8:30 pm": the agenda's imperative with the clock straight after it, where no sentence says the
  // meeting opened (after "Call to order 6:30 pm", "... called to order at 6:35pm" is when it did); "CALL TO ORDER 6:30 PM" in capitals.
  for (const line of lines) {
    const time = CALL_TO_ORDER_STEM.test(line.text) ? clockOf(CALL_TO_ORDER_CLOCK.exec(line.text)) : null;
    if (time) return time;
  }
  return null;
}

// A stem each of CALL_TO_ORDER_CLOCK's verbs holds, in small letters or capitals: other lines are passed over cheaply.
const CALL_TO_ORDER_STEM = /rder|RDER|onvened|ONVENED/;
// ("2. Convened 6:05 pm": a secretary's note of the time the meeting convened, under the same number.)
const CALL_TO_ORDER_CLOCK = new RegExp(`^(?:\\d{1,2}[.)]\\s+)?(?:call\\s+to\\s+order|convened)\\s+(?:at\\s+)?${CLOCK}`, 'i');
// "Pamela called to order the regular meeting of the Fernvale Garden Club at 6:00 pm": the meeting named at length after
// the words, its clock past the reach of OPENED.
// ("... called to order the LEC Board regular monthly meeting around 9:00 am": "around" for "at".)
const ORDER_THE_MEETING = /\bcalled\sto\sorder\sthe\s(?:[a-z]+\s)?meeting\b/i;
// How far after the words the clock may stand.
const NAMED_MEETING_REACH = 100;

/** The clock after "called to order the ... meeting of ...", in the same sentence, or null. */
function clockAfterNamedMeeting(text: string): RegExpExecArray | null {
  const verb = ORDER_THE_MEETING.exec(text);
  if (!verb) return null;
  const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + NAMED_MEETING_REACH);
  CLOCK_AT.lastIndex = 0;
  const m = CLOCK_AT.exec(after);
  return m && !after.slice(0, m.index).includes('.') ? m : null;
}

// The words a sentence opening the meeting ends a line with, before its clock on the next.
const OPENING_ENDS_LINE = /\b(?:to\s+order|opened|commenced|convened|began|started)$/i;
// How much of the next line the clock is looked for in.
const WRAPPED_REACH = 40;

/** The line with the start of the next, where it ends with an opening's words and the next goes on with "at". */
function wrappedOnto(text: string, next: Line | undefined): string | null {
  if (!next || next.blank || !OPENING_ENDS_LINE.test(text) || !/^at\s/i.test(next.text)) return null;
  return `${text} ${next.text.slice(0, WRAPPED_REACH)}`;
}

// "Scheduled to adjourn by 10:30am.  Adjourned at 10:44am.": the sentence may leave the meeting out.
// "Meeting adjourned 8:40 pm.": the "at" may be left out too.
// ("ADJOURNED AT: 9:45 a.m.": a field's colon after the "at".)
const ADJOURNED_AT = /(?:^|\.\s+)(?:meeting\s+)?adjourned\s+(?:at\s?:?\s+)?(\d{1,2}[.:]\d{2}\s?(?:a\.?m\.?|p\.?m\.?)?)/i;
// "12. Adjournment  Moved by M. Cerna at 4:17 pm.", "9. Adjournment at 8:17 p.m.": the item closing the meeting, and the clock it was moved at.
// ("10. Adjournment 9:15 pm", "Adjournment: 9:15 pm": the clock straight after the word.)
const ADJOURNMENT_AT = new RegExp(`\\badjournment\\b(?:[^.]{0,30}?\\bat|\\s?[:–-]?)\\s${CLOCK}`, 'i');
// "the Board voted unanimously to adjourn at 8:40 p.m.": the vote leaves the meeting out.
// "Motion to adjourn 8:25 p.m.": a synopsis leaves out the "at".
const VOTED_TO_ADJOURN = new RegExp(`\\bto\\sadjourn\\s(?:at\\s)?${CLOCK}`, 'i');

/** Whether the line says when the meeting closed ("our meeting closed with worship at 11.50"). */
export const saysClosedAt = (text: string) => CLOSED.test(text);

/** The time the last sentence saying the meeting closed gives. */
export function closingTime(lines: readonly Line[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = CLOSED.exec(withClockFigures(lines[i]!.text));
    if (m) return clockOf(m);
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = withClockFigures(lines[i]!.text);
    const m = text.includes('djourn') || text.includes('DJOURN') ? (ADJOURNED_AT.exec(text) ?? VOTED_TO_ADJOURN.exec(text) ?? clockBeforeVerb(text, CLOSING_VERB) ?? ADJOURNMENT_AT.exec(withoutTitleStops(text))) : CLOSED_AT_START.exec(text);
    if (m) return clockOf(m);
  }
  return null;
}

// "Closed at 21:27 by Paul" under "Meeting Close": a line that opens with the close, the meeting left out.
const CLOSED_AT_START = new RegExp(`^(?:closed|ended|finished)\\s+at\\s+${CLOCK}`, 'i');

/**
 * "The meeting was adjourned at 3:55." after a start at 14:00: a closing clock read as the morning, before
 * the start, was written on the afternoon's twelve-hour clock without its "pm"; unchanged otherwise.
 */
export function afterStart(end: string | null, start: string | null): string | null {
  if (!end || !start || end >= start) return end;
  const hour = Number(end.slice(0, 2));
  const afternoon = `${String(hour + 12).padStart(2, '0')}${end.slice(2)}`;
  return hour >= 1 && hour < 12 && afternoon >= start ? afternoon : end;
}

// Minutes a stated opening may stand from the range a line gives, and the range still be the meeting's.
const NEAR_OPENING = 30;
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The times a header line gives: "Meeting called to order at 7:30 p.m. by Supervisor Winn. ... Clean-up Day is 6/15
 * (8am-2pm)": where the line says when the meeting opened, that is the start, and a range far from it is another event's.
 */
export function lineTimes(line: Line, range: FoundTimes | null = findTimes(line.text)): FoundTimes | null {
  const opened = range && line.text.includes(' order') ? openingTime([line]) : null;
  if (!range || !opened || !range.start || range.start === opened) return range;
  const near = Math.abs(minutesOf(range.start) - minutesOf(opened)) <= NEAR_OPENING;
  return { ...range, start: opened, end: near ? range.end : closingTime([line]) };
}

// A meeting opened this long after its time is still that meeting: later, the sentence tells of something else.
const MAX_LATE_OPENING = 45;

/** Whether a stated opening is a few minutes after the scheduled start: the time the meeting began. */
export function startedLate(scheduled: string, opened: string): boolean {
  const late = minutesOf(opened) - minutesOf(scheduled);
  return late > 0 && late <= MAX_LATE_OPENING;
}

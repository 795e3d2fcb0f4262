import type { Attendance } from '@lsmp/model';

// How or when someone took part: said of the person, no part of their post or organisation.
const MODES = new Set([
  'online', 'virtual', 'virtually', 'remote', 'remotely', 'in person', 'in-person', 'dialling in', 'dialled in', 'dial-in', 'dialing in',
  'by phone', 'by telephone', 'by video', 'via teams', 'via zoom', 'via video link', 'via phone', 'video', 'telephone', 'teams', 'zoom',
]);
// "(until 4:20pm)", "(from 11.00)", "(left at 3pm)": there for part of the meeting.
const TIMED = /^(?:until|from|till|left at|arrived at|joined at|joined|left|arrived|departed)\s+\d/;
// "(2nd half)", "(first half)", "(part of meeting)": there for half or part of the meeting.
const HALF = /^(?:1st|2nd|first|second)\s+half$|^(?:(?:for|in)\s+)?part(?:\s+of\s+(?:the\s+)?meeting)?(?:\s+only)?$/;
// "(left early)", "(arrived late)": there for part of the meeting, no time given.
const LATE_OR_EARLY = /^(?:(?:arrived|came)\s+late|(?:left|departed)\s+early|late\s+arrival)$/;
// "(5:42)", "(6:31 pm)", "(late)": an American roll call's time of arrival, or its mark of it, after the name.
const ARRIVAL = /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|late)$/;
// "(excused)", "(unexcused)": a roll call's word on an absence or a late arrival, the list saying which it was.
const ROLL_WORDS = new Set(['excused', 'unexcused']);
// "(via Microsoft Teams)", "(by video call)": a means of taking part not in the list above.
const BY_MEANS = /^(?:via|by)\s\S/;
// The list a bracketed word puts its person on: the minute taker is the secretariat, a member marked absent the apologies.
// ("(observer)", "(guest)" stay the person's role: the list they are on says how they attended.)
const LIST_WORDS = new Map<string, Attendance>([
  ['minutes', 'secretariat'], ['minute taker', 'secretariat'], ['minute-taker', 'secretariat'], ['minutes taker', 'secretariat'],
  ['note taker', 'secretariat'], ['note-taker', 'secretariat'], ['secretariat', 'secretariat'],
  // "Dr Jo Finch (ab)" in a list of the members: absent, with apologies.
  ['ab', 'apologies'], ['absent', 'apologies'], ['not present', 'apologies'], ['apologies', 'apologies'], ['apols', 'apologies'],
]);
// "Spinnaker - present", "Tekton, not present", "Jo Finch- Supervisor- Absent", "Supervisor-Present": a roll's mark after the entry.
const PRESENCE_MARK = /(?:,\s|\s?[-–]\s?)(?:(not\s)?present|(absent))$/i;
// "Atos, via video conf", "Amazon via phone": the means written after the description without brackets.
// "Cr M Kerr – HBRC virtually": an adverb of the mode after it, as New Zealand councils write those who joined online.
const TRAILING_MEANS = /(?:,\s?|\s)(?:(?:via|by)\s(?:ms\s|microsoft\s)?(?:video(?:\s(?:conf|conference|conferencing|call|link))?|videoconference|phone|telephone|teleconference|teams|zoom|skype|webex)|virtually|remotely)$/i;

/** Whether the text ends in "present" or "absent", in any case: the words a roll marks each member with. */
export function endsInRollWord(text: string): boolean {
  const tail = text.slice(-7).toLowerCase();
  return tail === 'present' || tail.endsWith('absent');
}

/** Whether the words alone ("minutes", "absent") put their person on a list: marks only, no description left. */
export function isAttendanceMark(words: string): boolean {
  const marks = splitAttendanceMarks(words);
  return marks.text === '' && marks.list !== null;
}

/** Whether the text ends in a means of taking part written without brackets ("..., via phone"). */
export const endsInMeans = (text: string): boolean => TRAILING_MEANS.test(text);

const ABSENT_LETTER = /\S\s[-–]\sA$/;
const LAST_BRACKET = /(?<!\s)\s*\(([^()]{2,60})\)$/;

export interface AttendanceMarks {
  /** The text without the marks. */
  text: string;
  /** The list the marks put the person on, or null. */
  list: Attendance | null;
  /** A time of leaving or arriving: there for part of the meeting. */
  partial: boolean;
}

/**
 * "Scottish Government (online; minutes)", "COSLA (dialling in)": brackets at the end that say
 * how someone attended, that they took the minutes or were absent. Each bracket is read only when
 * every part of it ("online", "minutes", "Secretariat - Minutes") is such a mark.
 */
export function splitAttendanceMarks(written: string): AttendanceMarks {
  const roll = endsInRollWord(written) ? PRESENCE_MARK.exec(written) : null;
  if (roll) return { ...splitAttendanceMarks(written.slice(0, roll.index)), ...(roll[1] || roll[2] ? { list: 'apologies' as const } : {}) };
  const means = TRAILING_MEANS.exec(written);
  if (means) return splitAttendanceMarks(written.slice(0, means.index).trim());
  // "Ingrid Barker – A": a membership list's mark for an absent member.
  if (written.endsWith(' A') && ABSENT_LETTER.test(written)) return { ...splitAttendanceMarks(written.slice(0, written.length - 4)), list: 'apologies' };
  // "Jo Finch (ab)": the roster's reading of the entry may have taken the bracket off already.
  // ("Secretariat" alone describes the person's part in the body, and stays their description.)
  // "Ingrid Barker – A": the roster's reading of the entry may have taken the name off already, leaving the mark.
  if (written.trim() === 'A') return { text: '', list: 'apologies', partial: false };
  const word = written.trim().toLowerCase();
  // "Ann Reed - Present" once the name is off: the roll's mark alone says nothing more of the person.
  if (word === 'present') return { text: '', list: null, partial: false };
  const alone = word === 'secretariat' ? undefined : LIST_WORDS.get(word);
  if (alone) return { text: '', list: alone, partial: false };
  if (HALF.test(word) || ARRIVAL.test(word)) return { text: '', list: null, partial: true };
  if (ROLL_WORDS.has(word)) return { text: '', list: null, partial: false };
  let text = written;
  let list: Attendance | null = null;
  let partial = false;
  for (let m = text.endsWith(')') ? LAST_BRACKET.exec(text) : null; m; m = text.endsWith(')') ? LAST_BRACKET.exec(text) : null) {
    const parts = m[1]!.toLowerCase().split(/[;,]|\s[-–]\s/).map((p) => p.trim());
    let marked: Attendance | null = null;
    let timed = false;
    for (const part of parts) {
      const listed = LIST_WORDS.get(part);
      if (listed) marked = marked === 'secretariat' ? marked : listed;
      else if (TIMED.test(part) || HALF.test(part) || LATE_OR_EARLY.test(part) || ARRIVAL.test(part)) timed = true;
      else if (!MODES.has(part) && !ROLL_WORDS.has(part) && !(BY_MEANS.test(part) && part.length <= 30)) return { text, list, partial };
    }
    list = list === 'secretariat' ? list : (marked ?? list);
    partial ||= timed;
    text = text.slice(0, m.index).trim();
  }
  // "Executive Assistant to the Board / Minute Taker": the minute taker named as the last part of the post, which stays whole.
  if (list === null && text.includes('aker') && TAKER_LAST.test(text)) list = 'secretariat';
  // "TVoS Secretary – minutes": the post, then the mark of the minute taker after a dash; the post alone stays.
  const minutes = list === null && text.endsWith('inutes') ? MINUTES_LAST.exec(text) : null;
  if (minutes) return { text: text.slice(0, minutes.index).trim(), list: 'secretariat', partial };
  return { text, list, partial };
}

const TAKER_LAST = /(?:\s\/|,|\s[-–])\s(?:minute|minutes|note)[\s-]?taker$/i;
const MINUTES_LAST = /(?:;|\s[-–])\s(?:minutes)$/i;

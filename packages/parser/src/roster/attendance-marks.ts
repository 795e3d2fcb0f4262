import type { Attendance } from '@lsmp/model';

// How or when someone took part: said of the person, no part of their post or organisation.
const MODES = new Set([
  'online', 'virtual', 'virtually', 'remote', 'remotely', 'in person', 'in-person', 'dialling in', 'dialled in', 'dial-in', 'dialing in',
  'by phone', 'by telephone', 'by video', 'via teams', 'via zoom', 'via video link', 'via phone', 'video', 'telephone', 'teams', 'zoom',
]);
// "(until 4:20pm)", "(from 11.00)", "(left at 3pm)": there for part of the meeting.
const TIMED = /^(?:until|from|till|left at|arrived at|joined at|joined|left)\s+\d/;
// The list a bracketed word puts its person on: the minute taker is the secretariat, a guest in attendance.
const LIST_WORDS = new Map<string, Attendance>([
  ['minutes', 'secretariat'], ['minute taker', 'secretariat'], ['minute-taker', 'secretariat'], ['minutes taker', 'secretariat'],
  ['note taker', 'secretariat'], ['note-taker', 'secretariat'], ['secretariat', 'secretariat'],
  ['guest', 'in-attendance'], ['observer', 'in-attendance'],
]);
const LAST_BRACKET = /(?<!\s)\s*\(([^()]{2,60})\)$/;

export interface AttendanceMarks {
  /** The text without the marks. */
  text: string;
  /** The list the marks put the person on, or null. */
  list: Attendance | null;
}

/**
 * "Scottish Government (online; minutes)", "COSLA (guest) (dialling in)": brackets at the end that say
 * how someone attended, or that they took the minutes or came as a guest. Each bracket is read only when
 * every part of it ("online", "minutes", "Secretariat - Minutes") is such a mark.
 */
export function splitAttendanceMarks(written: string): AttendanceMarks {
  let text = written;
  let list: Attendance | null = null;
  for (let m = text.endsWith(')') ? LAST_BRACKET.exec(text) : null; m; m = text.endsWith(')') ? LAST_BRACKET.exec(text) : null) {
    const parts = m[1]!.toLowerCase().split(/[;,]|\s[-–]\s/).map((p) => p.trim());
    let marked: Attendance | null = null;
    for (const part of parts) {
      const listed = LIST_WORDS.get(part);
      if (listed) marked = marked === 'secretariat' ? marked : listed;
      else if (!MODES.has(part) && !TIMED.test(part)) return { text, list };
    }
    list = list === 'secretariat' ? list : (marked ?? list);
    text = text.slice(0, m.index).trim();
  }
  return { text, list };
}

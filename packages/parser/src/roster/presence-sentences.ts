import type { Attendee } from '@lsmp/model';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { parseEntry } from './parse-entry.js';

/**
 * "Councillor Bernie Hale joined the meeting at 11.15am.", "Councillor Ray Moss would be late attending the
 * meeting.", "Councillor Ann Vale declared a personal interest in item 7.": minutes with no list of those present
 * (a committee page's record) still say who came late, left or declared an interest, and so was there. Read only
 * where no one was read as present.
 */

// The words after the person; the subject is the sentence's opening words before them.
const PRESENT_VERBS = [
  ' joined the meeting', ' rejoined the meeting', ' arrived at the meeting', ' arrived late', ' would be late', ' was late',
  ' left the meeting', ' declared a ', ' declared an ',
];
// "It was noted that Councillor ...": the clause before the person.
const NOTED_THAT = /^it\s+was\s+(?:noted|reported)\s+that\s+/i;
// A person named with a title ("Councillor", "Mr") in a few words; a longer subject is a clause.
const MAX_SUBJECT_WORDS = 6;

/** The people the lines' sentences put at the meeting, whom the lists did not name; none where anyone was read as present. */
export function readPresenceSentences(lines: readonly Line[], attendees: Attendee[], ctx: Context): Attendee[] {
  if (attendees.some((a) => a.attendance === 'present')) return [];
  const known = new Set(attendees.map((a) => a.name.toLowerCase()));
  const added: Attendee[] = [];
  for (const line of lines) {
    for (const phrase of PRESENT_VERBS) {
      const at = line.blank ? -1 : line.text.indexOf(phrase);
      if (at <= 0) continue;
      const subject = line.text.slice(line.text.lastIndexOf('. ', at) + 1, at).trim().replace(NOTED_THAT, '');
      const entry = subject.split(/\s+/).length <= MAX_SUBJECT_WORDS ? parseEntry([subject]) : null;
      if (!entry?.honorific || known.has(entry.name.toLowerCase())) continue;
      known.add(entry.name.toLowerCase());
      added.push({
        id: `a${attendees.length + added.length + 1}`, name: entry.name, honorific: entry.honorific, initials: entry.initials,
        organisation: null, role: null, attendance: 'present', chair: false, substituteFor: null, shadowing: null, partial: false, list: null,
        position: ctx.lineSpan(line),
      });
    }
  }
  return added;
}

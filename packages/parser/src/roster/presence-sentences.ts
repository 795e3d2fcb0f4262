import type { Attendee } from '@lsmp/model';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { addedAttendee } from './added-attendee.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

/**
 * "Councillor Bernie Hale joined the meeting at 11.15am.", "Councillor Ray Moss would be late attending the
 * meeting.", "Councillor Ann Vale declared a personal interest in item 7.": minutes with no list of those present
 * (a committee page's record) still say who came late, left or declared an interest, and so was there; and who
 * presented an item ("Jo Finch, Police and Crime Commissioner, presented the report", "The item was introduced by
 * Ray Moss, Head of Service, who ..."), there to present it. Read only where no one was read as present.
 */

// The words after the person; the subject is the sentence's opening words before them.
const PRESENT_VERBS = [
  ' joined the meeting', ' rejoined the meeting', ' arrived at the meeting', ' arrived late', ' would be late', ' was late',
  ' left the meeting', ' declared a ', ' declared an ',
];
// The words after one who presented an item, and before one in the passive.
const PRESENTED = [' presented the report', ' introduced the report', ' introduced the item', ' presented the item'];
const PRESENTED_BY = [' was introduced by ', ' was presented by '];
// A presenter is named with a post at most so long ("Jo Finch, Devon Police and Crime Commissioner").
const MAX_PRESENTER_WORDS = 14;
// Members are named with their title; a presenter without one attended to present.
const MEMBER_TITLE = /^(?:cllrs?|councillors?|county councillor|mayor|deputy mayor)$/i;
// "Minutes: Jo Finch ... presented the report": a committee page's label run into the record.
const RECORD_LABEL = /^(?:Minutes|Decisions?):\s*/;
// "Ray Moss, Head of Service, who gave an update": the presenter's words end at the clause about them.
const CLAUSE_AFTER = /\swho\s|\.\s|\.$/;
// "It was noted that Councillor ...": the clause before the person.
const NOTED_THAT = /^it\s+was\s+(?:noted|reported)\s+that\s+/i;
// A person named with a title ("Councillor", "Mr") in a few words; a longer subject is a clause.
const MAX_SUBJECT_WORDS = 6;

/** The people the lines' sentences put at the meeting, whom the lists did not name; none where anyone was read as present. */
export function readPresenceSentences(lines: readonly Line[], attendees: Attendee[], ctx: Context): Attendee[] {
  if (attendees.some((a) => a.attendance === 'present')) return [];
  const known = new Set(attendees.map((a) => a.name.toLowerCase()));
  const added: Attendee[] = [];
  const attendeeOf = (entry: RosterEntry, attendance: Attendee['attendance'], organisation: string | null, role: string | null, line: Line): Attendee =>
    addedAttendee(entry, attendance, { organisation, role }, attendees.length + added.length, ctx.lineSpan(line));
  for (const line of lines) {
    if (line.blank) continue;
    for (const phrase of PRESENT_VERBS) {
      const at = line.text.indexOf(phrase);
      if (at <= 0) continue;
      const subject = line.text.slice(line.text.lastIndexOf('. ', at) + 1, at).trim().replace(NOTED_THAT, '');
      const entry = subject.split(/\s+/).length <= MAX_SUBJECT_WORDS ? parseEntry([subject]) : null;
      if (!entry?.honorific || known.has(entry.name.toLowerCase())) continue;
      known.add(entry.name.toLowerCase());
      added.push(attendeeOf(entry, 'present', null, null, line));
    }
  }
  for (const line of lines) {
    if (line.blank) continue;
    for (const subject of presenters(line.text)) {
      const entry = subject.split(/\s+/).length <= MAX_PRESENTER_WORDS && /^\p{Lu}/u.test(subject) && !/^the\s/i.test(subject) ? parseEntry([subject]) : null;
      if (!entry?.name.includes(' ') || known.has(entry.name.toLowerCase())) continue;
      known.add(entry.name.toLowerCase());
      const member = entry.honorific !== null && MEMBER_TITLE.test(entry.honorific);
      added.push(attendeeOf(entry, member ? 'present' : 'in-attendance', entry.description.organisation, entry.description.role, line));
    }
  }
  return added;
}

/** Who the line says presented an item: the sentence's subject before "presented the report", or the words after "was introduced by". */
function presenters(text: string): string[] {
  const out: string[] = [];
  for (const phrase of PRESENTED) {
    const at = text.indexOf(phrase);
    if (at > 0) out.push(text.slice(text.lastIndexOf('. ', at) + 1, at).trim().replace(RECORD_LABEL, '').replace(/,$/, ''));
  }
  for (const phrase of PRESENTED_BY) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    const after = text.slice(at + phrase.length);
    const end = after.search(CLAUSE_AFTER);
    out.push((end === -1 ? after : after.slice(0, end)).trim().replace(/,$/, ''));
  }
  return out;
}

import type { Attendee } from '@lsmp/model';
import { initialsOf, surnameOf } from '../text/names.js';

// "Facilitator: Dr Waller (WW)", "Note-taker: Sylma Roe" among a form's fields above the lists, then "Present:" naming
// the same people again: one attendee each, the listed one, who keeps the field's chair and initials.

// The form's fields that name one person: who runs the meeting, takes its notes, keeps its time.
const FIELD_LABEL = /^(?:facilitator|chair(?:man|person|woman)?|note[- ]?taker|minute[- ]?taker|time[- ]?keeper|recorder|scribe)$/i;

/** Whether a field's person (perhaps "Dr Waller", a title and a surname) is the listed person. */
function samePerson(field: Attendee, listed: Attendee): boolean {
  if (field.name.toLowerCase() === listed.name.toLowerCase()) return true;
  if (field.name.includes(' ') || surnameOf(listed.name) !== field.name) return false;
  return (field.honorific !== null && field.honorific === listed.honorific) || (field.initials !== null && field.initials === initialsOf(listed.name));
}

/** The attendees with each form field's person folded into the same person listed after it; ids given again when any is. */
export function foldFieldPeople(attendees: Attendee[]): Attendee[] {
  const dropped = new Set<Attendee>();
  attendees.forEach((field, k) => {
    if (field.list === null || !FIELD_LABEL.test(field.list.trim().replace(/:$/, ''))) return;
    const listed = attendees.filter((a, j) => j > k && a.attendance === 'present' && a.list !== field.list && !dropped.has(a) && samePerson(field, a));
    if (listed.length !== 1) return;
    const person = listed[0]!;
    if (field.chair) person.chair = true;
    if (person.initials === null && field.initials !== null) person.initials = field.initials;
    dropped.add(field);
  });
  if (dropped.size === 0) return attendees;
  const kept = attendees.filter((a) => !dropped.has(a));
  kept.forEach((a, k) => {
    a.id = `a${k + 1}`;
  });
  return kept;
}

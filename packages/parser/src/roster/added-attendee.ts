import type { Attendee } from '@lsmp/model';
import type { RosterEntry } from './parse-entry.js';

/**
 * An attendee the text names outside the lists ("Cllr Hale was also present", a witness's bullet), numbered after the
 * `count` attendees already read: no chair, stand-in or list of their own.
 */
export function addedAttendee(
  entry: RosterEntry,
  attendance: Attendee['attendance'],
  description: { organisation: string | null; role: string | null },
  count: number,
  position: Attendee['position'],
): Attendee {
  return {
    id: `a${count + 1}`, name: entry.name, honorific: entry.honorific, initials: entry.initials, organisation: description.organisation,
    role: description.role, attendance, chair: false, substituteFor: null, shadowing: null, partial: false, list: null, position,
  };
}

import type { Attendee } from '@lsmp/model';

/**
 * "Chair: Julia Mulligan" above the lists, and Julia Mulligan again among those present:
 * one person, who chaired. A chair entry that gives nothing but a name gives way to a
 * later entry of the same name among those present, which takes the chair; ids are
 * then given again in order.
 */
export function foldChairField(attendees: Attendee[]): Attendee[] {
  const folded = attendees.filter((chair, k) => {
    if (!chair.chair || chair.organisation || chair.role || chair.initials) return true;
    const name = chair.name.toLowerCase();
    const later = attendees.find((other, j) => j > k && other.attendance === 'present' && other.name.toLowerCase() === name);
    if (!later) return true;
    later.chair = true;
    return false;
  });
  if (folded.length === attendees.length) return attendees;
  folded.forEach((attendee, k) => {
    attendee.id = `a${k + 1}`;
  });
  return folded;
}

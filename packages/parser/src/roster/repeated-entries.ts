import type { Attendee } from '@lsmp/model';

/**
 * "..., Kris Gray (KGY), Adam Klein (AK), ..., Kris Gray (KGY), ...": a person written twice in
 * the same list, the same way, is one attendee; the later entry is dropped. The same name in
 * another list (present and apologies) stays: each list entry is its own record there.
 */
export function withoutRepeatedEntries(attendees: Attendee[]): Attendee[] {
  const seen = new Set<string>();
  const kept = attendees.filter((a) => {
    const key = [a.list, a.attendance, a.name, a.initials, a.organisation, a.role, a.substituteFor].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length === attendees.length) return attendees;
  kept.forEach((a, k) => {
    a.id = `a${k + 1}`;
  });
  return kept;
}

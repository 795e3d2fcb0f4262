import type { Attendee } from '@lsmp/model';

/**
 * The name to show for an attendee: honorific and name as written ("Cllr Marie Pye").
 * @param attendee A roster entry.
 * @returns The display name.
 */
export function attendeeDisplayName(attendee: Pick<Attendee, 'honorific' | 'name'>): string {
  return attendee.honorific ? `${attendee.honorific} ${attendee.name}` : attendee.name;
}

/**
 * A name with the short form the minutes use kept beside it, "Richard Barnes (RB)",
 * or the short form alone when nothing resolved it. A short form that is already a
 * word of the name ("Forogh" for "Forogh Rahmani") adds nothing and is left out.
 * @param name The resolved full name, or null.
 * @param initials The form as written ("RB").
 * @returns The label.
 */
export function nameWithInitials(name: string | null, initials: string): string {
  if (!name) return initials;
  const words = name.split(/\s+/);
  return name === initials || words.includes(initials) ? name : `${name} (${initials})`;
}

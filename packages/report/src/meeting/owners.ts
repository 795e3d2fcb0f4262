import type { Action, Attendee, OwnerRef } from '@lsmp/model';
import { nameWithInitials } from '../shared/people.js';

/**
 * An owner for people to read: a person as "Name (initials), Organisation", an
 * organisation or group by its name, anything unresolved as written.
 * @param owner The owner reference.
 * @param attendees The roster, to add the person's organisation.
 */
export function ownerLabel(owner: OwnerRef, attendees: readonly Attendee[]): string {
  if (owner.kind !== 'person') return owner.name ?? owner.raw;
  const label = nameWithInitials(owner.name, owner.raw);
  const organisation = attendees.find((a) => a.id === owner.attendeeId)?.organisation;
  return organisation ? `${label}, ${organisation}` : label;
}

/**
 * Every owner of an action for people to read. Uses the resolved references, or
 * the owners as written where the parser resolved none.
 */
export function ownerLabels(action: Action, attendees: readonly Attendee[]): string[] {
  if (action.ownerRefs.length === 0) return [...action.owners];
  return action.ownerRefs.map((owner) => ownerLabel(owner, attendees));
}

const ORIGIN_LABELS: Record<Action['origin'], string> = {
  new: 'New',
  'matters-arising': 'Matters arising',
  outstanding: 'Outstanding',
};

/** Where an action came from, for people to read ("Matters arising"). */
export function actionOriginLabel(action: Action): string {
  return ORIGIN_LABELS[action.origin];
}

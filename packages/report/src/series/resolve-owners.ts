import type { Action, Minutes } from '@lsmp/model';

/** An action owner as written, with the person and organisation it stands for where known. */
export interface TrackedOwner {
  raw: string;
  /** The person's or body's full name, or null when the roster does not say. */
  name: string | null;
  organisation: string | null;
}

/** The owners of an action, resolved against the roster of the meeting that recorded it. */
export function resolveOwners(action: Action, minutes: Minutes): TrackedOwner[] {
  if (action.ownerRefs.length === 0) return action.owners.map((raw) => ({ raw, name: null, organisation: null }));
  return action.ownerRefs.map((ref) => {
    const attendee = ref.attendeeId ? minutes.attendees.find((a) => a.id === ref.attendeeId) : undefined;
    const organisation = attendee?.organisation ?? (ref.kind === 'organisation' ? ref.name : null);
    return { raw: ref.raw, name: ref.name ?? attendee?.name ?? null, organisation };
  });
}

/** "Chris Mansell (GLA)", "GLA", or the owner as written. */
export function describeOwner(owner: TrackedOwner): string {
  const name = owner.name ?? owner.raw;
  return owner.organisation && owner.organisation !== name ? `${name} (${owner.organisation})` : name;
}

import type { Attendee } from '@lsmp/model';
import type { RosterSection } from './read-roster.js';

const isCount = (s: string | null) => s !== null && s !== '' && [...s].every((c) => c >= '0' && c <= '9');

/**
 * MeetBot's "People Present (lines said)" counts every nick that spoke, the meeting's own bot among them
 * ("zodbot (5)"): a nick in small letters ending in "bot" in such a list is the bot, no one present, and the
 * count in brackets after each nick ("annh (52)") is how many lines they said, no organisation.
 */
export function withoutMeetingBot(attendees: Attendee[], roster: readonly RosterSection[]): Attendee[] {
  if (!roster.some((section) => section.heading.label.toLowerCase().includes('lines said'))) return attendees;
  return attendees
    .filter((a) => !(a.name.endsWith('bot') && !a.name.includes(' ') && a.name === a.name.toLowerCase()))
    .map((a) => (isCount(a.organisation) ? { ...a, organisation: null } : a));
}

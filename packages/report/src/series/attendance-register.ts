import type { Attendee } from '@lsmp/model';
import type { OrderedSeries } from './meetings.js';
import { personKey } from './normalise-name.js';
import { countOrganisations, type RegisterOrganisation } from './organisation-counts.js';

/**
 * A person's standing at one meeting. `substitute`: present in place of a member.
 * `absent`: listed as absent. `not-listed`: not on that meeting's roster at all.
 */
export type RegisterStatus = 'present' | 'substitute' | 'apologies' | 'absent' | 'not-listed';

export const REGISTER_STATUSES: readonly RegisterStatus[] = ['present', 'substitute', 'apologies', 'absent', 'not-listed'];

export interface RegisterCell {
  meetingId: string;
  status: RegisterStatus;
  /** The organisation the roster gave at this meeting. */
  organisation: string | null;
  substituteFor: string | null;
  chair: boolean;
}

export interface RegisterPerson {
  /** Normalised name that joins the spellings ("anjana patel"). */
  key: string;
  /** The name as the latest minutes write it, without honorific. */
  name: string;
  honorific: string | null;
  /** Every way the minutes wrote the person, with honorific ("Cll Anjana Patel", "Cllr Anjana Patel"). */
  spellings: string[];
  /** The latest organisation the rosters give, or null. */
  organisation: string | null;
  /** One cell per meeting, in series order. */
  cells: RegisterCell[];
  counts: Record<RegisterStatus, number>;
}

export interface AttendanceRegister {
  people: RegisterPerson[];
  organisations: RegisterOrganisation[];
}

// When a person is in two lists of one meeting (apologies, then present as a
// substitute), the register shows the one that says the most about attendance.
const PRECEDENCE: readonly RegisterStatus[] = ['present', 'substitute', 'apologies', 'absent', 'not-listed'];

/** People and organisations against meetings, joining the same person written differently. */
export function buildAttendanceRegister(series: OrderedSeries): AttendanceRegister {
  const people = new Map<string, RegisterPerson>();
  series.minutes.forEach((minutes, index) => {
    const meetingId = series.meetings[index]!.id;
    for (const attendee of minutes.attendees) {
      const key = personKey(attendee.name);
      if (!key) continue;
      const person = people.get(key) ?? newPerson(key, series);
      people.set(key, person);
      notePerson(person, attendee);
      const cell = person.cells[index]!;
      const status = statusOf(attendee);
      if (PRECEDENCE.indexOf(status) < PRECEDENCE.indexOf(cell.status)) {
        person.cells[index] = { meetingId, status, organisation: attendee.organisation, substituteFor: attendee.substituteFor, chair: cell.chair };
      }
      person.cells[index]!.chair ||= attendee.chair;
    }
  });
  const sorted = [...people.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const person of sorted) for (const cell of person.cells) person.counts[cell.status] += 1;
  return { people: sorted, organisations: countOrganisations(sorted, series.meetings) };
}

function newPerson(key: string, series: OrderedSeries): RegisterPerson {
  return {
    key,
    name: '',
    honorific: null,
    spellings: [],
    organisation: null,
    cells: series.meetings.map((m) => ({ meetingId: m.id, status: 'not-listed', organisation: null, substituteFor: null, chair: false })),
    counts: Object.fromEntries(REGISTER_STATUSES.map((s) => [s, 0])) as Record<RegisterStatus, number>,
  };
}

// Meetings are visited in date order, so the latest spelling and organisation win.
function notePerson(person: RegisterPerson, attendee: Attendee): void {
  const name = attendee.name.trim();
  // A name in capitals is a heading style, not a spelling: keep a mixed-case one.
  if (!person.name || !isAllCapitals(name) || isAllCapitals(person.name)) {
    person.name = name;
    person.honorific = attendee.honorific;
  }
  const spelling = [attendee.honorific, attendee.name.trim()].filter(Boolean).join(' ');
  if (!person.spellings.includes(spelling)) person.spellings.push(spelling);
  if (attendee.organisation) person.organisation = attendee.organisation;
}

function statusOf(attendee: Attendee): RegisterStatus {
  if (attendee.attendance === 'apologies') return 'apologies';
  if (attendee.attendance === 'absent') return 'absent';
  return attendee.substituteFor ? 'substitute' : 'present';
}

function isAllCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

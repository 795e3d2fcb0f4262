import type { RegisterPerson } from './attendance-register.js';
import type { SeriesMeeting } from './meetings.js';
import { organisationKey } from './normalise-name.js';

/** People of one organisation at one meeting, by standing. */
export interface OrganisationCell {
  meetingId: string;
  present: number;
  substitute: number;
  apologies: number;
  absent: number;
}

export type OrganisationTotals = Omit<OrganisationCell, 'meetingId'>;

export interface RegisterOrganisation {
  /** Normalised name that joins the spellings. */
  key: string;
  /** The name as the latest minutes write it. */
  name: string;
  /** One cell per meeting, in series order. */
  cells: OrganisationCell[];
  totals: OrganisationTotals;
  /** Meetings at which someone from the organisation was there (present or substitute). */
  meetingsRepresented: number;
}

/**
 * Counts per organisation and meeting, using the organisation each roster gave at
 * that meeting (people move). People with no organisation are not counted here.
 * Sorted by meetings represented, then attendances, then name.
 */
export function countOrganisations(people: readonly RegisterPerson[], meetings: readonly SeriesMeeting[]): RegisterOrganisation[] {
  const organisations = new Map<string, RegisterOrganisation>();
  // The meeting whose spelling an organisation's name has: the latest wins.
  const namedAt = new Map<string, number>();
  for (const person of people) {
    person.cells.forEach((cell, index) => {
      if (!cell.organisation || cell.status === 'not-listed') return;
      const key = organisationKey(cell.organisation);
      const organisation = organisations.get(key) ?? newOrganisation(key, meetings);
      organisations.set(key, organisation);
      organisation.cells[index]![cell.status] += 1;
      organisation.totals[cell.status] += 1;
      if ((namedAt.get(key) ?? -1) <= index) {
        organisation.name = cell.organisation;
        namedAt.set(key, index);
      }
    });
  }
  for (const organisation of organisations.values()) {
    organisation.meetingsRepresented = organisation.cells.filter((c) => c.present + c.substitute > 0).length;
  }
  return [...organisations.values()].sort(
    (a, b) =>
      b.meetingsRepresented - a.meetingsRepresented ||
      b.totals.present + b.totals.substitute - (a.totals.present + a.totals.substitute) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function newOrganisation(key: string, meetings: readonly SeriesMeeting[]): RegisterOrganisation {
  return {
    key,
    name: '',
    cells: meetings.map((m) => ({ meetingId: m.id, present: 0, substitute: 0, apologies: 0, absent: 0 })),
    totals: { present: 0, substitute: 0, apologies: 0, absent: 0 },
    meetingsRepresented: 0,
  };
}

import type { Attendee, Minutes } from '@lsmp/model';
import { SlugAllocator, slugify } from '../shared/slug.js';

/** A Popolo Person. */
export interface PopoloPerson {
  id: string;
  name: string;
  honorific_prefix?: string;
  /** The initials the minutes use, as an other name. */
  other_names?: { name: string; note: string }[];
}

/** A Popolo Organization. */
export interface PopoloOrganization {
  id: string;
  name: string;
  classification?: string;
}

/** A Popolo Membership of a person in an organization. */
export interface PopoloMembership {
  id: string;
  person_id: string;
  organization_id: string;
  role?: string;
  /** The organization the member stood in for, where the roster says "for …". */
  on_behalf_of_id?: string;
  /** Where the membership was seen: "present at the meeting of 2011-09-28". */
  label?: string;
}

/** The Popolo export: persons, organizations and memberships. */
export interface PopoloExport {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
}

/** Lists whose people belong to the body (members who came or sent apologies, and its secretariat). */
const BODY_ROLES: Partial<Record<Attendee['attendance'], string>> = {
  present: 'member',
  apologies: 'member',
  absent: 'member',
  secretariat: 'secretariat',
};

/** One key per person within one document: the same name in two lists is one person. */
const personKey = (a: Attendee) => slugify(a.name);

/**
 * The people and organisations of one meeting in Popolo: every named person once;
 * every organisation named on the roster, plus the body; a membership of each person
 * in their organisation (with their role), and of members and secretariat in the body
 * (role `chair`, `member`, `substitute` or `secretariat`). Guests in attendance and
 * speakers get no membership of the body.
 * @param minutes Parsed minutes.
 */
export function toPopolo(minutes: Minutes): PopoloExport {
  const slugs = new SlugAllocator();
  const persons = new Map<string, PopoloPerson>();
  const organizations = new Map<string, PopoloOrganization>();
  const memberships = new Map<string, PopoloMembership>();
  const organization = (name: string, classification?: string) => {
    const key = slugify(name);
    if (!organizations.has(key)) organizations.set(key, { id: `organization/${slugs.allocate(name)}`, name, ...(classification ? { classification } : {}) });
    return organizations.get(key)!;
  };
  const body = minutes.body ? organization(minutes.body, 'partnership board') : null;
  const seenAt = minutes.date ? ` at the meeting of ${minutes.date}` : '';
  for (const attendee of minutes.attendees) {
    const key = personKey(attendee);
    if (!persons.has(key)) {
      persons.set(key, {
        id: `person/${slugs.allocate(attendee.name)}`,
        name: attendee.name,
        ...(attendee.honorific ? { honorific_prefix: attendee.honorific } : {}),
        ...(attendee.initials ? { other_names: [{ name: attendee.initials, note: 'initials used in the minutes' }] } : {}),
      });
    }
    const person = persons.get(key)!;
    const add = (org: PopoloOrganization, fields: Omit<PopoloMembership, 'id' | 'person_id' | 'organization_id'>) => {
      const id = `membership/${person.id.slice('person/'.length)}/${org.id.slice('organization/'.length)}`;
      if (!memberships.has(id)) memberships.set(id, { id, person_id: person.id, organization_id: org.id, ...fields });
    };
    if (attendee.organisation) add(organization(attendee.organisation), attendee.role ? { role: attendee.role } : {});
    const bodyRole = BODY_ROLES[attendee.attendance];
    if (body && bodyRole) {
      const role = attendee.chair ? 'chair' : attendee.substituteFor ? 'substitute' : bodyRole;
      const onBehalf = attendee.substituteFor && attendee.organisation ? { on_behalf_of_id: organization(attendee.organisation).id } : {};
      add(body, { role, ...onBehalf, label: `${attendee.attendance}${seenAt}` });
    }
  }
  return { persons: [...persons.values()], organizations: [...organizations.values()], memberships: [...memberships.values()] };
}

/** {@link toPopolo} as JSON text, two-space indented, with a final newline. */
export function renderPopolo(minutes: Minutes): string {
  return `${JSON.stringify(toPopolo(minutes), null, 2)}\n`;
}

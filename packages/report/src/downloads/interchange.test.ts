import { MinutesSchema } from '@lsmp/model';
import { describe, expect, it } from 'vitest';
import { harbourLinks, harbourMinutes } from '../../test/fixtures/harbourside.js';
import { renderJson } from './json.js';
import { toOcdEvent } from './ocd-event.js';
import { toPopolo } from './popolo.js';

describe('renderJson', () => {
  it('round-trips to the same valid minutes', () => {
    const back = JSON.parse(renderJson(harbourMinutes));
    expect(back).toEqual(harbourMinutes);
    expect(MinutesSchema.safeParse(back).success).toBe(true);
  });
});

describe('toOcdEvent', () => {
  const event = toOcdEvent(harbourMinutes, { serviceAreas: harbourLinks, sourceHref: 'https://example.org/m.txt' });

  it('gives the time with the London offset, the venue and the source', () => {
    expect(event).toMatchObject({
      start_date: '2025-03-03T10:00:00+00:00',
      end_date: '2025-03-03T12:00:00+00:00',
      timezone: 'Europe/London',
      all_day: false,
      location: { name: 'Harbour Hall, Room <B> & Annexe' },
      sources: [{ url: 'https://example.org/m.txt', note: 'minutes' }],
    });
  });

  it('lists the body and every roster entry as participants', () => {
    expect(event.participants).toHaveLength(harbourMinutes.attendees.length + 1);
    expect(event.participants[0]).toEqual({ entity_type: 'organization', name: 'Harbourside Integration Board', note: 'host' });
    expect(event.participants.find((p) => p.name === 'Tomás Lindqvist')?.note).toBe('present; for Una Marr');
    expect(event.participants.at(-1)).toEqual({ entity_type: 'person', name: 'Dr Ines Moreau', note: 'speaker' });
  });

  it('has the agenda in dotted order with subjects, notes and related entities', () => {
    expect(event.agenda.map((a) => `${a.order} ${a.description}`)).toEqual(harbourMinutes.items.map((i) => `${i.number} ${i.title}`));
    const english = event.agenda[2]!;
    expect(english.subjects).toEqual(['English language learning']);
    expect(english.notes).toEqual(['Action 1: GH to send the provider list to members.', 'Action 2: Harbourside Council to map evening classes']);
    expect(english.related_entities).toContainEqual({ entity_type: 'organization', name: 'Harbourside Council', note: 'action owner' });
    expect(event.agenda[3]!.related_entities.map((e) => e.name)).not.toContain('@team');
  });

  it('leaves out speakers and owners not resolved to a name', () => {
    const [item] = harbourMinutes.items;
    const paragraph = { ...item!.paragraphs[0]!, speaker: { raw: 'ZZ', attendeeId: null, name: null } };
    const action = { ...harbourMinutes.actions[0]!, itemNumber: item!.number, ownerRefs: [{ raw: 'QQ', kind: 'person' as const, attendeeId: null, name: null }] };
    const event = toOcdEvent({ ...harbourMinutes, items: [{ ...item!, paragraphs: [paragraph] }], actions: [action] });
    expect(event.agenda[0]!.related_entities).toEqual([]);
  });

  it('keeps the place of items not numbered in dotted form', () => {
    const items = [{ ...harbourMinutes.items[0]!, number: '16/10/6/1' }, { ...harbourMinutes.items[1]!, number: null }];
    expect(toOcdEvent({ ...harbourMinutes, items }).agenda.map((a) => a.order)).toEqual(['1', '2']);
  });

  it('is an all-day event on the date when no time is given', () => {
    expect(toOcdEvent({ ...harbourMinutes, start: null, end: null })).toMatchObject({ start_date: '2025-03-03', end_date: '', all_day: true });
  });
});

describe('toPopolo', () => {
  const popolo = toPopolo(harbourMinutes);
  const membership = (person: string, org: string) => popolo.memberships.find((m) => m.person_id === `person/${person}` && m.organization_id === `organization/${org}`);

  it('lists each person and organisation once, with honorifics and initials', () => {
    expect(popolo.persons).toHaveLength(9);
    expect(popolo.persons.find((p) => p.id === 'person/piet-fenwick')).toEqual({
      id: 'person/piet-fenwick',
      name: 'Piet Fenwick',
      honorific_prefix: 'Cllr',
      other_names: [{ name: 'PF', note: 'initials used in the minutes' }],
    });
    expect(popolo.organizations.map((o) => o.name)).toEqual([
      'Harbourside Integration Board',
      'Harbourside Council',
      'Harbourside College',
      'Harbour Health Trust',
      `"=Equal Voices" | Residents' Forum`,
      '@Harbour University',
    ]);
  });

  it('gives memberships of organisations and of the body, but none of the body to guests', () => {
    expect(membership('rosa-wexford', 'harbourside-college')?.role).toBe('Head of Skills');
    expect(membership('nadia-okonjo', 'harbourside-integration-board')?.role).toBe('chair');
    expect(membership('tomas-lindqvist', 'harbourside-integration-board')).toMatchObject({ role: 'substitute', on_behalf_of_id: 'organization/harbour-health-trust' });
    expect(membership('gil-hartigan', 'harbourside-integration-board')?.role).toBe('secretariat');
    expect(membership('kai-brandt', 'harbourside-integration-board')).toBeUndefined();
    expect(membership('ines-moreau', 'harbourside-integration-board')).toBeUndefined();
  });

  it('makes one person of the same name in two lists', () => {
    const twice = { ...harbourMinutes, attendees: [...harbourMinutes.attendees, { ...harbourMinutes.attendees[5]!, id: 'a10', attendance: 'present' as const }] };
    expect(toPopolo(twice).persons.filter((p) => p.name === 'Una Marr')).toHaveLength(1);
  });

  it('points every membership at a listed person and organisation', () => {
    const people = new Set(popolo.persons.map((p) => p.id));
    const orgs = new Set(popolo.organizations.map((o) => o.id));
    for (const m of popolo.memberships) {
      expect(people.has(m.person_id)).toBe(true);
      expect(orgs.has(m.organization_id)).toBe(true);
    }
  });
});

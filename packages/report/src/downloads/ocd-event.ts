import type { AgendaItem, Minutes, Paragraph } from '@lsmp/model';
import { decisionLabel } from '../meeting/decisions.js';
import { meetingTitle } from '../meeting/meeting-facts.js';
import { LONDON_TIME_ZONE, londonDateTime } from '../shared/europe-london.js';
import { attendeeDisplayName } from '../shared/people.js';
import { type ItemServiceAreas, serviceAreasForItem } from '../shared/service-areas.js';

/** An entity an agenda item concerns (Open Civic Data `related_entities`). */
export interface OcdRelatedEntity {
  entity_type: 'person' | 'organization';
  name: string;
  note: string;
}

/** One agenda item of an Open Civic Data Event. */
export interface OcdAgendaItem {
  description: string;
  /** Dotted order: "1", "2", "4.1". */
  order: string;
  subjects: string[];
  classification: string[];
  notes: string[];
  related_entities: OcdRelatedEntity[];
  media: [];
}

/** An Open Civic Data Event (OCDEP 4), as scrapers such as pupa write it. */
export interface OcdEvent {
  _type: 'event';
  name: string;
  description: string;
  classification: 'committee-meeting';
  start_date: string;
  end_date: string;
  timezone: string;
  all_day: boolean;
  status: 'passed';
  location: { name: string; note: string; coordinates: null };
  participants: { entity_type: 'person' | 'organization'; name: string; note: string }[];
  agenda: OcdAgendaItem[];
  documents: [];
  media: [];
  links: [];
  sources: { url: string; note: string }[];
}

/** Options for {@link toOcdEvent}. */
export interface OcdEventOptions {
  /** Service areas per item; they become each agenda item's `subjects`. */
  serviceAreas?: readonly ItemServiceAreas[] | undefined;
  /** Where the minutes are published; becomes the event's source. */
  sourceHref?: string | undefined;
}

const DOTTED = /^\d+(\.\d+)*$/;

function flatten(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.flatMap((p) => [p, ...flatten(p.children)]);
}

function agendaItem(item: AgendaItem, index: number, minutes: Minutes, options: OcdEventOptions): OcdAgendaItem {
  const inItem = <T extends { itemNumber: string | null }>(list: readonly T[]) => list.filter((x) => item.number !== null && x.itemNumber === item.number);
  // Speakers and owners the parser could not resolve to a name ("ST" shared by two
  // people) are left out: an entity named by bare initials helps no importer.
  const speakers = flatten(item.paragraphs).flatMap((p) => (p.speaker?.name ? [p.speaker.name] : []));
  const owners = inItem(minutes.actions).flatMap((a) =>
    a.ownerRefs
      .filter((o) => o.kind !== 'unknown' && (o.kind !== 'person' || o.name !== null))
      .map((o): OcdRelatedEntity => ({ entity_type: o.kind === 'person' ? 'person' : 'organization', name: o.name ?? o.raw, note: 'action owner' })),
  );
  const related = [...speakers.map((name): OcdRelatedEntity => ({ entity_type: 'person', name, note: 'speaker' })), ...owners];
  return {
    description: item.title,
    // An item numbered otherwise ("16/10/6/1", none) keeps its place in the agenda.
    order: item.number && DOTTED.test(item.number) ? item.number : String(index + 1),
    subjects: serviceAreasForItem(options.serviceAreas, item).map((area) => area.name),
    classification: [],
    notes: [
      ...inItem(minutes.decisions).map((d) => `${decisionLabel(d)}: ${d.text}`),
      ...inItem(minutes.actions).map((a) => `Action${a.number ? ` ${a.number}` : ''}: ${a.text}`),
    ],
    related_entities: [...new Map(related.map((e) => [`${e.entity_type}|${e.name}|${e.note}`, e])).values()],
    media: [],
  };
}

/**
 * One meeting as an Open Civic Data Event: its time in Europe/London with the UTC
 * offset, venue, participants (the roster, with their list as the note), and the
 * agenda with dotted order, decisions and actions as notes, speakers and action
 * owners as related entities, and service areas as subjects.
 * @param minutes Parsed minutes.
 * @param options Service-area links and the published address.
 */
export function toOcdEvent(minutes: Minutes, options: OcdEventOptions = {}): OcdEvent {
  const date = minutes.date ?? '';
  const timed = (time: string | null) => (date && time ? londonDateTime(date, time) : date);
  return {
    _type: 'event',
    name: minutes.body ? `${minutes.body} meeting` : meetingTitle(minutes),
    description: meetingTitle(minutes),
    classification: 'committee-meeting',
    start_date: timed(minutes.start),
    end_date: minutes.end ? timed(minutes.end) : '',
    timezone: LONDON_TIME_ZONE,
    all_day: minutes.start === null,
    status: 'passed',
    location: { name: minutes.venue ?? '', note: '', coordinates: null },
    participants: [
      ...(minutes.body ? [{ entity_type: 'organization' as const, name: minutes.body, note: 'host' }] : []),
      ...minutes.attendees.map((a) => ({
        entity_type: 'person' as const,
        name: attendeeDisplayName(a),
        note: [a.attendance.replace('-', ' '), ...(a.chair ? ['chair'] : []), ...(a.substituteFor ? [`for ${a.substituteFor}`] : [])].join('; '),
      })),
    ],
    agenda: minutes.items.map((item, index) => agendaItem(item, index, minutes, options)),
    documents: [],
    media: [],
    links: [],
    sources: options.sourceHref ? [{ url: options.sourceHref, note: 'minutes' }] : [],
  };
}

/** {@link toOcdEvent} as JSON text, two-space indented, with a final newline. */
export function renderOcdEvent(minutes: Minutes, options: OcdEventOptions = {}): string {
  return `${JSON.stringify(toOcdEvent(minutes, options), null, 2)}\n`;
}

import type { RegisterCell, RegisterPerson } from './attendance-register.js';
import { formatDate } from './format-date.js';
import type { OrganisationCell } from './organisation-counts.js';
import type { TimelineEntry } from './timeline.js';
import type { TrackedAction } from './track-actions.js';

const EVENT_WORDS = { raised: 'raised', reported: 'reported on', outstanding: 'listed as outstanding', 'not-mentioned': 'not mentioned' } as const;

/** "done", "reported on, at risk". */
export function statusText(action: TrackedAction): string {
  const status = action.status.replace(/-/g, ' ');
  return action.atRisk ? `${status}, at risk` : status;
}

/**
 * "raised 28 Sep 2011; not mentioned 14 Dec 2011 to 15 Mar 2012 (2 meetings);
 * reported on 20 Jun 2012 (done)".
 */
export function actionHistoryText(action: TrackedAction, label: (id: string) => string): string {
  const parts: string[] = [];
  let silent: string[] = [];
  const flushSilence = () => {
    if (silent.length === 1) parts.push(`not mentioned ${label(silent[0]!)}`);
    if (silent.length > 1) parts.push(`not mentioned ${label(silent[0]!)} to ${label(silent.at(-1)!)} (${silent.length} meetings)`);
    silent = [];
  };
  for (const event of action.history) {
    if (event.kind === 'not-mentioned') {
      silent.push(event.meetingId);
      continue;
    }
    flushSilence();
    // "reported on 17 Apr 2024 (reported on)" would say it twice.
    const repeats = event.kind === 'reported' && event.implies === 'reported-on';
    const implies = event.kind !== 'raised' && event.implies && !repeats ? ` (${event.implies.replace(/-/g, ' ')})` : '';
    const text = `${EVENT_WORDS[event.kind]} ${label(event.meetingId)}${implies}`;
    // A record and the paragraph after it are two events of one meeting: say it once.
    if (text !== parts.at(-1)) parts.push(text);
  }
  flushSilence();
  return parts.join('; ');
}

/** A person's standing at one meeting: "present (chair)", "substitute for Ann Lee", "—" when not listed. */
export function cellText(cell: RegisterCell): string {
  if (cell.status === 'not-listed') return '—';
  if (cell.status === 'substitute') return cell.substituteFor ? `substitute for ${cell.substituteFor}` : 'substitute';
  return cell.chair ? `${cell.status} (chair)` : cell.status;
}

/** "2 present, 1 apologies", or "—" when nobody from the organisation was listed. */
export function organisationCellText(cell: OrganisationCell): string {
  const parts = (['present', 'substitute', 'apologies', 'absent'] as const).filter((k) => cell[k] > 0).map((k) => `${cell[k]} ${k}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

const OUTCOMES = {
  'held-as-announced': 'held as announced',
  'held-on-another-date': 'held on another date',
  'not-in-series': 'no minutes in the series',
  'after-series': 'after the last minutes of the series',
} as const;

/** "14 Dec 2011, 10:00–12:00 (moved from 7 Dec 2011: …); held as announced". */
export function nextMeetingText(entry: TimelineEntry, label: (id: string) => string): string {
  const next = entry.nextMeeting;
  if (!next) return 'not stated';
  const when = [next.date ? formatDate(next.date) : 'date not stated', [next.start, next.end].filter(Boolean).join('–')].filter(Boolean).join(', ');
  const moved = next.originalDate ? ` (moved from ${formatDate(next.originalDate)}${next.note ? `: ${next.note}` : ''})` : next.note ? ` (${next.note})` : '';
  const outcome = next.outcome ? `; ${OUTCOMES[next.outcome]}${next.heldAs && next.outcome === 'held-on-another-date' ? ` (${label(next.heldAs)})` : ''}` : '';
  return `${when}${next.venue ? `, ${next.venue}` : ''}${moved}${outcome}`;
}

/**
 * Meeting id to its ISO date, or its label when undated (CSV cells, machine-readable).
 * With `unique` (column names), two meetings on one day get their ids added.
 */
export function meetingDates(meetings: readonly { id: string; date: string | null; label: string }[], unique = false): (id: string) => string {
  const plain = meetings.map((m) => m.date ?? m.label);
  const shared = (i: number) => plain.indexOf(plain[i]!) !== plain.lastIndexOf(plain[i]!);
  const dates = new Map(meetings.map((m, i) => [m.id, unique && shared(i) ? `${plain[i]} (${m.id})` : plain[i]!]));
  return (id) => dates.get(id) ?? id;
}

/** The person as the register shows them: honorific and name ("Cllr Rosa Lindqvist"). */
export function displayName(person: Pick<RegisterPerson, 'honorific' | 'name'>): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

/** The other ways the minutes wrote the person. */
export function otherSpellings(person: RegisterPerson): string[] {
  const shown = displayName(person);
  return person.spellings.filter((spelling) => spelling !== shown);
}

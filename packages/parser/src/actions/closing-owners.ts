import type { OwnerResolver } from './owners.js';
import { splitOwners } from './owners.js';
import { subjectOwners } from './read-action.js';

const DASHES = [' – ', ' - ', ' — '];

/**
 * "Handbook to be circulated to parents – MK.", "Groups to be chosen - MK/PL": attendees the roster
 * knows, after a dash that closes the text, own it. The text is given back without them.
 */
export function dashOwners(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  const trimmed = text.trimEnd().replace(/\.$/, '');
  let at = -1;
  for (const dash of DASHES) at = Math.max(at, trimmed.lastIndexOf(dash));
  if (at <= 0 || trimmed.length - at > 40) return null;
  const owners = splitOwners(trimmed.slice(at + 3));
  if (owners.length === 0 || !owners.every((o) => resolver.person(o) !== null)) return null;
  return { text: trimmed.slice(0, at).trimEnd(), owners };
}

/**
 * "Transport for trips: AT to share bus pricing", "School Handbook: Handbook to be circulated – MK": a
 * topic before the colon that names no attendee, and owners the roster knows in the task after it.
 */
export function topicLabelled(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  const colon = text.indexOf(': ');
  if (colon < 1 || colon > 40) return null;
  if (splitOwners(text.slice(0, colon)).some((o) => resolver.person(o) !== null)) return null;
  const task = text.slice(colon + 2).trim();
  const subject = subjectOwners(task, resolver);
  if (subject.length > 0 && subject.every((o) => resolver.person(o) !== null)) return { text: task, owners: subject };
  return dashOwners(task, resolver);
}

// A flattened table's cell mark: " / " joins a row's cells ("Action: Circulate the notes. / HH").
const CELL_MARK = ' / ';
// The owners' cell is short: a few initials or names.
const MAX_OWNER_CELL = 40;

/**
 * "Table the options at the next meeting. / HH": a Word table's row saved as text, the action's owners in the last cell after
 * the cell mark. Initials or an organisation's acronym own it though the roster does not list them (a lay secretary named
 * in full there), as a bracket's owners do. The text is given back without the cell.
 */
export function cellOwners(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  const trimmed = text.trimEnd();
  const at = trimmed.lastIndexOf(CELL_MARK);
  if (at <= 0 || trimmed.length - at > MAX_OWNER_CELL) return null;
  const owners = splitOwners(trimmed.slice(at + CELL_MARK.length));
  if (owners.length === 0 || !owners.every((o) => resolver.isNamedOwner(o))) return null;
  return { text: trimmed.slice(0, at).trimEnd(), owners };
}

import { initialsOf } from '../text/names.js';
import { readInitialsList } from './initials-list.js';
import type { RosterEntry } from './parse-entry.js';

/**
 * "Joy Birch Louise Burrell Sally Hollis" over "JB LB SH": a table's initials column flattened into a row of its own
 * under the row of names. The initials of the last people placed, in order, when the row holds as many as there are
 * such people and each is the initials of the name above it; else null.
 */
export function readInitialsRow(text: string, placedAbove: readonly RosterEntry[]): string[] | null {
  if (text.includes(',') || text.includes('(')) return null;
  const row = readInitialsList(text);
  if (!row || row.length > placedAbove.length) return null;
  const people = placedAbove.slice(placedAbove.length - row.length);
  return people.every((person, k) => person.initials === null && initialsOf(person.name) === row[k]!.name) ? row.map((r) => r.name) : null;
}

import { looksLikePersonName } from '../text/names.js';
import { readsAsPost } from './describe.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

// The fewest pairs a row holds: two name and post cells alone are the "Name | Post" row of any list.
const LEAST_PAIRS = 2;

/**
 * "Janet Lee      Secretary      Ann Moss      Communications Officer": a Word table of names and posts saved as text,
 * two people to a row. Null unless the row is name and post cells in turn, each name a bare name and each post a
 * post that names no one.
 */
export function readNamePostPairs(cells: readonly string[]): RosterEntry[] | null {
  if (cells.length < 2 * LEAST_PAIRS || cells.length % 2 !== 0) return null;
  const entries: RosterEntry[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const name = cells[k]!;
    const post = cells[k + 1]!;
    const person = parseEntry([name]);
    if (!person || person.description.role || person.description.organisation || !looksLikePersonName(person.name)) return null;
    if (!readsAsPost(post) || parseEntry([post]) !== null) return null;
    const entry = parseEntry([name, post]);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

import { splitPersonName } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "PRESENT AUSTRIA Mr. H.G. Knitel Mr. N. Scherk BELGIUM Mr. A. Vranken FRANCE Mr. R. Doise, Chairman Mr. B. Widemann":
// an intergovernmental body's list of delegations flattened into one line, each country's name in capitals before its
// people, each person a title, initials and a surname, a post after a comma.

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?$/;
// "H.G.", "K.A.", "B": a person's initials.
const INITIALS = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;
// "Knitel", "Owe-Young", "van": a surname's words.
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)*|van|von|de|du|der|den|da|di|le|la)$/u;
// "AUSTRIA", "FEDERAL REPUBLIC OF GERMANY", "UNITED KINGDOM": a group's name, capitals of three letters or more (joining words too).
const THREE_CAPITALS = /\p{Lu}{3}/u;
const CAPITALS_WORD = /^\p{Lu}{3,}(?:[’'-]\p{Lu}+)?$|^(?:OF|THE|AND|&)$/u;
// The titles a list needs before it is read so: a handful of people.
const MIN_PEOPLE = 3;

/** The people of such a list, each with the group named before them as their organisation; null for any other text. */
export function readGroupedByCapitals(text: string): RosterEntry[] | null {
  // (A group's word has three capitals in a row: most run-on lists have none, and are not split into words.)
  if (!THREE_CAPITALS.test(text)) return null;
  const words = text.trim().split(/\s+/);
  if (!words.some((w) => CAPITALS_WORD.test(w) && w.length >= 3)) return null;
  const entries: RosterEntry[] = [];
  let group: string[] = [];
  let groupName: string | null = null;
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    if (!TITLE.test(word)) {
      // Capitals between two people (or before the first) name the next group; nothing else may stand there.
      if (!CAPITALS_WORD.test(word)) return null;
      group.push(word);
      k++;
      continue;
    }
    if (group.length > 0) {
      if (!/^\p{Lu}/u.test(group[0]!) || !/^\p{Lu}/u.test(group[group.length - 1]!) || group[group.length - 1] === 'OF' || group[group.length - 1] === 'THE') return null;
      groupName = group.join(' ');
      group = [];
    }
    if (groupName === null) return null;
    let end = k + 1;
    while (end < words.length && INITIALS.test(words[end]!)) end++;
    const initials = end - k - 1;
    let last = end;
    while (last < words.length && NAME_WORD.test(words[last]!.replace(/,$/, ''))) {
      last++;
      if (words[last - 1]!.endsWith(',')) break;
    }
    if (initials === 0 || last === end) return null;
    const written = words.slice(k, last).join(' ').replace(/,$/, '');
    const { name, honorific } = splitPersonName(written);
    k = last;
    // ", Chairman", ", Vice Chairman": the post after a comma, up to the next title or group.
    let post = '';
    if (words[last - 1]!.endsWith(',')) {
      let stop = k;
      while (stop < words.length && !TITLE.test(words[stop]!) && !(CAPITALS_WORD.test(words[stop]!) && words[stop]!.length >= 3)) stop++;
      post = words.slice(k, stop).join(' ');
      if (!post) return null;
      k = stop;
    }
    const description = describe(post);
    entries.push({ name, honorific, initials: null, chairColumn: false, description: { ...description, organisation: groupName } });
  }
  return entries.length >= MIN_PEOPLE && group.length === 0 ? entries : null;
}

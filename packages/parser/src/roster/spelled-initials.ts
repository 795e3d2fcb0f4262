import { initialsOf, isPostNominal, looksLikeInitials } from '../text/names.js';
import { abbreviates } from './leading-initials.js';
import { cutWordsAt, withTitlesBefore } from './word-cuts.js';
import { perParse } from './parse-entry.js';

// A table of name, initials and description flattened into one paragraph: "Kevin Harris KH Private Sector Emma Anderson EA
// Private Sector ..." (initials after the name) or "HH Hugh Harris London First SA Simin Azimi MRAP" (before it).

// People so written, as few as this, make such a paragraph.
const LEAST_PEOPLE = 3;

/** "KH" after "Kevin Harris": capitals that spell, letter for letter, the capitalised words beside them. */
function spells(initials: string, words: readonly string[]): boolean {
  const capitals = initials.replace(/\p{Ll}/gu, '');
  if (words.length !== capitals.length) return false;
  return words.every((w, k) => w.length > 1 && w.charAt(0) === capitals.charAt(k) && /^\p{Lu}\p{Ll}/u.test(w));
}

// "John T Evans", "Wendy Kyrle-Pope": a name of two or three words that initials abbreviate, a middle initial or a
// double surname between its first and last.
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/** The words of the name after the initials at `j` that abbreviate it (first and last initials), or 0. */
function nameAbbreviatedAfter(words: readonly string[], j: number): number {
  for (const n of [2, 3]) {
    const name = words.slice(j + 1, j + 1 + n);
    if (name.length < n || !NAME_WORD.test(name[0]!) || !NAME_WORD.test(name[n - 1]!) || (n === 3 && !MIDDLE_INITIAL.test(name[1]!) && !NAME_WORD.test(name[1]!))) continue;
    if (abbreviates(words[j]!, name.join(' ')) && initialsOf(name.join(' ')).length >= words[j]!.replace(/\p{Ll}/gu, '').length) return n;
  }
  return 0;
}

/**
 * The paragraph cut before each person: where initials follow the words they spell (or precede them), the person starts
 * at those words (or at the initials). Null unless three people at least are so written, all in one order.
 */
export const splitAtSpelledInitials = perParse(readSpelledInitials);

function readSpelledInitials(text: string): readonly string[] | null {
  if (text.includes(';') || text.includes('(')) return null;
  const commas = text.includes(',');
  const words = text.split(' ');
  const after: number[] = [];
  // The words of the name after initials that abbreviate it rather than spell it ("WKP Wendy Kyrle-Pope"), by where the initials stand.
  const nameWords = new Map<number, number>();
  const before: number[] = [];
  for (let j = 0; j < words.length; j++) {
    const word = words[j]!;
    if (!looksLikeInitials(word)) continue;
    const n = word.replace(/\p{Ll}/gu, '').length;
    // "Andy Reed OBE AR": letters after the name stand between it and its initials.
    const end = j > 0 && isPostNominal(words[j - 1]!) ? j - 1 : j;
    if (end >= n && spells(word, words.slice(end - n, end))) after.push(withTitlesBefore(words, end - n));
    else if (spells(word, words.slice(j + 1, j + 1 + n))) before.push(j);
    else {
      const named = nameAbbreviatedAfter(words, j);
      if (named > 0) {
        before.push(j);
        nameWords.set(j, named);
      }
    }
  }
  const starts = after.length >= before.length ? after : before;
  if (starts.length < LEAST_PEOPLE || (after.length > 0 && before.length > 0)) return null;
  // "CA Carole Atkinson Chair, Stop and Search WKP Wendy ...": commas inside the descriptions of rows that each open with
  // initials; where commas part the people instead, the list is read at its commas.
  if (commas && (starts === after || starts.every((j) => j === 0 || /[,;]$/.test(words[j - 1]!)))) return null;
  if (starts === after) return cutWordsAt(words, starts);
  // "AF Ada Finch Brook First" is read as "Ada Finch AF Brook First": the name, its initials, then who they are.
  return cutWordsAt(words, starts).map((part, k) => {
    if (k === 0 && starts[0]! > 0) return part;
    const cut = part.split(' ');
    const n = nameWords.get(starts[k - (starts[0]! > 0 ? 1 : 0)]!) ?? cut[0]!.replace(/\p{Ll}/gu, '').length;
    return [...cut.slice(1, n + 1), cut[0]!, ...cut.slice(n + 1)].join(' ');
  });
}

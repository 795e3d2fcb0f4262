import { isPostNominal, looksLikeInitials } from '../text/names.js';
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

/**
 * The paragraph cut before each person: where initials follow the words they spell (or precede them), the person starts
 * at those words (or at the initials). Null unless three people at least are so written, all in one order.
 */
export const splitAtSpelledInitials = perParse(readSpelledInitials);

function readSpelledInitials(text: string): readonly string[] | null {
  if (text.includes(',') || text.includes(';') || text.includes('(')) return null;
  const words = text.split(' ');
  const after: number[] = [];
  const before: number[] = [];
  for (let j = 0; j < words.length; j++) {
    const word = words[j]!;
    if (!looksLikeInitials(word)) continue;
    const n = word.replace(/\p{Ll}/gu, '').length;
    // "Andy Reed OBE AR": letters after the name stand between it and its initials.
    const end = j > 0 && isPostNominal(words[j - 1]!) ? j - 1 : j;
    if (end >= n && spells(word, words.slice(end - n, end))) after.push(withTitlesBefore(words, end - n));
    else if (spells(word, words.slice(j + 1, j + 1 + n))) before.push(j);
  }
  const starts = after.length >= before.length ? after : before;
  if (starts.length < LEAST_PEOPLE || (after.length > 0 && before.length > 0)) return null;
  if (starts === after) return cutWordsAt(words, starts);
  // "AF Ada Finch Brook First" is read as "Ada Finch AF Brook First": the name, its initials, then who they are.
  return cutWordsAt(words, starts).map((part, k) => {
    if (k === 0 && starts[0]! > 0) return part;
    const cut = part.split(' ');
    const n = cut[0]!.replace(/\p{Ll}/gu, '').length;
    return [...cut.slice(1, n + 1), cut[0]!, ...cut.slice(n + 1)].join(' ');
  });
}

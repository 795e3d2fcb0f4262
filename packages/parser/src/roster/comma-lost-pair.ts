import { splitPersonName } from '../text/names.js';
import { readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';

// A name's word written out in full: a capital, then small letters (a hyphen or apostrophe may join a second part), a vowel
// among them ("Wg Cdr" are a rank's abbreviations).
const FULL_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const VOWEL = /[aeiouyAEIOUY]/;
// Words that open a surname of two words ("Mary Rose Van Dyke" is one person).
const SURNAME_OPENER = /^(?:van|von|de|da|del|della|der|di|du|la|le|st|mac|mc|ap|ben|bin|al|el)$/i;
// The list's other entries: this many at least, each a name of two words.
const LEAST_PAIRED_ENTRIES = 2;

/** The words of an entry's name: its text before any bracket, when that is all full words. */
function nameWords(part: string): string[] | null {
  const open = part.indexOf('(');
  const name = (open === -1 ? part : part.slice(0, open)).trim();
  const words = name.split(/\s+/);
  return name !== '' && words.every((w) => FULL_WORD.test(w) && VOWEL.test(w)) ? words : null;
}

/** A given name and a surname that name no post or body, and no title before them. */
function isUntitledPersonName(words: string[]): boolean {
  const name = words.join(' ');
  return readsAsPersonNameAlone(name) && splitPersonName(name).honorific === null;
}

function namesPostOrBody(words: string[]): boolean {
  const text = words.join(' ');
  return readsAsPost(text) || readsAsBody(text);
}

/**
 * "Present were: Ray Biggs, Frank Corben, Ardis Rove Carolyn Sudd": in a list of two-word names, one entry of four full
 * words is two people whose comma was lost, each half a given name and a surname. A bracket after the four goes with the
 * second person.
 */
export function splitLostCommaPairs(parts: string[]): string[] {
  const words = parts.map(nameWords);
  // (No entry of four words: nothing to part.)
  if (!words.some((w) => w?.length === 4)) return parts;
  const paired = words.filter((w) => w !== null && w.length === 2 && isUntitledPersonName(w)).length;
  // (A list that gives posts or bodies as entries of their own, "Alex Nelson, Pheasants Forever Farmbill Biologist", is no list of names.)
  if (paired < LEAST_PAIRED_ENTRIES || words.some((w) => w !== null && (w.length > 4 || (w.length < 4 && namesPostOrBody(w))))) return parts;
  return parts.flatMap((part, k) => {
    const w = words[k];
    if (w?.length !== 4 || SURNAME_OPENER.test(w[2]!) || !isUntitledPersonName(w.slice(0, 2)) || !isUntitledPersonName(w.slice(2))) return [part];
    const second = part.indexOf(w[2]!, part.indexOf(w[1]!) + w[1]!.length);
    return [part.slice(0, second).trimEnd(), ` ${part.slice(second)}`];
  });
}

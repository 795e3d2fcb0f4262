import { looksLikePersonName } from '../text/names.js';
import { cutWordsAt, withTitlesBefore } from './word-cuts.js';
import { perParse } from './parse-entry.js';

// "Joan Maughan – Independent Chair Nigel Andrews – Tenancy Support Manager, Norwich City Council Lorna Bright – ...": a list of
// "Name – post" entries flattened into one paragraph, each person's name run on after the post of the one before.

// People so written, as few as this, make such a paragraph.
const LEAST_PEOPLE = 3;
const DASHES = new Set(['–', '—', '-']);

/**
 * The paragraph cut before each person: the two capitalised words before every dash that read as a name (with any
 * titles before them), unless a word in lower case ("Head of Social Care – Southern") runs on into them. Null unless
 * three people at least are so written.
 */
export const splitAtDashedNames = perParse(readDashedNames);

function readDashedNames(text: string): readonly string[] | null {
  const words = text.split(' ');
  const starts: number[] = [];
  for (let j = 2; j < words.length; j++) {
    if (!DASHES.has(words[j]!)) continue;
    const start = j - 2;
    const before = words[start - 1];
    if (before !== undefined && /^\p{Ll}/u.test(before)) continue;
    if (!looksLikePersonName(`${words[start]} ${words[j - 1]}`)) continue;
    starts.push(withTitlesBefore(words, start));
  }
  return starts.length < LEAST_PEOPLE ? null : cutWordsAt(words, starts);
}

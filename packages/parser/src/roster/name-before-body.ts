import type { Line } from '../scan/scan-lines.js';
import { NAME_LINKING_WORDS } from '../text/body-words.js';
import { initialsOf, looksLikeSurname, splitPersonName } from '../text/names.js';
import { readsAsBody, readsAsPost } from './describe.js';

// "Karen Ashdown Farnley Borough Council": a given name and a surname, then a capitalised phrase, with no cell break (tab)
// or bracket between them ("Stuart Keable Fisheries Officer, Environment Agency": a post, then the body after a comma).
const NAME_THEN_PHRASE = /^(\p{Lu}\p{Ll}[\p{Ll}'’-]* \p{Lu}[\p{L}'’-]+) (\p{Lu}[^\t;:()]{1,80})$/u;
// Lines that name a body by its words ("Council", "Association") before the list is read so: one could be a long name.
const MIN_BODY_LINES = 2;
const MAX_PHRASE_WORDS = 8;

/**
 * The person's two words and the phrase after them, or null where the line is not so shaped. A title before the name is
 * the person's ("Cllr Ann Lee London Councils" among "Jo Finch London Councils": the same row, written with a title).
 */
export function splitNameThenPhrase(text: string): [string, string] | null {
  const { honorific, name: rest } = splitPersonName(text);
  if (honorific === null || !rest) return splitUntitledNameThenPhrase(text);
  const split = splitUntitledNameThenPhrase(rest);
  return split ? [`${honorific} ${split[0]}`, split[1]] : null;
}

/** As splitNameThenPhrase, for a line that opens with the given name. */
function splitUntitledNameThenPhrase(text: string): [string, string] | null {
  const m = NAME_THEN_PHRASE.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const surname = name.slice(name.indexOf(' ') + 1);
  // ("Ms Iris TAM": a title first, and the name after it, is no given name; "Vice President Friends of the Library":
  // nor is a post before the body.)
  if (!looksLikeSurname(surname) || splitPersonName(name).honorific !== null || readsAsPost(name)) return null;
  // ("Jo SidiropoulosVicPol MLO": a body run into the surname is read by the rule for glued cells.)
  if (GLUED_CAPITAL.test(surname.replace(SURNAME_PREFIX, ''))) return null;
  const words = m[2]!.trim().split(/\s+/);
  // "Mary Anne Lowe, Borough Council": one word before the comma is the name's own.
  if (words[0]!.endsWith(',')) return null;
  if (words.length > MAX_PHRASE_WORDS || !words.every((w) => /^\p{Lu}\D*$/u.test(w) || NAME_LINKING_WORDS.has(w))) return null;
  // "Ann Cornelius Westlea AC": the person's initials among the words belong to a column of their own.
  if (words.includes(initialsOf(name))) return null;
  return [name, m[2]!.trim()];
}

/** "Borough Council", "Wessex Water Trust", "NFU": a body by its words, or a short acronym (no surname run into one: "TseCCOEI"). */
function namesBody(phrase: string): boolean {
  return readsAsBody(phrase) && (phrase.includes(' ') || ACRONYM.test(phrase) || !ACRONYM_INSIDE.test(phrase));
}

const GLUED_CAPITAL = /\p{Ll}\p{Lu}/u;
// "McLeod", "MacKenzie": a surname's own capital inside it.
const SURNAME_PREFIX = /^Ma?c/;
const ACRONYM = /^[\p{Lu}&]{2,8}$/u;
const ACRONYM_INSIDE = /\p{Ll}\p{Lu}{2}/u;

/** "Karen Ashdown Farnley Borough Council": a two-word name, then a phrase that names a body by its words. */
export function endsInBodyAfterName(text: string): boolean {
  const split = splitNameThenPhrase(text);
  return split !== null && namesBody(split[1]);
}

/**
 * A line that goes on with such a list: a two-word name and a phrase of two words or more ("Human Rights Commission",
 * "Riverside Civic Centre" may be a title or a venue after the list), which names a body or follows a line that does.
 */
export function goesOnNamesBeforeBodies(text: string, bodyAbove: () => boolean): boolean {
  const phrase = splitNameThenPhrase(text)?.[1];
  return phrase?.includes(' ') === true && (namesBody(phrase) || bodyAbove());
}

/**
 * "Karen Ashdown Farnley Borough Council", "Hugh Dent Wessex Water": a table of names and the bodies they represent,
 * converted with one space between the cells. When two lines or more end in a phrase that names a body by its words,
 * every line so shaped is parted after its first two words, as a tab would part them ("Hugh Dent Wessex Water" too,
 * though "Water" names no body alone; a one-word phrase only where it names a body: "Mary Anne Lowe" stays whole).
 */
export function nameBeforeBodyCells(lines: Line[]): Line[] {
  const splits = lines.map((l) => splitNameThenPhrase(l.text));
  const bodies = splits.map((s) => s !== null && namesBody(s[1]));
  if (bodies.filter(Boolean).length < MIN_BODY_LINES) return lines;
  return lines.map((line, k) => {
    const split = splits[k];
    if (!split || (!bodies[k] && !split[1].includes(' '))) return line;
    return { ...line, text: `${split[0]}\t${split[1]}` };
  });
}

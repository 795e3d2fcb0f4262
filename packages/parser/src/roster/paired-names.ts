import { looksLikePersonName, looksLikeSurname, splitPersonName } from '../text/names.js';
import { readsAsPersonNameAlone } from './describe.js';
import { perParse } from './parse-entry.js';

// "Stephen Glaister Kirsten Hearn Mike Hodgkinson (items 3 to 6) Oli Jackson": a column of names that a converter ran
// into one line with no commas, each a given name and a surname (perhaps with a middle initial), some with a bracket.

// People so written, as few as this, make such a run: two names together may be one person's longer name.
const LEAST_PEOPLE = 3;
// "T", "T.": a middle initial, between a given name and a surname.
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;
// "Special Advisors Bryan Heiser Lynn Sloman": the group's caption before its people, two words, the second a plural of a post.
const GROUP_CAPTION = /^\p{Lu}\p{Ll}+ (?:Advis[eo]rs|Officers|Members|Representatives|Directors|Trustees|Governors|Councillors|Executives|Observers|Guests|Officials|Commissioners|Staff|Speakers|Presenters|Visitors) (?=\p{Lu})/u;

/**
 * The run cut into its people, each with the bracket written after them. Null unless every word reads as part of a
 * name, every name is two words (a middle initial aside) and three people at least are so written: a longer name,
 * a post or a body among them leaves the line to the other readings.
 */
export const splitAtPairedNames = perParse(readPairedNames);

function readPairedNames(text: string): readonly string[] | null {
  if (text.includes(',') || text.includes(';') || text.includes(':')) return null;
  const people: string[] = [];
  const caption = GROUP_CAPTION.exec(text);
  let current: string[] = [];
  // Words of the current name other than its middle initial.
  let nameWords = 0;
  let at = caption ? caption[0].length : 0;
  while (at < text.length) {
    const c = text.charAt(at);
    if (c === ' ') {
      at++;
      continue;
    }
    if (c === '(') {
      // The bracket goes with the person before it ("(Vice Chair)", "(items 3 to 6)"), who must be whole.
      const close = text.indexOf(')', at);
      if (close === -1 || current.length > 0 || people.length === 0 || text.slice(at + 1, close).includes('(')) return null;
      people[people.length - 1] += ` ${text.slice(at, close + 1)}`;
      at = close + 1;
      continue;
    }
    const end = text.indexOf(' ', at) === -1 ? text.length : text.indexOf(' ', at);
    const word = text.slice(at, end);
    at = end;
    if (MIDDLE_INITIAL.test(word) && current.length === 1) {
      current.push(word);
      continue;
    }
    if (!looksLikeSurname(word)) return null;
    current.push(word);
    if (++nameWords === 2) {
      const name = current.join(' ');
      if (!looksLikePersonName(name)) return null;
      people.push(name);
      current = [];
      nameWords = 0;
    }
  }
  if (current.length !== 0) return null;
  // (Under a group's caption, two people are enough: the caption says a list follows.)
  if (people.length >= (caption ? 2 : LEAST_PEOPLE)) return people;
  return people.length === 2 && arePlainNames(people) ? people : null;
}

// "Mr": a word that is a title ("Horizon Mr Richard Foxhall" is a body, then a titled person).
const isTitleWord = (word: string) => splitPersonName(`${word} Lee`).honorific !== null;

/**
 * "John Edgar Robin McCann": two people alone, four words, as a short list's cell runs together. Read only when each is
 * plainly a given name and a surname: no initial, no title, no post or body ("Isgoed Williams Chairman",
 * "Mr Joep Font Freide" are one person each).
 */
function arePlainNames(people: readonly string[]): boolean {
  return people.every((name) => {
    const words = name.split(' ');
    return words.length === 2 && words.every((word) => word.length > 1 && !isTitleWord(word)) && readsAsPersonNameAlone(name);
  });
}

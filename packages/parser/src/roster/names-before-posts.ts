import { initialsOf, looksLikeSurname } from '../text/names.js';
import { readsAsBody, readsAsPersonNameAlone, readsAsPost } from './describe.js';
import { wordsOf } from './column-runs.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

// "Ann Lee Chair Tom Hale Trustee Joy Reed Head of Finance": a two-column table of names and posts (or bodies) whose
// line breaks and cells were lost, each person a bare given name and surname with their post after it.

// People so written, as few as this, make such a run.
const LEAST_PEOPLE = 2;
// The most words a post runs to ("Vice Chair and interim Year Group Representative P3").
const MOST_POST_WORDS = 9;
// "Ann J Lee": a middle initial between the given name and the surname.
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;
// A title opens a titled list (read by title-separated.ts), a label or a comma some other list.
const OTHER_LIST = /[,;:[\]]|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd|Prof)\.?\s/u;
// "1", "2.": a figure alone, a column of numbers, no word of a post.
const FIGURE = /^\d+\.?$/;

type Token = { word: string; bracket: boolean };
type Person = { name: string; mark: string; post: string; note: string };

/**
 * The run read person by person, or null. Read only where every word is accounted for: each name two words (a middle
 * initial aside) that read as a name and of which neither is a post or body word, each post words that read as a post
 * or a body, and perhaps a bracket after either.
 */
export function readNamesBeforePosts(text: string): RosterEntry[] | null {
  if (OTHER_LIST.test(outsideBrackets(text))) return null;
  const tokens = wordsOf(text).map((word) => ({ word, bracket: word.startsWith('(') }));
  if (tokens.length < 3 * LEAST_PEOPLE) return null;
  const people = readFrom(tokens, 0, new Map());
  if (!people || people.length < LEAST_PEOPLE) return null;
  const entries: RosterEntry[] = [];
  for (const p of people) {
    const entry = parseEntry([p.name, p.note ? `${p.post} ${p.note}` : p.post]);
    if (!entry || entry.name !== p.name) return null;
    // "Jo Lee (Councillor) Local Council Representative": the post column says what they were there as; the bracket
    // after the name adds only a chair or an attendance mark.
    const marked = p.mark ? parseEntry([`${p.name} ${p.mark}`])?.description : undefined;
    entries.push(marked ? { ...entry, description: { ...entry.description, chair: entry.description.chair || marked.chair, listMark: entry.description.listMark ?? marked.listMark ?? null } } : entry);
  }
  return entries;
}

const outsideBrackets = (text: string) => text.replace(/\([^()]*\)/g, '');

/** The people from token `at` on, each post the shortest that leaves the rest a reading; null where none. */
function readFrom(tokens: Token[], at: number, memo: Map<number, Person[] | null>): Person[] | null {
  if (memo.has(at)) return memo.get(at)!;
  let found: Person[] | null = null;
  for (const nameEnd of nameEnds(tokens, at)) {
    const name = tokens.slice(at, nameEnd).map((t) => t.word).join(' ');
    const marked = tokens[nameEnd]?.bracket === true;
    const postStart = marked ? nameEnd + 1 : nameEnd;
    // ("Fran Palmer FP Corporate Governance Manager": the person's initials after the name are a table of another shape.)
    if (tokens[postStart]?.word === initialsOf(name)) continue;
    for (let postEnd = postStart + 1; postEnd <= Math.min(tokens.length, postStart + MOST_POST_WORDS); postEnd++) {
      // ("Meeting 1 Presenter 1": a figure alone is no word of a post; "P3" may be.)
      if (tokens[postEnd - 1]!.bracket || FIGURE.test(tokens[postEnd - 1]!.word)) break;
      const post = tokens.slice(postStart, postEnd).map((t) => t.word).join(' ');
      // ("Head of Children and | Young People’s Services": a post ends on no joining word.)
      if (!/^\p{Lu}/u.test(post) || /^\p{Ll}/u.test(tokens[postEnd - 1]!.word) || !(readsAsPost(post) || readsAsBody(post))) continue;
      const noted = tokens[postEnd]?.bracket === true;
      const next = noted ? postEnd + 1 : postEnd;
      const person: Person = { name, mark: marked ? tokens[nameEnd]!.word : '', post, note: noted ? tokens[postEnd]!.word : '' };
      const rest = next === tokens.length ? [] : readFrom(tokens, next, memo);
      if (!rest) continue;
      // The shortest post that leaves a reading ("Trustee John Dodwell Trustee" reads as a post too: the run's next person is in it).
      found = [person, ...rest];
      break;
    }
    if (found) break;
  }
  memo.set(at, found);
  return found;
}

/** Where a bare name starting at token `at` may end: after a given name and surname, perhaps a middle initial between. */
function nameEnds(tokens: Token[], at: number): number[] {
  const words = tokens.slice(at, at + 3).map((t) => (t.bracket ? '' : t.word));
  const ends: number[] = [];
  if (isNameWord(words[0]) && isNameWord(words[1]) && readsAsPersonNameAlone(`${words[0]} ${words[1]}`)) ends.push(at + 2);
  if (isNameWord(words[0]) && MIDDLE_INITIAL.test(words[1] ?? '') && isNameWord(words[2]) && readsAsPersonNameAlone(words.join(' '))) ends.push(at + 3);
  return ends;
}

// ("Trustee John": a post's or body's word is no part of the name.)
const isNameWord = (w: string | undefined): w is string => w !== undefined && looksLikeSurname(w) && !readsAsPost(w) && !readsAsBody(w);

import { splitPersonName } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// The titles that open a person's name in a list written without commas.
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'rev', 'revd']);
// Words written before a title that belong to it ("Borough Cllr", "County Councillor").
const TITLE_PREFIXES = new Set(['borough', 'county', 'district', 'parish', 'town', 'city']);
// "Councillors Mrs D Clements Ms S Cordner": a plural label over the names after it.
const GROUP_LABELS = new Set(['councillors', 'cllrs', 'members', 'officers']);

const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);
const isSurname = (w: string) => /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?$/u.test(w);
const isTitle = (w: string) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, ''));

/**
 * "Vice Chairman Mrs J Taylor Councillors Mrs D Clements Ms S Cordner Parish Clerk Mrs J Markwell":
 * a list whose commas were lost (a flattened table), each person a title, initials and a surname,
 * the words between two people the post of the next one. Null unless every word is read.
 */
export function readTitleSeparated(text: string): RosterEntry[] | null {
  if (/[,;()]/.test(text)) return null;
  const words = text.trim().split(/\s+/);
  const entries: RosterEntry[] = [];
  let post: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (!isTitle(words[i]!)) {
      post.push(words[i]!);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length && isTitle(words[end]!)) end++;
    let initials = 0;
    while (end + initials < words.length && isInitial(words[end + initials]!)) initials++;
    const surname = words[end + initials];
    if (initials === 0 || !surname || !isSurname(surname)) return null;
    const prefixes: string[] = [];
    while (post.length > 0 && TITLE_PREFIXES.has(post[post.length - 1]!.toLowerCase())) prefixes.unshift(post.pop()!);
    const described = post.filter((w) => !GROUP_LABELS.has(w.toLowerCase())).join(' ');
    const { name, honorific } = splitPersonName([...prefixes, ...words.slice(i, end + initials + 1)].join(' '));
    const description = described ? describe(described) : describe('');
    entries.push({ name, honorific, initials: null, chairColumn: false, description });
    post = [];
    i = end + initials + 1;
  }
  // One person is read here only with the post written before the name ("Footpath Warden Mr C Philpott").
  const enough = entries.length >= 2 || (entries.length === 1 && entries[0]!.description.role !== null);
  return enough && post.length === 0 ? entries : null;
}

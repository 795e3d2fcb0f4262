import { splitTopLevel } from '../text/clean.js';
import { looksLikePersonName, splitPersonName } from '../text/names.js';
import { describe, readsAsBody, readsAsPost } from './describe.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';
import { splitDescriptionBeforePerson } from './run-on-marks.js';

// A flattened "Name, Post" table: each person's post runs into the next person's title, only the name's comma kept.

// The run-together parts a list needs before it is read this way: one could be a post before a name ("Town Clerk Mr A Lee").
const MIN_RUN_TOGETHER = 2;

/**
 * "Mr. E. Hale J.P., Secretary/Manager Mrs. K. Rowe, Director of Planning Mr. J. Finch, Inspector of Poor, Health Unit": a list of
 * "Title Name, Post" rows whose line breaks were lost, so that each comma parts a person from their post and each post runs on into
 * the next titled person. Read person by person: the first part a titled name alone, each part after it a post then the next titled
 * name, the last parts the last person's post (and body). Null unless every part reads so and everyone has a post.
 */
export function readPostsRunTogether(text: string): RosterEntry[] | null {
  const parts = splitTopLevel(text.trim().replace(/\.$/, ''), ',;').map((p) => p.trim());
  if (parts.length < MIN_RUN_TOGETHER + 2 || parts.some((p) => !p)) return null;
  const first = parseEntry([parts[0]!]);
  if (!first || splitPersonName(parts[0]!).honorific === null || first.description.role || first.description.organisation) return null;
  const people: { person: string; post: string[] }[] = [{ person: parts[0]!, post: [] }];
  let runTogether = 0;
  for (const part of parts.slice(1)) {
    const split = splitDescriptionBeforePerson(part) ?? postBeforeTitledPerson(part);
    if (split) {
      people[people.length - 1]!.post.push(split[0]);
      people.push({ person: split[1], post: [] });
      runTogether++;
    } else if (/^\p{Lu}/u.test(part) && (parseEntry([part]) === null || readsAsPost(part) || readsAsBody(part))) {
      // "Parish Manager, Social Development Commission": the post goes on past a comma (its body), until the next person.
      people[people.length - 1]!.post.push(part);
    } else return null;
  }
  if (runTogether < MIN_RUN_TOGETHER || people.some((p) => p.post.length === 0)) return null;
  const entries: RosterEntry[] = [];
  for (const { person, post } of people) {
    const entry = parseEntry([person]);
    if (!entry) return null;
    // The person's own marks ("(substitute)", "(Chairman)") stay with them; the post and body are read as a description.
    const d = entry.description;
    const written = describe(post.join(', '));
    entries.push({ ...entry, description: { ...d, role: written.role, organisation: written.organisation, chair: d.chair || written.chair, chairTitle: d.chairTitle ?? written.chairTitle } });
  }
  return entries;
}

// " Mrs. K. Rowe": where a titled person starts after a post, at the space before the title.
const TITLE_START = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?\s/;
const TITLE_AFTER = /\s(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?\s\p{Lu})/gu;

/**
 * "General Administrator (Personnel) Mr. C. Finch": the post (any words that name no person) and the titled person after it,
 * who has no description of their own; split at the first title that leaves such a person. Null where no title does. (The post
 * is not tested as a post: "General Administrator (Personnel)" would read as a name; the list's shape says it is one.)
 */
function postBeforeTitledPerson(part: string): [string, string] | null {
  const starts = [...part.matchAll(TITLE_AFTER)].map((m) => m.index);
  for (let k = 0; k < starts.length; k++) {
    const post = part.slice(0, starts[k]).trim();
    const person = part.slice(starts[k]! + 1);
    const entry = parseEntry([person]);
    if (!entry || entry.description.role || entry.description.organisation) continue;
    // ("Superintendent of Roads and Works", "Inspector of Poor": a police rank's word opens a post here, no name.)
    return /^\p{Lu}/u.test(post) && !TITLE_START.test(post) ? [post, person] : null;
  }
  return null;
}

// A name of two or three words closes the post before it.
const NAME_WORDS = [2, 3];

/** "President Cara Lind" -> ["President", "Cara Lind"]: a post, then a name without title or initials, or null. */
function postBeforeUntitledName(part: string): [string, string] | null {
  const words = part.split(' ');
  for (const n of NAME_WORDS) {
    if (words.length <= n) continue;
    const post = words.slice(0, -n).join(' ');
    const name = words.slice(-n).join(' ');
    // ("Assistant Regional Vice-President": a post's last words are no name.)
    const person = looksLikePersonName(name) && !readsAsPost(name) ? parseEntry([name]) : null;
    if (person && !person.description.role && !person.description.organisation && readsAsPost(post)) return [post, name];
  }
  return null;
}

/**
 * "Vincent Shawver, President Gary Weatherly, JUB Engineers": a row of a two-column table of "Name, Post" entries (the
 * board on the left, staff and advisers on the right) flattened onto one line, the left post running into the right name.
 * The two people, each with their post, or null where the line reads otherwise.
 */
export function readTwoColumnRow(text: string): RosterEntry[] | null {
  const parts = text.split(', ');
  // The right column's post is no person ("..., Gavin Smith") nor a post cut short before a name on the next line
  // ("Risk Management Director Bill", "Chief of"): those are a sentence's list, wrapped.
  const post = parts[2] ?? '';
  // ("Mr. Frank Sheridan, Director of Services. Mr. Ciaran Murphy, ...": a sentence's stop parts people otherwise.)
  if (parts.length !== 3 || text.includes('. ') || !/^\p{Lu}/u.test(post) || OPEN_END.test(post) || (looksLikePersonName(post) && !readsAsPost(post)) || postBeforeName(post)) return null;
  const left = looksLikePersonName(parts[0]!) ? parseEntry([parts[0]!]) : null;
  const split = left && !left.description.role && !left.description.organisation ? postBeforeUntitledName(parts[1]!) : null;
  if (!split) return null;
  const right = parseEntry([split[1]]);
  return right ? [{ ...left!, description: describe(split[0]) }, { ...right, description: describe(parts[2]!) }] : null;
}

// "Chief of", "Director and": a post the line cut short.
const OPEN_END = /\s(?:of|and|&|the|for|to|in)$|,$/;

/** "Risk Management Director Bill": a post, then a given name the line cut from its surname. */
function postBeforeName(text: string): boolean {
  const space = text.lastIndexOf(' ');
  return space > 0 && readsAsPost(text.slice(0, space)) && !readsAsPost(text.slice(space + 1)) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(space + 1));
}

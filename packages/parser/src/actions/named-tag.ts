import { splitPersonName } from '../text/names.js';
import type { OwnerResolver } from './owners.js';

// "Action: E Sharkey", "ACTION: Mr J Clark", "Action: Ann Lee and Tom Reed": the owners' tag that closes a paragraph,
// naming people in full (a title, initials, a surname), as liaison groups and forums put it on a line under the minute.
// (A single word, "Action: Clerk", is the colon tag's own reading.)
const PERSON = String.raw`(?:(?:Mrs?|Ms|Miss|Dr|Cllr|Councillor)\.?\s)?\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’-]{0,30}){1,3}`;
const NAMED_TAG = new RegExp(String.raw`^(?:Actions?|ACTIONS?) ?:\s?(${PERSON}(?:(?:,\s|\s(?:and|&)\s|\s?/\s?)${PERSON}){0,3})\.?$`, 'u');
// The tag at the end of a paragraph that joined it to the sentences before (after a stop).
const TAG_TAIL = 160;

/**
 * The people an "Action: E Sharkey" tag names, or null where the text is no such tag. Without a title or initials
 * ("Action: Ann Lee"), only a person the roster knows counts: "Action: Next Meeting" names a topic.
 */
export function namedTagOwners(text: string, resolver?: OwnerResolver): string[] | null {
  const m = NAMED_TAG.exec(text.trim());
  if (!m) return null;
  const owners = m[1]!.split(/,\s|\s(?:and|&)\s|\s?\/\s?/).map((o) => o.trim());
  return owners.every((o) => readsAsPerson(o) || resolver?.isNamedOwner(o) === true) ? owners : null;
}

/** "... about their representation. Action: E Sharkey": the paragraph's closing named tag, split from the text before it. */
export function closingNamedTag(paragraph: string, resolver: OwnerResolver): { before: string; owners: string[] } | null {
  const from = Math.max(0, paragraph.length - TAG_TAIL);
  const at = paragraph.toLowerCase().lastIndexOf('action');
  if (at <= from || !/[.!?)]\s$/.test(paragraph.slice(Math.max(0, at - 2), at))) return null;
  const owners = namedTagOwners(paragraph.slice(at), resolver);
  return owners ? { before: paragraph.slice(0, at).trim(), owners } : null;
}

// "E Sharkey", "Mr J Clark", "Cllr Ann Lee": a surname after initials, or a name after a title.
function readsAsPerson(owner: string): boolean {
  const { name, honorific } = splitPersonName(owner);
  const words = name.split(/\s+/);
  const surname = words[words.length - 1]!;
  if (words.length < 2 || words.length > 3 || !/^\p{Lu}\p{Ll}/u.test(surname)) return false;
  return words.slice(0, -1).every((w) => (honorific ? /^\p{Lu}(?:\p{Ll}+|\.?|\p{Lu}{0,2})$/u : /^\p{Lu}(?:\.?|\p{Lu}{0,2})$/u).test(w));
}

import { parseEntry } from './parse-entry.js';

// People whose posts are so moved, as few as this, show the list is "Name, Post" rows: one post before a name may be its own.
const LEAST_MOVED = 3;

/** "General Manager Torey Ligon" -> the post written first and the person after it; null unless the part reads so. */
function postThenPerson(part: string): { post: string; person: string } | null {
  const entry = parseEntry([part]);
  const post = entry?.description.role;
  if (!entry || !post || entry.description.organisation || entry.description.chair) return null;
  const text = part.trim();
  if (!text.startsWith(post)) return null;
  const person = text.slice(post.length).trim();
  return person && parseEntry([person])?.description.role === null ? { post, person } : null;
}

/**
 * "Kelley Kriner, General Manager Torey Ligon, Board Administrator David Miller, Board Member Rob McLane, ...": a flattened
 * "Name, Position" table, each post run on into the next row's name. The first name has no post and the parts after it
 * each open with one, so each post is the name's before it: put back in brackets after that name, while the parts read so.
 * (withOfficesMovedBack reads the board officers' lists, whose second row is the president's or the chair's.)
 */
export function withPostsMovedBack(parts: string[]): string[] {
  if (parts.length <= LEAST_MOVED) return parts;
  const opener = parseEntry([parts[0]!]);
  if (!opener || opener.description.role || opener.description.organisation || opener.description.chair || postThenPerson(parts[0]!)) return parts;
  const out = [...parts];
  let moved = 0;
  for (let k = 1; k < out.length; k++) {
    const split = postThenPerson(out[k]!);
    if (!split) break;
    out[k - 1] = `${out[k - 1]} (${split.post})`;
    out[k] = ` ${split.person}`;
    moved++;
  }
  return moved >= LEAST_MOVED ? out : parts;
}

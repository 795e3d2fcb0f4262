import { readsAsPost } from './describe.js';

// "Directors: Kevin Stewart, Tadhg McDonnell", "Senior Executive Officers: ...": a post named in the plural keys the line of
// its holders, as Irish and British councils list their officials by post.

// A plural's last letters, and what the singular ends in instead ("Secretaries" -> "Secretary", "Officers" -> "Officer").
const PLURAL_ENDINGS: [string, string][] = [
  ['ies', 'y'],
  ['s', ''],
];

/**
 * The post a key names, in the singular: "Directors of Service" -> "Director of Service", "Head of Finance" as it is;
 * null when the key names no post.
 */
export function postOfKey(key: string): string | null {
  const trimmed = key.trim();
  if (readsAsPost(trimmed)) return trimmed;
  const words = trimmed.split(' ');
  // The head noun is the last word, or the word before "of" ("Directors of Service").
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = of > 0 ? of - 1 : words.length - 1;
  const word = words[head]!;
  for (const [plural, singular] of PLURAL_ENDINGS) {
    if (word.length <= plural.length + 2 || !word.toLowerCase().endsWith(plural)) continue;
    const post = [...words.slice(0, head), word.slice(0, word.length - plural.length) + singular, ...words.slice(head + 1)].join(' ');
    if (readsAsPost(post)) return post;
  }
  return null;
}

// Seats and groups a plural heads as a list of its own ("Members:", "Trustees:") or writes as everyone's title
// ("Councillors: T Reed, A Finch"), never a post its holders share.
// ("Current Board Members": the seat's word anywhere in the post.)
const MEMBERSHIP = /\b(?:member|councillor|trustee|governor|commissioner|supervisor|guest|observer|visitor|delegate|senator|alderman|selectman|representative|participant|attendee|student|resident)s?\b/i;

// "Officers:", "Officials:" alone head the list of the body's staff ("Senior Executive Officers" is a post).
const STAFF_ALONE = /^(?:officer|official)$/i;

/** "Directors", "Senior Executive Officers": a post in the plural, naming several holders (not a seat or a group). */
export function pluralPostOf(key: string): string | null {
  const post = postOfKey(key);
  return post !== null && post !== key.trim() && !MEMBERSHIP.test(post) && !STAFF_ALONE.test(post) ? post : null;
}

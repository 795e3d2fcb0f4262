import { looksLikePersonName, splitPersonName } from '../text/names.js';
import { readsAsBody, readsAsPost } from './describe.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

// "Members: Ann Lee Bo Reed In Attendance: Cy Moss Chair Chief Executive Director of Finance": an attendance table
// whose names column and then posts column a PDF converter wrote one after the other, into one run of words. A list
// may hold names alone, its posts coming after the next list's names (the table's rows went on under a new label).
// Each name is a title, then a given name and a surname; the posts are paired with the names by position.

/** A list's text after its label, with the line it stands on. */
export interface ListRun<T> {
  key: T;
  text: string;
}

// Words that open or qualify a post, never a given name or a surname ("Interim Chair", "Non-Executive Director").
const POST_WORDS = new Set(
  ('interim acting chief deputy senior non-executive non-exec executive medical company associate appointed public member members ' +
    'lead head director officer chair chairman chairperson vice vice-chair secretary governor manager assistant general principal ' +
    'clinical lay independent elected staff partner nominated co-opted honorary trust board of the and').split(' '),
);
// Words a post does not end with ("Chair Chief | Executive" is no split of "Chair | Chief Executive").
const OPENING_ONLY = new Set('interim acting chief deputy senior non-executive non-exec medical company associate appointed vice assistant general head clinical lay of and & the for to in'.split(' '));
// Words that join a post's words: no post starts after them.
// Words a post commonly opens with: a split that starts a post on another word ("Integrated | Services Director") reads worse.
const OPENERS = new Set(
  ('interim acting chief deputy senior non-executive non-exec executive medical company associate appointed public member lead head ' +
    'director chair chairman chairperson vice vice-chair secretary governor manager assistant general principal clinical lay independent ' +
    'elected staff partner nominated co-opted honorary treasurer clerk president trustee observer').split(' '),
);
const JOINS = new Set('of and & for the to in on at with – -'.split(' '));
const TITLES = new Set('dr mr mrs ms miss mx prof professor sir dame lord lady cllr councillor rev revd'.split(' '));
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O[’']\p{Lu}\p{Ll}+)(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const ACRONYM_END = /\s\p{Lu}{2,6}$/u;
// Bounds that keep the pairing's search small: a table of at most forty rows, a post of at most fourteen words.
const MAX_ROWS = 40;
const MAX_POST_WORDS = 14;
const MAX_WORDS = 400;

const isNameWord = (w: string) => NAME_WORD.test(w) && !POST_WORDS.has(w.toLowerCase()) && !readsAsPost(w) && !readsAsBody(w);

/** The names a run opens with ("Dr Ann Lee Bo Reed ..."), each a title or none, a given name and a surname; and the rest. */
function leadingNames(words: string[]): { names: string[]; rest: string[] } {
  const names: string[] = [];
  let k = 0;
  while (k < words.length) {
    let t = k;
    while (t < words.length && TITLES.has(words[t]!.replace(/\.$/, '').toLowerCase())) t++;
    if (t + 1 >= words.length || !isNameWord(words[t]!) || !isNameWord(words[t + 1]!)) break;
    names.push(words.slice(k, t + 2).join(' '));
    k = t + 2;
  }
  return { names, rest: words.slice(k) };
}

/** The run's words, a bracket's words held together as one ("Director of Operations (Mental Health, Learning Disabilities)"). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (depth > 0) out[out.length - 1] += ` ${w}`;
    else out.push(w);
    for (const c of w) depth = c === '(' ? depth + 1 : c === ')' ? Math.max(0, depth - 1) : depth;
  }
  return out;
}

/** Whether words a..b read as one post, or as an organisation standing in the posts column. */
function readsAsCell(words: string[], a: number, b: number): boolean {
  const text = words.slice(a, b).join(' ');
  return readsAsPost(text) || readsAsBody(text) || ACRONYM_END.test(` ${text}`);
}

/** How well words a..b read as one post: a post that opens and ends as posts do reads best. */
function postScore(words: string[], a: number, b: number): number {
  const text = words.slice(a, b).join(' ');
  let score = readsAsPost(text) ? 3 : readsAsCell(words, a, b) ? 1 : -4;
  if (OPENING_ONLY.has(words[b - 1]!.toLowerCase())) score -= 3;
  score += OPENERS.has(words[a]!.toLowerCase()) ? 1 : -1;
  return score;
}

/** The posts run split into exactly `count` posts, best read; null where any part reads as no post. */
function splitPosts(words: string[], count: number): string[] | null {
  const n = words.length;
  if (count < 1 || n < count || n > count * MAX_POST_WORDS) return null;
  // Each span's score once: the search asks for the same spans for every count of posts before them.
  const scores = new Map<number, number>();
  const scoreOf = (a: number, b: number) => {
    let s = scores.get(a * (n + 1) + b);
    if (s === undefined) scores.set(a * (n + 1) + b, (s = postScore(words, a, b)));
    return s;
  };
  const canStart = (j: number) => j === 0 || (/^\p{Lu}/u.test(words[j]!) && !JOINS.has(words[j - 1]!.toLowerCase()) && !words[j - 1]!.endsWith(','));
  // best[k][j]: the best score of the first j words as k posts; from[k][j]: where the k-th post starts.
  const best: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY));
  const from: number[][] = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let j = k; j <= n; j++) {
      for (let a = Math.max(k - 1, j - MAX_POST_WORDS); a < j; a++) {
        if (best[k - 1]![a] === Number.NEGATIVE_INFINITY || !canStart(a)) continue;
        const s = best[k - 1]![a]! + scoreOf(a, j);
        if (s > best[k]![j]!) {
          best[k]![j] = s;
          from[k]![j] = a;
        }
      }
    }
  }
  if (best[count]![n] === Number.NEGATIVE_INFINITY) return null;
  const posts: string[] = [];
  for (let k = count, j = n; k > 0; k--) {
    const a = from[k]![j]!;
    if (!readsAsCell(words, a, j) || OPENING_ONLY.has(words[j - 1]!.toLowerCase())) return null;
    posts.unshift(words.slice(a, j).join(' '));
    j = a;
  }
  return posts;
}

/**
 * The entries of lists flattened as a names run then a posts run, by list; an empty map where the lists do not read
 * so (a name of three words, a post that reads as none, more names than posts).
 */
export function readColumnRuns<T>(lists: ListRun<T>[]): Map<T, RosterEntry[]> {
  const out = new Map<T, RosterEntry[]>();
  let pending: { key: T; names: string[] }[] = [];
  for (const list of lists) {
    const words = wordsOf(list.text);
    // "Ann Lee, Bo Reed": a list parted by commas is read as such.
    const { names, rest } = words.length > MAX_WORDS || words.some((w) => !w.includes('(') && w.includes(',')) ? { names: [], rest: [] } : leadingNames(words);
    if (names.length === 0) {
      pending = [];
      continue;
    }
    pending.push({ key: list.key, names });
    if (rest.length === 0) continue;
    const read = pairedRows(pending, rest);
    pending = [];
    if (read) for (const [key, entries] of read) out.set(key, entries);
  }
  return out;
}

/** The names of the pending lists paired with the posts run, by list; null where they do not pair. */
function pairedRows<T>(pending: { key: T; names: string[] }[], rest: string[]): Map<T, RosterEntry[]> | null {
  const all = pending.flatMap((p) => p.names);
  if (all.length < 2 || all.length > MAX_ROWS) return null;
  const posts = splitPosts(rest, all.length);
  if (!posts) return null;
  const out = new Map<T, RosterEntry[]>();
  let k = 0;
  for (const p of pending) {
    const entries: RosterEntry[] = [];
    for (const name of p.names) {
      const entry = looksLikePersonName(splitPersonName(name).name) ? parseEntry([name, posts[k]!]) : null;
      if (!entry) return null;
      // "Director of Operations (Mental Health, Learning Disabilities)": the bracket's comma parts no post from an organisation.
      const post = posts[k]!;
      const cut = entry.description.organisation;
      const open = post.indexOf('(');
      if (open > 0 && cut && post.lastIndexOf(cut) > open) entry.description = { ...entry.description, role: post, organisation: null };
      entries.push(entry);
      k++;
    }
    out.set(p.key, entries);
  }
  return out;
}

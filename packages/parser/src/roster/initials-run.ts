import { looksLikePersonName, splitPersonName } from '../text/names.js';
import { isSpaceCode } from '../text/clean.js';
import { readsAsPost } from './describe.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

/**
 * "Julia Mulligan (JM) Board Chair Deep Sagar (DAS) Board Member": a roster table flattened
 * into one line, each person's name followed by their initials in brackets. The line cut
 * before each name, or null when it is not such a run (text before the first name, or one
 * person without a dash after the bracket). A name is the two or three words before the bracket whose first
 * letters are the first and last initials ("Deep Sagar (DAS)"), with a title before it.
 */
export function splitAtBracketedInitials(text: string): string[] | null {
  const cuts = bracketedInitialsCuts(text);
  if (cuts === null || cuts.length === 0 || text.slice(0, cuts[0]).trim() !== '') return null;
  // "Ada Finch (AF) – Director, Acme – Chair": one person, the description after a dash (its commas part no list).
  if (cuts.length === 1 && !DASH_AFTER_BRACKET.test(text.slice(text.indexOf(')') + 1))) return null;
  return partsAt(text, cuts);
}

// "• " closing a part: the bullet of the next person's line, joined on with it.
// (" /" too: the slash between two people's cells of a table's row, "Geoff Hale (GH) / Rob Ward (RW)".)
const TRAILING_BULLET = /\s[•·▪/]$/u;

/** The text cut before each person, without the next person's bullet. */
const partsAt = (text: string, cuts: number[]): string[] => cuts.map((cut, k) => text.slice(cut, cuts[k + 1] ?? text.length).trim().replace(TRAILING_BULLET, ''));

// The most a wrapped line may carry over from the last person of the line before.
const MAX_TAIL = 60;

/**
 * "CCGs (item 13) Jane Bell (JB) : Head of Nursing, Acme Alan Berry (AB) : Manager": a flattened list's next line, opening
 * with the end of the last line's person (the rest of their organisation, the items they came for), then people each
 * with bracketed initials and a dash or colon before their description. The carried-over words and the people, or null.
 */
export function splitAfterWrappedTail(text: string): { tail: string; people: string[] } | null {
  const cuts = bracketedInitialsCuts(text);
  const first = cuts?.[0] ?? 0;
  if (!cuts || first === 0 || first > MAX_TAIL) return null;
  // ("• Jo Finch (JF): Acme": a bullet before the first person carries nothing over.)
  const tail = text.slice(0, first).trim();
  if (!/[\p{L}\d]/u.test(tail)) return null;
  const people = partsAt(text, cuts);
  return people.every((part) => DASH_AFTER_BRACKET.test(part.slice(part.indexOf(')') + 1))) ? { tail, people } : null;
}

/** Where each person of a run "Jo Finch (JF) ... Al Reed (AR) ..." starts, or null when a separator says the run is a list. */
function bracketedInitialsCuts(text: string): number[] | null {
  const cuts: number[] = [];
  let from = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close === -1) break;
    const written = text.slice(open + 1, close);
    // "Cal Chase (CCh)": a small letter that tells two of the same initials apart is no initial of its own.
    const initials = isInitialsTag(written) ? written.replace(/[a-z]/g, '') : '';
    if (initials.length < 2) continue;
    const start = nameStart(text, from, open, initials);
    if (start === -1) continue;
    // "Jane Roe (JR), Sam Poe (SP)": a list with separators is read as one, elsewhere.
    if (/^\s*[,;]/.test(text.slice(close + 1, close + 40))) return null;
    cuts.push(start);
    from = close + 1;
  }
  return cuts;
}

// ("Peter Boylan (PB) : Director of Nursing, NHS Nene CCG": a colon after the bracket, as a CCG's flattened table writes it.)
const DASH_AFTER_BRACKET = /^ ?[–—:-] \S/;

/** {@link splitAtBracketedInitials}, when each person's description follows a dash after the bracket ("(ZM) – Commissioner"). */
export function splitAtDashedInitials(text: string): string[] | null {
  const parts = splitAtBracketedInitials(text);
  return parts?.every((part) => DASH_AFTER_BRACKET.test(part.slice(part.indexOf(')') + 1))) ? parts : null;
}

/**
 * "Chief Executive Officer Joanna Carter (JC)": a post written before the person, whose name the bracketed initials
 * find (with a title before it). The post and the person, or null when nothing stands before the name.
 */
export function splitPostBeforeName(text: string): { post: string; person: string } | null {
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  const written = open > 0 ? text.slice(open + 1, -1) : '';
  const initials = isInitialsTag(written) ? written.replace(/[a-z]/g, '') : '';
  const start = initials.length >= 2 ? nameStart(text, 0, open, initials) : -1;
  const post = start > 0 ? text.slice(0, start).trim() : '';
  return post ? { post, person: text.slice(start) } : null;
}

/** "Head of Communications Louise Wood (LW)", a part no entry reads: the person, the post before them as their role. */
export function readPostBeforeName(part: string): RosterEntry | null {
  if (parseEntry([part])) return null;
  const split = splitPostBeforeName(part);
  const entry = split && readsAsPost(split.post) ? parseEntry([split.person]) : null;
  return entry?.initials ? { ...entry, description: { ...entry.description, role: entry.description.role ?? split!.post.replace(/^the\s+/i, '') } } : null;
}

/** "JR", "DAS", "CCh": two to four letters, capitals but for a small letter after one. */
function isInitialsTag(s: string): boolean {
  if (s.length < 2 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const capital = c >= 65 && c <= 90;
    if (!capital && !(i > 0 && c >= 97 && c <= 122 && s.charCodeAt(i - 1) <= 90)) return false;
  }
  return true;
}

/** Where the name before `open` starts (after `from`), or -1 when the words there name no one with these initials. */
function nameStart(text: string, from: number, open: number, initials: string): number {
  const starts = wordStarts(text, from, open);
  for (const count of [2, 3]) {
    if (starts.length < count) break;
    const first = starts[starts.length - count]!;
    const name = text.slice(first, open).trim();
    const last = starts[starts.length - 1]!;
    if (text[first] !== initials[0] || text[last] !== initials[initials.length - 1] || !looksLikePersonName(name)) continue;
    // "Dr David Snowball (DJS)": a title before the name belongs to it.
    const before = starts[starts.length - count - 1];
    return before !== undefined && splitPersonName(text.slice(before, open)).honorific !== null ? before : first;
  }
  return -1;
}

function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i)) && (i === from || isSpaceCode(text.charCodeAt(i - 1)))) starts.push(i);
  return starts;
}

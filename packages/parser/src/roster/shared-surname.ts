import { trimEndOf } from '../text/clean.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';
import { readsAsPost } from './describe.js';

// "Norm & Nerina Murray", "Marc and Simone Myburgh": two given names before the surname they share.
// ("Les & Heather Fairey (Pine DC)": the bracket after them describes both.)
// ("Dick and Hazel L": a group that writes first names and a surname's initial shares the initial.)
const SHARED_SURNAME = /^(\p{Lu}[\p{Ll}'’-]+) (?:&|and) (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]*)(\s\([^()]+\))?$/u;

/** "Norm & Nerina Murray" as the two names it writes, "Norm Murray" and "Nerina Murray" (a bracket after them kept on each), or null. */
export function sharedSurnameParts(part: string): [string, string] | null {
  // ("Jane & Edwin Brophy.": the full stop closing the list is no part of the name.)
  const m = part.includes('&') || part.includes(' and ') ? SHARED_SURNAME.exec(trimEndOf(part.trim(), '.')) : null;
  // ("Clerk and Jim Sandford (Cricket Club)": a post first is no given name; "Wales and Northern Ireland (Ms A Lee, Mr B Kay)":
  // a bracket naming several people is a list of its own, not a description of two.)
  return m && !readsAsPost(m[1]!) && !/,| and /.test(m[4] ?? '') ? [`${m[1]} ${m[3]}${m[4] ?? ''}`, `${m[2]} ${m[3]}${m[4] ?? ''}`] : null;
}

/** The two people of "Norm & Nerina Murray", each with the surname written once for both. */
export function sharedSurname(part: string): RosterEntry[] | null {
  const names = sharedSurnameParts(part);
  const both = names ? names.map((name) => parseEntry([name])) : [];
  return both.length && both.every(Boolean) ? (both as RosterEntry[]) : null;
}

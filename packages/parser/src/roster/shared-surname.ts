import { trimEndOf } from '../text/clean.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';
import { readsAsPost } from './describe.js';

// "Norm & Nerina Murray", "Marc and Simone Myburgh": two given names before the surname they share.
// ("Les & Heather Fairey (Pine DC)": the bracket after them describes both.)
const SHARED_SURNAME = /^(\p{Lu}[\p{Ll}'’-]+) (?:&|and) (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]+)(\s\([^()]+\))?$/u;

/** The two people of "Norm & Nerina Murray", each with the surname written once for both. */
export function sharedSurname(part: string): RosterEntry[] | null {
  // ("Jane & Edwin Brophy.": the full stop closing the list is no part of the name.)
  const m = part.includes('&') || part.includes(' and ') ? SHARED_SURNAME.exec(trimEndOf(part.trim(), '.')) : null;
  // ("Clerk and Jim Sandford (Cricket Club)": a post first is no given name.)
  const both = m && !readsAsPost(m[1]!) ? [parseEntry([`${m[1]} ${m[3]}${m[4] ?? ''}`]), parseEntry([`${m[2]} ${m[3]}${m[4] ?? ''}`])] : [];
  return both.length && both.every(Boolean) ? (both as RosterEntry[]) : null;
}


import { trimEndOf } from '../text/clean.js';
import { parseEntry, type RosterEntry } from './parse-entry.js';

// "Norm & Nerina Murray", "Marc and Simone Myburgh": two given names before the surname they share.
const SHARED_SURNAME = /^(\p{Lu}[\p{Ll}'’-]+) (?:&|and) (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]+)$/u;

/** The two people of "Norm & Nerina Murray", each with the surname written once for both. */
export function sharedSurname(part: string): RosterEntry[] | null {
  // ("Jane & Edwin Brophy.": the full stop closing the list is no part of the name.)
  const m = part.includes('&') || part.includes(' and ') ? SHARED_SURNAME.exec(trimEndOf(part.trim(), '.')) : null;
  const both = m ? [parseEntry([`${m[1]} ${m[3]}`]), parseEntry([`${m[2]} ${m[3]}`])] : [];
  return both.length && both.every(Boolean) ? (both as RosterEntry[]) : null;
}


import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "Members Absent With Representation:": a faculty senate's absent senators, each with the one who sat for them.
const REPRESENTED_LIST = /\bwith\s+representation$/i;
// "Brooks, M.A. Seville": the absent senator's surname, then the stand-in's initials and surname.
const PAIR = /^(?:and\s+)?(\p{Lu}[\p{L}'’–-]+(?:\s\p{Lu}\.)?),\s+((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’–-]+)$/u;

/** Whether a list's label says each of its absent members sent a stand-in. */
export const listsRepresentedAbsences = (label: string): boolean => REPRESENTED_LIST.test(label.trim());

/**
 * "Brooks, M.A. Seville; Bruce, N. Hoffman; ... and Warner, C. Langford.": the absent senators, each with the
 * representative who attended for them (the stand-in of the description). Null unless every part reads so.
 */
export function readRepresentedAbsences(text: string): RosterEntry[] | null {
  const parts = text.trim().replace(/\.$/, '').split(/;\s*/);
  const entries: RosterEntry[] = [];
  for (const part of parts) {
    const m = PAIR.exec(part.trim());
    if (!m) return null;
    // "McCam–bridge": a hyphenation the converter left in the surname.
    const name = m[1]!.replace(/(?<=\p{Ll})–(?=\p{Ll})/u, '');
    entries.push({ name, honorific: null, initials: null, chairColumn: false, description: { ...describe(''), standIn: m[2]! } });
  }
  return entries.length > 0 ? entries : null;
}

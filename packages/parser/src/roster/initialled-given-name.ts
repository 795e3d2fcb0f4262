import { looksLikeSurname } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// Both patterns read a given name followed by the bracketed initials the minutes use for its person.
// "Doug (DL) - Chairman", "Ian (IK),": a whole roster line, perhaps a post after a dash.
const INITIALLED = /^(\p{Lu}[\p{Ll}'’-]+) \((\p{Lu}{2,4})\),?(?: [-–] ([^()]+))?$/u;
// "Doug (DL) - Chairman", "Mike Ross (MR) ...": the opening of a line, the surname perhaps written too.
const OPENS_INITIALLED = /^(\p{Lu})\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s\((\p{Lu})\p{Lu}{1,2}\)(?:$|\s)/u;

/**
 * A member listed by the given name alone, with bracketed initials that start with its first letter
 * (the surname's letter after it): the initials say the word is a person's name. Null otherwise.
 */
export function readInitialledGivenName(text: string): RosterEntry | null {
  const m = text.includes('(') ? INITIALLED.exec(text.trim()) : null;
  if (!m || m[2]![0] !== m[1]![0] || !looksLikeSurname(m[1]!)) return null;
  return { name: m[1]!, honorific: null, initials: m[2]!, chairColumn: false, description: describe(m[3]?.trim() ?? '') };
}

/** Whether the line opens with a person's given name and their initials in brackets, the first letters alike (a list's entry, no heading or place). */
export function opensWithInitialledName(text: string): boolean {
  const m = OPENS_INITIALLED.exec(text);
  return m !== null && m[1] === m[2];
}

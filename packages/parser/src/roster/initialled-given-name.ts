import { looksLikeSurname } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "Doug (DL) - Chairman", "Ian (IK),": a given name, the initials the minutes use for its person, perhaps a post after a dash.
const INITIALLED = /^(\p{Lu}[\p{Ll}'’-]+) \((\p{Lu}{2,4})\),?(?: [-–] ([^()]+))?$/u;

/**
 * A member listed by the given name alone, with bracketed initials that start with its first letter
 * (the surname's letter after it): the initials say the word is a person's name. Null otherwise.
 */
export function readInitialledGivenName(text: string): RosterEntry | null {
  const m = text.includes('(') ? INITIALLED.exec(text.trim()) : null;
  if (!m || m[2]![0] !== m[1]![0] || !looksLikeSurname(m[1]!)) return null;
  return { name: m[1]!, honorific: null, initials: m[2]!, chairColumn: false, description: describe(m[3]?.trim() ?? '') };
}

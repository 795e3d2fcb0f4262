import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "KT", "POH", "AyS", "SGa": two to four letters, capitals with perhaps a lower-case one between or after them.
const INITIALS = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,3}\p{Ll}?$/u;
// The initials, then a bracket of their own ("KT(Chair)", "SW (minutes)"); "RW." with the stop of an abbreviation.
// ("P B (Chair)": two initials a space apart, as a typist may write them.)
const PART = /^(\S{2,5}?|\p{Lu} \p{Lu})\.?\s?(?:\(([^()]{1,30})\))?$/u;

const LEAST_PARTS = 3;

/**
 * "KT(Chair), POH, MS, AyS, SW(minutes)": members listed by their initials alone, as the
 * minutes then name them. Each part is one person whose name as written is the initials.
 * Null unless there are three parts or more and every one of them is initials (parted by commas, or by spaces alone).
 */
export function readInitialsList(text: string, least = LEAST_PARTS): RosterEntry[] | null {
  // "SH TG NB HRF": initials parted by spaces alone, none with a bracket.
  const spaced = !text.includes(',') && !text.includes('(');
  const parts = spaced ? text.trim().split(/\s+/) : text.replace(/\.$/, '').split(',');
  if (parts.length < least) return null;
  const entries: RosterEntry[] = [];
  for (const part of parts) {
    const m = PART.exec(part.trim());
    const initials = m ? m[1]!.replace(' ', '') : '';
    if (!m || !INITIALS.test(initials)) return null;
    const description = describe(m[2] ? `(${m[2]})` : '');
    entries.push({ name: m[1]!, honorific: null, initials, chairColumn: false, description });
  }
  return entries;
}

// "JL", "MC.": two or three capitals alone (a longer run is more likely an organisation's acronym).
const BARE_INITIALS = /^\p{Lu}{2,3}\.?$/u;

/**
 * "Dr Ann Dong (AD), JL, MC, RM, PS": a patient group lists its patient members by their initials alone (for their
 * privacy), after the staff named in full. The part at `k` is such a member where it and a neighbour are bare initials:
 * two together are people, where one alone after a name ("Ann Lee, GLA") is that person's organisation. Else null.
 */
export function personByInitials(parts: readonly string[], k: number): RosterEntry | null {
  const bare = (part: string | undefined) => part !== undefined && BARE_INITIALS.test(part.trim());
  if (!bare(parts[k]) || !(bare(parts[k - 1]) || bare(parts[k + 1]))) return null;
  const initials = parts[k]!.trim().replace(/\.$/, '');
  return { name: initials, honorific: null, initials, chairColumn: false, description: describe('') };
}

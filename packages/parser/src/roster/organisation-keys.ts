import type { Line } from '../scan/scan-lines.js';
import { cellsOf, parseEntry } from './parse-entry.js';
import { runOnParts } from './run-on-parts.js';

// Rosters keyed by organisation ("Home Office: Jo Finch", a table with the body first): telling a body's name from a person's.

// ("Office of the Police and Crime Commissioner (OPCC): Jo Finch (JF)": the body's acronym in brackets after its name.)
export const ORGANISATION_KEY = /^([^:\t()]{2,80}(?:\s\(\p{Lu}{2,8}\))?):\s+(\S.*)$/u;

/**
 * Two-column rows where the clear ones (one cell a person, the other not) put the organisation first:
 * then a row whose organisation reads like a name ("Wealden Water | Tom Reedbank") is read the same way.
 */
export function isOrganisationFirstTable(lines: Line[]): boolean {
  let organisationFirst = 0;
  let nameFirst = 0;
  for (const line of lines) {
    const cells = cellsOf(line.text);
    if (cells.length !== 2) continue;
    const first = parseEntry([cells[0]!]) !== null;
    const second = parseEntry([cells[1]!]) !== null;
    // An initials or "Chair" column before the name reads as a row of its own, not as an organisation.
    if (second && !first && !parseEntry(cells)) organisationFirst++;
    else if (first && !second) nameFirst++;
  }
  return organisationFirst > nameFirst;
}

/**
 * "Acme Council: Jane Roe", "Wealden Water: Tom Reedbank": the key names an organisation when it is not a
 * person, or when what follows is people only (a person's line goes on with a role: "Jane Roe: Treasurer").
 */
export function isOrganisationKey(key: string, rest: string): boolean {
  if (!parseEntry([key])) return true;
  const parts = runOnParts(rest);
  return parts.every((part) => {
    const entry = parseEntry([part]);
    return entry !== null && !entry.description.role && !entry.description.organisation;
  });
}

// "Brennus Place – Howard Walshaw (Block Representative), David Parry": a group's name, a dash, then its people.
const COUPLE_FIRST = /^\p{Lu}\p{Ll}+ & (?=\p{Lu})/u;
const DASH_KEY = /^([^:–—()]{2,40}?)\s[–—]\s(\S.*)$/;

/**
 * The group and its people of a line keyed by a dash: what follows the dash is two people or more, each
 * a name of two words or more, one at least with a bracket ("Jo Finch – Treasurer, Acme" is one person).
 */
export function readDashKey(text: string): RegExpExecArray | null {
  const m = text.includes(' – ') || text.includes(' — ') ? DASH_KEY.exec(text) : null;
  if (!m) return null;
  const parts = runOnParts(m[2]!.replace(/\.$/, ''));
  if (parts.length < 2 || !parts.some((p) => p.includes('('))) return null;
  // "Anne & Wilf Platt (Block Representative)": a couple sharing the family name counts as its second person.
  return parts.every((p) => parseEntry([p.replace(COUPLE_FIRST, '')])?.name.includes(' ')) ? m : null;
}

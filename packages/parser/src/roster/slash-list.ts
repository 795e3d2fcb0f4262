import { parseEntry, type RosterEntry } from './parse-entry.js';

/**
 * "Those present: Jo Finch (Club Secretary) / Al Reed (Chair) / Ann Lee (u12) / Tom Hale /": a club's list with a slash
 * between people (a Word table's cells flattened, or typed so), wrapped over lines. Every part must read as a person;
 * else null, and the list is read as any other.
 */
export function readSlashList(rest: string): RosterEntry[] | null {
  if (!SLASHED.test(rest) || rest.includes(',') || rest.includes(';')) return null;
  const parts = rest.replace(TRAILING_SLASH, '').split(' / ');
  if (parts.length < LEAST_PARTS) return null;
  const entries: RosterEntry[] = [];
  for (const part of parts) {
    const entry = parseEntry([part.trim()]);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

/** "Jo Finch (u9) /" or "... Elaine Norwood (u11": a slashed list's line that its next line goes on from. */
export function slashListGoesOn(rest: string, next: string): boolean {
  if (!SLASHED.test(rest)) return false;
  if (TRAILING_SLASH.test(rest) || rest.lastIndexOf('(') > rest.lastIndexOf(')')) return true;
  // "... Stephen Fairburn (u9) / Phil" / "Pinkham (u9) / ...": a name cut at the margin, its surname opening the line below.
  return CUT_GIVEN_NAME.test(rest) && SURNAME_THEN_MARK.test(next);
}

// Three people at least: two slashes between them.
const LEAST_PARTS = 3;
const SLASHED = / \/ .* \/(?: |$)/;
const TRAILING_SLASH = /\s\/\s*$/;
const CUT_GIVEN_NAME = / \/ \p{Lu}[\p{Ll}'’-]+$/u;
const SURNAME_THEN_MARK = /^\p{Lu}[\p{Ll}'’-]+\s(?:\(|\/\s)/u;

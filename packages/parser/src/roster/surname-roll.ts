import { looksLikeSurname } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "Azarenko", "Fisher-Wirth", "McDaniel", "O'Hara", "deGeus" (a particle written against the name); "S. Daniels", "Johnson JK":
// an initial before or after tells two senators of one surname apart.
const ROLL_PART = /^(?:\p{Lu}\.\s?)?(?:de|van|von|du|da|di|le|la)?(\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s\p{Lu}{1,3})?$/u;
// "Winkle (27)", "Cunningham( 28)": the count of the list closing its last name.
const COUNT_AFTER = /\s?\(\s?\d{1,3}\)$/;
const AND_BEFORE = /^(?:and|&)\s+/;
// A roll of surnames is a long list: a few words after a label are anything.
const MIN_PARTS = 4;

/**
 * "Azarenko, Barth, Bird, S. Daniels, T. Daniels, deGeus, ... and Tynon.", "Gilbert, Sisson, Hall, ... Winkle (27)":
 * a faculty senate's roll, surnames alone (an initial telling two of a name apart), under a list heading. Every
 * part must be one surname; a few may be words minutes also use ("Hall", "Temple"), so long as most read as
 * surnames and nothing else is written with any of them.
 */
export function readSurnameRoll(text: string): RosterEntry[] | null {
  if (!text.includes(', ')) return null;
  const parts = text.replace(/\.$/, '').replace(COUNT_AFTER, '').split(/,\s+/);
  if (parts.length < MIN_PARTS) return null;
  const entries: RosterEntry[] = [];
  let surnames = 0;
  for (const written of parts) {
    const part = written.replace(AND_BEFORE, '').trim();
    const m = ROLL_PART.exec(part);
    if (!m) return null;
    if (looksLikeSurname(m[1]!)) surnames++;
    entries.push({ name: part, honorific: null, initials: null, chairColumn: false, description: describe('') });
  }
  // Four in five read as surnames: a list of topics or places ("Finance, Hall, Planning, ...") does not.
  return surnames * 5 >= parts.length * 4 ? entries : null;
}

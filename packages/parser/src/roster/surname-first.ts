import type { Line } from '../scan/scan-lines.js';
import { looksLikeSurname, splitPersonName } from '../text/names.js';
import { readsAsPersonNameAlone } from './describe.js';
import { withoutBullet } from './parse-entry.js';

// "Bartley, Pam", "Connors, Cpl Lance", "Brown, Geoffrey (A)", "Smith, J. R.": one surname, a comma, then the given
// name or initials (a title before them), and perhaps a bracket, as rosters sorted by surname write their people.
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+),\s+([^,()\s][^,()]{0,39})(\([^()]*\))?$/u;
// "Ann Hale, Oxfam": a person written given name first before a comma, which makes the list's other lines of that shape read so too.
const GIVEN_NAME_FIRST = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3},\s/u;
// Fewer turned names may be a name and a one-word organisation by chance.
const LEAST_TURNED = 3;

/** "Pam Bartley" for "Bartley, Pam", "Cpl Lance Connors (A)" for "Connors, Cpl Lance (A)"; null for any other text. */
function turnedName(text: string): string | null {
  const m = SURNAME_FIRST.exec(text);
  // ("Director, District F", "Hale, Treasurer": a post or a body on either side of the comma is no name turned round.)
  if (!m || !looksLikeSurname(m[1]!)) return null;
  const { name, honorific } = splitPersonName(m[2]!.trimEnd());
  const person = `${name} ${m[1]!}`;
  if (!readsAsPersonNameAlone(person)) return null;
  return `${honorific ? `${honorific} ` : ''}${person}${m[3] ? ` ${m[3]}` : ''}`;
}

/**
 * A list's lines with each name written surname first turned round ("Bartley, Pam" reads "Pam Bartley"), where three
 * lines at least are such names and no line writes a person given name first before a comma; else the lines as they are.
 */
export function withSurnamesLast(lines: Line[]): Line[] {
  const texts = lines.map((line) => withoutBullet(line.text).trim());
  const turned = texts.map(turnedName);
  if (turned.filter(Boolean).length < LEAST_TURNED) return lines;
  if (texts.some((text, k) => turned[k] === null && GIVEN_NAME_FIRST.test(text))) return lines;
  return lines.map((line, k) => (turned[k] ? { ...line, text: turned[k]! } : line));
}

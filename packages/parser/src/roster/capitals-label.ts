import { splitPersonName } from '../text/names.js';
import { abbreviates } from './leading-initials.js';

// "BARNET Cllr Mike Freer", "KENSINGTON & CHELSEA Cllr Ann Lee", "CITY OF LONDON Mr Stuart Fraser": words in capitals
// (and "&") before a word in mixed case, the title that opens the name.
const CAPITALS_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]*|&)(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|&))*)\s+(?=\p{Lu}\p{Ll})/u;
// A label is a word of three capitals at least, or more than one word ("LB", a pair of initials, is no body).
const LABEL_WORD = /\p{Lu}{3}/u;

/**
 * The body or place a member sits for, written in capitals before the titled name, as joint committees of councils
 * list their members a borough to a line: the label and the rest of the line; null where the line does not open so.
 * The rest must open with a title ("Cllr", "Mr", "Mayor"): "EMS Director Terry Layne" is a post that names its unit.
 */
export function splitCapitalsLabel(text: string): { label: string; rest: string } | null {
  const m = CAPITALS_LABEL.exec(text);
  if (!m || !LABEL_WORD.test(m[1]!)) return null;
  const label = m[1]!;
  const rest = text.slice(m[0].length);
  const { honorific, name } = splitPersonName(rest);
  if (honorific === null) return null;
  // "JMF Cllr Jo M Finch": the name's initials, as a list's key column gives them, are no body.
  return abbreviates(label.replace(/[.\s]/g, ''), name) ? null : { label, rest };
}

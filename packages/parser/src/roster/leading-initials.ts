import { INITIALS_SHAPE as INITIALS, initialsOf, splitPersonName } from '../text/names.js';

// (INITIALS: two to four capitals, then up to three small letters ("RBe"), checked against the name after them, so
// "NB" or "OK" may be initials here.)

/** "AC Cllr Alison Cooper (Chair)", "AC – Alison Cooper": initials written before a name, and the rest of the line. */
export function splitLeadingInitials(text: string): { initials: string; rest: string } | null {
  const space = text.indexOf(' ');
  if (space < 2 || space > 7) return null;
  const initials = text.slice(0, space);
  const after = text.slice(space + 1).trimStart();
  const rest = withoutLeadingDash(after);
  // "PC Paul Carter": a rank before the name, not its initials ("MR – Mike Reed": the dash after them says they are).
  if (!rest || !INITIALS.test(initials) || (rest === after && splitPersonName(text).honorific !== null)) return null;
  return { initials, rest };
}

/** Whether the initials abbreviate the name: their first and last capitals are its first and last initials ("RBe", "JJR"). */
export function abbreviates(initials: string, name: string): boolean {
  const capitals = initials.replace(/\p{Ll}/gu, '');
  const own = initialsOf(name);
  return own.length >= 2 && capitals[0] === own[0] && capitals[capitals.length - 1] === own[own.length - 1];
}

/** "– Alison Cooper" -> "Alison Cooper": the dash that set the initials apart. */
function withoutLeadingDash(s: string): string {
  const c = s.charAt(0);
  return (c === '–' || c === '—' || c === '-') && s.charAt(1) === ' ' ? s.slice(2).trimStart() : s;
}

/**
 * "Suzanne Pickering SP Head of Governance": a table row whose columns (name, initials, post) were joined
 * by single spaces. Read when a word after the first two is initials abbreviating the words before it and a description follows.
 */
export function splitInitialledRow(text: string): { name: string; initials: string; description: string } | null {
  const words = text.split(' ');
  for (let k = 2; k <= 4 && k < words.length - 1; k++) {
    const name = words.slice(0, k).join(' ');
    if (INITIALS.test(words[k]!) && abbreviates(words[k]!, splitPersonName(name).name)) return { name, initials: words[k]!, description: words.slice(k + 1).join(' ') };
  }
  return null;
}

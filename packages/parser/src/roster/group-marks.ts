import type { Attendee } from '@lsmp/model';
import { initialsOf } from '../text/names.js';

/**
 * "Rod Vagg (TSC)", "Tina Noor (TSC)": capitals in brackets that several people share, or
 * that do not start with the name's first letter, are the group the person sits on, not their initials.
 * Initials stay when they are the name's own ("Jane Roe (JR)"), however many share them, and when
 * a table's initials column gives them (`columnInitials`).
 */
export function groupMarksAsOrganisation(attendees: Attendee[], columnInitials: ReadonlySet<Attendee>): void {
  const namesByMark = new Map<string, Set<string>>();
  for (const a of attendees) {
    if (!a.initials) continue;
    const names = namesByMark.get(a.initials) ?? new Set<string>();
    names.add(a.name);
    namesByMark.set(a.initials, names);
  }
  for (const a of attendees) {
    const mark = a.initials;
    if (!mark || mark === initialsOf(a.name) || columnInitials.has(a)) continue;
    const shared = (namesByMark.get(mark)?.size ?? 0) >= 2;
    if (!shared && (startsTheName(mark, a.name) || reordersInitials(mark, a.name))) continue;
    a.initials = null;
    if (!a.organisation) a.organisation = mark;
    else if (!a.role) a.role = mark;
  }
}

/** "Min Qi Wu (WMQ)": the name's own initials, the family name's first (as the person writes their name at home). */
function reordersInitials(mark: string, name: string): boolean {
  const own = initialsOf(name);
  return own.length === mark.length && [...own].sort().join('') === [...mark].sort().join('');
}

/** Whether `mark` starts with the name's first letter, as initials do ("Owen Tudor (TUC)": no). */
function startsTheName(mark: string, name: string): boolean {
  return mark.charAt(0).toUpperCase() === name.charAt(0).toUpperCase();
}

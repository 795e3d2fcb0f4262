import type { Attendee } from '@lsmp/model';
import { initialsOf } from '../text/names.js';

/**
 * "Rod Vagg (TSC)", "Tina Noor (TSC)": capitals in brackets that several people share, or
 * that start no word of the name, are the group the person sits on, not their initials.
 * Initials stay when they are the name's own ("Jane Roe (JR)"), however many share them.
 */
export function groupMarksAsOrganisation(attendees: Attendee[]): void {
  const namesByMark = new Map<string, Set<string>>();
  for (const a of attendees) {
    if (!a.initials) continue;
    const names = namesByMark.get(a.initials) ?? new Set<string>();
    names.add(a.name);
    namesByMark.set(a.initials, names);
  }
  for (const a of attendees) {
    const mark = a.initials;
    if (!mark || mark === initialsOf(a.name)) continue;
    const shared = (namesByMark.get(mark)?.size ?? 0) >= 2;
    if (!shared && startsAWord(mark, a.name)) continue;
    a.initials = null;
    if (!a.organisation) a.organisation = mark;
    else if (!a.role) a.role = mark;
  }
}

/** Whether the first letter of `mark` starts a word of `name`. */
function startsAWord(mark: string, name: string): boolean {
  const first = mark.charAt(0).toUpperCase();
  return name.split(/[\s-]+/).some((word) => word.charAt(0).toUpperCase() === first);
}

import type { Attendee } from '@lsmp/model';
import { initialsOf } from '../text/names.js';

const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * "Dave Thaler (DT) opened the call": the minutes give a person's initials in brackets after their name
 * where they first speak of them, and call them so from then on. An attendee the roster gave no initials
 * takes the capitals that follow their full name so, when they are the name's own.
 * One walk over the brackets of the text, each looked up by its letters.
 */
export function readStatedInitials(attendees: Attendee[], text: string): void {
  const byInitials = new Map<string, Attendee[]>();
  for (const a of attendees) {
    if (a.initials) continue;
    const own = initialsOf(a.name);
    if (own.length < 2 || own.length > 4) continue;
    byInitials.set(own, [...(byInitials.get(own) ?? []), a]);
  }
  if (byInitials.size === 0) return;
  for (let open = text.indexOf(' ('); open !== -1; open = text.indexOf(' (', open + 2)) {
    let end = open + 2;
    while (end < text.length && end - open - 2 < 5 && isCapital(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) !== 41 || end - open - 2 < 2) continue;
    const initials = text.slice(open + 2, end);
    for (const a of byInitials.get(initials) ?? []) {
      if (!a.initials && text.endsWith(a.name, open)) a.initials = initials;
    }
  }
}

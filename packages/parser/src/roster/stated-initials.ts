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

// "AP welcomed members", "GP and CM will attend", "KM: agreed", "RJ to replace": capitals standing for a person, who
// then does or says something (a verb after them, or a speaker's colon); no figure or word just before them ("2 PM"),
// and no noun after them ("JS security training", "MS Teams").
const SPOKEN = /(?<![\p{L}\p{N}][ ]?|[\p{L}\p{N}])\p{Lu}{2,3}(?=:\s|\s(?:and\s\p{Lu}{2,3}\s)?(?:\p{Ll}+ed|to|will|would|can|could|should|may|must|has|had|have|is|was|were|also|said|says|gave|took|spoke|led|made|met|told)\b)/gu;

/**
 * "AP welcomed members ...": minutes that call people by their initials without ever writing them beside the names.
 * An attendee the roster gave no initials takes those of their name where the text so calls someone, and no other
 * attendee's name has the same initials.
 */
export function readSpokenInitials(attendees: Attendee[], text: string): void {
  const byInitials = new Map<string, Attendee[]>();
  for (const a of attendees) {
    const own = a.initials ?? initialsOf(a.name);
    if (own.length >= 2 && own.length <= 3) byInitials.set(own, [...(byInitials.get(own) ?? []), a]);
  }
  // (Rosters that give everyone initials, as most do, need no scan of the text.)
  if (![...byInitials.values()].some((named) => named.length === 1 && !named[0]!.initials)) return;
  for (const m of text.matchAll(SPOKEN)) {
    const named = byInitials.get(m[0]);
    if (named?.length === 1 && !named[0]!.initials) named[0]!.initials = m[0];
  }
}

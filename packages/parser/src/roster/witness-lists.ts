import type { Attendee } from '@lsmp/model';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { addedAttendee } from './added-attendee.js';
import { cellsOf, parseRowEntry } from './parse-entry.js';

/**
 * "Members received evidence from:" / "Stakeholder groups joined the meeting at 2:03pm." / "The following officials
 * joined the meeting:", then a bullet for each ("Ms Fiona Magee, Deputy CEO, Advice NI"): a committee's witnesses,
 * named in the item they gave evidence to, not in the lists at the top. Each is a speaker at the meeting.
 */

// The sentence that introduces the list, last on its line.
const INTRODUCES_WITNESSES = /(?:received\s+(?:oral\s+)?evidence\s+from|(?:joined|attended)\s+the\s+meeting(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?)?|the\s+following\s+(?:officials|witnesses|representatives)(?:\s+(?:joined|attended)\s+the\s+meeting)?)\s*[.:]?$/i;
// A list of witnesses is short; a longer run of bullets is something else.
const MAX_WITNESSES = 12;

/** The witnesses the items' bullet lists name, whom the lists at the top did not. */
export function readWitnessLists(lines: readonly Line[], attendees: readonly Attendee[], ctx: Context): Attendee[] {
  const known = new Set(attendees.map((a) => a.name.toLowerCase()));
  const added: Attendee[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.blank || !INTRODUCES_WITNESSES.test(lines[k]!.text.trim())) continue;
    let at = k + 1;
    while (at < lines.length && lines[at]!.blank) at++;
    const listed: Line[] = [];
    for (; at < lines.length && startsWithBullet(lines[at]!.text.trim()) && listed.length <= MAX_WITNESSES; at++) listed.push(lines[at]!);
    // ("Ms. Catherine Barr Director, The Women's Centre Derry": a post after the name with no comma is read too.)
    const entries = listed.map((l) => parseRowEntry(cellsOf(withoutBulletMark(l.text.trim()))));
    // Every bullet a person named with a title ("Ms", "Dr"): a list of points is no list of witnesses.
    if (listed.length === 0 || listed.length > MAX_WITNESSES || !entries.every((e) => e !== null && e.honorific !== null)) continue;
    for (const [n, entry] of entries.entries()) {
      if (!entry || known.has(entry.name.toLowerCase())) continue;
      known.add(entry.name.toLowerCase());
      added.push(addedAttendee(entry, 'speaker', entry.description, attendees.length + added.length, ctx.lineSpan(listed[n]!)));
    }
    k = at - 1;
  }
  return added;
}

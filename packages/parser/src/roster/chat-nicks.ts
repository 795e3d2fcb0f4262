import { describe } from './describe.js';
import { NOBODY } from './handle-names.js';
import { parseEntry, type RosterEntry, underscoredName } from './parse-entry.js';
import type { RosterSection } from './read-roster.js';
import type { Line } from '../scan/scan-lines.js';

// W3C's minute-taking tool (scribe.perl, and the IRC bots after it) heads its minutes with "Present", "Regrets", "Chair"
// and "Scribe", each over the names people go by in the meeting's chat: "matatk", "JudyB", "Lionel_Wolberger", "-" for none.

/** The labels the tool writes, each alone or before its list. */
// ("* Team members: nikomatsakis, Josh" / "* Others: simulacrum": a project team's notes template lists its members and
// its guests by the names they go by in the project's chat too.)
const CHAT_LIST_LABEL = /^(?:present|regrets|chairs?|scribes?|scribenick|attending|attendees|team members|others)$/i;
// "Attending: udit, dcwalk, benhylau": notes kept in a repository head their list of handles so too, but there half the
// names at least must be chat names ("Attendees: Ann Lee, AverilWilkinson" is a list of names, one glued).
const GENERAL_LABEL = /^(?:attending|attendees)$/i;
// One chat name: a letter, then letters, figures and the marks chat names use (no space).
const NICK = /^\p{L}[\p{L}\p{N}_.'’-]{0,31}$/u;
// Marks no written name has: a figure, an underscore or stop inside, a lower-case start, a capital after a small letter.
const CHAT_MARKS = /[_\d]|\p{L}\.\p{L}|^\p{Ll}|\p{Ll}\p{Lu}/u;
// "SV_MEETING_CHAIR", "SV_MEETING_TITLE": the tool's field no one filled in.
const UNFILLED = /^SV_[A-Z_]+$/;
// The list a line can hold: a bound, so the split stays short.
const MAX_NICKS = 60;

interface Placed {
  entry: RosterEntry;
  line: Line;
}

/**
 * "Present" over "Chuck, Janina, krisanne, Lionel_Wolberger", "Scribe: hober": a list under one of the tool's labels,
 * each part a chat name or a person's name, one part at least marked as a chat name. "-" (the tool's "nobody") reads
 * as no one; the tool's unfilled field ("SV_MEETING_CHAIR") too. A list of full names (no chat name) is read so only
 * where each is a name the list of those present gave already ("Chair" over "Daniel Appelquist, Peter Linss").
 * Null where the section is no such list.
 */
export function readChatNickSection(section: RosterSection, listed: ReadonlyMap<string, unknown>): Placed[] | null {
  if (!CHAT_LIST_LABEL.test(section.heading.label.trim())) return null;
  const written = [
    ...(section.heading.rest && section.headingLine ? [{ text: section.heading.rest, line: section.headingLine }] : []),
    ...section.lines.filter((l) => !l.blank).map((l) => ({ text: l.text, line: l })),
  ];
  if (written.length === 0 || written.length > 3) return null;
  if (written.every((w) => /^[-–—]$/.test(w.text.trim()))) return [];
  const placed: Placed[] = [];
  let marked = 0;
  let allListed = true;
  for (const { text, line } of written) {
    const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0 || parts.length > MAX_NICKS) return null;
    for (const part of parts) {
      if (NOBODY.has(part.toLowerCase()) || UNFILLED.test(part)) return null;
      if (!listed.has(part.toLowerCase())) allListed = false;
      if (NICK.test(part)) {
        if (CHAT_MARKS.test(part)) marked++;
        const name = underscoredName(part);
        placed.push({ entry: { name, honorific: null, initials: null, chairColumn: false, description: describe('') }, line });
        continue;
      }
      const entry = parseEntry([part]);
      if (!entry) return null;
      placed.push({ entry, line });
    }
  }
  const enough = GENERAL_LABEL.test(section.heading.label.trim()) ? marked * 2 >= placed.length : marked > 0;
  return enough || (allListed && /^chairs?$/i.test(section.heading.label.trim())) ? placed : null;
}

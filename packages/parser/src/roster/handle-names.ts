import { describe } from './describe.js';
import { parseEntry, type RosterEntry, withoutBullet } from './parse-entry.js';
import { startsWithBullet } from '../text/bullets.js';

// "Nick_L [Amazon]", "geds-dm (Amazon)", "colinb[APMG]#6994", "tomhh (hultonha) [Amazon]": a chat name as the
// person goes by it, then the organisation in brackets (a nickname's bracket before it; a chat tag's number after it).
const HANDLE_LINE = /^([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)\s?(?:[([][^()[\]]*[)\]]\s?(?=[([]))?(?:[([]([^()[\]]*)[)\]])?(?:#\d{1,5})?$/;
// "Nick_L", "geds-dm", "kberg", "RoddieKieley": a mark, a figure, a lower-case start or a capital inside.
const CHAT_MARKS = /[_.\-\d]|^[a-z]|[a-z][A-Z]/;
// Words that stand for no one person.
export const NOBODY = new Set(['all', 'everyone', 'none', 'nil', 'tba', 'tbc', 'tbd', 'various', 'unknown', 'others']);

/**
 * "* Nick_L [Amazon]" / "* geds-dm [Amazon]" / "* Ada Finch [Northwind]": a bulleted list of people written by the names they
 * go by in the project's chat, most with their organisation in brackets. Read only when every line is such a name or a
 * person's full name, and half the lines at least are chat names (marked as such or with a bracket); null otherwise.
 */
export function readHandleLines(texts: readonly string[]): RosterEntry[] | null {
  if (texts.length < 2 || !texts.every(startsWithBullet)) return null;
  const entries: RosterEntry[] = [];
  let handles = 0;
  for (const text of texts) {
    const written = withoutBullet(text).trim();
    const m = HANDLE_LINE.exec(written);
    if (m && !NOBODY.has(m[1]!.toLowerCase())) {
      // "Chanelle" alone may be a given name or a heading's word: only a chat name's own marks, or a bracket, count.
      if (m[2] !== undefined || CHAT_MARKS.test(m[1]!)) handles++;
      entries.push({ name: m[1]!, honorific: null, initials: null, chairColumn: false, description: describe(m[2]?.trim() ?? '') });
      continue;
    }
    const full = parseEntry([written.replace(/\s?\[([^[\]]*)\]$/, ' ($1)')]);
    if (!full) return null;
    entries.push(full);
  }
  return handles * 2 >= entries.length ? entries : null;
}

import { parseEntry, type RosterEntry } from './parse-entry.js';

/**
 * The sentences a committee page writes about those who stood in for absent members, beside its apologies sentence:
 * "Apologies for absence were received from Ann Lee.  Bo Hale attended in her absence." and "The Board was advised that
 * Cy Moss was attending as Di Fay's substitute and Ed Roe, Head of Care, was attending this meeting as Flo Kay's substitute."
 */

export interface StoodIn {
  entry: RosterEntry;
  /** Whom the person stood in for, as written; null where the sentence names no one ("in her absence"). */
  absent: string | null;
}

// "Bo Hale attended in her absence.": the words that end the stand-in's sentence.
const IN_ABSENCE = ['attended', 'was attending', 'attending'].flatMap((verb) => ['his', 'her', 'their'].map((whose) => ` ${verb} in ${whose} absence`));
// "... was attending this meeting as Di Fay's substitute": the verb before the absent member's name.
const ATTENDING_AS = [' was attending this meeting as ', ' attended this meeting as ', ' was attending as ', ' attended as ', ' attending as '];
const SUBSTITUTE_WORDS = ['’s substitute', "'s substitute"];
// Where the stand-in's words start inside a sentence: after the clause that reports it, or after the one before.
const LEADS = [' that ', ' and ', '; '];

/** "Bo Hale attended in her absence." in a paragraph's sentences: the one who stood in (whom for, the paragraph's apology says). */
export function readInAbsence(text: string): StoodIn[] {
  const found: StoodIn[] = [];
  for (const sentence of text.split(/(?<=\.)\s+/)) {
    const bare = sentence.replace(/\.$/, '');
    const words = IN_ABSENCE.find((w) => bare.endsWith(w));
    const entry = words ? personBefore(bare.slice(0, bare.length - words.length)) : null;
    if (entry) found.push({ entry, absent: null });
  }
  return found;
}

/** "Cy Moss was attending as Di Fay's substitute": each stand-in and whom for, in the order written. */
export function readPossessiveSubstitutes(text: string): StoodIn[] {
  const found: StoodIn[] = [];
  let from = 0;
  for (;;) {
    const at = nextSubstituteWord(text, from);
    if (at === -1) return found;
    const clause = text.slice(from, at);
    const verb = lastOf(clause, ATTENDING_AS);
    if (verb) {
      const entry = personBefore(clause.slice(0, verb.at));
      const absent = parseEntry([clause.slice(verb.at + verb.words.length).trim()]);
      if (entry && absent) found.push({ entry, absent: absent.name });
    }
    from = at + SUBSTITUTE_WORDS[0]!.length;
  }
}

/** Where the next "'s substitute" stands from `from` on, or -1. */
function nextSubstituteWord(text: string, from: number): number {
  const at = SUBSTITUTE_WORDS.map((w) => text.indexOf(w, from)).filter((k) => k !== -1);
  return at.length ? Math.min(...at) : -1;
}

/** The last of `words` in `text`, and where it stands: of two ending at one place, the longer (" was attending as "). */
function lastOf(text: string, words: string[]): { at: number; words: string } | null {
  let best: { at: number; words: string } | null = null;
  for (const w of words) {
    const at = text.lastIndexOf(w);
    const end = at + w.length;
    if (at !== -1 && (!best || end > best.at + best.words.length || (end === best.at + best.words.length && at < best.at))) best = { at, words: w };
  }
  return best;
}

/**
 * The person the words before the verb name: after the reporting clause ("The Board was advised that ...") or the "and"
 * that joins a second stand-in, the first lead found; a post after the name's comma is the person's ("Ed Roe, Head of Care").
 */
function personBefore(words: string): RosterEntry | null {
  let start = 0;
  for (const lead of LEADS) {
    const at = words.indexOf(lead);
    if (at !== -1 && (start === 0 || at + lead.length < start)) start = at + lead.length;
  }
  const named = words.slice(start).trim().replace(/^and\s+/, '');
  const comma = named.indexOf(', ');
  const entry = parseEntry([comma > 0 ? named.slice(0, comma) : named]);
  if (!entry || !/\s/.test(entry.name)) return null;
  const post = comma > 0 ? named.slice(comma + 2).replace(/,$/, '').trim() : '';
  return post ? { ...entry, description: { ...entry.description, role: entry.description.role ?? post } } : entry;
}

import { splitPersonName } from '../text/names.js';
import { describe } from './describe.js';
import type { RosterEntry } from './parse-entry.js';

// "D Dewar-Whalley K Ingleton J Lewis J Mair", "T. Ashton M Brookes P. Richardson (Vice-Chairman) R Austin": a list of
// members written as initials and surnames whose commas a PDF's columns lost, so that each person starts where the
// next initials do. Read only where every word is a title, an initial, a surname or a bracket after one.

// "Mrs C.Rylott": the titles a person of such a list may carry.
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'rev', 'revd', 'sir', 'lady']);
// "J", "J.", "J.E.", "R.F.": one word of initials.
const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}$/u;
// "C.Rylott": initials a converter wrote against the surname.
const GLUED = /^((?:\p{Lu}\.){1,3})(\p{Lu}\p{Ll}.*)$/u;
// "Dewar-Whalley", "O'Neill", "McLachlan": a surname's word.
const SURNAME = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?$/u;
// A run of two names is as likely a name and a word: three people at least.
const LEAST_PEOPLE = 3;

const isTitle = (w: string) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, ''));

/** The run's words, initials written against a surname set apart ("C.Rylott" -> "C.", "Rylott"). */
function wordsOf(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((w) => {
      const glued = GLUED.exec(w);
      return glued ? [glued[1]!, glued[2]!] : [w];
    });
}

// "Messrs: T. Ashton M Brookes ...": the plural title written once over the men of the run, not a person's word.
const PLURAL_TITLE = /^(?:Messrs\.?|Mesdames)(?::\s*|\s+)/;

/** Each person of a run of initials and surnames, or null unless every word is read as one of them. */
export function readInitialSeparated(text: string): RosterEntry[] | null {
  const run = text.replace(PLURAL_TITLE, '');
  if (/[,;:]/.test(run)) return null;
  const words = wordsOf(run);
  const entries: RosterEntry[] = [];
  for (let i = 0; i < words.length; ) {
    let at = i;
    while (at < words.length && isTitle(words[at]!)) at++;
    const first = at;
    while (at < words.length && INITIALS.test(words[at]!)) at++;
    if (at === first || at - first > 3 || !SURNAME.test(words[at] ?? '')) return null;
    const written = words.slice(i, at + 1).join(' ');
    at++;
    let bracket = '';
    if (words[at]?.startsWith('(')) {
      const close = words.findIndex((w, k) => k >= at && w.endsWith(')'));
      if (close === -1) return null;
      bracket = words.slice(at, close + 1).join(' ');
      at = close + 1;
    }
    const { name, honorific } = splitPersonName(written);
    entries.push({ name, honorific, initials: null, chairColumn: false, description: describe(bracket) });
    i = at;
  }
  return entries.length >= LEAST_PEOPLE ? entries : null;
}

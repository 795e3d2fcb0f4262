import { decomposed } from './text-similarity.js';

// Titles and ranks written before a name, lower case, without full stops. "cll" is
// a common slip for "cllr" in real minutes; "super intendent" is split as written.
const LEADING_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'cllr', 'cll', 'clr', 'councillor',
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'rt', 'hon', 'rev', 'revd', 'reverend', 'commander',
  'superintendent', 'super', 'intendent', 'chief', 'inspector', 'detective', 'det', 'sergeant', 'sgt',
  'captain', 'major', 'colonel', 'deputy', 'assistant', 'commissioner',
]);
// Letters after a name ("OBE", "QC"); only dropped when a name remains.
const TRAILING_LETTERS = new Set(['obe', 'mbe', 'cbe', 'kbe', 'dbe', 'qc', 'kc', 'mp', 'am', 'jp', 'phd', 'frsa']);

/** Lower case, no diacritics, no punctuation, single spaces. */
export function foldText(text: string): string {
  return decomposed(text)
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A key under which the same person written differently is one person:
 * "Cll Anjana Patel", "Cllr Anjana Patel" and "CLLR ANJANA PATEL" share the key
 * "anjana patel". Honorifics, case, accents, punctuation and letters after the
 * name do not count; the order and spelling of the names do.
 */
// A function declaration, not the remembered arrow itself: the public API keeps its signature and docs.
export function personKey(name: string): string {
  return rememberedPersonKey(name);
}

const rememberedPersonKey = remembered((name) => {
  const words = foldText(name).split(' ').filter(Boolean);
  while (words.length > 1 && LEADING_TITLES.has(words[0]!)) words.shift();
  while (words.length > 2 && TRAILING_LETTERS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
});

// "Migrant & Refugee Advisory Panel (MRAP)" or "SERTUC (South East Regional TUC)":
// a name and an acronym for it, either way round.
const WITH_ACRONYM = /^(.*\S)\s*\(([^()]+)\)$/;
const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;

/**
 * A key under which "The Refugee Council" and "Refugee council" are one organisation,
 * and so are "Migrant & Refugee Advisory Panel (MRAP)" and "MRAP": a name written with
 * its acronym in brackets (either way round) is keyed by the acronym.
 */
export function organisationKey(name: string): string {
  return rememberedOrganisationKey(name);
}

const rememberedOrganisationKey = remembered((name) => {
  const parts = WITH_ACRONYM.exec(name.trim());
  if (parts) {
    const [, main, bracketed] = parts as unknown as [string, string, string];
    if (ACRONYM.test(bracketed.trim()) && bracketed.trim() === bracketed.trim().toUpperCase()) return foldText(bracketed);
    if (ACRONYM.test(main.trim()) && main.trim() === main.trim().toUpperCase()) return foldText(main);
  }
  return foldText(name).replace(/^the /, '');
});

// The same names come back at every meeting of a series, so their keys are kept
// (in a cache emptied when it is full, so memory stays bounded).
const REMEMBERED_NAMES = 10_000;
function remembered(key: (name: string) => string): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let value = keys.get(name);
    if (value === undefined) {
      if (keys.size >= REMEMBERED_NAMES) keys.clear();
      value = key(name);
      keys.set(name, value);
    }
    return value;
  };
}

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
  return text
    .normalize('NFKD')
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
export function personKey(name: string): string {
  const words = foldText(name).split(' ').filter(Boolean);
  while (words.length > 1 && LEADING_TITLES.has(words[0]!)) words.shift();
  while (words.length > 2 && TRAILING_LETTERS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** A key under which "The Refugee Council" and "Refugee council" are one organisation. */
export function organisationKey(name: string): string {
  return foldText(name).replace(/^the /, '');
}

// Words too common in minutes to say which action a text is about.
const STOPWORDS = new Set(
  (
    'the and for with that this from have has had was were will would been being are all any can its not but ' +
    'into onto out our their them they there these those which who whom what when where how also should could ' +
    'action actions update updated meeting members member report reported noted agreed item items next last ' +
    'please asked ask more other some such than then very per via about after before over under each'
  ).split(' '),
);

/**
 * Content words of a text, lightly stemmed ("circulated", "circulates" and
 * "circulate" meet at "circulat"), so a later report can be matched to the action
 * it is about even when it is worded in another tense.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of decomposed(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
}

// NFKD leaves ASCII text as it is, and most minutes are ASCII: skip the work there.
const NOT_ASCII = /[^\u0000-\u007F]/;
/** The text in Unicode compatibility decomposition (NFKD), as `normalize('NFKD')` gives it. */
export function decomposed(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFKD') : text;
}

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 'e', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Shared content words of two texts. */
export function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared;
}

/**
 * The Dice coefficient, 0..1, of two word sets of these sizes sharing `shared`
 * words: how alike two short texts (two actions) are.
 */
export function diceOf(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  return (2 * shared) / (sizeA + sizeB);
}

/**
 * The share, 0..1, of a set of `partSize` words that `shared` of them are: how much
 * of an action a longer paragraph speaks about.
 */
export function containmentOf(shared: number, partSize: number): number {
  if (partSize === 0) return 0;
  return shared / partSize;
}

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
  for (const raw of text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
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

/** Dice coefficient of two word sets, 0..1: how alike two short texts (two actions) are. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * sharedWords(a, b)) / (a.size + b.size);
}

/**
 * The share of `part`'s words found in `whole`, 0..1: how much of an action a longer
 * paragraph speaks about.
 */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  return sharedWords(part, whole) / part.size;
}

import type { VocabularyEntry } from './types.js';

export interface CompiledTerm {
  entry: VocabularyEntry;
  pattern: RegExp;
  /** Phrases inside which a match of this term does not count. */
  except: RegExp[];
  /**
   * Words every match has at word starts, lower case and cut to their leading letters and
   * digits ("traffick" for "traffick*"): the term is only tried on texts that have them all.
   */
  keys: string[];
  /** The key every match starts with, when it is one of `keys`. */
  startKey: string | undefined;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/** An acronym ("ESOL", "MRCOs") matches its case exactly. */
function isAcronym(term: string): boolean {
  return /^[A-Z0-9&]{2,}s?$/.test(term.replace(/\s+/g, ''));
}

function wordPattern(word: string): string {
  const stem = word.endsWith('*') ? word.slice(0, -1) : word;
  const escaped = stem.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  return word.endsWith('*') ? `${escaped}${LETTER_OR_DIGIT}*` : escaped;
}

function phrasePattern(phrase: string, caseSensitive: boolean): RegExp {
  const body = phrase.trim().split(/\s+/).map(wordPattern).join('\\s+');
  // Not the second half of a compound either: "ill-health" is not about health services.
  return new RegExp(`(?<!${LETTER_OR_DIGIT}-?)${body}(?!${LETTER_OR_DIGIT})`, caseSensitive || isAcronym(phrase) ? 'gu' : 'giu');
}

/** A word's leading ASCII letters and digits, lower case: what the text has at a word start where the word matches. */
function wordKey(word: string): string {
  const stem = word.endsWith('*') ? word.slice(0, -1) : word;
  const run = /^[A-Za-z0-9]*/.exec(stem)![0];
  // A '*' inside a word stays a regex quantifier: the letter before it may be absent.
  return (stem[run.length] === '*' ? run.slice(0, -1) : run).toLowerCase();
}

/**
 * Every word of the pattern starts after a space or a non-letter, so a match has each
 * word's key at a word start. The longest key is kept, and the next longest if it has
 * four letters or more: long words are rare, and "the" would send the term to every text.
 */
export function phraseKeys(phrase: string): Pick<CompiledTerm, 'keys' | 'startKey'> {
  const words = phrase.trim().split(/\s+/).map(wordKey);
  const [longest, next] = [...new Set(words.filter((key) => key !== ''))].sort((a, b) => b.length - a.length);
  const keys = longest === undefined ? [] : next !== undefined && next.length >= 4 ? [longest, next] : [longest];
  return { keys, startKey: keys.includes(words[0]!) ? words[0] : undefined };
}

/** One global regular expression per term: whole words, any run of spaces between them. */
export function compileVocabulary(entries: VocabularyEntry[]): CompiledTerm[] {
  return entries.flatMap((entry) => {
    const except = (entry.except ?? []).map((phrase) => phrasePattern(phrase, false));
    return entry.terms.map((term) => ({ entry, pattern: phrasePattern(term, entry.caseSensitive ?? false), except, ...phraseKeys(term) }));
  });
}

import type { VocabularyEntry } from './types.js';

export interface CompiledTerm {
  entry: VocabularyEntry;
  pattern: RegExp;
  /** Phrases inside which a match of this term does not count. */
  except: RegExp[];
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

/** One global regular expression per term: whole words, any run of spaces between them. */
export function compileVocabulary(entries: VocabularyEntry[]): CompiledTerm[] {
  return entries.flatMap((entry) => {
    const except = (entry.except ?? []).map((phrase) => phrasePattern(phrase, false));
    return entry.terms.map((term) => ({ entry, pattern: phrasePattern(term, entry.caseSensitive ?? false), except }));
  });
}

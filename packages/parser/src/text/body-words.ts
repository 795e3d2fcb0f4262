/** The words a proper name may have in lower case: "Department for Communities and Local Government", "Stratford upon Avon". */
export const NAME_LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'upon', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * "Department for Communities and Local Government" names a body; "The meeting was supported by DLUHC officials"
 * is a sentence before the colon: more than one word in lower case besides the linking ones.
 */
export function namesBodyByWords(key: string): boolean {
  return key.split(' ').filter((w) => /^\p{Ll}/u.test(w) && !NAME_LINKING_WORDS.has(w)).length <= 1;
}

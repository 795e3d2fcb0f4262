// "Since January 2010, the", "a short paper on the functioning of the": a comma or a word that needs more words after it.
const UNFINISHED = /(?:,|\s(?:the|a|an|of|and|or|to|in|for|on|at|with|by|from|that|which|who))$/i;

/** Whether the text stops where its sentence cannot: on a comma or on a word that needs more after it. */
export const endsUnfinished = (text: string): boolean => UNFINISHED.test(text);

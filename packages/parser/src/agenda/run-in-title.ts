import { trimEndOf } from '../text/clean.js';
/** Where a heading written run-in with its text ends and the text begins. */
export interface RunIn {
  title: string;
  rest: string;
}

const SUB_ITEM = /\s(?:[ivx]{1,4}|[a-h])[.)]\s/;
const AFTER_BRACKET = /\)(?=\s+\p{Lu})/gu;
const FINITE_VERB =
  /^(?:had|has|have|was|were|is|are|would|will|could|should|did|does|can|may|might|must|said|explained|reported|noted|agreed|referred|stated|confirmed|advised|asked|thanked|welcomed|\p{Ll}+ed)[,.]?$/u;

/**
 * Splits "Public Forum A resident referred to ..." into the title and the text. The
 * title ends at the earliest of: a sub-item marker ("i. "), a closing bracket before a
 * capital, a capitalised word that starts a clause (followed by a verb, directly or
 * after one lower-case word, or itself a past participle such as "Covered"), or a
 * capitalised one-word sentence ("None.").
 */
export function splitRunInTitle(text: string): RunIn {
  let cut = text.length;
  const sub = SUB_ITEM.exec(text);
  if (sub) cut = Math.min(cut, sub.index);
  AFTER_BRACKET.lastIndex = 0;
  const bracket = AFTER_BRACKET.exec(text);
  if (bracket) cut = Math.min(cut, bracket.index + 1);
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 1; i < words.length && words[i]!.index < cut; i++) {
    const w = words[i]![0];
    if (!/^\p{Lu}/u.test(w)) continue;
    const next = words[i + 1]?.[0] ?? '';
    const after = words[i + 2]?.[0] ?? '';
    const clause =
      FINITE_VERB.test(next) ||
      (/^\p{Ll}{2,}$/u.test(next) && !/^(?:and|or|of|the|to|in|for|on|at|with|by|from)$/.test(next) && FINITE_VERB.test(after)) ||
      (/^\p{Lu}\p{Ll}+ed$/u.test(w) && /^\p{Ll}/u.test(next)) ||
      /^\p{Lu}\p{Ll}+\.$/u.test(w);
    if (clause) {
      cut = Math.min(cut, words[i]!.index);
      break;
    }
  }
  return { title: trimEndOf(text.slice(0, cut).trim(), ':–-'), rest: text.slice(cut).trim() };
}

const TITLE_SEPARATORS = [' … ', '…', ' – ', ' — ', ' - ', ': '];

/**
 * Splits a numbered sentence that has no heading of its own ("Declarations of interest
 * … There were none.", "Mr Pearce gave a presentation on bees. He ...") into a title and
 * the text: the words before a separator, or else the first sentence (kept in the text as well).
 */
export function splitSentenceTitle(text: string): RunIn {
  const stop = text.search(/[.!?](?:\s|$)/);
  const sentenceEnd = stop === -1 ? text.length : stop;
  for (const separator of TITLE_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0 && at < sentenceEnd) return { title: text.slice(0, at).trim(), rest: text.slice(at + separator.length).trim() };
  }
  // The first sentence names the item and stays its text too: it is what the minute records.
  return { title: text.slice(0, sentenceEnd).trim(), rest: text };
}

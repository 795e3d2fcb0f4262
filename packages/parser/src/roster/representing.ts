import { isLineBreakCode, skipSpaces } from '../text/lazy-head.js';

/** "as the representative of Acme", "(as Acme's representative)" at the end of a description. */
export interface Representing {
  index: number;
  /** Whom, after "representative of/for". */
  of: string | undefined;
  /** Whom, before "'s representative". */
  possessor: string | undefined;
}

// Where a match can start: the first character before "as" that the regex below would take.
const START = /(?:,|(?<![,\s]))\s*\(?(?:attending\s+)?as(?=\s)/gi;
const THE = /the\s/iy;
const OF = /representative\s+(?:of|for)(?=\s)/iy;
const POSSESSOR_END = /['’]s?\s+representative\)?$/i;

const hasLineBreak = (s: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isLineBreakCode(s.charCodeAt(i))) return true;
  return false;
};

/** `(.+?)\)?$` from `at`, after the white space that starts at `spaceStart` (`\s+`). */
function ofWhom(s: string, spaceStart: number): string | undefined {
  const at = skipSpaces(s, spaceStart);
  if (at === s.length) return at - spaceStart >= 2 && !isLineBreakCode(s.charCodeAt(at - 1)) ? s.slice(at - 1) : undefined;
  const end = s.endsWith(')') && s.length - 1 > at ? s.length - 1 : s.length;
  return hasLineBreak(s, at, end) ? undefined : s.slice(at, end);
}

/**
 * `/,?\s*\(?(?:attending\s+)?as\s+(?:the\s+)?(?:representative\s+(?:of|for)\s+(.+?)|(.+?)['’]s?\s+representative)\)?$/i`
 * read start by start: the regex read every "as" to the end of the text, quadratic on
 * a text of many. The possessor's apostrophe can stand in one place only, found once.
 */
export function findRepresenting(s: string): Representing | null {
  const possessorEnd = POSSESSOR_END.exec(s)?.index ?? -1;
  const possessor = (from: number) => (possessorEnd > from && !hasLineBreak(s, from, possessorEnd) ? s.slice(from, possessorEnd) : undefined);
  START.lastIndex = 0;
  for (let m = START.exec(s); m; m = START.exec(s)) {
    const index = m.index;
    const afterAs = START.lastIndex;
    const word = skipSpaces(s, afterAs);
    const candidates: number[] = [];
    THE.lastIndex = word;
    if (THE.test(s)) candidates.push(skipSpaces(s, word + 3));
    candidates.push(word);
    for (const at of candidates) {
      OF.lastIndex = at;
      const of = OF.test(s) ? ofWhom(s, OF.lastIndex) : undefined;
      if (of !== undefined) return { index, of, possessor: undefined };
      const whom = possessor(at);
      if (whom !== undefined) return { index, of: undefined, possessor: whom };
    }
    // A shorter run of white space after "as": the possessor is that one space ("as  's representative").
    if (possessorEnd === word && word - afterAs >= 2 && !isLineBreakCode(s.charCodeAt(word - 1))) return { index, of: undefined, possessor: s.slice(word - 1, word) };
  }
  return null;
}

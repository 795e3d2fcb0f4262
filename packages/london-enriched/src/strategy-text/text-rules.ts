const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "2 December 2009" to `2009-12-02`, "December 2009" to `2009-12`; null when it is not a date. */
export function isoFromWords(day: string | undefined, month: string, year: string): string | null {
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  if (monthIndex === -1) return null;
  const mm = String(monthIndex + 1).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const dd = Number(day);
  if (dd < 1 || dd > 31) return null;
  return `${year}-${mm}-${String(dd).padStart(2, '0')}`;
}

/** "7" or "seven" to 7; null otherwise. */
export function countFromWord(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word.toLowerCase());
  return index === -1 ? null : index;
}

/** A stable id from a name: lower case, words joined by `-`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Sentences of running text, split after `.`, `!` or `?` before a capital or an opening quote. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z‘“'"(])/).filter((sentence) => sentence.length > 0);
}

const MINOR_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'with', 'to', 'a', 'an', '&', '-', '–']);

/** Reads like an organisation's name rather than a sentence: most words capitalised, no closing full stop. */
export function isNameLike(text: string): boolean {
  if (/[.;:]$/.test(text)) return false;
  const words = text.split(/[\s/]+/).filter((word) => word && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[A-Z(]/.test(word)).length;
  return capitalised / words.length >= 0.75;
}

export interface SeriesResult {
  parts: string[];
  /** True when the stated count could not be reconciled with the list. */
  mismatch: boolean;
}

/**
 * Splits "a, b, c and d" into its parts. When the text states how many there are and
 * the commas give more, a one-word part followed by an "x and y" part is read as one
 * entry ("employment, skills and enterprise"): a series nested without a serial comma.
 */
export function splitSeries(list: string, expected?: number): SeriesResult {
  const pieces = list.split(/,\s*/).map((piece) => piece.trim()).filter(Boolean);
  const last = pieces.at(-1);
  if (last !== undefined) {
    // "a, b, and c" (serial comma) ends in "and c"; "a, b and c" ends in "b and c".
    if (/^(and|or)\s+/i.test(last)) pieces[pieces.length - 1] = last.replace(/^(and|or)\s+/i, '');
    else {
      const split = last.split(/\s+and\s+/);
      if (split.length === 2) pieces.splice(-1, 1, split[0]!, split[1]!);
    }
  }
  if (expected === undefined || pieces.length === expected) return { parts: pieces, mismatch: expected !== undefined && pieces.length !== expected };
  const excess = pieces.length - expected;
  const candidates = pieces.flatMap((piece, i) => (!/\s/.test(piece) && /^\S+ and \S+$/.test(pieces[i + 1] ?? '') ? [i] : []));
  if (excess <= 0 || candidates.length !== excess) return { parts: pieces, mismatch: true };
  const merged: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (candidates.includes(i)) {
      merged.push(`${pieces[i]}, ${pieces[i + 1]}`);
      i += 1;
    } else merged.push(pieces[i]!);
  }
  return { parts: merged, mismatch: false };
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

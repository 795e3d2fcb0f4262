import type { Line } from '../scan/scan-lines.js';
import { isDigitAt } from '../text/clean.js';

/**
 * Item numbers a converter mangled, so that no heading reads: "1Apologies", "2Minutes of last Meeting" (a Word list's
 * number whose tab was lost), or "11)", "22)", "33)" (the list's own number written before the typed one). One such
 * line alone proves nothing ("3M", "4Ever", item 11): only a run of them counting on (1, 2, 3 ...) is read, and its
 * lines are given back their number as written ("1 Apologies", "1)  Welcome").
 */

// "1Apologies - Mark ...": a number against a title in mixed case ("2nd", "1st Floor", "3M" stay: a lower case letter or no word follows).
const GLUED_NUMBER = /^(\d{1,2})(?=\p{Lu}\p{Ll})/u;
// "3. Reports", "3 Reports", "3) Reports": a number spaced from its title, as items are written.
const SPACED_NUMBER = /^(\d{1,2})[.)]?\s+\p{Lu}/u;
// "11)    Welcome", "1010) Any other business": a number twice over, before its stop.
const DOUBLED_NUMBER = /^(\d{2,4})(?=[.)]\s+\p{Lu})/u;
// A run this long at least counts on: two lines may count on by chance.
const LEAST_RUN = 3;

interface NumberedLine {
  at: number;
  /** The number as written, and the number read once where it is written twice (else 0). */
  n: number;
  half: number;
  glued: boolean;
}

/** "11" -> 1, "1212" -> 12: the number written twice over; 0 for a number that is not. */
function halfOfDoubled(digits: string): number {
  if (digits.length % 2 !== 0) return 0;
  const half = digits.slice(0, digits.length / 2);
  return half === digits.slice(digits.length / 2) && half.charAt(0) !== '0' ? Number(half) : 0;
}

function readNumbered(line: Line, at: number): NumberedLine | null {
  // Every pattern opens with a figure: most lines are passed over with one look.
  if (line.blank || line.code || !isDigitAt(line.text, 0)) return null;
  const glued = GLUED_NUMBER.exec(line.text);
  if (glued) return { at, n: Number(glued[1]), half: 0, glued: true };
  const doubled = DOUBLED_NUMBER.exec(line.text);
  const spaced = SPACED_NUMBER.exec(line.text);
  if (!doubled && !spaced) return null;
  return { at, n: Number(doubled ? doubled[1] : spaced![1]), half: doubled ? halfOfDoubled(doubled[1]!) : 0, glued: false };
}

/** Maximal runs of `numbered` whose values (`countOf`, 0 for a line that breaks any run) count on by one. */
function countingRuns(numbered: NumberedLine[], countOf: (l: NumberedLine) => number): NumberedLine[][] {
  const runs: NumberedLine[][] = [];
  let run: NumberedLine[] = [];
  for (const line of numbered) {
    const value = countOf(line);
    const before = run.length > 0 ? countOf(run[run.length - 1]!) : 0;
    if (value > 0 && run.length > 0 && value === before + 1) run.push(line);
    else {
      if (run.length >= LEAST_RUN) runs.push(run);
      run = value > 0 ? [line] : [];
    }
  }
  if (run.length >= LEAST_RUN) runs.push(run);
  return runs;
}

/** `content` with the numbers of mangled item lines written as the list had them; the same array where there are none. */
export function withMangledNumbersMended(content: Line[]): Line[] {
  const numbered = content.flatMap((line, at) => readNumbered(line, at) ?? []);
  if (!numbered.some((l) => l.glued || l.half > 0)) return content;
  const mended = new Map<number, string>();
  // Every line of a run is mangled alike: "1. Apologies", "2. Tills" then "3Com routers were bought." is no run of glued
  // numbers, nor is "12." between "11)" and "22)" one of doubled numbers.
  for (const run of countingRuns(numbered, (l) => (l.glued ? l.n : 0))) {
    for (const l of run) mended.set(l.at, content[l.at]!.text.replace(GLUED_NUMBER, '$1 '));
  }
  for (const run of countingRuns(numbered, (l) => l.half)) {
    for (const l of run) mended.set(l.at, content[l.at]!.text.replace(DOUBLED_NUMBER, String(l.half)));
  }
  if (mended.size === 0) return content;
  return content.map((line, at) => (mended.has(at) ? { ...line, text: mended.get(at)! } : line));
}

import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces, isDigitAt } from '../text/clean.js';
import type { ItemSection } from './segment.js';

/**
 * "3.1 Changes to Dental List", "3.2 Process for Raising Concerns" with no "3." above them: a Word document's
 * numbered headings ("1. Apologies", "3. Matters arising") were list numbers the converter dropped with their
 * titles, while the typed sub-numbers stayed. The walk reads whole numbers only, so it reads no item at all; the
 * sub-numbered headings are then the minutes' items, numbered as written.
 */

// "3.1 Title" or "3.1Title" (the space lost after the number); the title opens with a capital.
const SUB_NUMBERED = /^(\d{1,2})\.([1-9]\d?)\.?(?:\s+|(?=\p{Lu}\p{Ll}))(\p{Lu}.*)$/u;
// A heading names a topic: a few words, no sentence stop or colon inside or at its end.
const MAX_TITLE_WORDS = 12;
const LEAST_HEADINGS = 2;

interface SubHeading {
  at: number;
  whole: number;
  part: number;
  title: string;
}

function readSubHeading(line: Line, at: number): SubHeading | null {
  if (line.blank || line.code || !isDigitAt(line.text, 0)) return null;
  const m = SUB_NUMBERED.exec(line.text);
  if (!m) return null;
  const title = collapseSpaces(m[3]!).trim();
  // ("3.1 The Committee noted the report.": a numbered paragraph, no heading.)
  if (title.split(' ').length > MAX_TITLE_WORDS || /[.!?;:,]$|[.!?;:]\s/.test(title)) return null;
  return { at, whole: Number(m[1]), part: Number(m[2]), title };
}

/** Each heading the next of its count: "3.2" after "3.1", or "4.1" opening the next whole number. */
function countsOn(run: SubHeading[]): boolean {
  if (run[0]!.part !== 1) return false;
  return run.every((h, k) => {
    if (k === 0) return true;
    const before = run[k - 1]!;
    return (h.whole === before.whole && h.part === before.part + 1) || (h.whole === before.whole + 1 && h.part === 1);
  });
}

/**
 * The items of a run of parentless sub-numbered headings in `lines`, and the lines before the first; null where
 * `lines` hold none, or where any whole-numbered heading ("3. Reports") stands among them (its own sub-points then).
 */
export function readParentlessSubItems(lines: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  const run: SubHeading[] = [];
  for (const [at, line] of lines.entries()) {
    const heading = readSubHeading(line, at);
    if (heading) run.push(heading);
  }
  if (run.length < LEAST_HEADINGS || !countsOn(run)) return null;
  const wholes = new Set(run.map((h) => String(h.whole)));
  // ("3. Reports" over "3.1 Treasurer"): the parent stands, so the walk's reading holds.
  if (lines.some((l) => !l.blank && wholes.has(/^(\d{1,2})[.)]\s/.exec(l.text)?.[1] ?? ''))) return null;
  const items: ItemSection[] = run.map((h, k) => ({
    // (Counted in order, so that the numbering diagnostics read "3.2" after "3.1" as the next.)
    heading: { number: `${h.whole}.${h.part}`, title: h.title, rest: '', count: k + 1 },
    line: lines[h.at]!,
    lines: lines.slice(h.at + 1, run[k + 1]?.at ?? lines.length),
  }));
  return { before: lines.slice(0, run[0]!.at), items };
}

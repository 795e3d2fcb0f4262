import type { Line } from '../scan/scan-lines.js';
import { splitRunInTitle } from '../agenda/run-in-title.js';
import { collapseSpaces, isDigitAt, isUpperAt } from '../text/clean.js';
import type { ItemSection } from './segment.js';

/**
 * Minutes numbered on through the year, the year first: "15.05  Matters arising", "16/07 Area Meeting: we appoint ...",
 * "2015/06 Treasurer's report", as Quaker meetings and some councils number them (the fifth minute of 2015). The count
 * starts where the year's last meeting stopped, so no "1." opens the run, and the walk, which reads "15.05" as a
 * time or a paragraph's number, reads none of them. Some clubs and leagues write the year last: "25.18 Apologies ...",
 * "26.18 Minutes ..." (the 25th and 26th minutes of 2018).
 */

// The year (two digits or four), a stop or slash, the count; then the title ("17/30Minutes": a converter may lose the space).
// "F21/001 APOLOGIES": a committee's letters before the year (F for finance), as town councils number each committee's minutes.
const YEAR_FIRST = /^((?:[A-Z]{1,3}(?=\d{2}\/\d{3}))?((?:19|20)?\d{2})[./](\d{2,3}))(?:\.?\s+|(?=\p{Lu}\p{Ll}))(\S.*)$/u;
// "16/137", "F21/001": a slash, then a count of three digits: no time ("15.05") nor paragraph number ("2.10") is written so.
const SLASHED_COUNT = /^[A-Z]{0,3}\d{2,4}\/\d{3}$/;
// The count, a stop or slash, then the year's last two digits: "25.18 Apologies ...".
const YEAR_LAST = /^((\d{1,3})[./](\d{2}))(?:\.?\s+|(?=\p{Lu}\p{Ll}))(\S.*)$/u;
// "Matters arising: our accounts ...", "Area Meeting 13 March : we appoint ...": a title, then its text after a colon.
const TITLE_COLON = /^([^:.!?]{2,80}?)\s?:\s+(\S.*)$/;
const LEAST_MINUTES = 2;

/** "15.05", "09/69": a number that may be a year's minute number, alone in a cell. */
export const mayBeYearMinuteNumber = (cell: string): boolean => /^(?:19|20)?\d{2}[./]\d{2,3}$/.test(cell);

interface Numbered {
  at: number;
  number: string;
  year: string;
  count: number;
  text: string;
}

/**
 * The minutes of a run of year-first numbers in `lines` (else of year-last ones, "25.18"), and the lines before the first of them; null where there is no
 * such run. The year must be named above the run, in `above` (the header) or in the lines before it.
 */
export function readYearNumberedMinutes(lines: readonly Line[], above: readonly Line[] = []): { before: Line[]; items: ItemSection[] } | null {
  return readRun(lines, above, false) ?? readRun(lines, above, true);
}

/** The minutes of a run numbered year first, or (`yearLast`) year last. */
function readRun(lines: readonly Line[], above: readonly Line[], yearLast: boolean): { before: Line[]; items: ItemSection[] } | null {
  const numbered: Numbered[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const m = line.code || !(isDigitAt(line.text, 0) || (!yearLast && isUpperAt(line.text, 0))) ? null : (yearLast ? YEAR_LAST : YEAR_FIRST).exec(line.text);
    if (m && /^\p{Lu}/u.test(m[4]!)) numbered.push({ at, number: m[1]!, year: m[yearLast ? 3 : 2]!, count: Number(m[yearLast ? 2 : 3]), text: m[4]! });
  }
  const run = numbered.filter((n) => n.year === numbered[0]?.year);
  // Each minute the next of the year, and the year one the minutes name ("held on 1 March 2015"): no times, no paragraphs.
  if (run.length < LEAST_MINUTES || run.length !== numbered.length || run.some((n, k) => k > 0 && n.count !== run[k - 1]!.count + 1)) return null;
  const written = run[0]!.year;
  const years = written.length === 4 ? [written] : [`19${written}`, `20${written}`];
  // (Minutes numbered "16/137" in March 2017 need not name the year: the council's year began in 2016.)
  const slashed = run.every((n) => SLASHED_COUNT.test(n.number));
  if (!slashed && ![...above, ...lines.slice(0, run[0]!.at)].some((l) => years.some((year) => l.text.includes(year)))) return null;
  const items: ItemSection[] = run.map((n, k) => ({
    heading: { number: n.number, ...titleAndText(n.text), count: n.count },
    line: lines[n.at]!,
    lines: lines.slice(n.at + 1, run[k + 1]?.at ?? lines.length),
  }));
  return { before: lines.slice(0, run[0]!.at), items };
}

function titleAndText(written: string): { title: string; rest: string } {
  const text = collapseSpaces(written).trim();
  const colon = TITLE_COLON.exec(text);
  if (colon) return { title: colon[1]!.trim(), rest: colon[2]! };
  // ("Apologies had been received from D. Procter, R. Sewell": the stop after an initial ends no sentence.)
  const run = text.length > 80 || /(?<!\b\p{Lu})[.!?](?:\s|$)/u.test(text) ? splitRunInTitle(text) : null;
  // ("27.18 Matters arising & other issues:": the colon before the points below it.)
  return run?.rest ? { title: run.title, rest: run.rest } : { title: text.endsWith(':') ? text.slice(0, -1).trimEnd() : text, rest: '' };
}

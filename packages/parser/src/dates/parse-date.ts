import { TakenSpans } from './taken-spans.js';

/** A date found in text: ISO form (year may be inferred) and where it stood. */
export interface FoundDate {
  iso: string;
  /** The text did not state the year. */
  yearInferred: boolean;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "13 th December": a PDF's raised ordinal comes out a word of its own.
const DAY = '(\\d{1,2})(?:st|nd|rd|th| (?:st|nd|rd|th)\\b)?';
// "Apr 5, 2000 UTC": four figures before a time zone are a 24-hour time, not a year.
const NOT_A_CLOCK = '(?!\\s?(?:utc|gmt|bst|cest|cet|pst|pdt|est|edt)\\b)';
const YEAR = `((?:19|20)\\d{2})${NOT_A_CLOCK}`;
// The last day of a range of days ("25-27", "from 28 to 30 May"), not captured.
const LAST_DAY = '(?:(?:\\s?[-–]\\s?|\\sto\\s)\\d{1,2}(?:st|nd|rd|th)?)?';
// "February the 6th 2018": "the" between the month and its day, as speech writes it.
const THE = '(?:the\\s+)?';

// Each pattern yields day, month, year groups in its own order.
// `needs` is what a text must contain for the pattern to match: cheap tests that skip most texts.
type Needs = 'dash' | 'month' | 'separator' | 'year';
const PATTERNS: { re: RegExp; order: ['d' | 'm' | 'y', 'd' | 'm' | 'y', 'd' | 'm' | 'y']; needs: Needs[] }[] = [
  // "2017-03-7": ISO order, a day (or month) of one figure written so too.
  { re: new RegExp(`\\b${YEAR}-(\\d{1,2})-(\\d{1,2})\\b`, 'gi'), order: ['y', 'm', 'd'], needs: ['dash', 'year'] },
  // "2016-Nov-09": the year first, the month by name.
  { re: new RegExp(`\\b${YEAR}-${MONTH}-(\\d{1,2})\\b`, 'gi'), order: ['y', 'm', 'd'], needs: ['dash', 'month', 'year'] },
  // "29-31 July 2014", "September 25-27, 2018", "from 28 to 30 May 1984": a meeting over several days is dated by its first.
  // "4.00pm1 July 2021", "Wednesday14th November 2018": a time or a weekday glued to the date by extraction also starts one; "5June 2008": so is the month.
  // "19thAugust2014": the year glued on too; "16thSeptember 2014The Citadel": and the place glued after it (a capital, see below).
  { re: new RegExp(`(?:\\b|(?<=[ap]m|day))${DAY}${LAST_DAY}(?:\\s+of)?\\s*${MONTH},?\\s*${YEAR}(?:\\b|(?=[a-z]))`, 'gi'), order: ['d', 'm', 'y'], needs: ['month', 'year'] },
  // "Minutes of Meeting13th October 2015": the word before glued to the day, which its ordinal still marks as one.
  { re: new RegExp(`(?<=[a-z])(\\d{1,2})(?:st|nd|rd|th)\\s*${MONTH},?\\s*${YEAR}(?:\\b|(?=[a-z]))`, 'gi'), order: ['d', 'm', 'y'], needs: ['month', 'year'] },
  // "November 16,2020": the comma without its space; "MARCH 13 , 2006": an OCR'd page's space before it.
  { re: new RegExp(`\\b${MONTH}\\s+${THE}${DAY}${LAST_DAY}(?:\\s?,\\s*|\\s+)${YEAR}\\b`, 'gi'), order: ['m', 'd', 'y'], needs: ['month', 'year'] },
  // "November6th2015": the same with both spaces lost, the ordinal keeping day and year apart.
  { re: new RegExp(`\\b${MONTH}(\\d{1,2})(?:st|nd|rd|th)${YEAR}\\b`, 'gi'), order: ['m', 'd', 'y'], needs: ['month', 'year'] },
  // "2018 June 18": the year first, then the month by name and the day, as some notes' headings write them (not a clock,
  // "2018 June 18:00", nor a day that a later year claims, "2018 June 18 2019").
  { re: new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d|,?\\s(?:19|20)\\d{2}\\b)`, 'gi'), order: ['y', 'm', 'd'], needs: ['month', 'year'] },
  // "14-Dec-2016": day, month name and year joined by hyphens, as spreadsheets write them.
  { re: new RegExp(`\\b(\\d{1,2})-${MONTH}-${YEAR}\\b`, 'gi'), order: ['d', 'm', 'y'], needs: ['dash', 'month', 'year'] },
  // "2020/11/16": the year first, as ISO order with slashes.
  { re: /\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/g, order: ['y', 'm', 'd'], needs: ['separator', 'year'] },
  // "Committee Meeting 2012.06.02": the year first with points, two figures each for month and day.
  { re: /\b((?:19|20)\d{2})\.(\d{2})\.(\d{2})\b(?!\.\d)/g, order: ['y', 'm', 'd'], needs: ['separator', 'year'] },
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g, order: ['d', 'm', 'y'], needs: ['separator', 'year'] },
  // "12-09-2023 TSC Meeting Minutes": the same order with hyphens (not inside a longer run of figures and hyphens).
  { re: /(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\b(?!-\d)/g, order: ['d', 'm', 'y'], needs: ['dash', 'year'] },
  // "20180301 - Business Meeting Minutes": a line opened with the date as a file name writes it, year, month and day run
  // together, then a dash before the title.
  { re: /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\s[-–]\s)/g, order: ['y', 'm', 'd'], needs: ['year'] },
  // "28.09.11", "28/09/11": UK order with a two-digit year, read as 20yy.
  { re: /(?<![/.\d])\b(\d{1,2})([/.])(\d{1,2})\2(\d{2})\b(?![/.]\d)/g, order: ['d', 'm', 'y'], needs: ['separator'] },
  // "02-17-09" under a small board's title: hyphens too (not inside a longer run of figures and hyphens).
  { re: /(?<![\d-])(\d{1,2})(-)(\d{1,2})-(\d{2})\b(?!-\d)/g, order: ['d', 'm', 'y'], needs: ['dash'] },
];
// Month names and abbreviations all start with one of these three-letter stems (case-insensitive, ASCII only).
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DIGIT = /\d/;
// Four-digit years, as YEAR reads them.
const FULL_YEAR = /(?:19|20)\d{2}/;
const DIGIT_SEPARATOR_DIGIT = /\d[/.]\d/;
// "the next meeting is 21st to the 23rd of March": a range in words without a year, dated by its first day (not a range with
// a dash, which keeps this pattern linear).
const SPOKEN_LAST_DAY = '(?:\\sto\\s(?:the\\s)?\\d{1,2}(?:st|nd|rd|th)?)?';
const NO_YEAR = new RegExp(`\\b${DAY}${SPOKEN_LAST_DAY}(?:\\s+of)?\\s+${MONTH}\\b(?!,?\\s+(?:19|20)\\d{2}${NOT_A_CLOCK})`, 'gi');
// "June 17th": month first, the month capitalised ("may 3" is no date).
const NO_YEAR_MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${THE}${DAY}\\b(?!,?\\s+(?:19|20)\\d{2}${NOT_A_CLOCK})`, 'gi');
// The groups of day and month in each; `capital`: only a match that starts with a capital is a date.
const NO_YEAR_PATTERNS = [
  { re: NO_YEAR, day: 1, month: 2, capital: false },
  { re: NO_YEAR_MONTH_FIRST, day: 2, month: 1, capital: true },
];

// The ordinal words of a month's days: "first" to "ninth", "tenth" to "nineteenth", "twentieth" and "thirtieth".
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_WORDS = [...ORDINAL_UNITS, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
// "eleventh day of April 2012", "twenty-third day of May, 2016": groups the tens ("twenty"), the ordinal, the month and the year.
const SPELLED_DAY_DATE = new RegExp(`\\b(?:(twenty|thirty)[-\\s]?)?(${ORDINAL_WORDS.join('|')})\\s+day\\s+of\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi');

/** "twenty" and "third" -> 23: the day an ordinal in words names (0 for none). */
function spelledDay(ordinal: string, tens: string | undefined): number {
  const at = ORDINAL_WORDS.indexOf(ordinal.toLowerCase());
  const day = at < 9 ? at + 1 : at < 19 ? at + 1 : at === 19 ? 20 : 30;
  if (!tens) return day;
  return at < 9 ? (tens.toLowerCase() === 'twenty' ? 20 : 30) + day : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(s: string): number | undefined {
  return /^\d+$/.test(s) ? Number(s) : MONTHS[s.toLowerCase().slice(0, s.toLowerCase().startsWith('sept') ? 4 : 3)];
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : `${year}-${pad(month)}-${pad(day)}`;
}

// "l0th February": a letter l typed for the digit 1 before a day's digit; "2lst September", "lst May": OCR's l for the 1
// of the ordinal "1st".
const L_FOR_ONE = /\bl(?=\d(?:st|nd|rd|th)?\s)|(?<=\b\d?)l(?=st\s)/g;

/**
 * Every date in `text`, in order. Dates without a year ("2nd November") get
 * `referenceYear` when given; without one they are left out.
 */
export function findDates(written: string, referenceYear?: number): FoundDate[] {
  // Every pattern needs a digit.
  if (!DIGIT.test(written)) return [];
  // "l0th February": a letter l typed for the digit 1 before a day's digit (same length, so indexes hold).
  const text = written.includes('l') ? written.replace(L_FOR_ONE, '1') : written;
  const has: Record<Needs, boolean> = { dash: text.includes('-'), month: MONTH_STEM.test(text), separator: DIGIT_SEPARATOR_DIGIT.test(text), year: FULL_YEAR.test(text) };
  const found: FoundDate[] = [];
  // Spans taken by earlier patterns: a later pattern's match inside one is the same date read again.
  const taken = new TakenSpans();
  for (const { re, order, needs } of PATTERNS) {
    if (!needs.every((need) => has[need])) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = { d: 0, m: 0, y: 0 };
      const groups = m.length === 5 ? [m[1]!, m[3]!, `20${m[4]}`] : [m[1]!, m[2]!, m[3]!];
      order.forEach((key, i) => {
        parts[key] = key === 'm' ? (monthNumber(groups[i]!) ?? 0) : Number(groups[i]);
      });
      // "12/20/2017": no month 20, so the writer put the month first.
      const iso = isoOf(parts.y, parts.m, parts.d) ?? (parts.m > 12 ? isoOf(parts.y, parts.d, parts.m) : null);
      // (A letter right after the year is the capital of a word glued on, "2014The", never a small one: "2014th" is no year;
      // but "26thSeptember 2013at 3.30pm": the "at" before the time, its space lost in extraction as the day's was.)
      const end = m.index + m[0].length;
      if (!iso || taken.overlaps(m.index, end) || (isLowerAt(text, end) && !GLUED_AT.test(text.slice(end, end + 3)))) continue;
      taken.add(m.index, m.index + m[0].length);
      found.push({ iso, yearInferred: false, index: m.index, length: m[0].length });
    }
    taken.commit();
  }
  // "this eleventh day of April 2012": the day in words, as a formal record of a session writes it.
  if (has.month && has.year && text.includes(' day of ')) {
    SPELLED_DAY_DATE.lastIndex = 0;
    for (let m = SPELLED_DAY_DATE.exec(text); m; m = SPELLED_DAY_DATE.exec(text)) {
      const iso = isoOf(Number(m[4]), monthNumber(m[3]!) ?? 0, spelledDay(m[2]!, m[1]));
      if (iso && !taken.overlaps(m.index, m.index + m[0].length)) found.push({ iso, yearInferred: false, index: m.index, length: m[0].length });
    }
  }
  if (referenceYear !== undefined && has.month) {
    for (const { re, day, month, capital } of NO_YEAR_PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (capital && !/^\p{Lu}/u.test(m[0])) continue;
        const iso = isoOf(referenceYear, monthNumber(m[month]!) ?? 0, Number(m[day]));
        if (!iso || taken.overlaps(m.index, m.index + m[0].length)) continue;
        found.push({ iso, yearInferred: true, index: m.index, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// "at" and a space or a figure after it: the word before a meeting's time, glued to the year.
const GLUED_AT = /^at[\s\d]/;

/** A letter a-z at `at` (ASCII: the patterns' letters). */
function isLowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 97 && c <= 122;
}

/** The first date in `text`, or null. */
export function firstDate(text: string, referenceYear?: number): FoundDate | null {
  return findDates(text, referenceYear)[0] ?? null;
}

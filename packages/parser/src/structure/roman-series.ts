import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { romanValue } from '../agenda/headings.js';

// A page flattened into one line whose items are numbered in Roman figures inside it, as document viewers give scanned
// and exported council minutes ("... 7:00 P.M. I. CALL TO ORDER A. This meeting was called ... II. ROLL CALL A. ...",
// "I.PLEDGE OF ALLEGIANCE Chair Fox called ... II.REPORT ON POSTING THE AGENDA AND ROLL CALL Attendee Name ..."): each
// number of the series I, II, III ... with a title in capitals after it starts a line of its own, its title alone on
// that line, and what runs on after the title starts the next.

// A Roman number of I, V and X up to 20, its stop, and a title of two capitals at least after it.
const INNER_ROMAN = /(?<=^|\s)(XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(?=\p{Lu}{2})/gu;
// The numbers that make a series in one line: fewer could be a name's initial and a word in capitals.
const MIN_SERIES = 3;
// A line this long is a flattened page: a list of a few Roman items in a short line is read by the headings.
const FLATTENED_LINE = 600;
// A word of a title in capitals ("ROLL", "VICE-CHAIR", "&", "OF"), a colon after the last.
const CAPITALS_WORD = /^(?:\p{Lu}[\p{Lu}\d'’&/-]+|&|\d{1,4}):?$/u;
// "II. ROLL CALL A. The Chair requested the roll call: Present: Commissioners ... B. Staff present: ...": a list's label
// inside the text run on after a heading starts a line, as a list under a roll call's heading is read.
const LIST_LABEL = /\s(?=((?:(?:Staff|Members|Others|Also)\s)?(?:[Pp]resent|PRESENT|[Aa]bsent|ABSENT)\s?:))/g;

interface RomanNumber {
  index: number;
  /** Where the title after the number starts. */
  after: number;
  numeral: string;
}

/** The lines with each flattened line's Roman series cut into heading lines and the text after each heading. */
export function splitRomanSeries(content: Line[]): Line[] {
  if (!content.some((l) => !l.blank && l.text.length >= FLATTENED_LINE && l.text.includes('II'))) return content;
  const out: Line[] = [];
  for (const line of content) {
    const series = line.blank || line.code || line.text.length < FLATTENED_LINE ? [] : romanSeries(line.text);
    if (series.length < MIN_SERIES) {
      out.push(line);
      continue;
    }
    const text = line.text;
    if (series[0]!.index > 0) out.push(partOf(line, 0, series[0]!.index));
    series.forEach((number, k) => {
      const end = k + 1 < series.length ? series[k + 1]!.index : text.length;
      const titleEnd = capitalsTitleEnd(text, number.after, end);
      const heading = partOf(line, number.index, titleEnd);
      // ("I.PLEDGE OF ALLEGIANCE": the stop's space, lost in the page's text, put back as headings are read.)
      out.push({ ...heading, text: `${number.numeral}. ${text.slice(number.after, titleEnd).trim()}` });
      if (text.slice(titleEnd, end).trim() !== '') out.push(...atListLabels(line, titleEnd, end));
    });
  }
  return out;
}

/** The Roman numbers in `text` that go up by one from I, in order (others are passed over). */
function romanSeries(text: string): RomanNumber[] {
  const series: RomanNumber[] = [];
  INNER_ROMAN.lastIndex = 0;
  for (let m = INNER_ROMAN.exec(text); m; m = INNER_ROMAN.exec(text)) {
    if (romanValue(m[1]!) === series.length + 1) series.push({ index: m.index, after: m.index + m[0].length, numeral: m[1]! });
  }
  return series;
}

/** Where the title in capitals that starts at `from` ends (before `end`): after its last word in capitals. */
function capitalsTitleEnd(text: string, from: number, end: number): number {
  let at = from;
  let titleEnd = from;
  for (const word of text.slice(from, end).split(' ')) {
    if (word === '') {
      at++;
      continue;
    }
    if (!CAPITALS_WORD.test(word)) break;
    at += word.length;
    titleEnd = at;
    if (word.endsWith(':')) break;
    at++;
  }
  return titleEnd;
}

/** The part of `line` from `from` to `end`, cut before each list label inside it. */
function atListLabels(line: Line, from: number, end: number): Line[] {
  const parts: Line[] = [];
  const text = line.text.slice(0, end);
  let start = from;
  LIST_LABEL.lastIndex = from;
  for (let m = LIST_LABEL.exec(text); m; m = LIST_LABEL.exec(text)) {
    if (m.index > start) parts.push(partOf(line, start, m.index));
    start = m.index + 1;
    // ("Staff present:": the label's own words hold no second label.)
    LIST_LABEL.lastIndex = start + m[1]!.length;
  }
  parts.push(partOf(line, start, end));
  return parts.filter((part) => part.text !== '');
}

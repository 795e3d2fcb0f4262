import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { readRosterHeading } from '../roster/headings.js';
import { parseEntry } from '../roster/parse-entry.js';
import { readsAsTitledPeople } from '../roster/title-separated.js';

// "Mr Raj Lal, Professor Ann Hale, Mr Tom Reed In Attendance" over "Professor Ida Mole, Mr Sam Poe, ...": a converted
// table's label cell, flowed onto the end of the list above the one it heads.
const TRAILING_LABEL = /(?<=[\p{L})])\s(In Attendance|IN ATTENDANCE|Also Present|ALSO PRESENT|Apologies|APOLOGIES|Absent|ABSENT)$/u;
// "... DEAL JOINT COMMITTEE held via MS Teams on 6 July 2021 at 2.30 pm Present" over "Councillor Ann Lee Councillor Bo Reed":
// the first list's label cell flowed onto the end of the title line above its people.
const TRAILING_PRESENT = /(?<=[\p{L}\p{N}).])\s(Present|PRESENT)$/u;
// Only the opening's lines hold the lists.
const SEARCHED = 40;

/** Each such line cut before its label, the label a line of its own over the list below. */
export function splitTrailingListLabels(content: Line[]): Line[] {
  const opening = content.slice(0, SEARCHED);
  if (!opening.some((l) => !l.blank && ((l.text.includes(',') && TRAILING_LABEL.test(l.text)) || slashedLabelAt(l.text) > 0 || TRAILING_PRESENT.test(l.text)))) return content;
  return content.flatMap((line, k) => {
    if (k >= SEARCHED || line.blank) return [line];
    const m = line.text.includes(',') ? TRAILING_LABEL.exec(line.text) : null;
    if (m && headsCommaListBelow(content, k)) return [partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length)];
    const present = TRAILING_PRESENT.exec(line.text);
    if (present && presentListBelow(content, k)) return [partOf(line, 0, present.index), partOf(line, present.index + 1, line.text.length)];
    const slash = slashedLabelAt(line.text);
    if (slash > 0 && parseEntry([nextFilledText(content, k)]) !== null) return [partOf(line, 0, slash), partOf(line, slash + 3, line.text.length)];
    return [line];
  });
}

/**
 * "Will Furze (WF) / Apologies:" over "Jo Funnell (JF)": a table flattened with slashes, the cell of the next list's
 * label on the row of the last person of the list above. Where the slash before that label stands, or -1.
 */
function slashedLabelAt(text: string): number {
  if (!text.endsWith(':')) return -1;
  const at = text.lastIndexOf(' / ');
  if (at <= 0 || parseEntry([text.slice(0, at)]) === null) return -1;
  return readRosterHeading(text.slice(at + 3, -1), true)?.rest === '' ? at : -1;
}

const nextFilledText = (content: readonly Line[], at: number): string => content.slice(at + 1).find((l) => !l.blank)?.text ?? '';

/**
 * The next filled line is people: titled people run together, or a person before its first comma (as a list opens);
 * no label of its own on the line ("Present" under a list's caption stays that caption's word).
 */
function presentListBelow(content: readonly Line[], at: number): boolean {
  if (readRosterHeading(content[at]!.text.trim(), true) !== null) return false;
  const next = nextFilledText(content, at);
  return readsAsTitledPeople(next) || (next.includes(',') && parseEntry([next.slice(0, next.indexOf(','))]) !== null);
}

/** The next filled line opens with a person before its first comma, as a list does. */
function headsCommaListBelow(content: readonly Line[], at: number): boolean {
  const next = nextFilledText(content, at);
  return next.includes(',') && parseEntry([next.slice(0, next.indexOf(','))]) !== null;
}

import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';
import { parseEntry } from '../roster/parse-entry.js';

// "Mr Raj Lal, Professor Ann Hale, Mr Tom Reed In Attendance" over "Professor Ida Mole, Mr Sam Poe, ...": a converted
// table's label cell, flowed onto the end of the list above the one it heads.
const TRAILING_LABEL = /(?<=[\p{L})])\s(In Attendance|IN ATTENDANCE|Also Present|ALSO PRESENT|Apologies|APOLOGIES|Absent|ABSENT)$/u;
// Only the opening's lines hold the lists.
const SEARCHED = 40;

/** Each such line cut before its label, the label a line of its own over the list below. */
export function splitTrailingListLabels(content: Line[]): Line[] {
  if (!content.slice(0, SEARCHED).some((l) => !l.blank && l.text.includes(',') && TRAILING_LABEL.test(l.text))) return content;
  return content.flatMap((line, k) => {
    const m = k < SEARCHED && !line.blank && line.text.includes(',') ? TRAILING_LABEL.exec(line.text) : null;
    if (!m || !headsListBelow(content, k)) return [line];
    return [partOf(line, 0, m.index), partOf(line, m.index + 1, line.text.length)];
  });
}

/** The next filled line opens with a person, as a list does. */
function headsListBelow(content: readonly Line[], at: number): boolean {
  const next = content.slice(at + 1).find((l) => !l.blank)?.text ?? '';
  return next.includes(',') && parseEntry([next.slice(0, next.indexOf(','))]) !== null;
}

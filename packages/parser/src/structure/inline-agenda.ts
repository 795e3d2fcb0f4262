import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';

// "AGENDA: 1. Update on planning 2. Reporting 3. Partner updates ...", "Agenda 1. update from last meeting 2. ...": the
// agenda's numbered list run into one line, as a PDF's or a Word table's text comes out flattened.
// ("The agenda 1. ..." in a sentence is no label: the label is capitalised and stands alone before the first number.)
// (Only at the line's start: inside a flattened opening, the title and lists before it are read with the line whole.)
const AGENDA_LABEL = /^(?:AGENDA(?:\sITEMS)?|Agenda(?:\s[Ii]tems)?)\s?:?\s(?=1\.\s\S)/;
// " 2. presentation of ...": the next number of the list inside the line, a word after it.
const INNER_NUMBER = /\s(\d{1,2})\.\s(?=\p{L})/gu;
// The numbers a list needs to read as one.
const MIN_CHAIN = 3;

// "AGENDA" alone on the line above "1. Action Points 2. Technical Working Group Updates 3. ...".
const LABEL_ALONE = /^(?:AGENDA(?:\sITEMS)?|Agenda(?:\s[Ii]tems)?)\s?:?$/;
const FIRST_NUMBER = /^1\.\s\S/;

/**
 * The places in `text` where the agenda's label and each of its numbers start, or null when the line holds no such list
 * (`labelled`: the label stands alone on the line above, and the list opens the line).
 */
function agendaCuts(text: string, labelled: boolean): number[] | null {
  const label = labelled ? null : AGENDA_LABEL.exec(text);
  if (!label && !(labelled && FIRST_NUMBER.test(text))) return null;
  const firstAt = label ? label[0].length : 0;
  const cuts = label ? [0, firstAt] : [firstAt];
  let expected = 2;
  INNER_NUMBER.lastIndex = firstAt;
  for (let m = INNER_NUMBER.exec(text); m; m = INNER_NUMBER.exec(text)) {
    if (Number(m[1]) !== expected) continue;
    cuts.push(m.index + 1);
    expected++;
  }
  return expected - 1 >= MIN_CHAIN ? cuts : null;
}

/** Cuts a line that runs its agenda's numbered list together into the label and one line an entry. */
export function splitInlineAgenda(content: Line[]): Line[] {
  if (!content.some((l) => !l.blank && !l.code && (l.text.includes('genda') || l.text.includes('GENDA')))) return content;
  const out: Line[] = [];
  let labelAbove = false;
  let cut = false;
  for (const line of content) {
    const cuts = line.blank || line.code ? null : agendaCuts(line.text, labelAbove);
    if (!line.blank) labelAbove = LABEL_ALONE.test(line.text.trim());
    if (!cuts) {
      out.push(line);
      continue;
    }
    cut = true;
    for (let k = 0; k < cuts.length; k++) out.push(partOf(line, cuts[k]!, cuts[k + 1] ?? line.text.length));
  }
  return cut ? out : content;
}

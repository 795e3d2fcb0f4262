import type { Line } from '../scan/scan-lines.js';
import { blankedLine, partOf } from '../scan/line-part.js';
import { wordsOf } from '../agenda/run-in-title.js';

// A whole document flattened into one paragraph: its labels are read as headings only in a line this long.
const FLATTENED_LINE = 1000;
// The labels a flattened paragraph needs, other than the roster's, before it is read as labelled topics.
const LEAST_LABELS = 3;
// "CALL TO ORDER", "TREASURER’S REPORT", "STATUS OF PROJECTS/BUSINESS:": a word in capitals (two letters at least).
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\d'’&/().,-]*:?$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const FOUR_CAPITALS = /\p{Lu}{4}/u;
const JOINING = new Set(['OF', 'TO', 'AND', '&', '-', '–', 'FOR', 'THE', 'ON', 'IN']);
// "PRESENT: Mr Lee, ...": the roster's labels stay with their names, on a line of their own.
const ROSTER_LABEL =
  /^(?:(?:members\s|staff\s|others\s|also\s|board\s)?(?:present|absent|excused)|apologies|in\sattendance|attendees|guests|visitors|staff|members|public)$/i;
// "HERMISTON IRRIGATION DISTRICT BOARD OF DIRECTORS September 17, 2015": the title over the date, no topic.
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// "ACTION: Moved by ...", "MOTION: That ...": a motion's or an action's parts go on in the topic, on a line of their own.
const MOTION_PART = /^(?:actions?|motions?|moved|seconded|resolved|carried|vote|votes|note)$/i;
const MIXED_CASE_START = /^\p{Lu}\p{Ll}/u;

interface Label {
  /** Where the label starts in the line, and where its text starts (its text runs to the next label, or the line's end). */
  start: number;
  end: number;
  roster: boolean;
  /** "ACTION:", "MOTION:": a part of the topic above, set on a line of its own under it. */
  motion: boolean;
}

/**
 * "... Racine Avenue CALL TO ORDER Chairman Lee called the meeting to order ... ROLL CALL Present: ... APPROVAL OF
 * MINUTES Mr Ray moved ...": a PDF flattened into one paragraph, its topics labelled in capitals run into their text.
 * Where the paragraph holds three such labels at least, each is set on a line of its own over its text, as the
 * plain headings of unnumbered minutes are; a roster's label ("PRESENT:") opens a line with its names.
 */
export function splitCapitalsLabels(content: Line[]): Line[] {
  if (!content.some((l) => !l.blank && !l.code && l.text.length >= FLATTENED_LINE)) return content;
  const out: Line[] = [];
  for (const line of content) {
    const labels = line.blank || line.code || line.text.length < FLATTENED_LINE ? [] : capitalsLabels(line.text);
    if (labels.filter((l) => !l.roster && !l.motion).length < LEAST_LABELS) {
      out.push(line);
      continue;
    }
    const first = labels[0]!.start;
    if (first > 0) out.push(partOf(line, 0, first));
    labels.forEach((label, k) => {
      const next = labels[k + 1]?.start ?? line.text.length;
      if (label.motion) {
        out.push(partOf(line, label.start, next));
        return;
      }
      out.push(blankedLine(line));
      if (label.roster) {
        out.push(partOf(line, label.start, next));
        return;
      }
      // (No blank line between: the text goes on under its label, no paragraph of its own.)
      out.push(partOf(line, label.start, label.end), partOf(line, label.end, next));
    });
  }
  return out;
}

/** The labels in capitals inside `text`: runs of capitals words before a word in mixed case, in the order they stand. */
function capitalsLabels(text: string): Label[] {
  const { words, starts } = wordsOf(text);
  const labels: Label[] = [];
  let i = 0;
  while (i < words.length) {
    // ("5:03 PM. ROLL CALL": a word that ends a sentence opens no label.)
    if (!isLabelWord(words[i]!) || JOINING.has(words[i]!) || words[i]!.endsWith('.')) {
      i++;
      continue;
    }
    let k = i + 1;
    // A colon closes the label ("GUESTS: Jamie Lee").
    while (k < words.length && isLabelWord(words[k]!) && !words[k - 1]!.endsWith(':')) k++;
    // (A label's last word is no joining word: "REPORT OF" runs on into its subject.)
    const runWords = words.slice(i, k);
    const next = words[k];
    const colon = runWords[runWords.length - 1]!.endsWith(':');
    // ("MRAP SA Ann Lee", "LDA FS": a body's acronym and a member's initials, as roster keys give them, are no label:
    // a label's words are of three capitals at least, one of four.)
    const content = runWords.filter((w) => !JOINING.has(w));
    const capitalWords = content.every((w) => THREE_CAPITALS.test(w)) && content.some((w) => FOUR_CAPITALS.test(w)) ? content.length : 0;
    // ("APPROVAL OF AGENDA A motion by ...": "A" before a word in lower case opens the text.)
    const opens = next !== undefined && (MIXED_CASE_START.test(next) || (next === 'A' && /^\p{Ll}/u.test(words[k + 1] ?? '')));
    const reads = opens && !MONTH.test(next) && !JOINING.has(runWords[runWords.length - 1]!);
    const label = runWords.join(' ').replace(/:$/, '');
    if (colon && MOTION_PART.test(label)) labels.push({ start: starts[i]!, end: starts[k]!, roster: false, motion: true });
    else if (reads && (capitalWords >= 2 || (colon && FOUR_CAPITALS.test(runWords[0]!)))) {
      labels.push({ start: starts[i]!, end: starts[k]!, roster: ROSTER_LABEL.test(label), motion: false });
    }
    i = k;
  }
  return labels;
}

const isLabelWord = (w: string): boolean => (CAPITALS_WORD.test(w) && TWO_CAPITALS.test(w)) || JOINING.has(w.replace(/:$/, ''));

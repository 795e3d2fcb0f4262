import type { ItemHeading } from '../agenda/headings.js';
import { isStandardItem } from '../agenda/standard-labels.js';
import type { Line } from '../scan/scan-lines.js';
import type { ItemSection } from './segment.js';
import { readRosterHeading } from '../roster/headings.js';
import { isActionLabel } from '../actions/read-action.js';

// Unnumbered topics between numbered items ("Police Matters:", "OPEN FORUM").

// ("Gritting Routes 2011/12:": a year or a season may close the title.)
const TOPIC_LINE = /^((?:\p{Lu}[\p{L}'’&/-]*|and|of|the|for|to|in|on)(?:\s+(?:\p{Lu}[\p{L}'’&/-]*|and|of|the|for|to|in|on)){0,4}(?:\s\d{4}(?:[/-]\d{2,4})?)?):$/u;
// "Police Matters: The Chairman welcomed PCSO Watson. ...": a title-case label of two words or more, its colon, then a sentence.
const RUN_IN_TOPIC = /^(\p{Lu}[\p{L}'’&/-]*(?:\s+(?:\p{Lu}[\p{L}'’&/-]*|and|of|the|for|to|in|on)){1,4}):\s+(\p{Lu}.*)$/u;
// The words of a sentence run on after a topic's label, at least: "Proposed: Cllr A Hale" is a motion's line, no paragraph.
const RUN_IN_WORDS = 8;
// "TIDInet: 3 key statistics ...", "Manhole Cover(s): GC to contact ...": a paragraph that opens with a label of its own.
const LABELLED_PARAGRAPH = /^\p{Lu}[^:]{0,60}:\s+\S/u;

// Labels committee websites print inside every item ("Minutes:", "Additional documents:"), not topics; a list's "Present:".
const FIELD_LABEL = /^(?:present|attendees|attendance|minutes|additional documents|supporting documents|documents|decision|decisions|resolved|resolution|notes?|attachments?|appendices|background papers|purpose|summary|recommendations?)$/i;

const PUBLIC_SESSION = /^((?:open|public)\s(?:forum|session|participation)|police\s(?:matters|report))$/i;

/** "8. Planning" then "Planning Decision:": a label straight under a numbered heading with no text run in heads the item's text, no item of its own. */
export function opensItemText(item: ItemSection | undefined): boolean {
  return item !== undefined && item.heading.number !== null && item.heading.rest === '' && item.lines.every((l) => l.blank);
}

/** "Police Matters:" between numbered items: a short title-case line of its own, ending in a colon. */
export function readTopicLine(content: Line[], at: number): ItemHeading | null {
  const line = content[at]!;
  // "OPEN FORUM": the session a council adjourns for stands between numbered items without a number or a colon.
  const session = PUBLIC_SESSION.exec(line.text);
  if (session && line.heading === 0) return (content[at - 1]?.blank ?? true) && (content[at + 1]?.blank ?? true) ? { number: null, title: session[1]!, rest: '' } : null;
  if (!line.text.endsWith(':')) return readRunInTopic(content, at);
  const m = TOPIC_LINE.exec(line.text);
  if (!m || line.heading > 0 || FIELD_LABEL.test(m[1]!)) return null;
  const blankAround = (content[at - 1]?.blank ?? true) && (content[at + 1]?.blank ?? true);
  return blankAround ? { number: null, title: m[1]!, rest: '' } : null;
}

/** "Police Matters: The Chairman welcomed ...": a topic's label opening a paragraph of its own between numbered items, its text run in. */
function readRunInTopic(content: Line[], at: number): ItemHeading | null {
  const line = content[at]!;
  if (line.heading > 0 || !(content[at - 1]?.blank ?? true)) return null;
  const m = RUN_IN_TOPIC.exec(line.text.trim());
  if (!m || FIELD_LABEL.test(m[1]!) || m[2]!.split(/\s+/).length < RUN_IN_WORDS) return null;
  // ("Apologies for Absence: Cllr ...", "Action Points: ...": the roll's and the actions' labels, not topics.)
  if (readRosterHeading(m[1]!, false) || isActionLabel(`${m[1]!}: `)) return null;
  // (Beside another labelled paragraph it is one point of a list in the item above: "Matters Arising:" over "TIDInet: ...".)
  const beside = [paragraphStart(content, at, -1), paragraphStart(content, at, 1)];
  if (beside.some((l) => l !== null && LABELLED_PARAGRAPH.test(l.text.trim()))) return null;
  return { number: null, title: m[1]!, rest: m[2]! };
}

/** The first line of the paragraph before (`step` -1) or after (`step` 1) the one opening at `at`; null at either end. */
function paragraphStart(content: Line[], at: number, step: -1 | 1): Line | null {
  let k = at + step;
  // Past the paragraph's own lines (after it), then the blank lines between.
  if (step === 1) while (content[k] && !content[k]!.blank) k++;
  while (content[k]?.blank) k += step;
  if (step === -1) while (content[k - 1] && !content[k - 1]!.blank) k--;
  return content[k] ?? null;
}

/**
 * "1. Correspondence" ... "Any Other Business" ... "2. Head Shops": a standing item's label alone between blank lines in a
 * numbered item's text lost its number, and opens an item of its own.
 */
export function withLostStandingItems(items: ItemSection[]): ItemSection[] {
  if (!items.some((item) => item.heading.number !== null && item.lines.some((l) => l.heading === 0 && isStandardItem(l.text)))) return items;
  return items.flatMap((item) => (item.heading.number === null ? [item] : splitAtStandingLabels(item)));
}

function splitAtStandingLabels(item: ItemSection): ItemSection[] {
  const out: ItemSection[] = [item];
  let open: ItemSection = { ...item, lines: [] };
  out[0] = open;
  item.lines.forEach((line, k) => {
    const alone = (k === 0 || item.lines[k - 1]!.blank) && (item.lines[k + 1]?.blank ?? false);
    const label = alone && line.heading === 0 && isStandardItem(line.text) ? line.text.trim() : null;
    // ("4. Matters Arising" over "Matters Arising" again: the item's own title, repeated.)
    if (label && label.toLowerCase() !== open.heading.title.toLowerCase()) {
      open = { heading: { number: null, title: label, rest: '' }, line, lines: [] };
      out.push(open);
    } else open.lines.push(line);
  });
  return out;
}

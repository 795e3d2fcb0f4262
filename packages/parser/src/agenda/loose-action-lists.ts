import type { OwnerResolver } from '../actions/owners.js';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { nextFilled } from '../scan/filled-lines.js';
import type { ItemSection } from '../structure/segment.js';
import { isActionListCaption, type PlacedAction, readBody } from './read-body.js';
import { isActionStatusHeading } from './action-status.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { startsWithPlainNumber } from './irregular-numbers.js';
import { reportsProgress } from './reports-progress.js';
import { isActionLabel, OPENS_WITH_LABEL_WORDS } from '../actions/read-action.js';
import { endsUnfinished } from '../text/unfinished.js';
import { isNextStepsText } from './next-steps-caption.js';
import { findTaggedActions } from '../actions/tagged-actions.js';


/**
 * "## Action Items" (or "Action Points:") heading a list of its own outside every item (teams'
 * notes put it first, between the attendees and the topics, or last): the actions of the whole meeting.
 * `items` are the item sections, whose lines are not loose.
 */
export function readLooseActionLists(content: Line[], items: readonly ItemSection[], resolver: OwnerResolver, ctx: Context): PlacedAction[] {
  const actions: PlacedAction[] = [];
  // The indices of the lines the items read, gathered only once a caption is found: most minutes have none.
  let itemLines: Set<number> | null = null;
  const inItems = () => (itemLines ??= new Set(items.flatMap((s) => [s.line.index, ...s.lines.map((l) => l.index)])));
  for (let i = 0; i < content.length; i++) {
    const caption = content[i]!;
    // A caption of its own: a heading, a bold line or a line ending in a colon ("Action Points:").
    // "Summary of actions agreed." over "1. ...": a plain line is a caption when a numbered list follows it.
    // "## Next Steps" over a list (teams' notes): only as a heading of its own; an item titled so may report on plans.
    const nextSteps = caption.heading > 0 && isNextStepsText(caption.text);
    if (!(nextSteps || isActionListCaption(caption.text))) continue;
    const captionLine = caption.heading > 0 || caption.bold || caption.text.endsWith(':') || opensNumberedList(content, i) || opensBulletedList(content, i);
    if (!captionLine || inItems().has(caption.index)) continue;
    let end = i + 1;
    // "### Done", "### Open" under "## Action items": the list goes on under headings below its caption's.
    while (end < content.length && (content[end]!.heading === 0 || (caption.heading > 0 && content[end]!.heading > caption.heading && isActionStatusHeading(content[end]!.text))) && !inItems().has(content[end]!.index)) end++;
    end = endOfNumberedEntries(content, i, end);
    const list = content.slice(i, end);
    // The list read under the caption an action list has.
    if (nextSteps) list[0] = { ...caption, text: 'Actions' };
    actions.push(...readBody(list, false, resolver, ctx).actions);
    i = end - 1;
  }
  return actions;
}

/** The first line after `caption` that is not blank starts "1." (or "1)"). */
function opensNumberedList(content: Line[], caption: number): boolean {
  const first = nextFilled(content, caption);
  return first !== undefined && FIRST_ENTRY.test(first.text);
}

const FIRST_ENTRY = /^1[.)]\s/;

/** "Action items" over "• Ana Pell to send ...": a wiki's heading pasted as a plain line, a bulleted list under it. */
function opensBulletedList(content: Line[], caption: number): boolean {
  const first = nextFilled(content, caption);
  return first !== undefined && startsWithBullet(first.text);
}

/**
 * "Action Items:" over "1. Jo will ...", "2. Sam will ...", then "• Introductions were made": a numbered list ends at the
 * first paragraph after a blank line that is no entry of it (nor indented under one). A list not numbered runs to `end`.
 */
function endOfNumberedEntries(content: Line[], caption: number, end: number): number {
  let k = caption + 1;
  while (k < end && content[k]!.blank) k++;
  if (k >= end || !startsWithPlainNumber(content[k]!.text)) return end;
  // (A paragraph indented under an entry goes on with it.)
  const indent = content[k]!.indent;
  for (k++; k < end; k++) {
    const line = content[k]!;
    if (!line.blank && content[k - 1]!.blank && line.indent <= indent && !startsWithPlainNumber(line.text)) return k;
  }
  return end;
}

// ". Action: " after a sentence of the same line: the label, its colon, and the owner's first letter after it.
const LABEL_WITHIN = /[.!?]\s+((?:Actions?|ACTIONS?) ?:\s*)(?=\p{Lu})/u;

// Words a caption ("- Actions from previous meeting", "Funding") has at most; a longer line is a remark.
const CAPTION_WORDS = 8;

/**
 * "- ACTION: Jo: order the lathe belt" in minutes no item was read in (one outline of bullets): each line
 * that opens with the label, read on its own (its neighbours are the outline's other points), with the lines
 * its sentence wraps onto. Under a caption such as "Actions from previous meeting" they report progress after a dash.
 */
export function readLabelledLines(lines: readonly Line[], resolver: OwnerResolver, ctx: Context): PlacedAction[] {
  const actions: PlacedAction[] = [];
  let progress = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    const text = withoutBulletMark(line.text).trimStart();
    const first = text.charCodeAt(0) | 0x20;
    const labelled = (first === 97 || first === 112 || first === 111) && OPENS_WITH_LABEL_WORDS.test(text);
    // ("Actions from previous meeting": a caption that starts with the word but is no label.)
    if ((!labelled || !isActionLabel(text)) && text.split(' ').length <= CAPTION_WORDS) progress = reportsProgress(text);
    // "• Reviewed the plan. Action: Staff to revise the report.": the label after a point's sentences, read from there
    // (only in a bulleted point: a page flattened to one line runs many items' labels together).
    const bulleted = text !== line.text.trimStart();
    // ("... licences. ACTION: Mike to write": the label in capitals too.)
    const within = labelled || !bulleted || !(text.includes('ction') || text.includes('CTION')) ? null : LABEL_WITHIN.exec(text);
    if (!labelled && !within) {
      // "... the papers. Action: Mike to type up the notes. The draft ...": a paragraph of its own with the tag among its
      // sentences, read as an item's paragraph is.
      if (!bulleted && !line.code && (text.includes('ction') || text.includes('CTION'))) actions.push(...paragraphTags(line, resolver, ctx));
      continue;
    }
    let end = k + 1;
    while (end < lines.length && wrapsOnto(lines[end - 1]!, lines[end]!)) end++;
    const read = within ? [{ ...line, text: text.slice(within.index + within[0].length - within[1]!.length) }, ...lines.slice(k + 1, end)] : lines.slice(k, end);
    actions.push(...readBody(read, progress, resolver, ctx).actions);
    k = end - 1;
  }
  return actions;
}

/** The actions a paragraph's tags name ("Action: Mike to type up ..."), placed on its line. */
function paragraphTags(line: Line, resolver: OwnerResolver, ctx: Context): PlacedAction[] {
  return findTaggedActions(line.text, resolver).map((a) => ({ number: a.number ?? null, text: a.text, owners: a.owners, status: null, outstanding: false, confidence: 0.7, position: ctx.lineSpan(line) }));
}

/**
 * "Action: SG to contact the chairs about" / "acting as chair": the sentence goes on over the next line, which opens no
 * point of its own. (A line ending in a dash is left alone: "working group-" / "to be agreed" reports on the action.)
 */
function wrapsOnto(last: Line, next: Line): boolean {
  if (next.blank || next.heading > 0 || withoutBulletMark(next.text) !== next.text || OPENS_WITH_LABEL_WORDS.test(next.text)) return false;
  return endsUnfinished(last.text) || (/^\p{Ll}/u.test(next.text) && !/[-–—.;:!?]$/.test(last.text));
}

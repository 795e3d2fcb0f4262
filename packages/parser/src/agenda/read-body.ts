import type { Paragraph, Position } from '@lsmp/model';
import { continuesAcross, isActionColumnBlock } from '../actions/action-column.js';
import type { OwnerResolver } from '../actions/owners.js';
import { readActionTable, readContinuousStackedTable, readSlashActionTable, readStackedActionTable } from '../actions/action-table.js';
import { listLineBeside, readSideEntry, type SideEntry, splitSideColumn } from '../actions/side-column.js';
import { findTaggedActions } from '../actions/tagged-actions.js';
import { readTaskItem } from '../actions/task-item.js';
import { leadingOwners } from '../actions/owners.js';
import { isActionLabel, OPENS_WITH_LABEL_WORDS, OWNER_AFTER_LABEL, type ReadAction, readLabelledAction, subjectOwners } from '../actions/read-action.js';
import { readActionRecord } from '../actions/field-record.js';
import { opensActionPoint, partAtActionPoints, readActionPoint } from '../actions/owner-line-record.js';
import { actionKey } from '../actions/action-key.js';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { type Block, joinLines, splitBlocks } from './blocks.js';
import { partCaptionEntries } from './caption-entries.js';
import { nestParagraphs, readParagraph } from './read-paragraph.js';
import { SENTENCE_STOP } from '../text/names.js';
import { CHECK_BOX, withoutBulletMark } from '../text/bullets.js';
import { isActionStatusHeading } from './action-status.js';
import { isDutyCaption, ownersLine, readDutyClauses } from '../actions/duty-clauses.js';
import { isNextStepsCaption } from './next-steps-caption.js';

// "Action Items (AIs)": the list's short name in brackets after the caption; "Action Items for Cultivator": whose list it is.
// "Actions noted for language tags", "Action points for country codes": the topic the list belongs to, in up to four words.
// "AIs": the action items by their short name alone (foundations' TSC notes head the list so); "Actionable Items" too.
// "Action Items from this Meeting": the list of what this meeting left to do.
// "Action Items Resulting", "Action Points Arising": what the list holds, then whence.
// "Actions agreed at the meeting", "Summary of actions decided at this meeting.": when the list was agreed.
const ACTION_LIST_CAPTION = /^(?:(?:agreed|new|previous)\s+)?action(?:s|able)?(?:\s+points?|\s+items?)?(?:\s+arising|\s+resulting|\s+summary|\s+required|\s+noted|\s+agreed|\s+decided)?(?:\s+for\s+(?:the\s+)?[a-z]+(?:\s[a-z]+){0,3})?(?:\s+(?:from|at)\s+(?:this|the|today'?s)\s+meeting)?(?:\s\([a-z]{2,4}\))?\s*:?$|^summary\s+of\s+actions?(?:\s+(?:agreed|decided)(?:\s+at\s+(?:this|the)\s+meeting)?)?\s*[:.]?$|^AIs:?$|^decisions?\s+(?:and|&)\s+actions?\s*:?$/i;

/**
 * "Actions:", "Agreed actions", "New action points", "Previous action items", "Action summary", "AIs", "Decisions and
 * Actions:" (as cluster meetings' notes caption them): the caption starts with "a", "d", "n", "p" or "s" (any case).
 */
export function isActionListCaption(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 97 || c === 100 || c === 110 || c === 112 || c === 115) && ACTION_LIST_CAPTION.test(text);
}

/** "~~Jo to book the room~~", "[x] ~~DC: set the dates~~": a Markdown entry struck through whole (its check box before it). */
function isStruckThrough(written: string): boolean {
  const text = written.replace(CHECK_BOX, '');
  return text.length > 4 && text.startsWith('~~') && text.endsWith('~~') && !text.slice(2, -2).includes('~~');
}

export interface PlacedAction extends ReadAction {
  confidence: number;
  position: Position;
}

export interface Body {
  paragraphs: Paragraph[];
  actions: PlacedAction[];
}


/**
 * "- [ ] Ada will draft the plan", "- [ ] Ada: draft the plan": a check box bullet whose sentence's subject, or whose
 * owners before a colon, the roster knows, or null.
 */
function readCheckedTask(written: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  const item = withoutBulletMark(written);
  const box = item !== written ? CHECK_BOX.exec(item) : null;
  if (!box) return null;
  const text = item.slice(box[0].length).trim();
  // "- [ ] Logan: split out the helpers": an open box's entry led by attendees the roster knows and a colon (a ticked one is done).
  const led = box[0].startsWith('[ ]') ? leadingOwners(text, resolver) : null;
  if (led?.owners.every((o) => resolver.person(o) !== null)) return led;
  const owners = subjectOwners(text, resolver);
  return owners.length > 0 ? { text, owners } : null;
}

/** A block that is a stacked table with no blank lines to its end, under its title line or none. */
function continuousTableIn(block: Block): { title: Block | null; rows: (ReadAction & { line: number })[] } | null {
  for (const at of [0, 1]) {
    if (at >= block.lines.length) break;
    const table = readContinuousStackedTable(block.lines, at);
    if (table && table.end === block.lines.length) return { title: at === 0 ? null : { lines: block.lines.slice(0, 1), text: joinLines(block.lines.slice(0, 1)) }, rows: table.rows };
  }
  return null;
}

/** Reads the lines under one agenda item into paragraphs and actions. */
export function readBody(lines: Line[], reportsProgress: boolean, resolver: OwnerResolver, ctx: Context): Body {
  const side = splitSideColumn(lines, resolver);
  const blocks = partAtActionPoints(partCaptionEntries(splitBlocks(side.lines), resolver, isActionListCaption));
  const actions: PlacedAction[] = [];
  const kept: Block[] = [];
  /** Numbered paragraphs read as labelled actions: their label is no tag to read again. */
  const labelledParagraphs = new Set<Block>();
  let actionList = false;
  // A caption that is itself a bullet ("* ACTION:") holds only the bullets indented under it.
  let captionIndent = -1;
  // The indent of the list's first action, and whether the action above has owners: a bullet indented under
  // an owned action ("- Tim: Draft the handover" over "    - Tim: election pending") is a point of it, not an action.
  let actionIndent = -1;
  let ownedAbove = false;
  let opensPoints = false;
  let labelAbove = false;
  // Under a duties caption: clauses each led by their owners, and a line of owners over the bullets of their duties.
  let dutyList = false;
  let listOwners: string[] | null = null;
  // Under a "Next steps" caption only the bullets are the tasks: a paragraph after them is the notes going on.
  let bulletsOnly = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // Worked out only for blocks that become actions; paragraphs work out their own.
    const spanOf = () => ctx.linesSpan(block.lines[0]!, block.lines[block.lines.length - 1]!);
    const table = readActionTable(block);
    if (table) {
      for (const row of table) {
        const line = block.lines.find((l) => l.index === row.line)!;
        actions.push({ ...row, confidence: 0.9, position: ctx.lineSpan(line) });
      }
      continue;
    }
    // An action log flattened with slashes among other lines: the lines around it are read as any others are.
    const slashed = readSlashActionTable(block);
    if (slashed) {
      for (const row of slashed.rows) {
        const line = block.lines.find((l) => l.index === row.line)!;
        actions.push({ ...row, confidence: 0.85, position: ctx.lineSpan(line) });
      }
      for (const part of [slashed.before, slashed.after]) if (part.length > 0) kept.push({ lines: part, text: joinLines(part) });
      continue;
    }
    const continuous = continuousTableIn(block);
    if (continuous) {
      if (continuous.title) kept.push(continuous.title);
      for (const row of continuous.rows) {
        const line = block.lines.find((l) => l.index === row.line)!;
        actions.push({ ...row, confidence: 0.85, position: ctx.lineSpan(line) });
      }
      actionList = false;
      continue;
    }
    const stacked = readStackedActionTable(blocks, i);
    if (stacked) {
      for (const row of stacked.rows) {
        const line = lines.find((l) => l.index === row.line)!;
        actions.push({ ...row, confidence: 0.85, position: ctx.lineSpan(line) });
      }
      i += stacked.blocks - 1;
      actionList = false;
      continue;
    }
    const bulletCaption = LIST_MARK.test(block.text) && isActionListCaption(block.text.replace(LIST_MARK, ''));
    const dutyCaption = isDutyCaption(block.text);
    const nextSteps = block.lines.length === 1 && isNextStepsCaption(block.lines[0]!) && LIST_MARK.test(blocks[i + 1]?.text ?? '');
    if (bulletCaption || dutyCaption || nextSteps || isActionListCaption(block.text)) {
      actionList = true;
      bulletsOnly = nextSteps;
      dutyList = dutyCaption;
      listOwners = null;
      captionIndent = bulletCaption ? block.lines[0]!.indent : -1;
      actionIndent = -1;
      continue;
    }
    if (actionList && captionIndent >= 0 && block.lines[0]!.indent <= captionIndent) actionList = false;
    if (actionList && bulletsOnly && !LIST_MARK.test(block.text)) actionList = false;
    // "### Done", "### Open": headings that sort the list's entries go on with it.
    if (actionList && block.lines[0]!.heading > 0 && isActionStatusHeading(block.text)) continue;
    if (actionList) {
      // Under an "Actions:" caption, each bullet (or short owner-led line) is an action; one may repeat the label ("ACTION: Ada: book it").
      const indent = block.lines[0]!.indent;
      // "- Review the summit's themes" over "    - How can we include the private sector": the points of an action
      // no one owns either, unless the one above is a topic's label ("- Website:", "- Finance") over owned actions.
      const bullet = LIST_MARK.test(block.text);
      const pointOfAbove = actionIndent >= 0 && indent > actionIndent && bullet && (ownedAbove || (!labelAbove && readTaskItem(block.text.replace(LIST_MARK, ''), resolver).owners.length === 0));
      if (pointOfAbove) {
        // "- Ada to start discussions about:" over its points: the points finish its sentence.
        const above = actions[actions.length - 1];
        if (opensPoints && above) above.text = `${above.text}${above.text.endsWith(':') ? ' ' : '; '}${block.text.replace(LIST_MARK, '').trim()}`;
        continue;
      }
      // "- Offer the post to Jo" over "Dick Dillon": the next owners' line, run into the bullet above it.
      const nextOwners = dutyList && bullet && block.lines.length > 1 ? ownersLine(block.lines[block.lines.length - 1]!.text, resolver) : null;
      const entry = asActionLabel((nextOwners ? joinLines(block.lines.slice(0, -1)) : block.text).replace(LIST_MARK, ''));
      // "~~SM to contact AJ~~": an entry struck through is done or dropped, no action of this meeting; the list goes on.
      if (isStruckThrough(entry)) continue;
      // "- [ ] " left empty in a template's task list: a box with no task is no action; the list goes on.
      if (EMPTY_CHECK_BOX.test(entry)) continue;
      if (dutyList && !bullet) {
        listOwners = ownersLine(entry, resolver);
        const duties = listOwners ? null : readDutyClauses(entry, resolver);
        for (const duty of duties ?? []) actions.push({ number: null, ...duty, status: null, outstanding: false, confidence: 0.8, position: spanOf() });
        if (listOwners || duties) continue;
      }
      const read = isActionLabel(entry) ? readLabelledAction(entry, resolver, reportsProgress) : null;
      // "8. Next meeting 22nd April at 1pm": the list's last entry gives the date, which the next meeting's reader takes.
      if (!read && NEXT_MEETING_ENTRY.test(entry)) continue;
      const task = read ?? readTaskItem(entry, resolver);
      const text = task.text;
      const owners = bullet && listOwners ? listOwners : task.owners;
      if (bullet || owners.length > 0) {
        // "1. KT to send the tables" under the caption: the list's number is the action's.
        const listNumber = LIST_NUMBER.exec(block.text)?.[1] ?? null;
        actions.push({ number: read?.number ?? listNumber, text, owners, status: read?.status ?? null, outstanding: false, confidence: 0.85, position: spanOf() });
        if (nextOwners) listOwners = nextOwners;
        if (actionIndent < 0 || indent <= actionIndent) {
          actionIndent = indent;
          ownedAbove = owners.length > 0;
          opensPoints = text.endsWith(':');
          labelAbove = opensPoints || text.split(' ').length < 4;
        }
        continue;
      }
      actionList = false;
    }
    // "[143-A1] Action Item for Ken Whistler: ...": the bracketed key is the action's number.
    const keyed = actionKey(block.text);
    const labelled = asActionLabel(keyed ? keyed.rest : block.text);
    // "Action Point 1" / "Papers to be issued." / "Owner: Jo Finch": the label, the task and its owner on lines of their own.
    const point = opensActionPoint(block) ? readActionPoint(blocks, i) : null;
    if (point) {
      actions.push({ ...point.action, confidence: 0.9, position: ctx.linesSpan(block.lines[0]!, point.last) });
      i += point.blocks - 1;
      continue;
    }
    // "Action: 13/6/25/1" over "On: Jo Finch" / "Requirement: ...": the record's fields are the next block.
    const record = isActionLabel(labelled) ? readActionRecord(labelled, blocks[i + 1]?.lines) : null;
    if (record) {
      const fieldLines = blocks[i + 1]!.lines;
      actions.push({ ...record, confidence: 0.9, position: ctx.linesSpan(block.lines[0]!, fieldLines[fieldLines.length - 1]!) });
      i++;
      continue;
    }
    if (isActionLabel(labelled)) {
      const read = readLabelledAction(labelled, resolver, reportsProgress);
      if (read) {
        if (keyed) read.number = keyed.key;
        for (const one of splitOwnedSentences(read, resolver)) actions.push({ ...one, confidence: 0.95, position: spanOf() });
        continue;
      }
    }
    // "- [ ] Mariatta will open a ticket ...": a task list's entry among the notes, an attendee its subject, is an action.
    const task = block.lines.length === 1 ? readCheckedTask(block.text, resolver) : null;
    if (task) {
      actions.push({ number: null, text: task.text, owners: task.owners, status: null, outstanding: false, confidence: 0.7, position: spanOf() });
      continue;
    }
    // "2.2 Outstanding action from July: RS to circulate the mapping": a numbered paragraph that is an action stays a paragraph too.
    // "- 2.2 Action 1 from the last meeting (...)": a bullet may stand before the number.
    const paragraphText = withoutBulletMark(block.text);
    const numbered = PARAGRAPH_NUMBER.exec(paragraphText);
    if (numbered && isActionLabel(paragraphText.slice(numbered[0].length))) {
      const read = readLabelledAction(paragraphText.slice(numbered[0].length), resolver, reportsProgress);
      if (read) {
        for (const one of splitOwnedSentences(read, resolver)) actions.push({ ...one, confidence: 0.9, position: spanOf() });
        labelledParagraphs.add(block);
      }
    }
    if (isActionColumnBlock(block, resolver)) {
      const before = kept[kept.length - 1];
      // "FM to share hate crime" / "figures by ward": the column line wrapped onto a block of its own.
      const tail = blocks[i + 1] && wrapsColumnLine(block, blocks[i + 1]!, before, blocks[i + 2]) ? blocks[i + 1]! : null;
      const columnLines = tail ? [...block.lines, ...tail.lines] : block.lines;
      const columnText = tail ? joinLines(columnLines) : block.text;
      const columnSpan = tail ? ctx.linesSpan(columnLines[0]!, columnLines[columnLines.length - 1]!) : spanOf();
      actions.push({ number: null, text: columnText, owners: subjectOwners(columnText, resolver), status: null, outstanding: false, confidence: 0.8, position: columnSpan });
      ctx.report('LSMP4003', columnSpan, { actual: columnText });
      if (tail) i++;
      // Rejoin the paragraph the column line was cut into.
      let j = i + 1;
      while (j < blocks.length && isActionColumnBlock(blocks[j]!, resolver)) j++;
      const after = blocks[j];
      if (before && after && before.lines[before.lines.length - 1]!.index < after.lines[0]!.index && !isActionLabel(after.text) && continuesAcross(before, after) && !isActionColumnBlock(after, resolver)) {
        for (let k = i + 1; k < j; k++) {
          const b = blocks[k]!;
          const s = ctx.linesSpan(b.lines[0]!, b.lines[b.lines.length - 1]!);
          actions.push({ number: null, text: b.text, owners: subjectOwners(b.text, resolver), status: null, outstanding: false, confidence: 0.8, position: s });
          ctx.report('LSMP4003', s, { actual: b.text });
        }
        const merged = [...before.lines, ...after.lines];
        kept[kept.length - 1] = { lines: merged, text: joinLines(merged) };
        i = j;
      }
      continue;
    }
    kept.push(block);
  }
  const flat = kept.map((b) => readParagraph(b, resolver, ctx));
  flat.forEach((p, k) => {
    if (!labelledParagraphs.has(kept[k]!)) actions.push(...taggedActions(p, resolver));
  });
  for (const entry of side.entries) {
    const action = sideAction(entry, kept, flat, resolver, ctx);
    if (action.text !== '') {
      actions.push(action);
      continue;
    }
    // "Action 1: Tom Pike to circulate ...      TP": the column beside an action read from its label names its owner, no action of its own.
    const line = action.position.start.line;
    const beside = actions.find((a) => a.position.start.line <= line && a.position.end.line >= line);
    if (beside && beside.owners.length === 0) beside.owners = action.owners;
  }
  return { paragraphs: nestParagraphs(flat), actions: actions.sort((a, b) => a.position.start.offset - b.position.start.offset) };
}

/**
 * "ACTIONS: Clerk to place it on the May agenda. Cllr Finch to seek quotes.": one label
 * over several sentences, each naming its own owner first, is one action per sentence.
 */
function splitOwnedSentences(read: ReadAction, resolver: OwnerResolver): ReadAction[] {
  if (read.status !== null || !SENTENCE_STOP.test(read.text)) return [read];
  const sentences = read.text.split(SENTENCE_STOP).map((t) => t.trim()).filter(Boolean);
  const owned = sentences.map((text) => ({ text, owners: subjectOwners(text, resolver) }));
  if (owned.length < 2 || owned.some((o) => o.owners.length === 0) || owned[0]!.owners.join() !== read.owners.join()) return [read];
  return owned.map((o, k) => ({ ...read, text: k < owned.length - 1 || /[.!?]$/.test(read.text) ? `${o.text.replace(/\.$/, '')}.` : o.text, owners: o.owners }));
}

/** An entry of the action column beside the text, read with the paragraph it stands beside. */
function sideAction(entry: SideEntry, kept: Block[], paragraphs: Paragraph[], resolver: OwnerResolver, ctx: Context): PlacedAction {
  const first = entry.cells[0]!;
  const last = entry.cells[entry.cells.length - 1]!;
  const beside = kept.findIndex((b) => b.lines.some((l) => l.index === first.line.index));
  const paragraph = paragraphs[beside]?.text ?? '';
  const read = readSideEntry(entry, paragraph, resolver);
  const owners = read.owners;
  const text = (entry.bare && beside !== -1 && read.text === paragraph ? listLineBeside(kept[beside]!, first.line.index) : null) ?? read.text;
  const position = ctx.index.span(first.line.start + first.from, last.line.start + last.to);
  ctx.report('LSMP4003', position, { actual: entry.text });
  return { number: null, text, owners, status: null, outstanding: false, confidence: entry.bare ? 0.6 : 0.8, position };
}

function taggedActions(p: Paragraph, resolver: OwnerResolver): PlacedAction[] {
  return findTaggedActions(p.text, resolver).map((a) => ({ number: a.number ?? null, text: a.text, owners: a.owners, status: null, outstanding: false, confidence: 0.7, position: p.position! }));
}

/**
 * The block after an action-column block is the column line's wrapped end when it is
 * short, starts in lower case, the column line has no closing punctuation, and it does
 * not carry on the paragraph before (that has ended, or carries on after it).
 */
function wrapsColumnLine(column: Block, next: Block, before: Block | undefined, afterNext: Block | undefined): boolean {
  if (next.text.length > 60 || !/^\p{Ll}/u.test(next.text) || /[.!?:;)"”]$/.test(column.text)) return false;
  return !before || /[.!?:;)"”]$/.test(before.text) || (afterNext !== undefined && /^\p{Ll}/u.test(afterNext.text));
}

// A paragraph's number ("2.2", "4.3.1", "3.") before its text.
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+/;
// A bullet or a list number before a block's text.
// "[ ] Ask the hosts": a task list's check box marks an entry as a bullet does.
const LIST_MARK = new RegExp(`^[-*•·▪]\\s+|^\\d+[.)]\\s+|${CHECK_BOX.source}`);
const EMPTY_CHECK_BOX = /^\[[ xX]?\]\s*$/;
// ("Follow up meeting: 20 March 2019" under "Next Steps": the same entry as a field.)
const NEXT_MEETING_ENTRY = /^(?:(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b|follow[- ]?up\s+(?:meeting|call):)/i;
const LIST_NUMBER = /^(\d+)[.)]\s/;
const CAPITAL_LABEL = /^(ACTIONS?(?: \d{1,3}[a-z]?(?:\.\d{1,3})*)?) (?=[^\s:])/;
// "ACTION LOG", "ACTION TRACKER": a heading over the log, not an action.
const LOG_HEADING = /^ACTIONS? (?:LOG|TRACKER|SHEET|REGISTER|GRID|LIST|SUMMARY)S?$/;
// "ACTION PLAN FOR NEW SEASON", "Action Group to meet in May": the word before a noun it makes one with, a heading's or a
// group's name, no label.
const COMPOUND_NOUN = /^actions?\s(?:plans?|groups?|teams?|network|research|learning|days?|weeks?|fund)\b/i;
const OWNER_CALL_LABEL = /^(?:AI|TODO)\(([^()\s][^()]{0,39})\):\s*(?=\S)/;
const ENCLOSED_LABEL = /^[([](actions?)[)\]]\s?(?=\S)/i;
const BRACKETED_LABEL = /^\[(actions?)\s*:\s*([^\]\s][^\]]{0,39})\]\s*/i;

/** "1. [Action: Hwan] To update the template" -> "Action (Hwan): To update the template": the label as the rules read it. */

function asActionLabel(text: string): string {
  const unlisted = text.replace(LIST_MARK, '');
  const bracketed = BRACKETED_LABEL.exec(unlisted);
  if (bracketed) return `${bracketed[1]} (${bracketed[2]!.trim()}): ${unlisted.slice(bracketed[0].length)}`;
  // "AI(BS): Discuss it next time", "TODO(Reyes): Make a PR": a standards group's notes tag an action item with its owner
  // in brackets, as code marks a task; read as "Action (BS):".
  const tagged = OWNER_CALL_LABEL.exec(unlisted);
  if (tagged) return `Action (${tagged[1]!.trim()}): ${unlisted.slice(tagged[0].length)}`;
  // "(Action) Create an issue for it", "[Action] ...": the label in brackets needs no colon.
  const enclosed = ENCLOSED_LABEL.exec(unlisted);
  if (enclosed) return `${enclosed[1]}: ${unlisted.slice(enclosed[0].length)}`;
  // "ACTION Daniel - update the price list", "ACTION 5.2 Review the settings": the label in capitals needs no colon.
  const capital = isActionLabel(unlisted) || LOG_HEADING.test(unlisted) || COMPOUND_NOUN.test(unlisted) ? null : (CAPITAL_LABEL.exec(unlisted) ?? OWNER_AFTER_LABEL.exec(unlisted));
  if (capital) return `${capital[1]}: ${unlisted.slice(capital[0].length)}`;
  return unlisted === text || !OPENS_WITH_LABEL_WORDS.test(unlisted) ? text : unlisted;
}

import type { OwnerResolver } from './owners.js';
import { splitOwners } from './owners.js';
import { skipSpaces } from '../text/lazy-head.js';
import { isSpaceCode, isUpperAt, trimEndOf } from '../text/clean.js';
import { splitPersonName } from '../text/names.js';
import { bareLabelTasks } from './bare-label-tasks.js';
import { numberedLabelTasks } from './numbered-labels.js';
import { isMotionRecord } from './read-action.js';
import { closingNamedTag, namedTagOwners } from './named-tag.js';

/** An action found by an "Action: OWNER" tag after the sentences that state it. */
export interface TaggedAction {
  text: string;
  owners: string[];
  /** "Action 3.1.1: ...": the number its label gives. */
  number?: string;
}

const OWNER_LIST = String.raw`((?:Cllrs?\.?\s+)?\p{L}[\p{L}'’-]*(?:\s*(?:[;,/&]|\band\b)\s*(?:Cllrs?\.?\s+)?\p{L}[\p{L}'’-]*)*)\.?`;
// "Action : Clerk": a space before the colon, as typists put one.
const TAG = new RegExp(String.raw`\b(?:Actions?|ACTIONS?) ?:\s*` + OWNER_LIST, 'gu');
const TAG_AT_START = new RegExp(String.raw`^(?:Actions?|ACTIONS?) ?:\s*` + OWNER_LIST, 'u');
// "Action: Ian Beattie to ...", "Action: The Secretariat will ...": a capitalised word and a verb after the label start a task.
const TASK_VERBS = new Set(['to', 'will', 'would', 'should', 'shall', 'must', 'can', 'may', 'and', '&']);

/**
 * "Action: Clerk.", "Action: Cllr Jenkinson", "Action: Clerk Rest of the Cemetery was ...": a line that opens with the
 * tag of the sentence before it (its owners, then a stop, the line's end or the next sentence), not a task of its own.
 */
export function opensWithTag(text: string): boolean {
  const m = TAG_AT_START.exec(text);
  if (!m || !isUpperAt(m[1]!, 0) || splitPersonName(`${m[1]} Roe`).honorific !== null) return false;
  const after = text.slice(m[0].length);
  if (after === '' || m[0].endsWith('.')) return true;
  const words = after.trimStart().split(' ');
  return words.length >= 2 && isUpperAt(words[0]!, 0) && /^\p{Ll}/u.test(words[1]!) && !TASK_VERBS.has(words[1]!);
}
/** "Action: Malcolm", "ACTION: JB/AH.": a line that is an owners' tag and nothing else. */
export function isTagAlone(text: string): boolean {
  const m = TAG_AT_START.exec(text);
  // ("Action: E Sharkey", "ACTION: Mr J Clark": a person named in full.)
  return (m !== null && m[0].length === text.trimEnd().length && opensWithTag(text)) || namedTagOwners(text) !== null;
}

// The last break starts only where white space does (every match ends where it ends), never inside it.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}(])|:\s+|(?<!\s)\s+(?=(?:[ivx]{1,4}|[a-h])[.)]\s)/u;
const SUBJECT = /^((?:\S+\s+){0,3}?)((?:Cllrs?\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,2})\s+(?:to|would|should|must|shall)\s+\p{Ll}/u;

/**
 * "Clerk to get quotes. Action: Clerk" : the tag names the owners; the text is the
 * sentence before it, with the sentences before that while they too assign the
 * task to someone ("Cllrs A and B would assess ...", "To be completed by ...").
 */
export function findTaggedActions(paragraph: string, resolver: OwnerResolver): TaggedAction[] {
  // "... about their representation. Action: E Sharkey": the people the closing tag names own the sentence before it.
  const named = paragraph.includes('ction') || paragraph.includes('CTION') ? closingNamedTag(paragraph, resolver) : null;
  if (named) {
    const task = taskBefore(named.before, resolver);
    const rest = [...findColonTags(named.before, resolver), ...bareLabelTasks(named.before, resolver), ...numberedLabelTasks(named.before, resolver)];
    return task ? [...rest, { text: task, owners: named.owners }] : rest;
  }
  const found = [...findColonTags(paragraph, resolver), ...bareLabelTasks(paragraph, resolver), ...numberedLabelTasks(paragraph, resolver)];
  // ("... to the event. ACTION Melissa": the tag in capitals too; in brackets with a colon, "(ACTION: AC)", the colon's tags read it.)
  const trailing = paragraph.includes('ction') ? (bracketedTag(paragraph, resolver) ?? closingTag(paragraph, resolver)) : paragraph.includes('CTION') ? closingTag(paragraph, resolver) : null;
  if (trailing) found.push(trailing);
  return found;
}

// "... for publication. Action JL", "All agreed – action JB.", "... to PPG Network  Action Ryan": the tag without a
// colon closes the paragraph, after a full stop, a dash or a gap of spaces (or a space, written in capitals), and names
// owners the rules know.
const TAG_WORDS = new Set(['action', 'actions', 'Action', 'Actions', 'ACTION', 'ACTIONS']);
const TAIL = 60;

function closingTag(paragraph: string, resolver: OwnerResolver): TaggedAction | null {
  const text = trimEndOf(paragraph, '.');
  const from = Math.max(0, text.length - TAIL);
  const at = text.toLowerCase().lastIndexOf('action');
  if (at <= from) return null;
  const space = text.indexOf(' ', at);
  if (space === -1 || !TAG_WORDS.has(text.slice(at, space))) return null;
  const before = text.slice(0, at);
  const head = trimEndOf(before, '');
  const last = head[head.length - 1];
  const gap = before.length - head.length;
  const dash = (last === '-' || last === '–' || last === '—') && isSpaceCode(head.charCodeAt(head.length - 2));
  // ("... sent to the auditor ACTION Justine/Su": a tag in capitals stands out from the sentence without a stop or a gap.)
  const capitals = text.charCodeAt(at) === 65 && text.charCodeAt(at + 1) === 67;
  if (gap === 0 || !(gap >= 2 || last === '.' || last === ';' || dash || capitals)) return null;
  const named = text.slice(space + 1).trim();
  if (!named || named.includes(':')) return null;
  const owners = splitOwners(named);
  if (owners.length > 4 || !owners.every((o) => resolver.isOwner(o))) return null;
  const task = taskBefore(dash ? trimEndOf(head, '-–—') : head, resolver);
  return task ? { text: task, owners } : null;
}

// "[Action NC]", "[action PA/HA]", "(Action: Clerk)": the word opening the bracket, then the owners.
const BRACKET_LABEL = /^actions?\b\s?:?\s*/i;

/**
 * "NC to arrange with Chris. [Action NC]": the tag in square (or round) brackets closes the paragraph; the text is the
 * sentence before it, as for a tag without brackets.
 */
function bracketedTag(paragraph: string, resolver: OwnerResolver): TaggedAction | null {
  const text = trimEndOf(paragraph, '.');
  const closer = text[text.length - 1];
  if (closer !== ']' && closer !== ')') return null;
  const open = text.lastIndexOf(closer === ']' ? '[' : '(');
  if (open <= 0 || text.length - open > TAIL) return null;
  const inner = text.slice(open + 1, -1).trim();
  const label = BRACKET_LABEL.exec(inner);
  if (!label) return null;
  const owners = splitOwners(inner.slice(label[0].length).trim());
  if (owners.length === 0 || owners.length > 4 || !owners.every((o) => resolver.isOwner(o))) return null;
  const task = taskBefore(trimEndOf(text.slice(0, open), ''), resolver);
  return task ? { text: task, owners } : null;
}

function findColonTags(paragraph: string, resolver: OwnerResolver): TaggedAction[] {
  const found: TaggedAction[] = [];
  if (!paragraph.includes('Action') && !paragraph.includes('ACTION')) return found;
  let from = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(paragraph); m; m = TAG.exec(paragraph)) {
    const before = paragraph.slice(from, m.index).trim();
    from = m.index + m[0].length;
    // "... agreed. Action: Deputy Director": a post of more words than the list reads, closing the paragraph.
    const closingPost = m[0].endsWith('.') || /[\s;,/&]/.test(m[1]!) ? null : POST_WORDS_CLOSING.exec(paragraph.slice(from));
    if (closingPost) from = paragraph.length;
    const owners = closingPost ? [`${m[1]!}${closingPost[1]!}`] : splitOwners(m[1]!);
    // "Action: Cllr Leone to place the minutes on the website.": the label goes before the task it names.
    // ("Action: Incoming Chair to add ...", "Action: Ruth Sallis to ...": the owner goes on in capitalised words.)
    const more = m[0].endsWith('.') || closingPost ? null : OWNER_GOES_ON.exec(paragraph.slice(from, from + 60));
    const moreWords = more?.[1] ?? '';
    const taskOwners = more ? [`${m[1]!}${moreWords}`] : owners;
    const ahead = m[0].endsWith('.') ? null : forwardTask(paragraph, from + moreWords.length, `${m[1]!}${moreWords}`);
    if (ahead && taskOwners.every((o) => resolver.isOwner(o))) {
      found.push({ text: ahead.text, owners: taskOwners });
      from = ahead.end;
      // "ACTIONS: Clerk to order benches. Cllr Pike to seek a quote.": the sentences after it that give a task to an owner.
      for (let next = nextOwnedTask(paragraph, from, resolver); next; next = nextOwnedTask(paragraph, from, resolver)) {
        found.push({ text: next.text, owners: next.owners });
        from = next.end;
      }
      TAG.lastIndex = from;
      continue;
    }
    // "... of the code base. Action: Discuss with Doug when he is back": a verb in the imperative after the label, no owner
    // the roster knows: the task itself, whose owner the text does not name.
    const imperative = owners.length === 1 && !m[0].endsWith('.') && VERB_WORD.test(owners[0]!) && !resolver.isNamedOwner(owners[0]!) ? IMPERATIVE_GOES_ON.exec(paragraph.slice(m.index + m[0].length, m.index + m[0].length + 20)) : null;
    if (imperative && !TASK_VERBS.has(imperative[1]!) && !isMotionRecord(paragraph.slice(m.index + m[0].length - m[1]!.length))) {
      const end = sentenceEnd(paragraph, m.index + m[0].length);
      found.push({ text: `${m[1]!}${paragraph.slice(m.index + m[0].length, end)}`.trim(), owners: [] });
      from = end;
      TAG.lastIndex = end;
      continue;
    }
    if (m.index === 0 || !before) continue;
    if (!owners.every((o) => resolver.isOwner(o))) continue;
    const task = taskBefore(before, resolver);
    if (task) found.push({ text: task, owners });
  }
  return found;
}

/** The task a tag closes: the sentence before it, with those before it that too assign the task to someone. */
function taskBefore(before: string, resolver: OwnerResolver): string | null {
  const sentences = before.split(SENTENCE_BREAK).filter(Boolean);
  if (sentences.length === 0) return null;
  let start = sentences.length - 1;
  while (start > 0 && assignsTask(sentences[start - 1]!, resolver)) start--;
  // "... sought approval for the purchase. All agreed – action JB": a bare agreement agrees to the sentence before.
  if (start === sentences.length - 1 && start > 0 && BARE_AGREEMENT.test(sentences[start]!)) start--;
  const taken = sentences.slice(start);
  // "Paid? Not yet: ACTION: Daniel": a label before the tag states no task.
  if (start === sentences.length - 1 && taken[0]!.endsWith(':')) return null;
  const subject = SUBJECT.exec(taken[0]!);
  if (subject?.[1] && start < sentences.length - 1) taken[0] = taken[0]!.slice(subject[1].length);
  return taken.join(' ').trim() || null;
}

// " Chair to add ...", " Sallis will ...": one or two capitalised words more of the owner, then the task's verb.
const OWNER_GOES_ON = /^((?: \p{Lu}[\p{L}'’-]*){1,2})(?=\s+(?:to|will|shall)\s+\p{Ll})/u;
// " Director", " Finance Officer.": capitalised words after the tag's owner, to the end of the paragraph.
const POST_WORDS_CLOSING = /^((?: \p{Lu}[\p{Ll}'’-]+){1,2})\.?$/u;
const BARE_AGREEMENT = /^(?:all\s+|it\s+was\s+)?agreed\.?$/i;

// " with Doug when ...": the imperative's words going on in lower case after the verb.
const IMPERATIVE_GOES_ON = /^\s(\p{Ll}+)\s/u;
// "Discuss", "Review": the verb, capitalised as the task's first word ("no further discussion" is a note, no task).
const VERB_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

// ("ACTION: Harvey will bring a revised draft": the task said with "will" as well.)
const TASK_AFTER_OWNER = /^\s+(?:to|will|shall)\s+\p{Ll}/u;
const DASH_AFTER_OWNER = /^\s[-–]\s+(?=\S)/;

/**
 * The task after "Action: OWNER" when it goes on "to do ..." or "will do ...": "OWNER to do ...", to the end of its sentence;
 * or after a dash ("Action: PR - Share the proposal."): the sentence after the dash.
 */
function forwardTask(paragraph: string, at: number, owner: string): { text: string; end: number } | null {
  const ahead = paragraph.slice(at, at + 40);
  const dash = DASH_AFTER_OWNER.exec(ahead);
  if (dash) {
    const end = sentenceEnd(paragraph, at + dash[0].length);
    return { text: paragraph.slice(at + dash[0].length, end).trim(), end };
  }
  if (!TASK_AFTER_OWNER.test(ahead)) return null;
  const end = sentenceEnd(paragraph, at);
  return { text: `${owner}${paragraph.slice(at, end)}`.trim(), end };
}

/** The sentence at `at` when it opens "OWNER to do ...": its text, owners and end. */
function nextOwnedTask(paragraph: string, at: number, resolver: OwnerResolver): { text: string; owners: string[]; end: number } | null {
  const end = sentenceEnd(paragraph, at);
  const sentence = paragraph.slice(skipSpaces(paragraph, at), end);
  const m = sentence.length > 0 ? SUBJECT.exec(sentence) : null;
  if (!m || m[1] || /\b(?:Actions?|ACTIONS?) ?:/.test(sentence)) return null;
  const owners = splitOwners(m[2]!);
  if (!owners.every((o) => resolver.isOwner(o))) return null;
  return { text: sentence, owners, end };
}

/** Where the sentence going on at `at` ends: after its full stop (or "!", "?"), or at the end of the paragraph. */
function sentenceEnd(paragraph: string, at: number): number {
  const stop = paragraph.slice(at).search(/[.!?](?:\s|$)/);
  return stop === -1 ? paragraph.length : at + stop + 1;
}

function assignsTask(sentence: string, resolver: OwnerResolver): boolean {
  if (/^to be\s/i.test(sentence)) return true;
  const m = SUBJECT.exec(sentence);
  return Boolean(m && splitOwners(m[2]!).every((o) => resolver.isOwner(o)));
}

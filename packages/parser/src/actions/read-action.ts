import type { OwnerResolver } from './owners.js';
import { leadingInitials, leadingOwners, splitOwners } from './owners.js';
import { trimEndOf } from '../text/clean.js';
import { lazyHead } from '../text/lazy-head.js';
import { tagThenStatus, trailingTag } from './trailing-tag.js';
import { cellOwners, dashOwners } from './closing-owners.js';

/** An action read from its text, before it is placed in the document. */
export interface ReadAction {
  number: string | null;
  text: string;
  owners: string[];
  status: string | null;
  outstanding: boolean;
  /** Labelled as from an earlier meeting ("Action 1 from the January meeting"): progress on an old action. */
  fromEarlierMeeting?: boolean;
}

/** The words that open an action's label, as the rules that split a text into blocks test them ("Outstanding action", "Previous actions"). */
export const LABEL_WORDS = '(?:outstanding\\s+|previous\\s+)?actions?';
/** "Action", "Outstanding actions", "Previous action" opening a text (a label's words, its colon or dash not yet read). */
export const OPENS_WITH_LABEL_WORDS = new RegExp(`^${LABEL_WORDS}\\b`, 'i');

/** "Action 2:", "ACTION:", "Action point 3 -", "Outstanding action from March meeting:", "Previous Action:", "Action Item for Michael:". */
export const ACTION_LABEL =
  /^(outstanding\s+)?actions?(?:\s+(?:points?|items?|no\.?))?(?:\s+(\d+[a-z]?(?:\.\d+)*))?(?:\s+(?:for|from)\s+(\s(?=:|\s[-–]\s)|[^:\s][^:]{0,119}?)|\s*\(([^()]{1,40})\))?\s*(?::|\s[-–]\s)\s*/i;
// "Action WN to provide the terms", "Action Ada and Ben to book", "Action 12.2 EA to liaise with IT": the owners and a verb
// after the label (and its number), no colon; "Action for JG to write up the options": "for" before the owners.
export const OWNER_AFTER_LABEL = /^(Actions?(?: \d{1,3}[a-z]?(?:\.\d{1,3})*)?)(?: for)? (?=\p{Lu}\S{0,30}(?: (?:and |& )?\p{Lu}\S{0,30}){0,2} (?:to|will) \p{Ll})/u;
// "Action. Jo to write ...", "Action 3. Circulate the report": the label (and its number) with a full stop, read as with a colon.
const DOT_LABEL = /^actions?(?:\s\d{1,3}[a-z]?)?\.(?=\s)/i;
const withColon = (text: string): string => (DOT_LABEL.test(text) ? text.replace('.', ':') : text);
// "Previous Action: RSPB to approach the trust ...": an earlier meeting's action, reported on, as its label says.
const PREVIOUS = /^previous\s+(?=actions?\b)/i;
const withoutPrevious = (text: string): string => ((text.charCodeAt(0) | 0x20) === 112 ? text.replace(PREVIOUS, '') : text);

/** Whether text starts with an action label; the label starts with "a", "o" or "p" (any case), which most texts do not. */
export function isActionLabel(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 97 || c === 111 || c === 112) && ACTION_LABEL.test(withColon(withoutPrevious(text)));
}

// In ACTION_LABEL, "for X" reads as `\s+([^:]{1,60}?)` did: X starts after the white space, or is
// one space of it when the separator follows (the regex gave the white space back only then).
// The subject ends where white space does (or is one character): the lookbehind reads each run once.
const SUBJECT = /^(.{1,50}?)(?<=^.|\S)\s+(?:to|will|shall|should|must|would|is to|are to|agreed to|[-–]\s*will|[-–]\s*to)\s+\p{Ll}/u;
// `^(.{12,}?)\s+[–—-]\s+(\p{Ll}.+|\p{Lu}.+)$` (s flag): the action, then its progress after a dash.
const PROGRESS = /(?<=\S)\s+[–—-]\s+(?=[\p{Ll}\p{Lu}][\s\S])/gu;
const PROGRESS_AT = /\s+[–—-]\s+(?=[\p{Ll}\p{Lu}][\s\S])/uy;

// "ACTION: Eric Bowman moved to approve the minutes.", "ACTION: Motion by Lee, second by Park": a board's minutes may label
// each motion it acted on "ACTION"; the record of a vote is a decision, not a task for someone.
const MOTION_RECORD = /^(?:(?:[Ii]t\s+was\s+)?(?:[Mm]oved|[Mm]otion|MOVED|MOTION)\b|(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:moved|made\s(?:a|the)\smotion)\b)/u;

/** Whether the text after an action label records a motion ("Ann Pole moved to approve ...", "Motion by ..."). */
export const isMotionRecord = (text: string): boolean => MOTION_RECORD.test(text);

/** Reads the text after an action label: owner tag, status after a dash, subject owner. */
export function readLabelledAction(written: string, resolver: OwnerResolver, reportsProgress: boolean): ReadAction | null {
  const labelled = withoutPrevious(written);
  const m = ACTION_LABEL.exec(withColon(labelled));
  if (!m) return null;
  let text = labelled.slice(m[0].length).trim();
  if (isMotionRecord(text)) return null;
  const owners: string[] = [];
  const outstanding = Boolean(m[1]);
  const { forWhom, bracket } = splitLabelPhrase(m[3]?.trim(), m[4]?.trim());
  const fromEarlierMeeting = labelled !== written || (forWhom !== undefined && /meeting|minutes/i.test(forWhom) && /\bfrom\s+$/i.test(m[0].slice(0, m[0].indexOf(m[3]!))));
  if (forWhom && !/meeting|minutes|\d/i.test(forWhom)) owners.push(...splitOwners(forWhom));
  // A bracket opens with its owners ("(EF)", "(EF, KL)"); what follows the first part that is no owner is the topic
  // ("(EF, GP registration guidance)": EF owns an action about GP registration guidance).
  const bracketParts = bracket && !/meeting|minutes|\d/i.test(bracket) ? splitOwners(bracket) : [];
  const firstTopic = bracketParts.findIndex((o) => !resolver.isNamedOwner(o));
  owners.push(...(firstTopic === -1 ? bracketParts : bracketParts.slice(0, firstTopic)));
  if (!text) return null;
  let status: string | null = null;
  const topic = bracketParts.filter((o) => !resolver.isNamedOwner(o));
  // "Action 3 (BO to circulate the map): completed.": after a colon, a few words of progress.
  const shortStatus = /:\s*$/.test(m[0]) && text.split(/\s+/).length <= 6;
  if (topic.length > 0 && (/[-–]\s*$/.test(m[0]) || shortStatus)) {
    if (owners.length === 0) owners.push(...subjectOwners(topic.join(', '), resolver));
    // "Action 1 (LM, daytime ESOL pilot) – the pilot starts ...", "Action 1 from the January meeting (BT, move-on figures) – BT
    // presented ...": the bracket says who and what the action was, the text after the dash how it went.
    return { number: m[2] ?? null, text: topic.join(', '), owners: dedupe(owners), status: text, outstanding, fromEarlierMeeting };
  }
  // "Do X (GLA) - The report was not posted" : the tag names owners, the rest reports progress.
  const tagged = tagThenStatus(text);
  if (tagged && splitOwners(tagged.inner).every((o) => resolver.isOwner(o))) {
    text = tagged.text.trim();
    owners.push(...splitOwners(tagged.inner));
    status = tagged.status.trim();
  } else {
    const tag = trailingTag(text);
    if (tag && splitOwners(tag.inner).every((o) => resolver.isOwner(o))) {
      owners.push(...splitOwners(tag.inner));
      text = text.slice(0, tag.index).trim();
    } else if (reportsProgress) {
      const progress = lazyHead(text, PROGRESS, { min: 12, dotAll: true, atMin: PROGRESS_AT });
      if (progress) {
        status = text.slice(progress.tail.index + progress.tail[0].length).trim();
        text = progress.head.trim();
      }
    }
  }
  // "Action: PR - Share the proposal", "ACTION: Daniel: pay the lawyers": the owners before a dash or colon.
  const led = owners.length === 0 ? leadingOwners(text, resolver) : null;
  if (led) {
    text = led.text;
    owners.push(...led.owners);
  }
  if (owners.length === 0) owners.push(...subjectOwners(text, resolver));
  const dashed = owners.length === 0 ? dashOwners(text, resolver) : null;
  if (dashed) {
    text = dashed.text;
    owners.push(...dashed.owners);
  }
  const celled = owners.length === 0 ? cellOwners(text, resolver) : null;
  if (celled) {
    text = celled.text;
    owners.push(...celled.owners);
  }
  // "DH email Anton": the initials are the sentence's subject, kept in its text.
  if (owners.length === 0) owners.push(...leadingInitials(text, resolver));
  return { number: m[2] ?? null, text, owners: dedupe(owners), status, outstanding, ...(fromEarlierMeeting ? { fromEarlierMeeting } : {}) };
}

/** "the January meeting (BT, move-on figures)" after "from": the meeting, and the bracket read on its own. */
function splitLabelPhrase(phrase: string | undefined, bracket: string | undefined): { forWhom: string | undefined; bracket: string | undefined } {
  const open = phrase?.lastIndexOf('(') ?? -1;
  if (!phrase || open <= 0 || !phrase.endsWith(')') || !/meeting|minutes/i.test(phrase.slice(0, open))) return { forWhom: phrase, bracket };
  return { forWhom: phrase.slice(0, open).trim(), bracket: phrase.slice(open + 1, -1).trim() };
}

// "Invite Jo Finch to the next meeting", "Ask the Clerk to write": a request opens with its verb, and
// "to" before a determiner goes somewhere; neither names who does it.
const REQUEST_VERBS = new Set(['invite', 'ask', 'write', 'send', 'email', 'contact', 'circulate', 'forward', 'add', 'refer', 'request', 'remind', 'inform', 'arrange', 'bring', 'take', 'report', 'return', 'submit', 'provide', 'share']);
// "be circulated", "be chosen", "be sent": a participle after "to be".
const PASSIVE = /^be\s+\p{Ll}+(?:ed|en|t)\b/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'any', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'your', 'each', 'every', 'next', 'some']);

/** "Chris Mansell to check ...", "RS – will analyse ..." : the owners named as the subject. */
export function subjectOwners(text: string, resolver: OwnerResolver): string[] {
  const m = SUBJECT.exec(text);
  if (!m) return [];
  const firstWord = m[1]!.split(' ', 1)[0]!.toLowerCase();
  const wordAfter = /^\p{Ll}+/u.exec(text.slice(m[0].length - 1))?.[0] ?? '';
  if (REQUEST_VERBS.has(firstWord) || (DETERMINERS.has(wordAfter) && /\sto\s+\p{Ll}$/u.test(m[0]))) return [];
  // "Handbook to be circulated", "Groups to be chosen": what is done, not who does it.
  if (wordAfter === 'be' && PASSIVE.test(text.slice(m[0].length - 1))) return [];
  // "@ada (?) to draft ...": the note taker's doubt about who took it on.
  const subject = trimEndOf(m[1]!.endsWith('(?)') ? m[1]!.slice(0, -3).trimEnd() : m[1]!, ',–-');
  const owners = splitOwners(subject);
  return owners.length > 0 && owners.every((o) => resolver.isOwner(o)) ? owners : [];
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

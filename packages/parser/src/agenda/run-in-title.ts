import { isSpaceCode, trimEndOf } from '../text/clean.js';
import { endsUnfinished } from '../text/unfinished.js';
/** Where a heading written run-in with its text ends and the text begins. */
export interface RunIn {
  title: string;
  rest: string;
  /** The title is (or ends) a sentence: a numbered sentence, not a heading run into its text. */
  sentence?: boolean;
}

// "16/00250/O", "19/01865/F": a planning application's reference (year, number, kind).
const PLANNING_REFERENCE = /\s\d{2}\/\d{4,5}\/[A-Z]{1,4}\b/;
const NAMES_REFERENCE = /^(?:applications?|ref\.?|reference|no\.?)$/i;
const DASH_BEFORE_CLAUSE = /\s[-–—]\s(?=(?:The|This|These|It|There|An?|All)\s\S)/;
// " i. ", " b) ", " 6.1 ": a sub-item's mark ends the heading it is run on after.
const SUB_ITEM = /\s(?:[ivx]{1,4}[.)]|[a-h][.)]|\d{1,2}\.\d{1,2}(?=\s\p{Lu}))\s/u;
const AFTER_BRACKET = /\)(?=\s+[\p{Lu}\d])/gu;
const FINITE_VERB =
  /^(?:had|has|have|was|were|is|are|would|will|could|should|did|does|can|may|might|must|said|explained|reported|noted|agreed|referred|stated|confirmed|advised|asked|thanked|welcomed|\p{Ll}+ed)[,.]?$/u;

/**
 * Splits "Public Forum A resident referred to ..." into the title and the text. The
 * title ends at the earliest of: a sub-item marker ("i. "), a closing bracket before a
 * capital, a capitalised word that starts a clause (followed by a verb, directly or
 * after one lower-case word, or itself a past participle such as "Covered"), or a
 * capitalised one-word sentence ("None.").
 */
export function splitRunInTitle(text: string): RunIn {
  let cut = text.length;
  const sub = SUB_ITEM.exec(text);
  if (sub) cut = Math.min(cut, sub.index);
  AFTER_BRACKET.lastIndex = 0;
  const bracket = AFTER_BRACKET.exec(text);
  if (bracket) cut = Math.min(cut, bracket.index + 1);
  const bullet = text.indexOf(' • ');
  if (bullet > 0) cut = Math.min(cut, bullet);
  // "Planning application for consideration 16/00250/O Outline application for ...": the reference starts the text,
  // unless the title names it ("... regarding the planning application 19/00274/OM").
  const reference = text.includes('/') ? PLANNING_REFERENCE.exec(text) : null;
  const named = reference ? NAMES_REFERENCE.test(text.slice(text.lastIndexOf(' ', reference.index - 1) + 1, reference.index)) : true;
  if (reference && !named && text.slice(0, reference.index).includes(' ')) cut = Math.min(cut, reference.index);
  // "Openness and Transparency Notice - The Parish Council record the meeting.": a dash before a sentence's first word.
  const dashed = DASH_BEFORE_CLAUSE.exec(text);
  if (dashed) cut = Math.min(cut, dashed.index);
  const { words, starts } = wordsOf(text);
  const alone = standsAlone(words);
  if (alone) cut = Math.min(cut, starts[1]!);
  // "Apologies for Absence Apologies for absence were received from ...": the text opens with the title's first words again.
  const again = repeatedOpening(words);
  if (again > 0) cut = Math.min(cut, starts[again]!);
  const capitals = capitalsRunEnd(words);
  // "Neither The Chairman nor Clerk had ...": a correlative opens a sentence whose subject names people, no title.
  const correlative = CORRELATIVES.has(words[0]!);
  for (let i = 1; !correlative && i < words.length && starts[i]! < cut; i++) {
    // "PUBLIC FORUM The new lamp ...", "MOLES Cllr Crisp advised ...": a title in capitals ends where mixed case starts.
    if (i === capitals) {
      cut = starts[i]!;
      break;
    }
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w)) continue;
    // "Treasurers Report. Mr Bentley reported ...", "Annual Church Service. No change.": a heading's closing noun and its
    // full stop end the title, before the capital that starts the text (no one-word sentence).
    if (HEADING_END.test(w) && i < words.length - 1 && /^\p{Lu}/u.test(words[i + 1]!)) {
      cut = Math.min(cut, starts[i]! + w.length);
      break;
    }
    // "Chair's Report. Ann Lee.": the noun a possessive needs ends the title with its full stop (no one-word sentence).
    if (w.endsWith('.') && /['’]s$/.test(words[i - 1]!) && /^\p{Lu}\p{Ll}+\.$/u.test(w)) {
      cut = Math.min(cut, starts[i]! + w.length);
      break;
    }
    const next = words[i + 1] ?? '';
    const after = words[i + 2] ?? '';
    const clause =
      FINITE_VERB.test(next) ||
      (/^\p{Ll}{2,}$/u.test(next) && !LINKING_WORDS.includes(next) && FINITE_VERB.test(after)) ||
      (/^\p{Lu}\p{Ll}+ed$/u.test(w) && /^\p{Ll}/u.test(next) && !AUXILIARY.test(` ${next} `)) ||
      (/^\p{Lu}\p{Ll}+\.$/u.test(w) && !JOINING_WORDS.has(words[i - 1]!.toLowerCase()) && !endsPlaceName(words, i) && (i < words.length - 1 || LAST_WORD_ANSWER.test(w))) ||
      // "... – Issue of Dispensations None": the one word that answers the heading, with no full stop.
      (i === words.length - 1 && /^(?:None|Nil)$/.test(w)) ||
      (OPENERS.has(w) && opensClause(words.slice(i + 1, i + 7))) ||
      // "Election of Officers Upon the proposition of ...", "Closure There being no further business": a formal minute's opening words.
      ((w === 'Upon' || w === 'On') && next === 'the' && MOTION_NOUN.test(after)) ||
      (w === 'There' && next === 'being') ||
      (w === 'The' && !FUNCTION_WORDS.has(words[i - 1]!.toLowerCase()) && opensNamedClause(words.slice(i + 1, i + 13)));
    if (clause) {
      cut = Math.min(cut, starts[subjectStart(words, i)]!);
      break;
    }
  }
  // "Accounts were presented and accepted. Cheques for ...": with no other end, the first sentence is the title.
  const stop = text.slice(0, cut).search(/[.!?]\s/);
  if (cut === text.length && stop > 0) cut = stop + 1;
  const head = text.slice(0, cut).trim();
  const title = trimEndOf(head, ':–-.');
  // "London Enriched is ...": a capitalised word alone before a verb is the subject's first word, not a title.
  // "Noise There were two complaints": a clause that opens with its own subject word leaves the one word before it a title.
  const restStart = text.slice(cut).trimStart().split(/\s/, 1)[0]!;
  // "Correspondence • Mayors Design Awards • Local Councillor magazine": a bullet starts the text's list.
  const opensAfresh = OPENERS.has(restStart) || SUBJECT_TITLES.has(restStart) || restStart === '•';
  const subject = cut < text.length && !/\s/.test(title) && !/^\p{Lu}+$/u.test(title) && !/[.!?:]$/.test(head) && !alone && !opensAfresh;
  // "Apologies. Mr D Finch": a title of a few words may end in a full stop.
  const stops = /[.!?]\s/.test(head) || (/[.!?]$/.test(head) && (head.split(/\s+/).length > 3 || readsAsSentence(head)));
  return { title, rest: text.slice(cut).trim(), sentence: stops || AUXILIARY.test(title) || endsUnfinished(title) || subject };
}

// Nouns that close a standing item's heading ("Treasurers Report.", "Matters Arising.", "Any Other Business.").
const HEADING_END = /^(?:Reports?|Services?|Arising|Business|Accounts|Correspondence|Updates?|Review|Finances?|Membership|Elections?|Affairs|Issues|Matters)\.$/;

// "Apologies None.", "Minutes Approved.": the last word alone as a sentence answers the heading; "Planning Matters." is the heading's own last word.
const LAST_WORD_ANSWER = /^(?:None|Nil|\p{Lu}\p{Ll}+ed)\.$/u;

// Standing items whose one word is the whole heading: a capitalised word after it starts the text
// ("Correspondence Norfolk Association of Local Councils: consultation on ..."), unless it goes on the heading.
const ONE_WORD_HEADINGS = new Set(['Correspondence', 'CORRESPONDENCE']);
const HEADING_CONTINUATIONS = /^(?:Received|Receipts?|Items?|Lists?|Logs?|Reports?|Updates?|Summary|Register|Circulated|And|For|To|In|Out)$/i;

/** Where the title's first two words open the text again, within the next few words (0 when they do not). */
function repeatedOpening(words: string[]): number {
  const first = words[0]!;
  const second = words[1]?.toLowerCase();
  if (first.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first) || second === undefined) return 0;
  // ("Application for leave of absence Applications for leave ...": the text may say it in the plural.)
  const again = (word: string) => word === first || word === first.toUpperCase() || word === `${first}s`;
  for (let i = 2; i < words.length - 1 && i <= 8; i++) if (again(words[i]!) && words[i + 1]!.toLowerCase() === second) return i;
  return 0;
}

/** "Correspondence Norfolk ...": the first word is a whole heading and the next, capitalised, starts the text. */
function standsAlone(words: string[]): boolean {
  const next = words[1];
  return ONE_WORD_HEADINGS.has(words[0]!) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !HEADING_CONTINUATIONS.test(next);
}

/** The words of `text` (runs of characters other than white space, as `/\S+/g` finds them) and where each starts. */
export function wordsOf(text: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
    starts.push(start);
  }
  return { words, starts };
}

// "Welcomes & Apologies.": after one of these the capitalised word goes on the title, not a one-word sentence.
const LINKING_WORDS = ['and', 'or', 'of', 'the', 'to', 'in', 'for', 'on', 'at', 'with', 'by', 'from'];
const JOINING_WORDS = new Set(['&', ...LINKING_WORDS]);
const IRREGULAR_PARTICIPLES = new Set(['held', 'made', 'met', 'taken', 'given', 'been', 'sent', 'seen', 'left', 'paid', 'brought', 'found', 'told', 'led', 'put', 'set', 'took']);
// A title names a topic; one with a verb such as "is" or "will" says something, as a sentence does.
const AUXILIARY = /\s(?:is|are|was|were|has|have|had|will|would|should|could|can|must|did|does)\s/;
/** Whether the words say something (a verb such as "is", "agreed" or "held"), as a sentence does and a title does not. */
export function readsAsSentence(text: string): boolean {
  return AUXILIARY.test(` ${text} `) || text.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && (FINITE_VERB.test(w) || IRREGULAR_PARTICIPLES.has(w.replace(/[,.]$/, ''))));
}

// Words that open a clause ("The minutes of the meeting held on ... were confirmed", "As no quotes had
// been received, ..."), when a verb follows them.
const OPENERS = new Set([
  'The', 'This', 'These', 'It', 'There', 'A', 'An', 'All', 'No', 'Members', 'Councillors', 'Residents',
  'As', 'Although', 'Since', 'Because', 'Following', 'While', 'Whilst', 'Once', 'Unless', 'Some',
]);

const MOTION_NOUN = /^(?:proposition|proposal|motion)$/;

const SUBJECT_TITLES = new Set(['Cllr', 'Cllrs', 'Councillor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'The', 'No', 'All']);

const POSTS = new Set(['chairman', 'vice-chairman', 'chair', 'vice-chair', 'chairperson', 'clerk', 'treasurer', 'secretary', 'mayor']);

/** "... Received The Vice Chair advised", "... Building Cllr Jo Finch shared": the clause starts at the title or article before the name. */
function subjectStart(words: string[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (SUBJECT_TITLES.has(words[k]!)) return k;
    // "Cllrs Mack and Whitmore are": two names joined by "and" after the title.
    if ((words[k] === 'and' || words[k] === '&') && k > 1) continue;
    // "... held on 4 April 2019 Parish Councillors confirmed": a year ends the title before the subject's words.
    if (/^(?:19|20)\d{2}$/.test(words[k]!)) return k + 1;
    // "Election of Chairman David Lee was nominated": the post the title names ends it; the name after it is the subject.
    if (POSTS.has(words[k]!.toLowerCase()) && k < at - 1) return k + 1;
    // "Any Other Business P Keymer proposed": an initial after no title or other initial starts the name.
    if (/^\p{Lu}\.?$/u.test(words[k]!) && !SUBJECT_TITLES.has(words[k - 1]!) && !/^\p{Lu}\.?$/u.test(words[k - 1]!)) return k;
    // "Cllr G Gillet advised": an initial is part of the name.
    if (!/^\p{Lu}(?:\p{Ll}|\.?$)/u.test(words[k]!)) break;
  }
  return at;
}

/** A lower-case verb among the next words, before any capitalised word: the words make a clause. */
function opensClause(next: string[]): boolean {
  for (const w of next) {
    if (!/^\p{Ll}/u.test(w)) return false;
    if (FINITE_VERB.test(w) || IRREGULAR_PARTICIPLES.has(w)) return true;
  }
  return false;
}

// Words after which "The" goes on a title ("Return of The Register"), in lower case.
const ANSWER_WORD = /^(?:None|Nil|Nothing|Yes|No|\p{Lu}\p{Ll}+ed)\.$/u;

/**
 * "Lack of burial space at Whittington Churchyard.": the last word closes a name after "at", "of", ... (no
 * one-word answer to the heading, as "Noted." or "None." is).
 */
function endsPlaceName(words: string[], at: number): boolean {
  if (at !== words.length - 1 || ANSWER_WORD.test(words[at]!)) return false;
  let k = at - 1;
  while (k > 0 && /^\p{Lu}/u.test(words[k]!)) k--;
  return k < at - 1 && JOINING_WORDS.has(words[k]!.toLowerCase());
}
const CORRELATIVES = new Set(['Neither', 'Either', 'Both', 'NEITHER', 'EITHER', 'BOTH']);
const FUNCTION_WORDS = new Set([...LINKING_WORDS, 'into', 'onto', 'upon']);

/**
 * "The minutes of the Ordinary Meeting on 6 February 2019 were accepted": a noun phrase that may
 * hold names and dates, then a verb in lower case, before any full stop or comma.
 */
function opensNamedClause(next: string[]): boolean {
  for (const w of next) {
    // "The 2018 budget will be considered": a modal verb opens the clause as "was" does.
    if (/^\p{Ll}/u.test(w) && (FINITE_VERB.test(w) || IRREGULAR_PARTICIPLES.has(w))) return /^(?:was|were|had|has|have|is|are|will|would|can|could|should|must|may|might)$/.test(w) || /ed$/.test(w);
    if (/[.,;:!?]$/.test(w)) return false;
  }
  return false;
}

const isCapitalsWord = (w: string) => /^[\p{Lu}\d'’&/().,-]+$/u.test(w) && /\p{Lu}/u.test(w);

/**
 * Where a title written in capitals ends: the index of the first mixed-case word after two
 * capitalised words or more (or one of four letters or more, when a clause, a task or a titled
 * name starts right after it), or -1.
 */
function capitalsRunEnd(words: string[]): number {
  let k = 0;
  // "ELECTIONS 2019": a number or a dash goes on a title in capitals.
  while (k < words.length && !startsSentence(words, k) && !opensLetteredPoint(words, k) && (isCapitalsWord(words[k]!) || /^[–—-]$/.test(words[k]!) || (k > 0 && /^\d{1,4}$/.test(words[k]!)))) k++;
  const next = words[k];
  if (k === 0 || !next || !(/^\p{Lu}\p{Ll}/u.test(next) || startsSentence(words, k) || opensLetteredPoint(words, k))) return -1;
  const capitalWords = words.slice(0, k).filter((w) => /\p{Lu}{2}/u.test(w)).length;
  if (k >= 2 && (capitalWords >= 2 || (capitalWords === 1 && /\p{Lu}{4}/u.test(words[0]!)))) return k;
  // "TREES Clerk to chase ...", "TRAINING Cllr Nickles and ...": a person's title or a task opens the text after one word.
  const after = words.slice(k + 1, k + 3);
  const opens = SUBJECT_TITLES.has(next) || after[0] === 'to' || after.some((w) => FINITE_VERB.test(w));
  return /\p{Lu}{4}/u.test(words[0]!) && opens ? k : -1;
}

/** "MINUTES APPROVAL A. Consider approval ...": a lettered point ("A. ", "B. ") opens the text, after a word in capitals. */
function opensLetteredPoint(words: string[], k: number): boolean {
  return k > 0 && /^[A-H]\.$/.test(words[k]!) && /^\p{Lu}/u.test(words[k + 1] ?? '');
}

/**
 * "REGULAR ITEMS A. Review and accept ...": a title in capitals run into its text, split where the text starts, or
 * null when the text does not open so.
 */
export function splitCapitalsRunIn(text: string): RunIn | null {
  const { words, starts } = wordsOf(text);
  const k = capitalsRunEnd(words);
  return k > 0 ? { title: text.slice(0, starts[k]).trim(), rest: text.slice(starts[k]) } : null;
}

/** "NORMANDY CLOSE A piece of land ...": "A" or "I" before a word in lower case opens the text, after a word in capitals. */
function startsSentence(words: string[], k: number): boolean {
  return k > 0 && (words[k] === 'A' || words[k] === 'I') && /^\p{Ll}/u.test(words[k + 1] ?? '');
}

const TITLE_SEPARATORS = [' … ', '…', ' – ', ' — ', ' - ', ': '];

/**
 * Splits a numbered sentence that has no heading of its own ("Declarations of interest
 * … There were none.", "Mr Pearce gave a presentation on bees. He ...") into a title and
 * the text: the words before a separator, or else the first sentence (kept in the text as well).
 */
export function splitSentenceTitle(text: string): RunIn {
  const stop = text.search(/[.!?](?:\s|$)/);
  const sentenceEnd = stop === -1 ? text.length : stop;
  for (const separator of TITLE_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0 && at < sentenceEnd) return { title: text.slice(0, at).trim(), rest: text.slice(at + separator.length).trim() };
  }
  // The first sentence names the item and stays its text too: it is what the minute records.
  return { title: text.slice(0, sentenceEnd).trim(), rest: text };
}

import { isStandardItem } from './standard-labels.js';
import type { Line } from '../scan/scan-lines.js';
import { cellsOf, parseEntry } from '../roster/parse-entry.js';
import { readRosterHeading } from '../roster/headings.js';
import { readsAsSentence, splitCapitalsRunIn, splitRunInTitle, splitSentenceTitle } from './run-in-title.js';
import { boldOpening } from './bold-opening.js';
import { collapseSpaces, isDigitAt, isUpperAt, trimEndColon } from '../text/clean.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { looksLikeSurname } from '../text/names.js';

/** An agenda item heading as read from its line. */
export interface ItemHeading {
  /** As written, or null for a topic heading with no number. */
  number: string | null;
  title: string;
  /** Text after a run-in heading ("1. Apologies: none received"). */
  rest: string;
  /** The running count, where the number alone does not say which part it is ("09/70" read year first). */
  count?: number;
}

// "MEMBERS’ INTERESTS (for items on the Agenda) There were none.": a heading in capitals, then text in mixed case.
const CAPITALS_THEN_TEXT = /^\p{Lu}[\p{Lu}'’&-]+\s(?:\p{Lu}[\p{Lu}'’&-]+|\d{1,4})\s[^\n]*\p{Ll}/u;
// A dash after a short title (two to eight words, no full stop): " - ", " – ".
const DASH_AFTER_TITLE = /^(?=[^.]{4,80}\s[-–—]\s)((?:\S+\s){1,7}?\S+)\s[-–—]\s/;
// What opens an item's text rather than its title's second part: a verb of the record, or "none"; a request to the reader
// ("- please keep circulating", "- see email").
const TEXT_AFTER_DASH = /^(?:(?:were|was|is|are|has|have|had|none|nil|nothing|noted|not|agreed|approved|accepted|received|deferred|carried|please|see)\b|None\b|Nil\b|Please\b|See\b)/;
// A title typed in lower case before the dash is a few words at most.
const LOWER_TITLE_WORDS = 6;
// "1. **Apologies for Absence.** Apologies had been ...", "1\\. **Apologies.** Mrs Linton": a number, a bold title, the text.
const BOLD_LEAD = /^\s*\d{1,3}\\?[.)]?\s+\*\*([^*]{2,160}?)[.:]?\*\*[.:]?(?:\s+(\S.*))?$/;
// "**5.   Noise**  No Complaints", "**3.**   **KLWNBC** Mrs. Murfitt gave ...": the number inside the bold too (in the title's
// run, or a run of its own before it); the text runs on after the bold.
const BOLD_NUMBERED_LEAD = /^\s*\*\*\d{1,3}\\?[.)]?(?:\s+|\*\*\s+\*\*)([^\s*][^*]{1,159}?)[.:]?\*\*[.:]?(?:\s+(\S.*))?$/;
const STREET_ADDRESS = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\s(?:Street|Road|Lane|Avenue|Square|Place|Way|Terrace|Crescent|Close|Drive|Row|Gardens|Walk)(?:,[^,]{1,40}){0,3}$/u;
const BRACKETED_CLOCK = /\s\(\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?\)$/i;
// "(15m, Bo)": an agenda entry's timebox and presenter; "(Bo, 15 Minutes)" the other way round (its copy in the
// minutes may have lost the number: "(Bo,  Minutes)").
// A committee paper's reference closing a heading: capitals, then "(24)03" or two slash-parted parts ("/2019/27").
const PAPER_REFERENCE = /\s\p{Lu}[\p{Lu}\d]+(?:\(\d{2,4}\)\d{1,3}|\/[\p{L}\d]+\/[\p{L}\d]+(?:\/[\p{L}\d]+)?)$/u;
const TIMEBOX = /\s\((?:\d{1,3}\s?(?:m|mins?|minutes),\s?[^()\s][^()]{0,40}|[^()\s,][^(),]{0,40},\s{0,2}\d{0,3}\s?(?:mins?|minutes))\)$/i;

// "Memory tooling (37:00)", "Spectre and Meltdown (1:06:10)": where the topic starts in the meeting's recording (the
// notes link the offset to the video), no part of its title.
const RECORDING_OFFSET = /\s\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$/;

// "Module vs. Script (see http://example.org/thread)": a link to the topic's thread in brackets, no part of its title.
const LINK_REFERENCE = /\s\((?:see:?\s)?<?https?:\/\/[^\s()<>]+>?\)$/i;

// "20:30 Finances": the time the agenda gave the topic, before its title.
const CLOCK_LEAD = /^\d{1,2}:\d{2}\s+(?=\p{L})/u;

/** A title without the timebox and presenter after it ("Map types discussion (20m, Noj)"), or the time before it. */
export function withoutTimebox(title: string): string {
  const lead = isDigitAt(title, 0) ? CLOCK_LEAD.exec(title) : null;
  const untimed = lead ? title.slice(lead[0].length) : title;
  if (!untimed.endsWith(')')) return untimed;
  const m = TIMEBOX.exec(untimed) ?? RECORDING_OFFSET.exec(untimed) ?? LINK_REFERENCE.exec(untimed);
  return m ? untimed.slice(0, m.index) : untimed;
}
// "1 September 2005", "01 September, 2005" (a blog's date line): a day, then the month and year, no item.
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:\d|$)/i;
// "3.Planning Application:", "4,Planning Decisions:", "2.Youth Justice Planning": a number typed against its
// title, or a PDF export that lost the space after the number's stop; "3.FORCH finance": a word in capitals too.
// "1)Revision and approval of minutes": the same after a bracket.
const UNSPACED_NUMBER = /^(\d{1,3})[.,)](?=\p{Lu}\p{Ll}|\p{Lu}{2,}\s)/u;
// "Item 1:Apologies for Absence.": the label's colon against the title.
const UNSPACED_ITEM = /^((?:agenda\s+)?item\s+\d{1,3}):(?=\p{Lu})/iu;
// "Agenda Item #1:  Call meeting to order.": a number sign between the label and the number, as US boards write it; the
// colon after the number says it heads an item ("Item #1 Draft Meeting Minutes" is a page's name for its attachment).
const NUMBER_SIGN_ITEM = /^((?:agenda\s+)?item\s)\s*#\s?(?=\d{1,3}:)/i;

const withLabelSpaced = (line: Line): Line => {
  const spaced = withItemLabelSpaced(line.text);
  return spaced === line.text ? line : { ...line, text: spaced };
};

/** "Item 1:Apologies" -> "Item 1: Apologies", "Agenda Item #1: Welcome" -> "Agenda Item 1: Welcome"; other text as it is. */
export function withItemLabelSpaced(text: string): string {
  const c = text.charCodeAt(0) | 0x20;
  return c === 105 || c === 97 ? text.replace(NUMBER_SIGN_ITEM, '$1').replace(UNSPACED_ITEM, '$1: ') : text;
}
// "1. Title", "1) Title", "1/ Title", "Item 1: Title", "Agenda item 1 – Title", "1.0 Title".
// `(?:\s*[.:)–-])?\s+` reads as `\s*[.:)–-]?\s+` did, without two runs of white space meeting.
// "1)  Welcome": an item's number closed by a bracket, then its title.
const BULLETED_NUMBER = /^\d{1,2}\)\s+\p{Lu}/u;
// "(1) Apologies": a number in brackets, then the title.
const BRACKETED_NUMBER = /^\((\d{1,2})\)\s+(?=[\p{Lu}\d])/u;
const MAX_BRACKETED_TITLE = 80;
// "2016/17", "2011-12", "2009": a year or a financial year alone.
const YEAR_ONLY = /^(?:19|20)\d{2}(?:[/–-](?:\d{2}|(?:19|20)\d{2}))?$/;
const ZERO_NUMBER = /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+)?\d{1,5}\.0(?!\d)/i;
const NUMBERED = /^(?:(?:agenda\s+)?item\s+(?:no\.\s?)?|min(?:ute)?\.?\s+)?(\d{1,3}|(?!(?:19|20)\d\d\b)\d{4,5})(?:\.0(?!\d)|\.(?!\d)|\)|\/(?=\s))?(?:\s*[.:)–-])?\s+(\S.*)$/i;

/**
 * Reads a line as a numbered agenda item heading. `last` is the number of the item
 * before (0 at the start). A markdown or bold heading may skip numbers; a plain line
 * must be the next number, short, and read as a title, so that numbered lists inside
 * an item ("1. That the board notes ...") are not taken for items.
 */
const CLOCKED_OPENING_OR_CLOSE = /^(call\sto\sorder|adjournment)[\s:–-]+(?:at\s)?\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?$/i;
// "VI. ", "X. " (not "I. ", an initial as much as a number) before a capital.
const STALE_ROMAN = /^(?:[IVX]{2,5}|[VX])\.\s(?=\p{Lu})/u;

export function readItemHeading(written: Line, last: number, relaxed = false, afterLetter = false): ItemHeading | null {
  const tag = rightActionTagAt(written.text);
  if (tag === -1) return withGluedTextParted(readHeadingAsWritten(written, last, relaxed, afterLetter));
  // The number's tab, no cell of a table: the line is a paragraph, its title run into its text.
  const text = written.text.slice(0, tag).trimEnd().replace(NUMBER_TAB, '$1 ');
  const heading = withGluedTextParted(readHeadingAsWritten({ ...written, text }, last, relaxed, afterLetter));
  return heading ? { ...heading, rest: [heading.rest, written.text.slice(tag)].filter(Boolean).join(' ') } : null;
}

// The gap (in spaces) that sets a tag at the right of a line, and the longest tag.
const TAG_GAP = 3;
const MAX_RIGHT_TAG = 40;
const RIGHT_TAG = /^(?:Actions?|ACTIONS?):?\s+\S/;
const NUMBER_TAB = /^(\d{1,3}[.)])\s{2,}(?=\S)/;

/**
 * "3. Disposal of cuttings – DP to get prices.          Action DP": a Word table's action cell set at the right of the
 * item's line after a wide gap. Where the tag starts, so that the heading is read without it and the tag goes back to
 * the item's text, after the sentences it tags (else the gap would part the title from everything after it); else -1.
 */
function rightActionTagAt(text: string): number {
  const from = Math.max(0, text.length - MAX_RIGHT_TAG);
  // (The tag is written "Action" or "ACTION": a line without either near its end is passed over before lowering it.)
  if (text.lastIndexOf('Action') <= from && text.lastIndexOf('ACTION') <= from) return -1;
  const at = text.toLowerCase().lastIndexOf('action');
  if (at <= from || !RIGHT_TAG.test(text.slice(at)) || /[.!?]\s/.test(text.slice(at))) return -1;
  let gap = at;
  while (gap > 0 && text.charCodeAt(gap - 1) === 32) gap--;
  return at - gap >= TAG_GAP && gap > 0 ? at : -1;
}

// The last word of a title in capitals run into its text: this long at least, so that "NHSEngland" stays one name.
const GLUED_WORD_LETTERS = 5;

/**
 * "INTRODUCTIONSIntroduction of guests and members": a title in capitals that a converter ran into its text, no space
 * between: the capitals are the title and the rest its text. Where the offset the text starts at, else -1.
 */
function gluedTextAt(title: string): number {
  let word = 0;
  for (let k = 0; k + 2 < title.length; k++) {
    const c = title.charAt(k);
    if (/\p{Ll}/u.test(c)) return -1;
    word = /\p{Lu}/u.test(c) ? word + 1 : 0;
    if (word >= GLUED_WORD_LETTERS && isUpperAt(title, k + 1) && /\p{Ll}/u.test(title.charAt(k + 2))) return k + 1;
  }
  return -1;
}

function withGluedTextParted(heading: ItemHeading | null): ItemHeading | null {
  const at = heading && heading.rest === '' ? gluedTextAt(heading.title) : -1;
  return at > 0 && heading ? { ...heading, title: heading.title.slice(0, at), rest: heading.title.slice(at) } : heading;
}

/** "• 2)  Minutes of the previous meeting": the item's number and title without the web page's list bullet before them; null for other lines. */
export function numberedTextAfterBullet(text: string): string | null {
  if (!startsWithBullet(text)) return null;
  const unbulleted = withoutBulletMark(text);
  return BULLETED_NUMBER.test(unbulleted) ? unbulleted : null;
}

function readHeadingAsWritten(written: Line, last: number, relaxed: boolean, afterLetter: boolean): ItemHeading | null {
  // "• 1)  Welcome and Apologies for Absence:": a web page's list bullet before the item's own number.
  const unbulleted = numberedTextAfterBullet(written.text);
  if (unbulleted !== null) return readItemHeading({ ...written, text: unbulleted }, last, relaxed, afterLetter);
  // "(4) Conon Bridge": the item's number written in brackets, read as "4) Conon Bridge" is. Only a title alone on its
  // line: "(1) The President reported that ..." is a numbered point of the text.
  const bracketed = written.text.charCodeAt(0) === 40 ? BRACKETED_NUMBER.exec(written.text) : null;
  const bracketTitle = bracketed ? written.text.slice(bracketed[0].length) : '';
  if (bracketed && bracketTitle.length <= MAX_BRACKETED_TITLE && !/[.!?;,:]\s|[.;,]$/.test(bracketTitle)) {
    return readItemHeading({ ...written, text: `${bracketed[1]}) ${bracketTitle}` }, last, relaxed, afterLetter);
  }
  const second = written.text.charAt(1);
  // ("C.25.49 Prayer" is a minute number, no letter C.)
  if (isUpperAt(written.text, 0) && (second === '.' || second === ')') && !DOTTED_MINUTE_START.test(written.text)) {
    const lettered = readLetteredHeading(written, last, afterLetter);
    // "V. Child Trafficking": a letter that is no next letter may be a Roman number.
    if (lettered || !ROMAN_FIRST.includes(written.text.charAt(0))) return lettered;
  }
  if (ROMAN_FIRST.includes(written.text.charAt(0)) && (second === ' ' || second === '.' || second === ')' || ROMAN_FIRST.includes(second))) {
    const roman = readRomanHeading(written, last);
    if (roman) return roman;
  }
  const line =
    isDigitAt(written.text, 0) && UNSPACED_NUMBER.test(written.text)
      ? { ...written, text: written.text.replace(UNSPACED_NUMBER, '$1. ') }
      : withLabelSpaced(written);
  if (!mayStartItem(line.text) || SUB_ITEM_REFERENCE.test(line.text)) return null;
  const minute = readMinuteNumber(line, last);
  if (minute) return minute;
  // ("2.0: Apologies": a whole number written with its ".0" and a colon, as "2.0 Apologies" is; "2.1: ..." is a sub-point.)
  if (startsWithBullet(line.text) || /^\d+\.(?!0[\s:])\d/.test(line.text)) return null;
  const cells = cellsOf(line.text);
  const viaCells = cells.length >= 2 && /^(?:(?:agenda\s+)?item\s+)?(?:\d{1,3}|(?!(?:19|20)\d\d\b)\d{4,5})(?:\.0)?[.)]?$/i.test(cells[0]!);
  const m = viaCells ? /^(?:(?:agenda\s+)?item\s+)?(\d{1,5})/i.exec(cells[0]!) : NUMBERED.exec(line.text);
  if (!m) return null;
  const n = Number(m[1]);
  // "6. VI. Committee Reports": a Roman number the agenda numbered the item by before, no part of its title.
  let title = (viaCells ? cells[1]! : m[2]!).replace(STALE_ROMAN, '');
  let rest = viaCells ? cells.slice(2).join(' ') : '';
  const marked = line.heading > 0 || line.bold;
  // The title was parted from its text at a dash.
  let dashParted = false;
  // "5. Reports 5.1 Chairman’s Report ...", "2. Apologies for Absence 2.1": the item's first numbered paragraph runs on after its title.
  const firstPoint = viaCells ? -1 : title.indexOf(` ${n}.1`);
  const pointEnd = firstPoint + String(n).length + 3;
  if (firstPoint > 0 && (pointEnd === title.length || title[pointEnd] === ' ')) {
    rest = title.slice(firstPoint + 1);
    title = title.slice(0, firstPoint);
  }
  // "1. Welcomes & Apologies. / Introductions were given ...": a table's cells flattened with slashes, the title closed by its stop.
  const cell = viaCells ? -1 : title.indexOf('. / ');
  const slashed = cell > 0 && cell < 80 && !/[.!?]\s/.test(title.slice(0, cell));
  if (slashed) {
    rest = title.slice(cell + 4).trim();
    title = title.slice(0, cell);
  }
  // "**1. Apologies**          No apologies", "Minutes of the Meeting – 4th May        FRE": a wide gap parts the title
  // from what is written beside it.
  const gap = viaCells || slashed ? -1 : title.indexOf('   ');
  const beside = gap > 0 && gap <= 80 ? title.slice(gap).trimStart() : '';
  if (beside) {
    rest = [beside, rest].filter(Boolean).join(' ');
    title = title.slice(0, gap);
  }
  // "9. Default value update (15m, Bo)": the agenda's timebox and presenter, no part of the title.
  const timebox = viaCells ? null : TIMEBOX.exec(title);
  if (timebox) title = title.slice(0, timebox.index);
  // "1. Call to order 8:30 pm", "10. Adjournment 9:15 pm": the clock the meeting opened or closed at, read with the times.
  const clocked = viaCells ? null : CLOCKED_OPENING_OR_CLOSE.exec(title);
  if (clocked) {
    rest = [title.slice(clocked[1]!.length).replace(/^[\s:–-]+/, ''), rest].filter(Boolean).join(' ');
    title = clocked[1]!;
  }
  // "2. Minutes of the 96th meeting DRAFT/ACNFP/96/Min", "2. Safeguarding update NSDEC(24)03": the paper's reference, no part of the title.
  const paper = viaCells ? null : PAPER_REFERENCE.exec(title);
  if (paper && paper.index > 0 && /\d/.test(paper[0])) title = title.slice(0, paper.index).replace(/\.$/, '');
  // "7. **Location of dog bins.** An item had appeared ...": a bold title the text runs on after.
  const boldLead = !marked && !slashed && !viaCells && line.raw.includes('**') ? BOLD_LEAD.exec(line.raw) : null;
  // (The number in the bold is read the same with a wide gap after it, "**3.**   **KLWNBC** ...", where the gap parts cells.)
  const boldNumbered = boldLead || marked || slashed || !line.raw.startsWith('**', line.raw.length - line.raw.trimStart().length) ? null : BOLD_NUMBERED_LEAD.exec(line.raw);
  if (boldLead || boldNumbered) {
    title = (boldLead ?? boldNumbered)![1]!;
    rest = (boldLead ?? boldNumbered)![2] ?? '';
  } else if (!marked && !slashed) {
    // "Present:R. Lankfer, ...": a capital straight after the colon starts the text too.
    const runIn = RUN_IN_COLON.exec(title);
    // A sentence before the colon ("NOTICEBOARDS These have not been received. ACTION: ...") is no title.
    if (runIn && !/[.!?]\s/.test(runIn[1]!) && !isSubtitle(runIn[1]!, runIn[2]!, rest)) {
      title = runIn[1]!;
      rest = [runIn[2]!, rest].filter(Boolean).join(' ');
    } else if (!viaCells) {
      // "1. PUBLIC FORUM The new lamp was discussed ...": the heading runs into its text. A numbered
      // sentence ("9. Accounts were approved. Cheques ...") is an item only when headings are not expected.
      const split = title.length > 80 || /[.!?](?:\s|$)/.test(title) || CAPITALS_THEN_TEXT.test(title) ? splitRunInTitle(title) : null;
      const dashed = DASH_AFTER_TITLE.exec(title);
      // "3. Minutes of the previous AGM – were read by Karim", "4. Matters Arising – none": a verb or "none" after the dash is the text.
      // ("2. Apologies – Ann Hale, Tom Finch", "4. Matters Arising – Alan Smith ...": after a standard item's label, the text.)
      const dash = dashed && (/[.;,]$/.test(title) || TEXT_AFTER_DASH.test(title.slice(dashed[0].length)) || isStandardItem(dashed[1]!)) ? dashed : null;
      // A title in capitals may be long ("TO DISCUSS WARD BOUNDARY AMENDMENT PROPOSAL FROM ... AND RESOLVE ON RESPONSE").
      const longest = split && !/\p{Ll}/u.test(split.title) ? 160 : 130;
      if (split?.rest && split.title.length <= longest && !/[;,…]$/.test(split.title) && !split.sentence) ({ title, rest } = split);
      else if (dash) {
        // "21. Date and time of next meeting - Wednesday 2nd August at 7pm.": the title, a dash, then its text.
        rest = title.slice(dash[0].length).trim();
        title = dash[1]!;
        dashParted = true;
      }
    }
  }
  // "6. Net sessions –" over its text: the dash that would have led into it closes nothing.
  title = collapseSpaces(trimEndColon(title)).trim().replace(/\s[-–—]$/, '');
  if (!title || !/^[\p{L}\p{N}"'“‘(]/u.test(title)) return null;
  // "3.0 upgrade documentation": a version number, not an item's.
  if (/^\d+\.0\s/.test(line.text) && /^\p{Ll}/u.test(title)) return null;
  if (MONTH_START.test(title)) return null;
  // "2 Marsham Street" in a letterhead: a street address, its house number no item's.
  // ("1 Mill Street (5:00 p.m.)": the meeting's time in brackets after its place, as a board's header writes it.)
  if (!marked && isDigitAt(line.text, 0) && /^\d{1,4}\s/.test(line.text) && STREET_ADDRESS.test(title.endsWith(')') ? title.replace(BRACKETED_CLOCK, '') : title)) return null;
  const next = n === last + 1 || (last === 0 && n <= 2);
  // "2.0 Minutes of the last meeting": the number as written, its ".0" kept (the count reads it as 2).
  const number = ZERO_NUMBER.test(viaCells ? cells[0]! : line.text) ? `${n}.0` : String(n);
  // A marked heading may repeat or go back a number (the numbering diagnostics say so); a plain line may not.
  if (marked) return n >= 1 && n <= last + 5 && title.length <= 160 ? { number, title, rest } : null;
  // "Item 5: Title" says it is an item: its number may start the minutes or skip a few.
  const labelled = !viaCells && (startsWithWord(line.text, 'item') || startsWithWord(line.text, 'agenda'));
  // "1) new page for tracking licenses – Jack added a table ...": notes typed in lower case, a few words of title, a dash,
  // then the text (next in the count: a plain numbered line in lower case is a point of a list otherwise).
  const lowerDashed = next && !marked && !viaCells && !rest && /^\p{Ll}/u.test(title) ? DASH_AFTER_TITLE.exec(title) : null;
  if (lowerDashed && lowerDashed[1]!.split(' ').length <= LOWER_TITLE_WORDS && !/[,;:]/.test(lowerDashed[1]!)) {
    rest = title.slice(lowerDashed[0].length).trim();
    title = lowerDashed[1]!;
    dashParted = true;
  }
  // "Item 1: welcome and introductions", "11. defer/stream updates (10m, Cy)": a labelled or timeboxed heading may start its title in lower case.
  // "2. PLEDGE OF ALLEGIANCE" then "4. APPROVE AGENDA": an agenda's heading in capitals, alone on its line, keeps its number
  // when the minutes leave out an item that had no business.
  const capitalsAfterGap = !next && !marked && !viaCells && !rest && last > 0 && n > last && n <= last + MAX_SKIPPED + 1 && CAPITALS_HEADING.test(title);
  if (!(next || capitalsAfterGap || (labelled && n > last && n <= last + 5)) || !(labelled || timebox || (dashParted && next && !marked && title.split(' ').length <= LOWER_TITLE_WORDS) || /^[\p{Lu}\p{N}"'“‘(]/u.test(title))) return null;
  // Relaxed (a document with no item headings otherwise): a numbered sentence is an item, its opening words the title.
  if (relaxed && (title.length > 100 || /[.;,]$/.test(title))) return { number, ...splitSentenceTitle(title) };
  if (title.length > 100 && labelled) return labelledLongTitle(number, title, rest);
  if (title.length > 100) return null;
  // A long line ending in a full stop is a numbered sentence, unless it names a topic and says nothing of it
  // (or a table's row gives it its own number cell: "3. | The minutes of the last meeting were agreed.").
  // ("Agenda Item 2: Consider approving the minutes for the meeting held May 11, 2016.": the label says it is an item.)
  if (!labelled && /[.;,]$/.test(title) && title.split(/\s+/).length > 8 && !rest && !viaCells && readsAsSentence(title)) return null;
  return { number, title, rest };
}

// A labelled item's title may be an agenda's whole entry: this long at most.
const MAX_LABELLED_TITLE = 160;
// The stop that ends an agenda entry's first sentence, before the next sentence's capital (after a word in lower case:
// "Dr. Lee", "Mr. Hale" are no sentence ends).
const FIRST_SENTENCE_END = /^(.{8,100}?\p{Ll}{3})\.\s+(?=\p{Lu})/u;

/**
 * "Agenda Item #3: Comments from the public. If you wish to address the Board, please register ...": a long labelled
 * entry is its first sentence, the rest the agenda's note on it; one long sentence ("Consider approving the minutes for
 * the Regular Meeting held April 27, 2016 and the Special Meeting held May 11, 2016.") is the title whole.
 */
function labelledLongTitle(number: string, title: string, rest: string): ItemHeading | null {
  const first = FIRST_SENTENCE_END.exec(title);
  if (first) return { number, title: first[1]!, rest: [title.slice(first[0].length), rest].filter(Boolean).join(' ') };
  return title.length <= MAX_LABELLED_TITLE ? { number, title, rest } : null;
}

// The items an agenda's numbering may skip between two headings in capitals.
const MAX_SKIPPED = 3;
// A heading in capitals: words of capitals (and the marks between them), no full stop closing a sentence.
const CAPITALS_HEADING = /^\p{Lu}[\p{Lu}\p{N}'’&/-]*(?: [\p{Lu}\p{N}'’&/()-]+){0,7}$/u;

/**
 * "UKBA update: asylum casework and the Legacy programme": a few words after the colon that say
 * nothing (no verb, no punctuation) and name no one, under a title that heads no roster list, are
 * the title's second part, not the item's text ("Apologies: none received", "Present: Cllr Finch").
 */
function isSubtitle(title: string, after: string, rest: string): boolean {
  if (rest || after.length > 60 || /[.,;:!?()]/.test(after)) return false;
  // "TRAINING: No new requests": a heading in capitals is answered in mixed case, not continued.
  // ("SOL: ONS data issues": an acronym alone names a topic, and the words after it are its subtitle.)
  if (!/\p{Ll}/u.test(title) && /\p{Ll}/u.test(after) && (title.includes(' ') || title.length > 5)) return false;
  const words = after.split(' ');
  return words.length >= 2 && words.length <= 8 && !readsAsSentence(after) && parseEntry([after]) === null && readRosterHeading(title, false) === null;
}

/**
 * "A. WELCOME AND INTRODUCTIONS", "**B. Home Office update**": items lettered in order. A plain line
 * must be in capitals and name no one ("A. Jones (Harbour Trust)" is a roster line). "A" opens the
 * items, and each later letter follows the one before (`afterLetter`), never a number.
 */
function readLetteredHeading(line: Line, last: number, afterLetter: boolean): ItemHeading | null {
  const n = line.text.charCodeAt(0) - 64;
  if (!(n === 1 ? last === 0 : afterLetter && n === last + 1) || line.text[2] !== ' ') return null;
  const title = collapseSpaces(trimEndColon(line.text.slice(3))).trim();
  if (title.length < 3 || title.length > 100 || !isUpperAt(title, 0) || /[.!?;,]$/.test(title)) return null;
  const marked = line.heading > 0 || line.bold;
  if (!marked && (/\p{Ll}/u.test(title) || parseEntry([title]) !== null)) return null;
  return { number: line.text[0]!, title, rest: '' };
}

/** Whether `text` starts with `word` (lower-case ASCII letters), in any case. */
function startsWithWord(text: string, word: string): boolean {
  if (text.length < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Every item heading starts with its number, "Item", "Agenda item" or "Min(ute)". */
export function mayStartItem(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  // "C048/23", "PC12/23": prefix letters before a minute number.
  if (isDigitAt(text, 1) || (isDigitAt(text, 2) && isUpperAt(text, 1)) || (isDigitAt(text, 3) && isUpperAt(text, 1) && isUpperAt(text, 2))) {
    if (isUpperAt(text, 0)) return true;
  }
  // "C.25.49 Prayer", "AB 14.52 MINUTES": a university body's letters, the year and the running count, parted by stops.
  if (isUpperAt(text, 0) && DOTTED_MINUTE_START.test(text)) return true;
  // "GB/2223/001": letters, then a slash and the minute number.
  const slash = c >= 65 && c <= 90 ? text.indexOf('/') : -1;
  if (slash > 0 && slash <= 4 && isDigitAt(text, slash + 1) && /^\p{Lu}+$/u.test(text.slice(0, slash))) return true;
  const lower = c | 0x20;
  if (lower === 105) return startsWithWord(text, 'item');
  if (lower === 97) return startsWithWord(text, 'agenda');
  return lower === 109 && startsWithWord(text, 'min');
}

// "Item 16/10/6/1 Public Forum ...", "15/03/1 Apologies", "87/23 Apologies" (count/year): minute numbers with slashes.
// "C048/23  1.  APOLOGIES": a council's prefix letter, and the agenda number written after the minute number.
// "Minute no. 5 – Matters Arising": the label may say "no." before the number; "Item 1/13: Minutes": a colon may close it.
// "GBP/2223/001: Welcome": a board's letters, the financial year and the running count, as NHS boards number minutes.
// "16/137 Police report", "F21/003 DECLARATIONS", "1006/134 Apologies": the council's year (or year and month), then a running
// count of three digits, as parish and town councils number minutes on through their year (committees put their letters first).
const MINUTE_NUMBER = /^(?:(item|min(?:ute)?\.?)\s+(?:no\.?\s+)?(\d{1,4}(?:\/\d{1,4}){0,4})|(\d{1,4}(?:\/\d{1,4}){2,4}|[A-Z]{0,3}\d{1,3}\/(?:\d{2}|(?:19|20)\d{2})|[A-Z]{0,3}\d{2}(?:\d{2})?\/\d{3}|[A-Z]{1,4}\/\d{2,4}\/\d{1,4}|[A-Z]{1,4}\/\d{1,4}\/\d{2}-\d{2}|[A-Z]{1,4}\/\d{2}-\d{2}\/\d{1,4}))[.:]?\s+(\S.*)$/i;
// ("LAB/58/16-17 Apologies", "BD/05-06/112 Minutes": a board's letters, the running count and the academic year, either way
// round, as school and college governors number their minutes.)
// "C.25.49 Prayer", "AB 14.52 MINUTES": letters (a council's or board's own), the academic year's two digits and the running
// count, parted by stops (or a space after the letters), as university councils and boards number their minutes. Capitals only:
// "At 10.30 coffee" is no minute.
// "HI.1 – Minutes of the last meeting": a committee's letters and the count alone, as Irish councils' policy committees number them.
export const DOTTED_MINUTE_NUMBER = '[A-Z]{1,3}\\.\\d{2}\\.\\d{1,3}|[A-Z]{2,4}\\s\\d{2}\\.\\d{1,3}|[A-Z]{2,3}\\.\\d{1,2}(?=\\s)';
const DOTTED_MINUTE = new RegExp(`^(${DOTTED_MINUTE_NUMBER})[.:]?\\s+(\\S.*)$`);
const DOTTED_MINUTE_START = new RegExp(`^(?:${DOTTED_MINUTE_NUMBER})`);
const DOTTED_COUNT = /^(?:[A-Z]{1,3}\.\d{2}\.|[A-Z]{2,4}\s\d{2}\.)(\d{1,3})$|^[A-Z]{2,3}\.(\d{1,2})$/;
// "CRD45     APOLOGIES AND SUBSTITUTIONS", "EX12 Minutes": a committee's two or three capitals run into the running count, no
// slash or stop between, as Scottish joint committees and English cabinets number their minutes.
const PREFIXED_MINUTE = /^([A-Z]{2,3}\d{1,4})[.:]?\s+(\S.*)$/;
const PREFIXED_COUNT = /^[A-Z]{2,3}(\d{1,4})$/;
// "87/23", "C048/2023": a running count, then the year (councils number minutes on through the year).
const COUNT_YEAR = /^[A-Z]{0,3}(\d{1,3})\/(?:\d{2}|(?:19|20)\d{2})$/i;
// "LAB/58/16-17": the running count before the academic year.
const COUNT_ACADEMIC_YEAR = /^[A-Z]{1,4}\/(\d{1,4})\/\d{2}-\d{2}$/i;
const AGENDA_NUMBER = /^\d{1,3}[.)]?\s+(?=\S)/;
const LEADING_DASH = /^[–—-]\s+/;
const RUN_IN_COLON = /^([^:]{2,80}?):(?:\s+|(?=\p{Lu}))(\S.*)$/u;

const ROMAN_FIRST = 'IVX';
// "II DECLARATION OF INTEREST": a Roman number, then the title in capitals, as Scottish councils head their items.
const ROMAN_HEADING = /^([IVX]{1,6})\s+(\p{Lu}[\p{Lu}\d'’&,()/ -]{2,120})$/u;
const ROMAN_LETTERS: Record<number, string> = { 1: 'I', 5: 'V', 10: 'X' };
// "IV. London Enriched progress report"; "III.Staff Reports": a web page's list that lost the space after the stop.
const ROMAN_DOTTED = /^([IVX]{1,6})[.)](?:\s+|(?=\p{Lu}\p{Ll}))(\S.{1,398})$/u;
// The longest line read as a dotted Roman heading with nothing run on after its title.
const MAX_ROMAN_LINE = 120;
// "III. MINUTES APPROVAL A. Consider ...": a Roman number and its stop, then a title in capitals.
const ROMAN_OVER_CAPITALS = /^([IVX]{1,6})\.\s+(?=\p{Lu}{2})/u;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "IV", "XII": an item number written in Roman numerals of I, V and X. */
export const isRomanNumber = (number: string | null): boolean => number !== null && /^[IVX]{1,6}$/.test(number);

/** The Roman number of a count up to 39. */
export function romanOf(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10));
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!;
  return tens + units;
}

/** The value of a Roman number of I, V and X ("XIV" = 14). */
export function romanValue(roman: string): number {
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const v = ROMAN_VALUES[roman[k]!]!;
    total += v < (ROMAN_VALUES[roman[k + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/**
 * Whether the Roman number worth `value` comes after the item counted `last`. "I", "V" and "X" count as letters too
 * (9, 22, 24): the number after one of them follows either reading.
 */
export function followsRoman(value: number, last: number): boolean {
  const before = ROMAN_LETTERS[value - 1];
  return value === last + 1 || (before !== undefined && last === runningCount(before));
}

/**
 * "I APOLOGIES FOR ABSENCE", then "II ...": the next Roman number over a title in capitals ("I" counts as the letter I, 9, too).
 * "IV. London Enriched progress report": with a stop after the number the title may be in mixed case.
 */
function readRomanHeading(line: Line, last: number, inSeries = false): ItemHeading | null {
  const overCapitals = readRomanOverCapitals(line, last);
  if (overCapitals) return overCapitals;
  const m = ROMAN_HEADING.exec(line.text);
  const dotted = m ? null : ROMAN_DOTTED.exec(line.text);
  const written = m && /\p{Lu}{2}/u.test(m[2]!) ? m[2]!.trim() : dotted ? collapseSpaces(trimEndColon(dotted[2]!)).trim() : '';
  // "I. Motion to approve the Minutes (Pike/Fenn). Motion passed.": the item's text runs on after its title's stop.
  const ranOn = dotted && /[.;,]$/.test(written) ? titleBeforeStop(written) : null;
  const stopped = ranOn ? ranOn.title : written;
  // "II. Approval of Minutes: No past minutes for approval": a title run into its text after a colon, as numbered items are
  // ("VI. SPECIAL RECOGNITION: 2014-2015 Student Members": a title in capitals goes on with what it recognises).
  const runIn = dotted && stopped.includes(':') && /\p{Ll}/u.test(stopped.slice(0, stopped.indexOf(':'))) ? RUN_IN_COLON.exec(stopped) : null;
  const colon = runIn && !/[.!?]\s/.test(runIn[1]!) && !isSubtitle(runIn[1]!, runIn[2]!, ranOn?.rest ?? '') ? runIn : null;
  const title = colon ? colon[1]! : stopped;
  // (A longer line is a paragraph, unless a stop or a colon ends a title at its start.)
  if (!title || (dotted && line.text.length > MAX_ROMAN_LINE && !colon && !ranOn)) return null;
  const number = (m ?? dotted)![1]!;
  const value = romanValue(number);
  // ("I. Website:": a word its colon closes is a heading's label, not a roster's surname.)
  const labelled = !colon && line.text.trimEnd().endsWith(':');
  if (dotted && (!isUpperAt(title, 0) || /[.;,]$/.test(title) || (line.heading === 0 && !line.bold && !labelled && !inSeries && namesPerson(title, value)))) return null;
  return followsRoman(value, last) ? { number, title, rest: [colon?.[2], ranOn?.rest].filter(Boolean).join(' ') } : null;
}

/**
 * "IV. REGULAR ITEMS A. Review and accept the report ...", "I. CALL TO ORDER Lee called the meeting to order": the next
 * Roman number and a title in capitals run into its text (a flattened page's items, cut out of it, are so written).
 */
function readRomanOverCapitals(line: Line, last: number): ItemHeading | null {
  const m = ROMAN_OVER_CAPITALS.exec(line.text);
  const runIn = m ? splitCapitalsRunIn(line.text.slice(m[0].length)) : null;
  if (!m || !runIn) return null;
  return followsRoman(romanValue(m[1]!), last) ? { number: m[1]!, title: runIn.title, rest: runIn.rest } : null;
}

// The title's stop: after a closing bracket or a lower-case word of three letters or more, then a capital.
// ("approval.  We met": two spaces after the stop, as typed sentences often have.)
const TITLE_STOP = /(?:\)|\p{Ll}{3})\.\s{1,3}(?=\p{Lu})/u;

/** "Motion to approve the Minutes (Pike/Fenn). Motion passed.": the words before the first stop, and the text after it. */
function titleBeforeStop(text: string): { title: string; rest: string } | null {
  const stop = TITLE_STOP.exec(text);
  if (!stop) return null;
  const end = stop.index + stop[0].indexOf('.');
  const title = text.slice(0, end);
  return title.length <= 100 ? { title, rest: text.slice(end + 1).trimStart() } : null;
}

/**
 * "I. CHECK-INS, AGENDA, MINUTES" where "II. CONSENT AGENDA" follows: the first of a series of Roman items, read as item I
 * though its words could be a roster's line written with the initial "I".
 */
export function readRomanSeriesOpening(line: Line): ItemHeading | null {
  const heading = line.text.startsWith('I') ? readRomanHeading(line, 0, true) : null;
  return heading?.number === 'I' ? heading : null;
}

/**
 * "I. Patel", "I. Patel (Harbour Trust)", "I. Jones, Acme", "I. Langley* / Secretary": a roster's line, where item I
 * could stand, written with the initial "I": a word alone, or a word that a mark ends or follows, names a person.
 */
function namesPerson(title: string, value: number): boolean {
  if (value !== 1) return false;
  const space = title.indexOf(' ');
  // ("I. Attendance": a word of the minutes' own vocabulary is a title, not a surname.)
  if (space === -1) return looksLikeSurname(title);
  const first = title.slice(0, space);
  return !/\p{L}$/u.test(first) || !/^\p{L}/u.test(title.slice(space + 1)) || (title.endsWith(')') && title.slice(0, title.indexOf('(')).trim().split(' ').every((w) => isUpperAt(w, 0)));
}

/** "B": an item lettered rather than numbered. */
export const isItemLetter = (number: string | null | undefined): boolean => number?.length === 1 && isUpperAt(number, 0);

/** The running count that must go up by one: the letter's place, the last part of a minute number, or the count before "/year". */
export function runningCount(number: string | null): number {
  if (number === null) return Number.NaN;
  if (isItemLetter(number)) return number.charCodeAt(0) - 64;
  if (/^[IVX]{2,6}$/.test(number)) return romanValue(number);
  const dotted = DOTTED_COUNT.exec(number);
  if (dotted) return Number(dotted[1] ?? dotted[2]);
  const countYear = COUNT_YEAR.exec(number);
  if (countYear) return Number(countYear[1]);
  const countAcademicYear = COUNT_ACADEMIC_YEAR.exec(number);
  if (countAcademicYear) return Number(countAcademicYear[1]);
  const prefixed = PREFIXED_COUNT.exec(number);
  return Number(prefixed ? prefixed[1] : number.split('/').pop());
}

// "Apologies", "Declarations of Interest", "County Councillor's Report": a label of a few words, each capitalised or a small
// word, as councils head a minute numbered "133/23" and run its text on after a colon.
const SHORT_LABEL = /^\p{Lu}[\p{L}'’`]*(?: (?:\p{Lu}[\p{L}'’`]*|of|and|for|the|to|on|&)){0,4}$/u;

/** "133/23", "F21/003": a minute number with a slash (count and year, or year and count), not a plain agenda number. */
const slashedMinute = (number: string | undefined): boolean => number?.includes('/') === true;

// "Matters arising", "Minutes of the previous meeting": a label in sentence case, at most six words.
const SENTENCE_CASE_LABEL = /^\p{Lu}\p{Ll}*(?: \p{Ll}+){1,5}$/u;

/**
 * "CRD45     APOLOGIES AND SUBSTITUTIONS": the capitals run into the count, then a title in capitals, set apart by a wide
 * gap or marked as a heading (a code and a sentence, "AB3 Improvements were discussed", is a road's name in the text).
 */
function prefixedMinute(line: Line): RegExpExecArray | null {
  const m = PREFIXED_MINUTE.exec(line.text);
  if (!m) return null;
  const title = m[2]!;
  const set = line.heading > 0 || line.bold || line.text.startsWith('   ', m[1]!.length) || !/\p{Ll}/u.test(title);
  return set && title.length <= 120 && !/[.!?;](?:\s|$)/.test(title) ? m : null;
}

function readMinuteNumber(line: Line, last: number): ItemHeading | null {
  const dotted = DOTTED_MINUTE.exec(line.text);
  // (The dotted number takes the places of the unlabelled number and the title.)
  const prefixed = dotted ? null : prefixedMinute(line);
  const m = dotted ? [dotted[0], undefined, undefined, dotted[1], dotted[2]] : prefixed ? [prefixed[0], undefined, undefined, prefixed[1], prefixed[2]] : MINUTE_NUMBER.exec(line.text);
  if (!m) return null;
  const number = m[2] ?? m[3]!;
  const n = runningCount(number);
  if (!(n === last + 1 || (last === 0 && n <= 2) || (m[1] && n > last && n <= last + 5))) return null;
  // "– Matters Arising The Clerk ...": a dash between the number and the title ("Item 3 – Apologies: none" is read
  // as any line with a colon is).
  const undashed = m[4]!.replace(AGENDA_NUMBER, '');
  // "**7/16  Correspondence Received** (For information only)", "**20/16  Proposed ... (SADMP).  Consultation by BCKLWN**.":
  // the number and the title in bold, the bold's end the title's.
  const bold = m[2] === undefined && !dotted && !prefixed && line.raw.includes('**') ? boldMinuteTitle(line.raw, number) : null;
  if (bold) return { number, ...bold };
  // "Minute 45/13 Those Attending:      Cllr A Lee, ...": a wide gap parts the title from its text, as after a plain number.
  const gap = undashed.indexOf('   ');
  if (gap > 0 && gap <= 80) return { number, title: trimEndColon(undashed.slice(0, gap)).trim(), rest: collapseSpaces(undashed.slice(gap)).trim() };
  const dash = LEADING_DASH.exec(undashed);
  const written = collapseSpaces(dash ? undashed.slice(dash[0].length) : undashed);
  // "APOLOGIES FOR ABSENCE: Councillor A Hale (Chair); ...": a title in capitals before a colon, its text after it.
  // "Item 2/13: Matters arising: No right turn ...": after a number labelled "Item", a few words before a colon are the title too.
  const colon = RUN_IN_COLON.exec(written);
  if (dash && colon && !/[.!?]\s/.test(colon[1]!)) return null;
  const { title, rest } =
    colon && (!/\p{Ll}/u.test(colon[1]!) || (m[1] && SENTENCE_CASE_LABEL.test(colon[1]!)) || (slashedMinute(m[3]) && SHORT_LABEL.test(colon[1]!))) && !/[.!?]\s/.test(colon[1]!) && !isSubtitle(colon[1]!, colon[2]!, '') ? { title: colon[1]!, rest: colon[2]! } : written.length > 80 || /[.!?](?:\s|$)/.test(written) ? splitRunInTitle(written) : { title: written.replace(/:$/, ''), rest: '' };
  // ("Minute 5 2016/17" over a board's minutes: the paper's number in its year, a reference, no item.)
  return title && /^[\p{L}\p{N}"'“‘(]/u.test(title) && !YEAR_ONLY.test(title) ? { number, title, rest } : null;
}

/** The title in the bold run a minute's line opens with, its number first inside the bold, and the rest after the bold; null otherwise. */
function boldMinuteTitle(raw: string, number: string): { title: string; rest: string } | null {
  const bold = boldOpening(raw);
  const inner = bold ? collapseSpaces(bold.inner).trim() : '';
  if (!bold || !inner.startsWith(`${number} `)) return null;
  const title = trimEndColon(inner.slice(number.length).trim()).replace(/\.$/, '');
  const rest = collapseSpaces(bold.after).trim().replace(/^[.:]\s*/, '');
  return /^[\p{L}\p{N}"'“‘(]/u.test(title) ? { title, rest } : null;
}

// "Item 5 iv) Churchyard Memorials – ...": a reference to a sub-item of other minutes, not a heading.
const SUB_ITEM_REFERENCE = /^item\s+\d{1,4}\s+\(?(?:[ivx]{1,4}|[a-h])\)\s/i;

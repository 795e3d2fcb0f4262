import type { AgendaItem, Attendee, Paragraph } from '@lsmp/model';
import { withCommaBeforeBracketClosed } from './comma-before-bracket.js';
import { splitTopLevel } from '../text/clean.js';
import { replaceSpacedWord } from '../text/spaced-words.js';
import { trailingTag } from '../actions/trailing-tag.js';
import { parseEntry, type RosterEntry, standInEntry } from './parse-entry.js';
import { readsAsBody, readsAsPost } from './describe.js';
import { readPluralTitle, splitRunTogether } from './run-on-marks.js';
import { readRepresentation } from './stand-in.js';
import { readInAbsence, readPossessiveSubstitutes } from './substitute-sentences.js';
import { readPostBeforeName } from './initials-run.js';
import { JOINING_AND } from './prose-roster.js';
import { sharedSurnameParts } from './shared-surname.js';
import { readGivenNames } from './first-names.js';
import { isHonorificAlone, surnameOf } from '../text/names.js';

// "Apologies were received from ...", "Apologies were also received from ...", "Apologies for absence received and accepted from ...", "Apologies of absence were provided for ...",
// "Apologies – received from ..." (the heading of a lettered paragraph, a dash after it). The names run to
// the sentence's full stop, past the stops after initials ("from Councillors K. Evans and L. George.").
// "Apologies for absence were received from: Cllr Mrs A Owen": a colon may stand before the names (not before the sentence
// that gives them: "... accepted from: Apologies for absence received from Cllr. Mack").
// ("9Apologies for absence were received from ...": a table's minute number run into the sentence.)
// As school governing boards word them: "Apologies and reasons for absence were received and accepted from ...",
// "Apologies were received and consented from ...", "Apologies for absence were received, with consent, from ...",
// "Apologies received & accepted from ...": the ampersand for "and", as a clerk's shorthand writes it.
// ("Apologies were intimated on behalf of Ms Angus and Mrs Turner.": as Scottish councils and parent councils word them;
// "Apologies for absence were submitted on behalf of ...": as Scottish joint committees word them.)
const SENTENCE =
  /(?:\b|(?<=\d))apologies(?:\s+and\s+reasons)?(?:\s+(?:for|of)\s+absence)?(?:\s?[-–—:])?\s+(?:(?:were|had been|have been|was)\s+)?(?:also\s+)?(?:received|given|sent|tendered|noted|accepted|provided|presented|intimated|submitted)(?:\s+(?:and|&)\s+(?:accepted|consented|approved|noted))?(?:,?\s+with\s+consent,?)?(?:\s+(?:before|prior\s+to)\s+the\s+meeting)?\s+(?:from|for|on\s+behalf\s+of)(?::(?!\s*apolog))?\s+((?:[^.]|(?<=\b[A-Z])\.)+)/i;
// "Apologies for absence were sent by P Kingham (Referees Secretary), D Swan ...": those who sent them, after "by".
const SENT_BY = /\bapologies(?:\s+(?:for|of)\s+absence)?\s+(?:were|had\s+been|have\s+been)\s+(?:sent|given|tendered|offered)\s+by\s+((?:[^.]|(?<=\b[A-Z])\.)+)/i;
// "Governors consented to the apologies of Mrs J Lowe and Mr K Reed", "The board accepted apologies from ...",
// "The Committee received apologies from ...": the body's verb before the apologies.
// "It was agreed to accept apologies for non-attendance at the Meeting from ...": as Northern Ireland councils and
// their partnerships word them.
const CONSENTED_TO = /\b(?:consented\s+to|accept(?:ed)?|approved|agreed|received|noted)\s+(?:the\s+)?apologies(?:\s+(?:for|of)\s+(?:absence|non-attendance(?:\s+at\s+the\s+meeting)?))?\s+(?:of|from)\s+((?:[^.]|(?<=\b[A-Z])\.)+)/i;
// "An apology for absence was received from Councillor D Lee", "That the apology received from Cr Ray Moss be accepted",
// "That the apologies from Councillors Lee and Moss be accepted": as council minutes and resolutions word them.
const ONE_APOLOGY = /\bapolog(?:y|ies)(?:\s+(?:for|of)\s+absence)?\s+(?:(?:was|had\s+been|has\s+been)\s+)?(?:(?:received|given|sent|tendered)\s+)?from\s+((?:[^.]|(?<=\b[A-Z])\.)+)/i;
// "... from Cr Ray Moss be accepted and leave of absence granted": the resolution's verb ends the names.
const RESOLVED_VERB = /\s(?:be|was|were|is|are|had\s+been|has\s+been)\s(?:accepted|noted|received|approved|recorded)\b/i;
const FOR_WHOM = 'for whom ';
const ALSO_BEFORE = /^also:?\s+(?=\p{Lu})/iu;
// "Cllr. Mack", "Mr. C Sampson", "from Drs. A Lee, B Moss": the dot after a title (one's or a list's) ends no sentence.
const TITLE_DOT = /\b(Cllrs?|Cll|Mrs?|Ms|Drs?|Messrs|Revd?|Prof)\./g;
// "Apologies for absence Cllr Tom Foy and Cllr Ann Long": a heading that runs into the names.
const APOLOGIES_HEADING = /^apologies(?:\s+(?:for|of)\s+absence)?\s+/i;

// The verbs of a sentence whose subject sent apologies, each read both ways below (the search and the sentence alone).
const SENDING_VERBS = ['sent', 'gave', 'given', 'tendered', 'offered'];
const SENDING = SENDING_VERBS.map((verb) => ` ${verb}`);
// "Ivan Mulford had offered his apologies", "Cllr Ray Moss also sent", "Jo Finch had also sent": the adverb and the
// auxiliary before the verb are no part of the name.
const BEFORE_VERB_SOURCE = '(?:\\salso)?(?:\\s(?:had|has|have))?(?:\\salso)?';
const BEFORE_VERB = new RegExp(`${BEFORE_VERB_SOURCE}$`, 'i');
const WHOSE = ['', ' their', ' his', ' her'];

/** "Cllr I Wroth & Cllr H Wroth sent apologies.": the names that open the sentence, found by search. */
function namesSendingApologies(text: string): string | null {
  const lower = text.toLowerCase();
  const at = lower.indexOf(' apologies');
  if (at < 3) return null;
  // "... were accepted. It was noted that Cllr Ray Moss also sent his apologies.": the sentence that holds them.
  const from = sentenceStart(text, at);
  for (const verb of SENDING) {
    for (const whose of WHOSE) {
      const phrase = verb + whose;
      if (!lower.startsWith(phrase, at - phrase.length)) continue;
      // "The Chairman Cllr S Lint had given her apologies": the article before a post is not part of the name.
      const names = text.slice(from, at - phrase.length).trim().replace(NOTED_THAT, '').replace(/^the\s+/i, '');
      // "RH advised that ... two tenant representatives who will be attending but who had sent their apologies": a clause, no names;
      // "Highways update: Andy Wallace, County Highways Mr Wallace had sent apologies": a label before them, a guest's apologies to the item.
      if (CLAUSE_WORD.test(names) || names.includes(':')) return null;
      return names.replace(BEFORE_VERB, '') || null;
    }
  }
  return null;
}

const CLAUSE_WORD = /\s(?:who|which|that|but|as|will|would)\s/i;

// "Cllr Ray Moss was absent.", "Cllrs Lee and Hale were absent.": the names that open the sentence.
const WAS_ABSENT = /\s(?:was|were)\sabsent\b/g;

// "Tom Finch was absent.", "Trustees Finch and Reed were absent with apologies.": a sentence of its own under the lists.
const ABSENT_SENTENCE = /^(\p{Lu}[^.:;]{1,120}?)\s(?:was|were)\s(?:also\s)?(?:absent|excused)\b[^.:;]{0,60}\.?$/u;

// The titles whose full stop ends no sentence ("Ms. Martha Molyneux were absent").
const TITLE_BEFORE_STOP = /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Cllr|Hon|St)$/u;
const TITLE_STOPS = /\b(Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Cllr|Hon|St)\./g;
const ABSENT_VERB = /\s(?:was|were)\s(?:also\s)?(?:absent|excused)\b/;
// How far from the end of a list the sentence of those absent may start.
const ABSENT_REACH = 200;

/**
 * "LB welcomed everyone and apologies were noted from R Lee, M Howe.": a sentence that gives the apologies after other
 * words (no entry of a list above it, though its commas part names): the names it gives, else null.
 */
export function apologiesMidSentence(text: string): string | null {
  const m = text.length > 30 && /pologies/i.test(text) ? SENTENCE.exec(text) : null;
  const before = m ? text.slice(0, m.index) : '';
  // (A few words before the clause: a whole page run onto one line has the list's own label and names before it.)
  // ("To note the apologies received from ...": a resolution's noun, no sentence of its own that gives them.)
  const passive = m !== null && PASSIVE_APOLOGIES.test(m[0]);
  return m !== null && passive && m.index > 0 && LOWER_WORD.test(before) && before.split(' ').length <= MAX_WORDS_BEFORE_APOLOGIES ? m[1]!.trim() : null;
}

// "apologies were noted from", "apologies for absence had been received from": the clause with its own verb.
const PASSIVE_APOLOGIES = /^apologies(?:\s+(?:for|of)\s+absence)?\s+(?:were|was|had\s+been|have\s+been)\s/i;
// A word in lower case: prose ("welcomed everyone"), where a list has names and titles ("Mr J Lane Prof D Reed").
const LOWER_WORD = /(?:^|\s)\p{Ll}{2,}\s/u;
// How many words may open the sentence before its apologies ("Welcome and Apologies:  LB welcomed everyone to the meeting and").
const MAX_WORDS_BEFORE_APOLOGIES = 16;

export function splitTrailingAbsence(text: string): { list: string; absent: string } | null {
  if (!text.includes(' absent') && !text.includes(' excused')) return null;
  const from = Math.max(0, text.length - ABSENT_REACH);
  for (let k = text.lastIndexOf('. '); k > from; k = text.lastIndexOf('. ', k - 1)) {
    if (TITLE_BEFORE_STOP.test(text.slice(Math.max(0, k - 5), k))) continue;
    const tail = text.slice(k + 2);
    // ("Mr. Al Moss": the sentence is read with its titles' stops left out; the names keep them.)
    const verb = namesBeforeAbsent(tail.replace(TITLE_STOPS, '$1')) ? ABSENT_VERB.exec(tail) : null;
    return verb ? { list: text.slice(0, k + 1), absent: tail.slice(0, verb.index) } : null;
  }
  return null;
}

/** The names of a sentence that says they were absent, alone on its line; null for any other line. */
function namesBeforeAbsent(text: string): string | null {
  return text.includes(' absent') || text.includes(' excused') ? (ABSENT_SENTENCE.exec(text)?.[1] ?? null) : null;
}

// "Jo Finch had sent her apologies.", "Cllrs Lee and Hale also sent apologies for absence.": a sentence of its own under the lists.
const SENT_APOLOGIES_SENTENCE = new RegExp(`^(\\p{Lu}[^.:;]{1,120}?)${BEFORE_VERB_SOURCE}\\s(?:${SENDING_VERBS.join('|')})\\s(?:(?:his|her|their)\\s)?apolog(?:y|ies)\\b[^.:;]{0,60}\\.?$`, 'u');

/**
 * The names of a sentence alone on its line that says they were not there: "Tom Finch was absent.", "Jo Finch had sent her
 * apologies."; null for any other line.
 */
export function namesNotThere(text: string): string | null {
  return namesBeforeAbsent(text) ?? (text.includes(' apolog') ? (SENT_APOLOGIES_SENTENCE.exec(text)?.[1] ?? null) : null);
}

/** The names before "was absent", each sentence's. */
function namesAbsent(text: string): string[] {
  return [...text.matchAll(WAS_ABSENT)].map((m) => text.slice(sentenceStart(text, m.index), m.index).trim());
}

// Each sentence of apologies in turn (global: one pass over the paragraph).
const SENTENCES = new RegExp(SENTENCE.source, 'gi');

/** The names of each "Apologies ... received from ..." sentence after the `first` one. */
function laterApologies(text: string, first: RegExpExecArray): string[] {
  const out: string[] = [];
  SENTENCES.lastIndex = first.index + first[0].length;
  for (let m = SENTENCES.exec(text); m; m = SENTENCES.exec(text)) out.push(m[1]!);
  return out;
}

// "There were apologies of absence from Cllr Ray Moss.": the verb before the apologies.
const THERE_WERE = /\bthere\s(?:were|was)\sapologies(?:\s(?:for|of)\sabsence)?\s(?:from|for)\s((?:[^.]|(?<=\b[A-Z])\.)+)/i;
// "Cllr Ray Moss from NCC": the body a person comes from, written after the name.
const FROM_ORGANISATION = /\sfrom\s(\p{Lu}[\p{L}&'’.]*(?:\s\p{Lu}[\p{L}&'’.]*){0,5})$/u;
const NOTED_THAT = /^it\s+was\s+(?:noted|reported|recorded)\s+that\s+/i;
// "These were accepted from Cllr Crisp, Cllr Sharp and Cllr Quinn.": the list under an apologies heading.
const ACCEPTED_FROM = /^(?:these|they)\s+(?:were|had\s+been|have\s+been)\s+(?:received|accepted|noted|given|tendered)(?:\s+and\s+accepted)?\s+(?:from|for)\s+([^.]+)/i;

/** Where the sentence that holds `at` starts: after the last full stop before it that ends a sentence. */
function sentenceStart(text: string, at: number): number {
  for (let k = text.lastIndexOf('. ', at); k !== -1; k = k === 0 ? -1 : text.lastIndexOf('. ', k - 1)) {
    // "Cllr M. Peak": the full stop after an initial ends no sentence.
    if (!/(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, k - 2), k))) return k + 2;
  }
  return 0;
}

/**
 * "Apologies for absence were received from Jane Roe (Parish Councillor) and Cllr
 * Sam Poe." in the text of an item: apologies the roster did not list.
 */
// How many people a roster of given names lists at least, for the apologies to be read by given names too.
const MIN_GIVEN_NAME_ROSTER = 3;

export function readApologiesSentences(items: AgendaItem[], attendees: Attendee[]): Attendee[] {
  const added: Attendee[] = [];
  const known = new Set(attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name.toLowerCase()));
  // "Apologies were received from Councillor Athwal" under a list of apologies that names "Cllr Jas Athwal": the same person.
  const knownSurnames = new Set(attendees.filter((a) => a.attendance === 'apologies' && a.name.includes(' ')).map((a) => surnameOf(a.name).toLowerCase()));
  const present = new Set(attendees.filter((a) => a.attendance === 'present').map((a) => a.name.toLowerCase()));
  // "Present for the meeting: Lissy (NA), Honey (NSB), ...": a group known by given names sends apologies by them too.
  const byGivenNames = attendees.length >= MIN_GIVEN_NAME_ROSTER && attendees.filter((a) => !a.name.includes(' ')).length * 2 >= attendees.length;
  const visit = (p: Paragraph, underApologies: boolean) => {
    const addedBefore = added.length;
    const text = p.text.includes('.') ? p.text.replace(TITLE_DOT, '$1') : p.text;
    const apologies = /apolog/i.test(text);
    const first = apologies ? SENTENCE.exec(text) : null;
    const names = apologies ? (first?.[1] ?? SENT_BY.exec(text)?.[1] ?? THERE_WERE.exec(text)?.[1] ?? CONSENTED_TO.exec(text)?.[1] ?? namesSendingApologies(text) ?? labelledNames(text) ?? oneApology(text)) : null;
    // "Apologies ... were received from A and B.  Apologies ... were also received from C, who ...": a later sentence's names too.
    const more = names !== null && first && text.length > 60 ? laterApologies(text, first) : [];
    // ("Cllr Ray Moss was absent" under the apologies item: said elsewhere, it may be of another meeting.)
    const absent = inApologiesItem && text.includes(' absent') ? namesAbsent(text) : [];
    const listed = underApologies ? (listedNames(withoutReceivedFrom(text)) ?? ACCEPTED_FROM.exec(text)?.[1] ?? null) : null;
    for (const list of [listed, names, ...more, ...absent]) {
      if (!list) continue;
      // "from Councillors Steve Hunt, Julia Pearson & Jamie Rogers", "from Cllrs Mill and Reid".
      const { title, rest } = readPluralTitle(list);
      let last: Attendee | null = null;
      for (const written of nameParts(rest, title === null)) {
        // "... and from Jennette Arnold AM": the second member's own "from"; "& ALSO: County Councillor Mr P Rogers": an "also".
        const part = written.startsWith('from ') ? written.slice(5) : written.replace(ALSO_BEFORE, '');
        // "from Tony Devenish AM, for whom Tony Arbour AM substituted, and from ...": who stood in for the member before.
        const whom = last && part.startsWith(FOR_WHOM) ? readRepresentation(part).standIn : null;
        if (whom && last) {
          const standIn = standInEntry(whom, last.name);
          present.add(standIn.name.toLowerCase());
          added.push(sentenceAttendee(attendees.length + added.length, standIn, p, {
            organisation: standIn.description.organisation, role: standIn.description.role, attendance: 'present',
            substituteFor: last.name, shadowing: null, list: null,
          }));
          last = null;
          continue;
        }
        // A surname alone takes the list's title to read as a person ("from Cllrs Mill and Reid").
        const from = FROM_ORGANISATION.exec(part);
        const person = from ? part.slice(0, from.index) : part;
        // "from Mr Moulton, Mr Foxall, and Dr": the list cut off after a title names nobody.
        if (isHonorificAlone(person)) {
          last = null;
          continue;
        }
        const read = parseEntry([person]) ?? (title ? parseEntry([`${title} ${person}`]) : readPostBeforeName(person)) ?? (byGivenNames ? (readGivenNames([person])?.[0] ?? null) : null);
        // "from Cllrs. Kim Davies, Hubert Gwynne": the list's title is each member's.
        const entry = read && title && read.honorific === null ? { ...read, honorific: title } : read;
        // "Ms B Reilly, NHS England": a body after a name is that person's organisation.
        if (!entry && last && !last.organisation && /^\p{Lu}/u.test(part) && readsAsBody(part)) last.organisation = part;
        if (!entry || known.has(entry.name.toLowerCase()) || (!entry.name.includes(' ') && knownSurnames.has(entry.name.toLowerCase()))) {
          last = null;
          continue;
        }
        known.add(entry.name.toLowerCase());
        const d = entry.description;
        last = sentenceAttendee(attendees.length + added.length, entry, p, {
          organisation: from?.[1] ?? d.organisation, role: d.role ?? d.chairTitle, attendance: 'apologies',
          substituteFor: d.substituteFor, shadowing: d.shadowing, list: 'Apologies',
        });
        added.push(last);
        // "Mr D Blacklock (Ms H Horne attended as substitute)": the stand-in was there, for the member.
        if (d.standIn) {
          const standIn = standInEntry(d.standIn, entry.name);
          present.add(standIn.name.toLowerCase());
          added.push(sentenceAttendee(attendees.length + added.length, standIn, p, {
            organisation: standIn.description.organisation, role: standIn.description.role, attendance: part.includes(' observing ') ? 'in-attendance' : 'present',
            substituteFor: entry.name, shadowing: null, list: null,
          }));
        }
      }
    }
    // "Apologies ... from Ann Lee.  Bo Hale attended in her absence.": the stand-in for the one member the paragraph names.
    const apologised = added.slice(addedBefore).filter((a) => a.attendance === 'apologies');
    const inAbsence = apologised.length === 1 && p.text.includes(' absence') ? readInAbsence(p.text) : [];
    // "Cy Moss was attending as Di Fay's substitute": whom each stood in for, named.
    const possessive = p.text.includes('s substitute') ? readPossessiveSubstitutes(p.text) : [];
    for (const { entry, absent } of [...inAbsence, ...possessive]) {
      if (present.has(entry.name.toLowerCase())) continue;
      present.add(entry.name.toLowerCase());
      const whom = absent === null ? apologised[0]!.name : ([...attendees, ...added].find((a) => a.name === absent || a.name.endsWith(` ${absent}`))?.name ?? absent);
      added.push(sentenceAttendee(attendees.length + added.length, entry, p, {
        organisation: entry.description.organisation, role: entry.description.role, attendance: 'present', substituteFor: whom, shadowing: null, list: null,
      }));
    }
    const substitution = p.text.includes(' for ') ? readSubstitution(p.text) : null;
    if (substitution && !present.has(substitution.entry.name.toLowerCase())) {
      present.add(substitution.entry.name.toLowerCase());
      const { entry } = substitution;
      // "for Councillor Milner": the member of that surname the minutes name in full.
      const named = [...attendees, ...added].find((a) => a.name === substitution.absent || a.name.endsWith(` ${substitution.absent}`));
      added.push(sentenceAttendee(attendees.length + added.length, entry, p, {
        organisation: null, role: null, attendance: 'present', substituteFor: named?.name ?? substitution.absent, shadowing: null, list: null,
      }));
    }
    for (const child of p.children) visit(child, false);
  };
  let inApologiesItem = false;
  for (const item of items) {
    inApologiesItem = APOLOGIES_ITEM.test(item.title);
    // The item's title can be the sentence, or the heading with the names after it.
    const heading = APOLOGIES_HEADING.exec(item.title);
    const names = heading && /^\p{Lu}/u.test(item.title.slice(heading[0].length)) ? item.title.slice(heading[0].length) : null;
    if (names) visit(titleParagraph(item, names), true);
    else if (/apolog/i.test(item.title)) visit(titleParagraph(item, item.title), false);
    // "Apologies for absence were received from the following:": the names are the paragraphs after it.
    // "Minutes:" then "Cllr A King.": a committee page's record of the item, after the agenda's note, is the list.
    let following = false;
    let recordNext = false;
    // The item's paragraphs so far were names only: "Cllr L Peake" / "Borough Councillor Mr. C Sampson, County Councillor Mr. A White.".
    let namesRun = true;
    item.paragraphs.forEach((p, k) => {
      const listedAfter = following && parseEntry([p.text]) !== null;
      // (Only an apologies item's paragraphs are read as a bare list: the check is costly, so skip it elsewhere.)
      const onlyNames = inApologiesItem && namesRun && namesOnly(p.text);
      // ("& Mr Rod Vale": the list's last name on a line of its own.)
      visit(p, (inApologiesItem && (k === 0 || recordNext || p.text.startsWith('& ') || onlyNames)) || listedAfter);
      following = listedAfter || (/apolog/i.test(p.text) && FROM_THE_FOLLOWING.test(p.text));
      recordNext = p.text === 'Minutes:';
      namesRun = onlyNames;
    });
  }
  return added;
}

// "That the apology from ...", "RESOLVED that the apologies received from ...": a resolution that opens with the apologies.
// ("RESOLVED: To note the apologies received from ...": the verb before the apologies, as a committee page writes it;
// "An apology was received from Clr Lee.": the one apology's sentence under the heading.)
const APOLOGY_RESOLUTION = /^(?:resolved:?\s+)?(that\s+|to\s+note\s+)?(?:the\s+|an\s+)?apolog(?:y|ies)\s/i;

/** "That the apology from Councillors Lee and Moss be accepted." as a line of an apologies list: the names it accepts. */
export function resolvedApologyNames(text: string): string | null {
  const m = APOLOGY_RESOLUTION.exec(text);
  return m ? oneApology(text, m[1] !== undefined && /^to/i.test(m[1])) : null;
}

/** The names after "an apology ... from", up to the resolution's verb ("be accepted") where there is one (or before: "to note"). */
function oneApology(text: string, notedBefore = false): string | null {
  const m = ONE_APOLOGY.exec(text);
  if (!m) return null;
  const verb = RESOLVED_VERB.exec(m[1]!);
  // "Apologies from A and B, Barnes" with no verb may be a label over a list of places: the plural needs the resolution's verb.
  if (!verb && !notedBefore && /^apologies/i.test(m[0])) return null;
  return verb ? m[1]!.slice(0, verb.index) : m[1]!;
}

/** An item's title read as a paragraph of its text, placed at the item. */
function titleParagraph(item: AgendaItem, text: string): Paragraph {
  return { number: null, text, bullet: false, speaker: null, children: [], position: item.position };
}

/** An attendee a sentence of an item names, placed at its paragraph. */
function sentenceAttendee(
  index: number,
  entry: RosterEntry,
  p: Paragraph,
  fields: Pick<Attendee, 'organisation' | 'role' | 'attendance' | 'substituteFor' | 'shadowing' | 'list'>,
): Attendee {
  return {
    id: `a${index + 1}`, name: entry.name, honorific: entry.honorific, initials: entry.initials,
    organisation: fields.organisation, role: fields.role, attendance: fields.attendance, chair: false,
    substituteFor: fields.substituteFor, shadowing: fields.shadowing, partial: false, list: fields.list,
    ...(p.position ? { position: p.position } : {}),
  };
}

const SUBSTITUTED = [
  ' substituted for ', ' deputised for ', ' deputized for ', ' attended as substitute for ', ' was substitute for ', ' substituting for ',
  // "Councillor M Bates had been appointed as a substitute member for Councillor D Lee": a committee's record of it.
  ' had been appointed as a substitute member for ', ' had been appointed as substitute for ', ' was appointed as a substitute member for ',
  ' attended as a substitute for ', ' attended as a substitute member for ',
];

/** "Councillor Amin substituted for Councillor Milner.": the substitute, present, and whom they stood in for. */
function readSubstitution(text: string): { entry: RosterEntry; absent: string } | null {
  const sentence = text.replace(/\.$/, '');
  for (const phrase of SUBSTITUTED) {
    const at = sentence.indexOf(phrase);
    if (at <= 0) continue;
    // "It was noted that, in accordance with Rule 4, Councillor M Bates had been ...": the substitute after the last comma.
    const before = sentence.slice(0, at);
    const comma = before.lastIndexOf(', ');
    const entry = parseEntry([before]) ?? (comma > 0 ? parseEntry([before.slice(comma + 2)]) : null);
    const absent = parseEntry([sentence.slice(at + phrase.length)]);
    return entry && absent ? { entry, absent: absent.name } : null;
  }
  return null;
}

// "Apologies for absence", "To receive apologies", "Acceptance of Apologies for Absence": an item whose first paragraph may be the list itself.
const FROM_THE_FOLLOWING = /\b(?:from|by)\s+the\s+following(?:\s+(?:members|people|persons))?\s?:?$/i;
const APOLOGIES_ITEM = /^(?:(?:to\s+(?:receive|accept|note|record)|accepted|received|noted|acceptance\s+of|receipt\s+of)\s+(?:and\s+\w+\s+)?)?apologies\b/i;

/**
 * Parts of a list of names: at commas, semicolons, "and" and "&", each without a bracketed reason ("(leave)").
 * ("Maureen and Ronnie Kay (Deaf Forum)": two given names share the surname, unless a plural title makes lone surnames people.)
 */
function nameParts(written: string, couples: boolean): string[] {
  const list = withCommaBeforeBracketClosed(written);
  // "A Lee, Chair, Acme Homes; B Moss, Head of Media; and C Reed, Director": semicolons part the people, commas their posts.
  if (list.includes(';')) {
    const people = splitTopLevel(list, ';');
    const described = people.map(describedPerson);
    if (described.some((d) => d !== null)) return people.flatMap((part, k) => (described[k] !== null ? [described[k]!] : commaParts(part, couples)));
  }
  return commaParts(list, couples);
}

/** "and B Moss, Head of Media": a name, then a post after its comma (and what follows the post), as one part; else null. */
function describedPerson(part: string): string | null {
  const person = withoutReason(part.trim().replace(LIST_LAST_AND, ''));
  const comma = person.indexOf(', ');
  if (comma <= 0) return null;
  const post = splitTopLevel(person.slice(comma + 2), ',')[0]?.trim() ?? '';
  return readsAsPost(post) && parseEntry([person.slice(0, comma)]) !== null ? person : null;
}

/** The parts of a list of names parted at commas (and semicolons, "and", "&"). */
function commaParts(list: string, couples: boolean): string[] {
  const spread = couples && JOINING_AND.test(list) ? withSharedSurnamesSpread(list) : list;
  return splitTopLevel(replaceSpacedWord(replaceSpacedWord(spread, 'and', ', '), '&', ', '), ',;').flatMap(splitRunTogether).map(withoutReason);
}

// "and ", "& " opening a list's last part.
const LIST_LAST_AND = /^(?:and|&)\s+/;

/** "Maureen and Ronnie Kay (Deaf Forum), Jo Finch" -> "Maureen Kay (Deaf Forum), Ronnie Kay (Deaf Forum), Jo Finch", in a list of people only. */
function withSharedSurnamesSpread(list: string): string {
  const parts = splitTopLevel(list, ',;');
  // ("..., and Graham and Gill Caley": the list's last "and" before the couple.)
  const spread = parts.map((part) => sharedSurnameParts(part.trim().replace(LIST_LAST_AND, '')));
  // (Only in a list of people: "observers in Scotland, Wales and Northern Ireland" names no couple.)
  if (spread.every((names) => names === null) || parts.some((part, k) => spread[k] === null && parseEntry([part]) === null)) return list;
  return parts.flatMap((part, k) => spread[k] ?? [part]).join(', ');
}

/**
 * "Cllr H Price (family commitment)": a reason in brackets starts in lower case; an organisation does not,
 * nor does "(with Cllr Ivan Tate observing in his absence)", who stood in.
 */
function withoutReason(part: string): string {
  const tag = trailingTag(part);
  return (tag && /^\s*\p{Ll}/u.test(tag.inner) && !readRepresentation(tag.inner).standIn ? part.slice(0, tag.index) : part).trim();
}

// A full stop that ends a sentence: not one after an initial ("Cllrs M. Peak and R. Crisp.").
const FULL_STOP = /(?<!\b\p{Lu})\.(?:\s|$)/u;

/** "Cllr L Watson and Cllr J Foster (family commitment). The meeting accepted ...": the first sentence, when it lists only people. */
function listedNames(text: string): string | null {
  // "& Mr Rod Vale - County Councillor": the list's last name wrapped onto a line of its own.
  if (text.startsWith('& ')) return listedNames(text.slice(2));
  // "R Crisp (ill-health); G Gillett (delayed)." is one list; "A Smith; the Clerk noted ..." ends at its semicolon.
  // "Cllrs M. Peak and R. Crisp.": the full stop after an initial ends no sentence.
  return namesUpTo(text, FULL_STOP) ?? namesUpTo(text, /(?<!\b\p{Lu})[.;](?:\s|$)/u);
}

// "2 Apologies" over "were received from: Councillors Mr A Lee & Mr B Moss.": the sentence's verb opens the item's text,
// its subject the item's title.
const RECEIVED_FROM_OPENING = /^(?:were|was|have\sbeen|had\sbeen)\s(?:received|tendered|noted)\sfrom:?\s(?=\p{Lu})/u;

/** The paragraph's text after a "were received from:" that opens it. */
function withoutReceivedFrom(text: string): string {
  const m = text.charCodeAt(0) === 119 || text.charCodeAt(0) === 104 ? RECEIVED_FROM_OPENING.exec(text) : null;
  return m ? text.slice(m[0].length) : text;
}

/** A paragraph that is a list of names and nothing more. */
function namesOnly(text: string): boolean {
  const t = text.includes('.') ? text.replace(TITLE_DOT, '$1') : text;
  const names = listedNames(t);
  return names !== null && /^[\s.;]*$/.test(t.slice(names.length));
}

// "... for some time. Apologies for Absence: Rosemary Crisp, Mick Peake": the list labelled inside a paragraph.
// ("... welcomed the members present. The following apologies were received: Rod Blake, Paul Lowe": a sentence as the label.)
const APOLOGIES_LABEL = /\bapologies(?:\s(?:for|of)\sabsence)?(?:\s(?:were|had\sbeen|have\sbeen)\s(?:received|given|noted|tendered|accepted))?:\s?/i;

/** The names after an "Apologies:" label inside a paragraph, when every part of the list names a person. */
function labelledNames(text: string): string | null {
  const m = APOLOGIES_LABEL.exec(text);
  return m ? namesUpTo(text.slice(m.index + m[0].length), FULL_STOP) : null;
}

/** The text up to the first `stop`, when every part of it names a person. */
function namesUpTo(text: string, stop: RegExp): string | null {
  const at = text.search(stop);
  const first = at === -1 ? text : text.slice(0, at);
  // "Councillors A Lee, B Moss and C Reed": the list's plural title is each name's, no part of the first.
  const { title, rest } = readPluralTitle(first);
  const parts = nameParts(rest, title === null);
  return parts.length > 0 && parts.every((part) => parseEntry([part]) !== null || readPostBeforeName(part) !== null) ? first : null;
}

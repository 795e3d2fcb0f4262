import type { Attendance } from '@lsmp/model';
import { findDates } from '../dates/parse-date.js';
import { collapseSpaces, isDigitAt, isUpperAt, trimEndOf } from '../text/clean.js';
import { parseEntry, perParse } from './parse-entry.js';
import { COLUMN_CAPTION } from './caption-row.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import { splitAtSpelledInitials } from './spelled-initials.js';
import { readNamesBeforePosts } from './names-before-posts.js';
import { apologiesMidSentence } from './apologies-sentence.js';

/** A roster list heading, and any entries written on the same line after it. */
export interface RosterHeading {
  attendance: Attendance;
  /** The heading marks the chair ("Chair (Sub)"). */
  chair: boolean;
  label: string;
  /** Text after the heading on the same line ("Present: A, B, C"). */
  rest: string;
  /** The heading ends a sentence that states the meeting's facts too ("... convened on Monday at 5:00 p.m., with the following members present:"). */
  inSentence?: boolean;
}

// Phrases people head roster lists with, by the list they open. Matched whole, case-insensitively.
const LISTS: [RegExp, Attendance][] = [
  // "Board Attendees": the members, named by the body they sit on.
  // "Bureau members": a European forum's or committee's bureau, named the same way.
  // "Working Group Members:": a scientific panel's working group, as EFSA's minutes list its members.
  [/^(?:(?:board|committee|lsmp|partnership|council|panel|bureau|working\s+group)\s+)?members(?:\s+present)?$|^(?:board|committee|partnership|council|panel)(?:\s+meeting)?\s+attendees$/, 'present'],
  // "Voting member attendance", "TSC voting members": a technical committee's roll, often a check list.
  // "Voting Member Attendees" / "Voting Member Regrets": the same roll split by who came (as foundations' TACs keep it).
  [/^(?:(?:tsc|tac|toc|steering committee)\s+)?voting\s+members?(?:\s+(?:attendance|attendees|present))?$|^(?:tsc|tac|toc)\s+(?:members|attendance|attendees)$/, 'present'],
  [/^(?:(?:tsc|tac|toc)\s+)?voting\s+members?\s+(?:regrets|apologies|absent)$/, 'apologies'],
  // "Non-voting observers", "Non-voting attendees": there beside the voting members, without a vote.
  [/^non[\s-]voting\s+(?:observers?|attendees|participants|members?)(?:\s+(?:present|in\sattendance))?$/, 'in-attendance'],
  // "Non-director attendees", "Non-members present": those at a company's or a BID's board who do not sit on it.
  [/^non[\s-](?:directors?|members?|board\s+members?)(?:\s+(?:attendees|attending|present|in\s+attendance))?$/, 'in-attendance'],
  // "Board and advisors": the members with the advisers who sit with them.
  [/^(?:board|committee|panel|partnership)(?:\s+members)?\s+(?:and|&)\s+(?:advisors|advisers)$/, 'present'],
  // "Council in Attendance", "Commissioners Present": the body's members, named by the body or their seats.
  // "Those present were: A, B": the sentence's opening words as the label.
  // ("Lions Present:", "Rotarians present": a service club's members by their title.)
  [/^(?:councillors?|members|those|people|persons|trustees|directors|committee|board|council|commission|commissioners|supervisors|senators|aldermen|selectmen|lions|rotarians)\s+(?:present|attending|in attendance)(?:\s+were)?$/, 'present'],
  // "Attending members:", "Attending trustees": the same words the other way round.
  [/^attending\s+(?:members|trustees|directors|councillors|governors|delegates)$/, 'present'],
  // "Library Trustees Present", "Planning Commission Members Present", "Branch Delegates Present": the seats named with
  // the body they sit on (not "Staff members in attendance", who serve the body).
  [/^(?:(?!(?:and|staff|other|also|non)\s)[a-z]+\s){1,3}(?:members|trustees|directors|commissioners|governors|senators|delegates)\s+(?:present|attending|in attendance)$/, 'present'],
  // "Planning board members absent:", "Library Trustees Excused": the same seats, away.
  [/^(?:(?!(?:and|staff|other|also|non)\s)[a-z]+\s){1,3}(?:members|trustees|directors|commissioners|governors|senators|delegates)\s+(?:absent|excused|not\s+present)$/, 'apologies'],
  // "Commission represented by:", "The Ministry was represented by:": a delegation's people, named by whom they represent
  // (read as their organisation: see representedBody).
  [/^(?:[a-z][a-z'’&-]*(?:\s[a-z][a-z'’&-]*){0,5}\s)?(?:(?:was|were)\s)?represented\sby$/, 'present'],
  // "List of Attendees:", "List of participants": the heading an international meeting's minutes put over the list.
  [/^list\s+of\s+(?:attendees|participants)$/, 'present'],
  // "Attendance Details": a committee page's heading over the members present.
  // ("Attendants:", as a small chamber's secretary heads the list.)
  // ("Present were: Rev. Ann Hale, ...": the sentence's opening words as the label, the names after its colon.)
  [/^(?:present(?:\s+were)?|attendees(?:\s+present)?|attendants|attendance(?:\s+details)?|attending|attended(?:\s+by|\s+this\s+meeting)?|participants|present at the meeting|in the chair|councillors|trustees|governors|directors|commissioners|who joined)$/, 'present'],
  // "Youth Commissioners:", "Ex-Officio Members:": members of a kind the commission seats beside the others, listed apart.
  // "Associate Members": a scientific committee's members appointed to help with its work, listed under its own members.
  // ("Co-opted members:": members the committee chose beside those appointed to it, as police authorities' committees list them.)
  // ("Associate member: Frank Poulin, George Neville": a farmers' union local's associates, the word left singular.)
  [/^(?:youth|student|alternate|ex[\s-]officio|associate|co-?opted)\s+(?:commissioners|members?|directors|trustees)(?:\s+present)?$/, 'present'],
  // "Present from executive:", "Present from members:": those present, grouped by the part of the body they came from.
  // ("Present from Staff:": the body's own staff, its secretariat.)
  [/^present\s+from\s+(?:the\s+)?(?:staff|officers|secretariat)$/, 'secretariat'],
  [/^present\s+from\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?$/, 'present'],
  // "Alternates Present:" / "Alternates Excused:": a planning or zoning board's alternates, listed apart from its members.
  [/^alternates(?:\s+(?:present|attending|in attendance))?$/, 'present'],
  [/^alternates\s+(?:absent|excused|not\s+present)$/, 'apologies'],
  // "Attendees/Affiliation": the list says where each comes from.
  [/^(?:attendees|participants|attendance|present)\s(?:and|&)\s(?:affiliations?|organi[sz]ations?)$/, 'present'],
  // "Attendees and apologies": one heading over both lists, those present first ("Apologies" heads the rest).
  [/^(?:attendees|attendance|present)\s+(?:and|&)\s+apologies$/, 'present'],
  [/^(?:parliamentarians|mps|peers|governors|delegates)\s+(?:present|attending|in attendance)$/, 'present'],
  // "Membership:" over the members' names, a mark after each absent one ("Jo Finch – A"), as university councils list them.
  [/^membership$/, 'present'],
  // "Directors Present Post-Roll Call:", "Late arrivals": there, though they came in after the list was called.
  // ("Members Arriving Late:", "Alternates Arriving Late:": as New England boards head the same list.)
  [/^(?:(?:(?:directors|members|trustees)\s+)?present\s+(?:post|after)[\s-]roll[\s-]call|late\s+arrivals?|arrived\s+late|(?:members|alternates|commissioners|directors|trustees)\s+arriving\s+late)$/, 'present'],
  [/^(?:substitutes?|deputies|substitute members)$/, 'present'],
  // "Deputy Chairperson |" over its holder, "Ex-officio |" over the mayor: New Zealand councils' captions of the members present.
  // ("Liaison Councillor |", "Chief Liaison Councillor |": the councillors a youth panel's minutes list with its members.)
  [/^(?:deputy\s+chairperson|ex[\s-]officio(?:\s+members?)?|(?:chief\s+)?liaison\s+councillors?)$/, 'present'],
  // "Apologies for absence were received from:" (or "for non-attendance") over the list, as "Apologies" is; "Sent apologies" too; "Apology:" over one name.
  // "To receive and consider accepting apologies for absence": the agenda's wording of the same heading.
  [/^(?:(?:(?:confirmed|specific)\s+)?(?:apologies|apology)(?:\s+for (?:absence|non-attendance))?(?:\s+(?:(?:were|had been|have been)\s+)?(?:received|given|sent|tendered|noted))?(?:\s+from)?|(?:sent|gave|tendered)\s+apologies|regrets|to receive(?: and (?:consider )?(?:accept|accepting|note|approve))? apologies(?: for absence)?)$/, 'apologies'],
  // "Councillor’s Apology:", "Members’ Apologies": the apologies of the body's members, named by their seats (as Scottish
  // community justice authorities list them apart from their officers' apologies).
  [/^(?:councillors?|members?)s?\s+(?:apology|apologies)$/, 'apologies'],
  // ("Directors absent, with regret:": a Canadian board's absent members who sent their regrets.)
  [/^(?:(?:councillors?|members|directors|trustees|governors|supervisors|commissioners)\s+)?absent\s+with\s+regrets?$/, 'apologies'],
  // "Apologies/absences:" (the slash read as "and"), "Absences:": those who sent apologies with those who were away.
  // "Not in Attendance:", "Missing committee members:": the members away, as a university committee's secretary heads them.
  [/^(?:absent(?:\s+(?:was|were))?|absentees|absences?|(?:apologies|absences?)\s+and\s+(?:apologies|absences?|absentees)|not present|not in attendance|missing\s+(?:(?:committee|board|council|panel)\s+)?members|unavailable|(?:councillors?|(?:(?:committee|council|panel|commission)\s+)?members|directors|trustees)\s+absent|absent with apologies|(?:councillors?|(?:board\s+)?members|directors|trustees)\s+not\s+(?:present|in attendance))$/, 'apologies'],
  // "Senators Absent:", "Members Absent Without Representation:", "Governors absent with notice": the absent of a senate or board,
  // however their absence was excused (those who sent a stand-in are absent too: the stand-in's own entry says so).
  [/^(?:senators|commissioners|supervisors|governors|aldermen|selectmen|board members|members)\s+absent(?:\s+(?:with|without)\s+(?:representation|notice|prior notice))?$/, 'apologies'],
  // "Members Excused:", "Excused:": absent with the body's leave, as American commissions record it.
  [/^(?:(?:board\s+|commission\s+)?members|commissioners|directors|trustees)\s+excused$|^excused(?:\s+absences?)?$/, 'apologies'],
  // ("Invitee:", "Invitees:": those the committee asked to come, beside its members; "Invited" alone may head those asked who did not come.)
  [/^(?:also\s+(?:present|in attendance|attending)(?:\s+were)?|in attendance|others?\s+(?:present|attending|in attendance)(?:\s+were)?|observers?|observing|guests?|visitors?|invited (?:guests?|observers?)|invitees?|guest participants?|guests of the (?:senate|board|council|committee|assembly)|(?:additional|other) (?:attendees|stakeholders|participants)(?:\s+(?:present|in attendance|attending))?|joined (?:the )?meeting|management(?:\s+(?:present|in attendance|attending))?)$/, 'in-attendance'],
  // "Staff members present:", "Staff attendees": the body's own staff, named as a group of members or attendees
  // ("Staff present for all or part of the meeting:": some of them there for a part only, a list of the staff still).
  // ("District Staff Present:": a water district's staff, named by the kind of body; "TCW&SD STAFF:": by its initials).
  [/^(?:[a-z]{2,6}\s+|[a-z]{1,4}&[a-z]{1,4}\s+|committee\s+|board\s+|council\s+|district\s+|authority\s+)?(?:secretariat|officers|officials|staff(?:\s+(?:members|attendees))?)(?:\s+(?:present|in attendance)(?:\s+for\s+(?:all\s+or\s+)?part\s+of\s+the\s+meeting)?)?$/, 'secretariat'],
  // "Members of the Senedd:", "Committee members in attendance": the members, named by the body they sit in.
  [/^(?:members\s+of\s+(?:the\s+)?(?:senedd|assembly|parliament|committee|board|panel|council)|committee\s+members\s+in\s+attendance)$/, 'present'],
  // Those from outside the body, and witnesses who gave evidence to it.
  [/^(?:externals?|external\s+(?:attendees|guests|participants|representatives))$/, 'in-attendance'],
  // "Interpreters Present:", "BSL interpreters", "Captioners": those who interpret or caption the meeting, not members of it.
  [/^(?:(?:sign language|bsl|asl|isl|auslan|nzsl)\s+)?(?:interpreters?|captioners?)(?:\s+(?:present|in attendance))?$/, 'in-attendance'],
  // "Guests/observers present:", "Visitors and observers": those who came to watch or speak, not as delegates or members.
  [/^(?:guests?|observers?|visitors?)\s?(?:\/|and|&)\s?(?:guests?|observers?|visitors?)(?:\s+present)?$|^(?:guests?|observers?|visitors?)\s+present$/, 'in-attendance'],
  // "Observers and Government officials": observers, with the officials who listened beside them.
  [/^observers?\s(?:and|&)\s(?:(?:government|other|departmental)\s)?officials$/, 'in-attendance'],
  // "Other Board members present:", "Other Board Member Attendees:": members of the parent body who sat in on its committee.
  [/^other\s+(?:board|committee|council|panel|commission)\s+(?:members?\s+)?(?:attendees|present|attending|in attendance)$/, 'in-attendance'],
  // "Council Employees Present:", "Members of the Public Present: Cllr H Davies": people besides the members.
  // ("Members of the Public: Gary Lane": the same, without "present".)
  // ("Public Attendance" over "Mr G Brown": the public named under their own heading, as harbour and parish groups write it.)
  [/^(?:(?:council\s+)?employees(?:\s+present)?|members\s+of\s+the\s+public(?:\s+present)?|public\s+(?:attendance|attendees|present))$/, 'in-attendance'],
  // "Part Attendance:" over officers who came for their items: there for part of the meeting, beside the members.
  [/^(?:part(?:ial)?\s+attendance|(?:in\s+attendance|attending)\s+for\s+part\s+of\s+the\s+meeting)$/, 'in-attendance'],
  // "Consultants Present:", "Liaisons in attendance:": a university council's non-voting consultants and liaisons; absent or
  // excused, they sent apologies as members do.
  // ("City Council Liaison:": the councillor a city's parks board has sit with it, named by the council.)
  [/^(?:consultants?|liaisons?|(?:(?:city|town|county|village|borough)\s+)?council\s+liaisons?)(?:\s+(?:present|attending|in attendance))?$|^(?:advisers|advisors)\s+(?:present|attending|in attendance)$/, 'in-attendance'],
  [/^(?:consultants?|liaisons?|advisers|advisors)\s+(?:absent|excused|not\s+present)$/, 'apologies'],
  [/^(?:witnesses?)$/, 'speaker'],
  // "Assessors:", "FSA Assessor": officials of the departments a scientific advisory committee advises, there to follow its
  // work; "Advisors": experts who sit with the members without being members.
  [/^(?:[a-z]{2,6}\s+)?assessors?$|^(?:expert\s+|technical\s+|scientific\s+)?(?:advisors|advisers)$/, 'in-attendance'],
  // "Hearing Experts:", "European Commission and/or Member States representatives:": those a European scientific panel
  // hears, and the officials who follow its work ("/" reads as "and", so "and/or" as "and and or").
  [/^hearing\s+experts?$|^(?:european\s+commission|member\s+states?)(?:\s+(?:and\s+and\s+or|and|or|&)\s+(?:european\s+commission|member\s+states?))?\s+representatives?$/, 'in-attendance'],
  // "MEETINGS ADMINISTRATOR: Ms A Lee": the officer who keeps the meetings' record; "Recorder: Robert": a group's note taker.
  [/^(?:secretariat|secretary|secretaries|office of the (?:board|chair|clerk)|(?:officers?|officials?)(?:\s+(?:present|in attendance))?|clerk|support(?:ing officers)?|minute[- ]?(?:takers?|secretary)|minutes (?:taken|recorded) by|scribes?|note[- ]?takers?|recorders?|meetings administrator)$/, 'secretariat'],
  [/^(?:speakers?|presenters?|guest speakers?|presenting)$/, 'speaker'],
  // "Members of the public appearing before the planning board:", "Members of the public who spoke": those who addressed the body.
  [/^members\s+of\s+the\s+public\s+(?:appearing|speaking|who\s+(?:spoke|addressed|appeared))\b[a-z ]{0,60}$/, 'speaker'],
];
// "4", "None", "Two": how many of the public came.
const PUBLIC_HEADCOUNT = /^(?:\d{1,4}|none|nil|no|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|a few)\b/i;
// "Present: 4 - Ann Lee, Tom Reed, ...", "Absent: 1 - Sol Park": how many, then the names, as council software writes a roll.
const LIST_COUNT = /^\d{1,3}\s?[-–—]\s(?=\S)/;
const LIST_CAPTION = /^\((?:names?\s+of\s+)?(?:the\s+)?(?:members|commissioners|those)\s+(?:present|attending|in\s+attendance)\)\s*/i;
// "Present—Messrs D. Hale (in the chair), F. Reed": an em dash against the label, as newspapers printed a committee's list.
const EM_DASH_LABEL = /^(present|apologies|absent|also\s+present|in\s+attendance)\s?—\s?(?=\p{Lu})/iu;
const SEMICOLON_LABEL = /^(present|attending|apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present|absent)\s?;\s*/i;
const CONTACT = /\b(?:e-?mail|tel|telephone|phone)\b/i;
const PUBLIC_COUNT_FIRST = /^public:?\s?\d{1,3}\s(?=\p{Lu}[^:]{1,30}:)/iu;
// "Apologies were noted as having been received from ...": the same, as a university's minutes word it.
// "Apologies for absence were intimated on behalf of ...": the same, as Scottish minutes word it ("submitted on behalf of" too).
// ("Apologies for the inability to be present were tendered on behalf of ...": as New South Wales councils word it.)
// "Apologies were accepted from Drs A, B, C": the committee's consent as the verb, as medical committees word it.
const APOLOGIES_RECEIVED = /^apologies(?:\s+for\s+(?:absence|non-attendance)|\s+for\s+(?:the\s+)?inability\s+to\s+(?:be\s+present|attend))?\s+(?:(?:were|had\s+been|have\s+been|was)\s+)?(?:noted\s+as\s+having\s+been\s+)?(?:(?:received|given|sent|tendered|accepted|noted|submitted)\s+(?:from|on\s+behalf\s+of)|intimated\s+(?:on\s+behalf\s+of|by|from))\s+/i;
// "The Committee received apologies from A, B (Junior Librarian) and C.": the body's verb before the apologies, as an
// Oxford society's or a college committee's minutes word them.
// "It was agreed to accept apologies for non-attendance at the Meeting from A, B": the body's consent as the sentence,
// as Northern Ireland councils and their partnerships word it.
const AGREED_TO_ACCEPT_APOLOGIES = /^it\s+was\s+agreed\s+to\s+accept\s+(?:the\s+)?apologies(?:\s+for\s+(?:absence|non-attendance)(?:\s+at\s+the\s+meeting)?)?\s+from\s+(?=\p{Lu})/iu;
const BODY_RECEIVED_APOLOGIES = /^the\s+(?:committee|board|council|senate|meeting|group|panel|chair(?:man|person)?)\s+(?:received|noted|accepted)\s+(?:the\s+)?apologies(?:\s+for\s+absence)?\s+from\s+(?=\p{Lu})/iu;
// "Those attending Mr M Finch (Chairman), Mr B Hale": a list phrase run into the names without a colon.
// "Apologies for Absence Cllr Jo Finch, Cllr Al Reed": the same, for the apologies.
// "1. ", "2) ": an item's number before a list phrase run into its names.
const ITEM_NUMBER = /^\d{1,2}[.)]\s+/;
// ("Attendees and introductions", "Welcome & attendance": the list's word joined with the opening's.)
const WELCOMED_LIST = /^(?:(?:welcome|introductions?)\s(?:and|&)\s)?(attendees|attendance|present)(?:\s(?:and|&)\s(?:introductions?|welcome))?$/;
const RUN_IN_LIST = /^(those\s+(?:attending|present)|present|attending|attendees|in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?(?:\s+from)?)\s+/i;
// "SNB MEMBERS ATTENDING REPRESENTING CA Carole Atkinson ...": a flattened table's label cell in capitals, its column's caption,
// then the rows run together.
const CAPTIONED_LABEL = /^(\p{Lu}[\p{Lu} /&()-]{2,50}?) (?:REPRESENTING|ORGANI[SZ]ATIONS?|ROLES?|POSITIONS?|AFFILIATIONS?) (?=\p{Lu})/u;
const CAPTION_TAIL = /\s(?:representing|organi[sz]ations?|affiliations?|roles?|positions?|agency|body)$/i;
// "Attendees Councillor Nola Dunn (ND) (chair)": the list's label, then its first name with a title, the rest below.
// ("APOLOGIES Professor Ann Cole", "PRESENT Dame Eve Hale (Chair)": a university's governors, styled by their chair or their honour.)
const TITLED_RUN_IN = /^(?:present|attending|attendees|in\s+attendance)\s+(?:cllr|councillor|cr|mrs?|ms|miss|dr|prof|professor|sir|dame)\.?\s\p{Lu}/iu;
// "Jo Finch (Chief Executive) Al Reed": a name of two to four words, its post in brackets, then the next name (or the
// line's end: "IN ATTENDANCE Audrey Ritchie (Clerk)", one person).
const BRACKETED_FIRST = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s\([^()]{2,80}\)(?:\s\p{Lu}\p{Ll}|$)/u;
/** "In attendance Jo Finch (Chief Executive) Al Reed (...)": the list's label, then people run together, each with a bracketed post. */
function bracketedRun(text: string): boolean {
  const label = RUN_IN_LIST.exec(text);
  return label !== null && BRACKETED_FIRST.test(text.slice(label[0].length));
}
/** "In attendance Jo Finch Chief Executive Al Reed Finance Director": the list's label, then bare names each before their post. */
function namesBeforePostsRun(text: string): boolean {
  const label = RUN_IN_LIST.exec(text);
  return label !== null && readNamesBeforePosts(text.slice(label[0].length)) !== null;
}
const GLUED_VALUE = /^(Present|Apologies|Attendees|Absent|In Attendance)(?:-(?=\p{Lu})|(?=\p{Lu}\p{Ll}))/u;
const GLUED_AFTER_BRACKET = /\),?(?=\p{Lu})/gu;
const RECEIVED_FROM = /^(?:were|was|have\s+been|had\s+been)\s+(?:received|given|sent|tendered|noted)\s+from\s+/i;
// "Minutes taken by Sandra Roe.": the minute taker run in after the phrase, without a colon.
const TAKEN_BY = /^(minutes\s+(?:taken|recorded)\s+by)\s+(?=\p{Lu})/iu;
// "Apologies Mrs. M Reeve (Chairman)", "Apologies from Ann Lee": one name run in after the label, known by the title or "from".
const ONE_APOLOGY = /^apologies(?:\s+for\s+absence)?\s+(?:(?:cllr|mrs?|ms|miss|dr|prof|professor|sir|dame)\.?|from)\s+\p{Lu}/iu;
// "Apologies M. Grief and Mrs. Cann": an initial opens the name too (read case by case: the initial is a capital).
const INITIAL_APOLOGY = /^(?:Apologies|APOLOGIES)\s\p{Lu}\.?\s\p{Lu}\p{Ll}/u;
// "PRESENT IN THE CHAIR: Councillor J Finch": the chair, as Irish councils' minutes head the name.
// "PRESIDING: Councillor G Warnock": the same, as Irish county councils' joint policing committees head it.
// "Committee Chair" over its holder's name: the chair, named with the body it chairs; "Acting Chairperson" over the
// member who stood in for the chair (as New Zealand boards caption the members present): the chair of this meeting.
const CHAIR = /^(?:(?:committee|board|panel|council|group|acting|interim)\s+chair(?:man|woman|person)?|(?:co-?)?chairs?|chairman|chairwoman|chairperson|mc|moderators?|hosts?|(?:meeting\s+)?(?:chaired|ran|run|led)\s+by|(?:present\s+)?in the chair|presiding|facilitators?)(?:\s*\((?:sub|substitute|acting|deputy)\))?$/;
// Every phrase above in one pattern: most keys match none, found with one search instead of ten.
const TASK_FORCE_MEMBERS = /^task\s+force\s+members(?:\s+present)?$/;
const ANY_PHRASE = new RegExp(`^(?:${[CHAIR, ...LISTS.map(([re]) => re)].map((re) => re.source.slice(1, -1)).join('|')})$`);
// ("&" in a body's initials, "TCW&SD STAFF:", or between two groups.)
const LIST_KEY = /^[a-z ()&-]+$/;
// "Roll Call of executive officers", "Roll call of members": the roll, named by whom it calls.
const ROLL_CALL = /^(?:roll[\s-]call(?:\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:officers|members|directors|delegates|trustees|board))?|calling of the roll(?: and apologies(?: for absence)?)?)$/i;
const TEAM_KEY = /^(?:(?:core\s+)?team(?:\s+members)?|others?)$/;
const COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:councillors|members)$/i;

/** "PRESENT (Six Councillors)" -> "PRESENT"; "Also attending (for item 3)" -> "Also attending". */
function withoutCount(label: string): string {
  // "In Attendance for Agenda Item 3": the items, unbracketed, after the phrase.
  const forAt = label.length > 20 && isDigitAt(label, label.length - 1) ? label.toLowerCase().lastIndexOf(' for ') : -1;
  if (forAt > 0 && FOR_ITEMS.test(label.slice(forAt + 1))) return label.slice(0, forAt).trim();
  // "In Attendance for Board Meeting": the meeting they attended, named after the phrase.
  const forMeeting = label.length > 20 && /\smeeting$/i.test(label) ? label.toLowerCase().lastIndexOf(' for ') : -1;
  if (forMeeting > 0 && FOR_MEETING.test(label.slice(forMeeting + 1))) return label.slice(0, forMeeting).trim();
  const open = label.endsWith(')') ? label.lastIndexOf('(') : -1;
  const bracket = open > 0 ? label.slice(open + 1, -1).trim() : '';
  return open > 0 && (COUNT.test(bracket) || FOR_ITEMS.test(bracket)) ? label.slice(0, open).trim() : label;
}
// "Also attending were Jo Finch and Sam Poe": those in attendance named in a sentence after the list.
const ALSO_PRESENT_WERE = /^also\s+(?:present|in\s+attendance|attending)\s+(?:were|was)\s+(?=\p{Lu})/iu;
// "Board members in attendance were:": the members, named by the body they sit on, before the same words.
// ("... called to order at 1:00 pm.  Present at the meeting were:": where they were present said too.)
const ATTENDING_WERE = /(?:^|[.;]\s{1,3})(?:(?:(?:board|committee|council)\s+)?(?:members|trustees|directors|councillors)\s+)?(?:in\s+attend[ae]nce|present|attending)(?:\s(?:at|in)\s(?:the|this)\smeeting)?\s+were:$/i;
// (A capital "Present": "present were supervisors ..." is a sentence wrapped from the line above, read with it.)
const PRESENT_WERE = /^Present(?:\s+at\s+the\s+meeting)?\s+were\s+(?=\p{Lu}|the\s)/u;
const SIGN_IN_CALL = /[.!]\s+roll[\s-]call:$/i;
// ("The following officials were present:": a village board's clerk opens the list so; "The following individuals were
// present:" a network's notes after its sign-in sheet.)
const FOLLOWING_PRESENT = /\bthe\s+following\s+(?:members|persons|people|individuals|attendees|participants|officials|officers|commissioners|councillors|councilmembers|council\s+members|directors|trustees|supervisors|board\s+members)\s+(?:(?:being|were)\s+)?(?:present|in\s+attendance)(?:,?\s+to-?wit)?:$/i;
const FOLLOWING_ABSENT = /\bthe\s+following\s+(?:members|persons|people|individuals|attendees|participants|officials|officers|commissioners|councillors|directors|trustees|board\s+members)\s+(?:were|are|was|is)\s+(?:not\s+(?:in\s+attendance|present)|absent)\b[^:]{0,60}:$/i;
const FOR_MEETING = /^for\s(?:the\s)?(?:(?:full|public|main|board|committee|council|governing\s+body)\s)?meeting$/i;
const FOR_ITEMS = /^(?:for\s+)?(?:agenda\s+)?items?\s\d{1,3}(?:\s?(?:,|&|and|–|-|to)\s?\d{1,3})*(?:\sonly)?$|^for part of the meeting$/i;
const QUALIFIED = /^([a-z ]{4,30}?)\s?\(([^()]{2,40})\)$/;
// Up to eight words (commas and "and" between groups), the last "present", none of them "not".
const PRESENT_GROUPS = /^(?!.*\bnot\b)[\p{L}’'–-]+(?:,?\s[\p{L}’'–&-]+){0,7}\spresent$/u;
const STAFF_WORDS = /\b(?:secretariat|officers?|officials?|staff|clerks?)\b/;
const SECTOR_REPRESENTATIVES = /^(?!(?:Staff|Other|Also|Non|Council|Officer)\b)\p{Lu}\p{Ll}+(?: (?:and|&|\p{Ll}+)){0,4} representatives$/u;
// "BFC Attendees:", "TSC Members Present": the committee's members, the committee named by its acronym.
const ACRONYM_MEMBERS = /^\p{Lu}{2,6}\s(?:(?:[Mm]embers?\s)?(?:[Aa]ttendees|[Pp]resent)|[Mm]embers|MEMBERS)$/u;
// "BFC Member Apologies:", "BFC Regrets": those of its members who sent apologies.
const ACRONYM_APOLOGIES = /^\p{Lu}{2,6}\s(?:[Mm]embers?\s)?(?:[Aa]pologies|[Rr]egrets)$/u;
const QUALIFIED_OBSERVERS = /^observers?\s(?:from\s)?[a-z]+(?:\s[a-z]+){0,2}$/;
const AUDITORS = /^(?:(?:external|internal)\s+)?auditors?$|^(?:external|internal)\s+audit$/;
const ACRONYM_HEADING = /^\p{Lu}{2,6}(?:\s+(?:officers|staff|secretariat))?$/u;

/** The list "officers and guests" (written "Officers/Guests") heads: both halves lists' labels; null otherwise. */
function slashJoinedLists(key: string): Attendance | null {
  const halves = key.split(' and ');
  if (halves.length !== 2) return null;
  const lists = halves.map((half) => (ANY_PHRASE.test(half) && !CHAIR.test(half) ? (LISTS.find(([re]) => re.test(half))?.[1] ?? null) : null));
  if (lists[0] === null || lists[1] === null) return null;
  return lists[0] === lists[1] ? lists[0]! : 'in-attendance';
}

/**
 * Reads a line as a roster heading: "Present", "**Apologies:**", "#### Speakers",
 * "Councillors present: A, B", "Chair (Sub)", or, right after another roster list,
 * an organisation's acronym alone ("GLA:"), which heads the convening body's staff
 * (the secretariat).
 */
/** The list heading a line opens with, if any (answers kept for one parse: segmenting asks of each line many times). */
const MISSPELT_ABSENCE = /(?<=\b[Aa])bsense\b/g;

export function readRosterHeading(writtenAs: string, isHeadingLine: boolean, afterRosterList = false): RosterHeading | null {
  return headingOnce(`${isHeadingLine ? 1 : 0}${afterRosterList ? 1 : 0}${writtenAs}`);
}

const headingOnce = perParse((key: string) => readHeadingOf(key.slice(2), key.charAt(0) === '1', key.charAt(1) === '1'));

function readHeadingOf(writtenAs: string, isHeadingLine: boolean, afterRosterList: boolean): RosterHeading | null {
  // "Apologies for absense": the heading's common misspelling, read as the word meant.
  const spelled = writtenAs.includes('bsense') ? writtenAs.replace(MISSPELT_ABSENCE, 'bsence') : writtenAs;
  // "Present; Mr D Hale (Chairman), ...", "Apologies; Mr D Rowe.", "Present ; K. Scott": a semicolon after the list's name, as a colon.
  const dashless = spelled.includes('—') ? spelled.replace(EM_DASH_LABEL, '$1: ') : spelled;
  const semicolonless = dashless.includes(';') ? dashless.replace(SEMICOLON_LABEL, '$1: ') : dashless;
  // "Present were:-": a dash after the colon that closes the label, as older and Caribbean minutes write it.
  const written = semicolonless.endsWith(':-') || semicolonless.endsWith(':–') ? semicolonless.slice(0, -1) : semicolonless;
  // "Roll was called at 10:05am. In attendence were:": the sentence that opens the list (as minutes spell it).
  // ("... called to order by President Hale at 1:00 pm.  Present at the meeting were:": the sentence before says when too.)
  const attendingWere = written.endsWith(' were:') ? ATTENDING_WERE.exec(written) : null;
  if (attendingWere) return { attendance: 'present', chair: false, label: 'Present', rest: '', ...(attendingWere.index > 0 ? { inSentence: true } : {}) };
  // "Also present were Jo Finch (Clerk) and Pat Reed (Police).": a sentence beside the lists that names those there besides.
  const alsoWere = (written.charCodeAt(0) | 0x20) === 97 ? ALSO_PRESENT_WERE.exec(written) : null;
  if (alsoWere) return { attendance: 'in-attendance', chair: false, label: 'Also present', rest: written.slice(alsoWere[0].length).replace(/\.$/, '') };
  // "1. Present were Ann Hale, Tom Reed, Fr Jo Finch. Apologies were ...": the sentence that opens a line (or a run-in item) with the list.
  const presentWere = (written.charCodeAt(0) | 0x20) === 112 ? PRESENT_WERE.exec(written) : null;
  if (presentWere) return { attendance: 'present', chair: false, label: 'Present', rest: written.slice(presentWere[0].length) };
  // "... sign in below so we know who was here. Roll call:": the sentence that asks people to sign in, then the list.
  if (written.endsWith('call:') && SIGN_IN_CALL.test(written)) return { attendance: 'present', chair: false, label: 'Roll call', rest: '' };
  // "... convened in a regular meeting on Monday ..., with the following members present to-wit:": the sentence that opens the list.
  if (written.endsWith(':') && FOLLOWING_PRESENT.test(written)) return { attendance: 'present', chair: false, label: 'Present', rest: '', inSentence: true };
  // "The following members were not in attendance:", "Additionally, the following individuals are not in attendance but
  // support consensus:": the sentence over the list of those absent (its "in attendance" negated, no list of those there).
  if (written.endsWith(':') && FOLLOWING_ABSENT.test(written)) return { attendance: 'apologies', chair: false, label: 'Absent', rest: '', inSentence: true };
  // "Present … Councillors: A, B": an ellipsis stands for the colon.
  // "* **Attendees**": a list heading written as a bullet of an outline.
  const unlisted = written.length > 2 && startsWithBullet(written) ? withoutBulletMark(written).trim() : written;
  const ellipsis = unlisted.includes('…') ? unlisted.replace('…', ':') : unlisted;
  // "Present                     Harvey McGrath": a column of spaces after the label, as a tab.
  // (A gap after a comma is a wrapped list's line joined back, no column: "Present: A, B,        C".)
  const gapAt = ellipsis.includes('   ') && !ellipsis.includes('\t') ? ellipsis.indexOf('   ') : -1;
  const gap = gapAt > 0 && ellipsis.charCodeAt(gapAt - 1) !== 44 ? gapAt : -1;
  const spaced = gap > 0 ? `${ellipsis.slice(0, gap)}\t${ellipsis.slice(gap).trimStart()}` : ellipsis;
  // "Public: 14 Also, in attendance: ...": the count of the public before a list heading on the same line.
  const counted = (spaced.charCodeAt(0) | 0x20) === 112 ? PUBLIC_COUNT_FIRST.exec(spaced) : null;
  const text = counted ? spaced.slice(counted[0].length) : spaced;
  // "Apologies for absence were received from A and B." on a roster line of its own.
  const received = text.length > 9 && (text.charCodeAt(0) | 0x20) === 97 ? APOLOGIES_RECEIVED.exec(text) : null;
  const opening = text.charCodeAt(0) | 0x20;
  const bodyReceived = received ? null : opening === 116 ? BODY_RECEIVED_APOLOGIES.exec(text) : opening === 105 ? AGREED_TO_ACCEPT_APOLOGIES.exec(text) : null;
  const receivedFrom = received ?? bodyReceived;
  if (receivedFrom) return { attendance: 'apologies', chair: false, label: 'Apologies', rest: text.slice(receivedFrom[0].length).replace(/\.$/, '') };
  // "LB welcomed everyone and apologies were noted from R Lee, M Howe.": the opening's sentence under the list gives the apologies.
  const midSentence = afterRosterList ? apologiesMidSentence(text) : null;
  if (midSentence) return { attendance: 'apologies', chair: false, label: 'Apologies', rest: midSentence };
  const takenBy = (text.charCodeAt(0) | 0x20) === 109 && !text.includes(':') ? TAKEN_BY.exec(text) : null;
  if (takenBy) return { attendance: 'secretariat', chair: false, label: takenBy[1]!, rest: text.slice(takenBy[0].length).replace(/\.$/, '') };
  // "PresentMurray Simpson (President),Ann Hall", "In Attendance-Georgie Lee (Clerk)Alan James": a converted table's
  // label cell run into its value, whose lines ran together after the brackets as well.
  const glued = (text.charCodeAt(0) === 80 || text.charCodeAt(0) === 65 || text.charCodeAt(0) === 73) && !text.includes(':') ? GLUED_VALUE.exec(text) : null;
  if (glued) return readRosterHeading(`${glued[1]}: ${text.slice(glued[0].length).replace(GLUED_AFTER_BRACKET, '), ')}`, isHeadingLine, afterRosterList);
  const tableLabel = text.length > 20 && isUpperAt(text, 1) && !text.includes(':') ? CAPTIONED_LABEL.exec(text) : null;
  const alone = tableLabel ? readRosterHeading(tableLabel[1]!, isHeadingLine, afterRosterList) : null;
  if (alone && !alone.rest) return { ...alone, rest: text.slice(tableLabel![0].length) };
  // "Present Representing", "Attendees Organisation": a flattened table's caption row, the list's phrase over the names and
  // a column's caption over what stands beside them.
  const captionTail = !text.includes(':') && !text.includes('\t') ? CAPTION_TAIL.exec(text) : null;
  const overCaption = captionTail && captionTail.index > 0 ? readRosterHeading(text.slice(0, captionTail.index), isHeadingLine, afterRosterList) : null;
  if (overCaption && !overCaption.rest && !overCaption.chair) return overCaption;
  // "In Attendance Mike Durban MD LLEP Scott Knowles SK ...": a flattened table of people with their initials after the label.
  // "IN ATTENDANCE Jo Finch (Chief Executive) Al Reed (Director of Operations)": people with their posts in brackets, run together.
  // "In attendance Jo Finch Chief Executive Al Reed Finance Director": bare names run together, each before their post.
  // "1. Those Attending Mr M Finch (Chairman), ...": the run-in list opening a numbered item, its number no part of the phrase.
  const listText = isDigitAt(text, 0) ? text.replace(ITEM_NUMBER, '') : text;
  const listed = (listText.includes(',') || ONE_APOLOGY.test(listText) || TITLED_RUN_IN.test(listText) || INITIAL_APOLOGY.test(listText) || bracketedRun(listText) || namesBeforePostsRun(listText) || (RUN_IN_LIST.test(listText) && splitAtSpelledInitials(listText) !== null)) && !text.includes(':') ? RUN_IN_LIST.exec(listText) : null;
  const runIn = listed && /^\p{Lu}/u.test(listText.slice(listed[0].length)) ? listed : null;
  const m = runIn ? ([runIn[1]!, listText.slice(runIn[0].length)] as [string, string]) : commaLabel(text) ?? splitLabel(isDigitAt(text, 0) ? text.replace(/^\d+(?:\.\d+)?[.)]?\s+/, '') : withoutPortionNote(text));
  if (!m) return null;
  // "Present—": a dash closing the label as a colon does ("In attendance-" too, a hyphen typed for it at the line's end).
  const label = withoutMeetingDate(m[0].trim().replace(/(?<=[\p{L})])[—–-]$/u, ''));
  // "PRESENT (Six Councillors):- Jo Finch, ...": a count in brackets after the phrase, and a dash after the colon.
  // "Chair: / Cllr Roger Lawrence", "Attending: | Ada Finch": a table's cells flattened with slashes or bars.
  const stated = m[1].trim().replace(/^[-–/|]\s*/, '');
  // "Apologies: Apologies were received from Cllr M Lee": the label, then the sentence that gives the names.
  // "Apologies: Were received from Cllr M Lee": the sentence may leave out the word its label says.
  const restated = stated.length > 9 ? ((stated.charCodeAt(0) | 0x20) === 97 ? APOLOGIES_RECEIVED : RECEIVED_FROM).exec(stated) : null;
  // "Roll Call: (Names of members present) Jo Finch, ...": a bracketed caption over the names, no entry of the list.
  // "Present: 4 - Ann Lee, ...": a count before the names, no entry of the list.
  const rest = (restated ? stated.slice(restated[0].length).replace(/\.$/, '') : stated).replace(LIST_CAPTION, '').replace(LIST_COUNT, '');
  // "Clerk: Mr S Finch | Email: clerk@... | Tel: ...": a letterhead's contact line, no list.
  if (rest.includes('@') && CONTACT.test(rest)) return null;
  const lower = withoutCount(label).toLowerCase();
  // "Attending!", "Online?": an exclamation or question mark says nothing of the list.
  const unmarked = collapseSpaces(lower.includes('*') || lower.includes('_') || lower.includes('!') || lower.includes('?') ? lower.replace(/[*_!?]/g, '') : lower);
  // "Also present via Teams virtually", "Present (remotely)": how people attended does not change the list.
  const byMode = lower.includes('via') || lower.includes('virtual') || lower.includes('remote') || lower.includes('online') || lower.includes('person') || lower.includes(' by ');
  // "Also, in attendance": a comma after "also" changes nothing; "AlsoPresent", "InAttendance": nor does a space lost in extraction.
  // "Attendees/Affiliation": a slash joins two words of the phrase as "and" does.
  const key = (byMode ? withoutAttendanceMode(unmarked) : unmarked)
    .replace(/^also,?\s?(?=[a-z])/, 'also ')
    .replace(/^inattendance/, 'in attendance')
    // "In attendence:", "IN ATTENDENCE": the word as minutes often misspell it.
    .replace(/\battendence\b/, 'attendance')
    // "In at endance:": a PDF's "tt" ligature lost in extraction, leaving a space.
    .replace(/(^|\s)at\s(?=end(?:ance|ees|ing)\b)/, '$1att')
    .replace(/\s?\/\s?/, ' and ')
    // "Directors absent, with regret": the comma before the regrets changes nothing.
    .replace(/,(?=\swith\sregrets?$)/, '')
    // "Apologies/ Non attendees:", "Non-attendance:": those who did not come, with those who sent apologies.
    .replace(/\bnon[\s-]?attend(?:ees|ance)$/, 'absentees')
    // "Independent Chair: Kim Ford": the chair a mine's or quarry's community consultative committee appoints from outside.
    .replace(/^independent\s(?=chair)/, '')
    // "Core Membership", "Core members": the statutory partners a partnership board lists apart from those it invites.
    .replace(/^core\smembership$/, 'members')
    .replace(/^core\s(?=members\b)/, '')
    // "Minutes Secretary:": the minute secretary, as community councils name the list of the one who takes the minutes.
    .replace(/^minutes(?=\ssecretary$)/, 'minute')
    // "1. Attendees / introductions:", "Welcome and attendance": the opening item's title over the names of those there,
    // as a forum's minutes list who introduced themselves.
    .replace(WELCOMED_LIST, '$1')
    // "Councillor’s Apology:", "Members' apologies": the possessive's apostrophe changes nothing.
    .replace(/(?<=[a-z])['’](?=s?\s)|(?<=s)['’](?=\s)/g, '');
  // "Remote:" after a list of those present: the mode alone heads more of them.
  if (byMode && afterRosterList && key === '') return { attendance: 'present', chair: false, label, rest };
  // "Remote Participation:", "Participation (virtually):": the members who took part from elsewhere, present.
  if (byMode && (key === 'participation' || key === 'participating')) return { attendance: 'present', chair: false, label, rest };
  // "Team: Niko, Josh" then "Other: Amanieu" under "Attending": the team's members there, then the others (read only inside the lists).
  if (afterRosterList && rest && TEAM_KEY.test(key)) return { attendance: key.startsWith('other') ? 'in-attendance' : 'present', chair: false, label, rest };
  // "#### Introduction of attendees" over the names: a community group's notes keep its agenda's roll-call step as the
  // heading of those who introduced themselves (the same words in the agenda's list head no list).
  if (isHeadingLine && !rest && key === 'introduction of attendees') return { attendance: 'present', chair: false, label, rest };
  // "Roll Call: Thomas, Andrew": the names called, opening the lists ("- Roll Call" alone is an agenda's entry).
  if (ROLL_CALL.test(key)) return rest || unlisted === written ? { attendance: 'present', chair: false, label, rest } : null;
  // The phrases are at most 55 characters of lower-case letters, spaces, brackets and hyphens.
  // "Task Force Members:": a task force's members, named by the body as "Board Members" are (no organisation of theirs).
  if (TASK_FORCE_MEMBERS.test(key)) return { attendance: 'present', chair: false, label, rest };
  if (key.length <= 60 && LIST_KEY.test(key) && ANY_PHRASE.test(key)) {
    // "Chair Cllr Finch said" is prose; "Chair: Cllr Finch" names the chair, and so does a "Chair | Cllr Finch" row
    // above the lists (in a list, "Chair" is the initials column of the chair's row).
    const keyed = text.includes(':') || (!afterRosterList && text.includes('\t'));
    if (CHAIR.test(key)) return rest && !isHeadingLine && !keyed ? null : { attendance: 'present', chair: true, label, rest };
    // "Secretary: Jo Finch - elected": an office and its holder, as elections record them; "Secretary" alone heads a list,
    // (see readSecretaryLine for the same label among a body's lists).
    if (rest && (key === 'secretary' || key === 'secretaries')) return null;
    // "Membership: 45 paid-up members", "## Membership" over a report: a club's news of its membership; the list's
    // label stands alone on its line, closed by its colon.
    if (key === 'membership' && (rest || !text.endsWith(':'))) return null;
    // "Members of the public: 4", "Public attendance: 3": a count of those who came, no list of people.
    if (rest && (key.startsWith('members of the public') || key.startsWith('public ')) && PUBLIC_HEADCOUNT.test(rest)) return null;
    for (const [re, attendance] of LISTS) if (re.test(key)) return { attendance, chair: false, label, rest };
  }
  // "Officers/Guests:": two lists' labels joined by a slash head one list (closed by its colon: "Apologies/Attendance" alone is an
  // agenda's entry); of two different lists, those there beside the members.
  const joined = label.includes('/') && text.includes(':') && key.length <= 60 && LIST_KEY.test(key) ? slashJoinedLists(key) : null;
  if (joined) return { attendance: joined, chair: false, label, rest };
  // "In attendance (SCoSS Secretariat)": the list phrase, and in brackets whom it lists.
  const qualified = key.endsWith(')') ? QUALIFIED.exec(key) : null;
  if (qualified && ANY_PHRASE.test(qualified[1]!) && !CHAIR.test(qualified[1]!)) {
    const list = LISTS.find(([re]) => re.test(qualified[1]!))![1];
    return { attendance: STAFF_WORDS.test(qualified[2]!) ? 'secretariat' : list, chair: false, label, rest };
  }
  // "Minutes: Ella Soames (GLA)": who took the minutes, one person after the label.
  // ("Minutes: Julie Williams.": a full stop closing the line changes nothing.)
  const taker = (key === 'minutes' || key === 'notes') && text.includes(':') ? trimEndOf(rest, '.') : '';
  if (taker.includes(' ') && !/[.;]/.test(taker) && !taker.includes(',') && parseEntry([taker])) {
    return { attendance: 'secretariat', chair: false, label, rest: taker };
  }
  if (afterRosterList && ACRONYM_HEADING.test(label) && !rest && (isHeadingLine || text.endsWith(':'))) {
    return { attendance: 'secretariat', chair: false, label, rest };
  }
  // "Non-members in attendance at request of Chief Officer:-": a list's label that says its people are in attendance;
  // "Staff members in attendance | Role": a table's first caption, the others naming its columns.
  const captioned = rest !== '' && text.includes('\t') && rest.split('\t').every((c) => COLUMN_CAPTION.test(c.trim()));
  if ((!rest || captioned) && key.length <= 70 && key.includes('in attendance') && LIST_KEY.test(key) && (isHeadingLine || captioned || /:-?$/.test(text))) {
    return { attendance: STAFF_WORDS.test(key.slice(0, key.indexOf('in attendance'))) ? 'secretariat' : 'in-attendance', chair: false, label, rest };
  }
  // "Faculty Senate Officers, Ex–Officios and Staff Present:" after another list: the groups of those there, named before "present".
  // "NINDS employees present:" after the members: the staff of the body's own agency (not a group of members).
  if (afterRosterList && !rest && key.endsWith(' employees present') && organisationGroup(label)) return { attendance: 'secretariat', chair: false, label, rest };
  if (afterRosterList && !rest && text.endsWith(':') && PRESENT_GROUPS.test(key)) return { attendance: 'present', chair: false, label, rest };
  // "Public sector representatives:" / "Community and voluntary representatives:" under "Members in attendance:": the members
  // grouped by the sector they sit for (in sentence case; "Acme Ltd representatives" are an organisation's people, below).
  if (afterRosterList && !rest && text.endsWith(':') && SECTOR_REPRESENTATIVES.test(label.trim())) return { attendance: 'present', chair: false, label, rest };
  // "Home Office attendees" after another list: people of one organisation, there beside the members;
  // "Acme Trust officials present": the staff of the body, as "GLA officers" are.
  // "COT Members:" over its list: the committee's members, the committee named by its acronym.
  if (ACRONYM_MEMBERS.test(label) && (afterRosterList || text.includes(':'))) return { attendance: 'present', chair: false, label, rest };
  if (ACRONYM_APOLOGIES.test(label) && (afterRosterList || text.includes(':'))) return { attendance: 'apologies', chair: false, label, rest };
  // "Auditors", "External Auditors:", "Internal Audit:" after another list: the auditors an audit committee hears, beside its
  // members (alone, "Auditor" is an annual meeting's item, the auditor's appointment).
  if (afterRosterList && AUDITORS.test(key)) return { attendance: 'in-attendance', chair: false, label, rest };
  // "Observers FSA", "Observers Devolved administration" after another list: observers, grouped by whom they come from.
  if (afterRosterList && !rest && QUALIFIED_OBSERVERS.test(key)) return { attendance: 'in-attendance', chair: false, label, rest };
  const group = afterRosterList && !rest ? organisationGroup(label) : null;
  if (group) return { attendance: group === 'attendees' || group === 'representatives' ? 'in-attendance' : 'secretariat', chair: false, label, rest };
  return translatedLabel(label, rest, text, isHeadingLine, afterRosterList);
}

// "Tuhinga", "I Tae Mai", "Ngā whakapahā": a few words in another language before the slash.
const FIRST_LANGUAGE = /^\p{L}+(?: \p{L}+){0,3}$/u;
// Small English words that show the part before the slash is English too.
const ENGLISH_WORD = /\b(?:to|of|and|the|for|with|on|in|at|by)\b/i;

/**
 * "Tuhinga/Present:", "I Tae Mai/In Attendance:": a New Zealand council's label in Māori, then in English after a slash;
 * the English phrase says which list it heads. ("Present/Apologies" names two lists, no translation of one.)
 */
function translatedLabel(label: string, rest: string, text: string, isHeadingLine: boolean, afterRosterList: boolean): RosterHeading | null {
  const slash = label.indexOf('/');
  // The label closed by its colon, its two languages parted by a bare slash ("Call to Order/Roll Call", "Name / Title" are no such label).
  if (slash <= 0 || label.indexOf('/', slash + 1) !== -1 || !text.includes(':') || label.charAt(slash - 1) === ' ' || label.charAt(slash + 1) === ' ') return null;
  const first = label.slice(0, slash).trim();
  const english = label.slice(slash + 1).trim();
  // ("Call to Order/Roll Call": an agenda's two steps in English, no translation.)
  if (!english || !FIRST_LANGUAGE.test(first) || ENGLISH_WORD.test(first) || ROLL_CALL.test(english.toLowerCase()) || readHeadingOf(`${first}:`, isHeadingLine, afterRosterList)) return null;
  const read = readHeadingOf(`${english}: ${rest}`, isHeadingLine, afterRosterList);
  return read ? { ...read, label } : null;
}

// "Secretary: Ms J Finch, Committee Manager": the label with a colon, then whoever it names.
const SECRETARY_LINE = /^secretar(?:y|ies)\s?:\s*(?=\S)/i;

/**
 * "Secretary: Ms J Finch" below a body's lists of those present or away: the committee's secretary, heading a list of
 * their own (the segmenter asks only there: among office bearers "Chair: A", "Secretary: B" the line names an office).
 */
export function readSecretaryLine(text: string): RosterHeading | null {
  const m = (text.charCodeAt(0) | 0x20) === 115 ? SECRETARY_LINE.exec(text) : null;
  return m ? { attendance: 'secretariat', chair: false, label: 'Secretary', rest: text.slice(m[0].length).trim() } : null;
}

/** "Roll call:" after the lists (a summit's roll call in an item's text) is that item's business, no list of this meeting's. */
export const isRollCall = (heading: RosterHeading): boolean => ROLL_CALL.test(heading.label.trim());

/** An item titled "Roll Call" opens the lists of those there ("Directors Present:", "Guests:") below it. */
export function readRollCallItem(title: string): RosterHeading | null {
  return ROLL_CALL.test(title) ? { attendance: 'present', chair: false, label: title, rest: '' } : null;
}

const GROUP_NOUNS = ['attendees', 'representatives', 'officials', 'officers', 'staff', 'secretariat', 'employees'];
// "FSA and other Officials": the words that join a second group to the organisation's own.
const GROUP_JOINS = new Set(['and', '&', 'other']);

/**
 * "Home Office attendees", "Acme Ltd representatives", "Acme Trust officials present": one to four
 * capitalised words, then the people's group noun (and "present"), which it returns.
 */
function organisationGroup(label: string): string | null {
  const words = label.trim().split(' ');
  let last = words.pop()!.toLowerCase();
  if (last === 'present' && words.length > 1) last = words.pop()!.toLowerCase();
  const capitalised = words.length >= 1 && words.length <= 4 && words.every((w, k) => w !== '' && (w[0] !== w[0]!.toLowerCase() || (k > 0 && GROUP_JOINS.has(w))));
  return capitalised && GROUP_NOUNS.includes(last) ? last : null;
}

// `/^([^:\t]{2,60}?)\s*(?::|\s[-–]\s|\t|$)\s*(.*)$/s` retried the white space after every
// label length (quadratic on long runs). A label that ends inside white space finds no
// separator its run's start does not: the lookbehind lets it end only after a character
// other than white space (or at its shortest), and each run is read once.
// "Present– Cllr Finch": a dash written against the label, with the space after it only, separates as well.
const LABEL = /^([^:\t]{2,60}?)(?<=^.{2}|\S)\s*(?::|[-–]\s|\t|$)\s*(.*)$/s;

// "Committee Members Present, Chairman Jo Finch, Ann Hale": the list's phrase closed by a comma, the names after it.
const COMMA_LABEL = /^([A-Za-z][A-Za-z ]{5,40}?),\s(?=\p{Lu})/u;

/**
 * The phrase before a comma, when it is a list's phrase ("Members Present") and a list of two or more names follows
 * (a line of its own, no colon on it): the comma stands for the colon.
 */
function commaLabel(text: string): [string, string] | null {
  const m = text.includes(':') || text.indexOf(',') > 42 ? null : COMMA_LABEL.exec(text);
  if (!m) return null;
  const key = collapseSpaces(m[1]!.toLowerCase());
  const rest = text.slice(m[0].length);
  return ANY_PHRASE.test(key) && !CHAIR.test(key) && rest.includes(',') ? [m[1]!, rest] : null;
}

/** A roster heading's label and the text after its separator. */
export function splitLabel(s: string): [string, string] | null {
  const m = LABEL.exec(s);
  return m && [m[1]!, m[2]!];
}

// "Members of the public present for portions of the open meeting included": how long they stayed, and the verb after it.
const PORTION_NOTE = /\s(?:for\s(?:all\sor\s)?(?:portions?|parts?)\sof\sthe\s(?:open\s|closed\s)?(?:meeting|session))(?:\s(?:included|include|were|are))?:$/i;

/** "NINDS employees present for portions of the meeting include:" -> "NINDS employees present:". */
function withoutPortionNote(text: string): string {
  const note = text.length > 30 && text.endsWith(':') && text.includes(' of the ') ? PORTION_NOTE.exec(text) : null;
  return note ? `${text.slice(0, note.index)}:` : text;
}

/** "Present on 13 May 2024": the list's name without the date of the meeting it was kept at. */
function withoutMeetingDate(label: string): string {
  const on = label.toLowerCase().lastIndexOf(' on ');
  if (on === -1) return label;
  const dates = findDates(label.slice(on + 4));
  return dates.length === 1 && dates[0]!.index === 0 && dates[0]!.length === label.length - on - 4 ? label.slice(0, on) : label;
}

const ATTENDANCE_MODES = ['via ms teams', 'via microsoft teams', 'via teams', 'via zoom', 'via skype', 'via webex', 'via video conferencing', 'via video conference', 'via videoconference', 'via video call', 'via video link', 'via video',
  'via teleconference', 'via telephone', 'via phone', 'by video conference', 'by video link', 'by telephone', 'by phone', 'virtually', 'remotely', 'remote', 'online', 'in person', 'in-person', '(virtually)', '(remotely)', '(online)', '(in person)', '(in-person)'];

/** "also present via teams virtually" -> "also present". */
function withoutAttendanceMode(key: string): string {
  let out = ` ${key} `;
  for (const mode of ATTENDANCE_MODES) out = out.replace(` ${mode} `, ' ');
  // "remote and in person attendees": the "and" joined two modes.
  return out.trim().replace(/^(?:and|&)(?:\s|$)/, '').trim();
}

// "Commission represented by", "The Ministry was represented by": the body a delegation's heading names.
const REPRESENTED_BY = /^(?:the\s)?(\p{Lu}[\p{L}'’&-]*(?:\s[\p{L}'’&-]+){0,5}?)\s(?:(?:was|were)\s)?represented\sby:?$/u;

/** The body a delegation's heading names ("Commission" of "Commission represented by:"), or null. */
export function representedBody(label: string): string | null {
  return REPRESENTED_BY.exec(label.trim())?.[1] ?? null;
}

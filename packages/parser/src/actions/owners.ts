import type { Attendee, OwnerRef } from '@lsmp/model';
import { initialsOf, looksLikeInitials } from '../text/names.js';
import { splitAtOwnerSeparators } from '../text/spaced-words.js';
import { OrganisationIndex } from './organisation-index.js';
import { listIn } from '../map-lists.js';

// "DA-F", "AH-F": the initials of a double-barrelled surname, as a university committee's action column writes them.
const HYPHENED_INITIALS = /^\p{Lu}{1,3}-\p{Lu}{1,2}$/u;
// Words that name a group that can own an action ("LSMP secretariat", "Officers", "All members").
const GROUP = /^(?:(?:the|all)\s+)?(?:[\p{L}&]+\s+){0,3}(?:secretariat|officers?|staff|clerk|chair(?:man)?|vice[- ]chair|members|councillors|team|group|board|partnership|committee|council|residents|everyone|all)$/iu;
const ORGANISATION_ACRONYM = /^[\p{Lu}&]{2,8}s?$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
// "J.J.", "I.R" (a list's stop dropped): initials written with stops stand for the same person as "JJ".
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u;
const undotted = (s: string): string => (DOTTED_INITIALS.test(s) ? s.replaceAll('.', '') : s);
// "The" and a capital: no owner unless GROUP reads a group's name there ("The Task Group").
const THE_CAPITALISED = /^[Tt]he\s\p{Lu}/u;
const ARTICLE = /^(?:a|an|the|this|that|it|there|these|those|we|they|he|she|members of)\b/i;
// "... terms of reference (DONE)": the action's state in a bracket, no one who owns it.
// "@ofrobots": a code host's handle names one person, whether or not it spells a name on the roster.
const HANDLE = /^@[A-Za-z\d][A-Za-z\d-]{1,38}$/;
const STATUS_WORD = /^(?:done|complete|completed|ongoing|open|closed|pending|in progress|not done|tbc|tbd)$/i;

/** Who the roster lets an owner stand for. */
export class OwnerResolver {
  private readonly byInitials = new Map<string, Attendee>();
  private readonly byName = new Map<string, Attendee[]>();
  private readonly organisations: OrganisationIndex;
  private readonly rosterInitials: boolean;
  private readonly chair: Attendee | null;
  /** Built on the first handle: most minutes have none. */
  private handles: Map<string, Attendee[]> | undefined;

  constructor(private readonly attendees: Attendee[]) {
    const guessed = new Map<string, Attendee[]>();
    for (const a of attendees) {
      if (a.initials && !this.byInitials.has(a.initials)) this.byInitials.set(a.initials, a);
      if (!a.initials) {
        listIn(guessed, initialsOf(a.name)).push(a);
      }
      const words = a.name.split(/\s+/);
      for (const key of new Set([a.name, words[0]!, words[words.length - 1]!])) listIn(this.byName, key.toLowerCase()).push(a);
    }
    // Rosters without an initials column: "SP" still means Sam Poe when only he has those initials.
    for (const [guess, people] of guessed) if (guess.length >= 2 && people.length === 1 && !this.byInitials.has(guess)) this.byInitials.set(guess, people[0]!);
    this.rosterInitials = attendees.some((a) => a.initials);
    this.chair = attendees.find((a) => a.chair) ?? null;
    this.organisations = new OrganisationIndex(attendees.map((a) => a.organisation).filter((o): o is string => Boolean(o)));
  }

  hasInitials(s: string): boolean {
    return this.byInitials.has(s);
  }

  /** The roster gives initials at all (so initials it lacks are worth a diagnostic). */
  hasAnyInitials(): boolean {
    return this.rosterInitials;
  }

  /** The attendee whose initials, full name, or unique first or last name this is. */
  person(s: string): Attendee | null {
    if (s.charCodeAt(0) === 64) return this.byHandle(s.slice(1));
    // Each title starts with "c", "m" or "d", and "(the) chair" with "t" or "c" (in any case).
    const first = s.charCodeAt(0) | 0x20;
    const bare = first === 99 || first === 109 || first === 100 ? s.replace(/^(?:cllrs?|councillor|mr|mrs|ms|dr)\.?\s+/i, '') : s;
    const bareFirst = bare.charCodeAt(0) | 0x20;
    if (this.chair && (bareFirst === 116 || bareFirst === 99) && /^(?:the\s+)?chair(?:man|woman|person)?$/i.test(bare)) return this.chair;
    const byInitials = this.byInitials.get(undotted(bare));
    if (byInitials) return byInitials;
    const named = this.byName.get(bare.toLowerCase());
    return named && named.length === 1 ? named[0]! : null;
  }

  /**
   * "@anaruiz", "@bode", "@creyes": a code host's handle, matched to the one attendee whose
   * name it spells (whole name, initial and surname, or first or last name alone).
   */
  private byHandle(handle: string): Attendee | null {
    const h = handle.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (h.length < 3) return null;
    this.handles ??= handleSpellings(this.attendees);
    const matches = this.handles.get(h);
    return matches && matches.length === 1 ? matches[0]! : null;
  }

  /**
   * Whether `s` can be an action owner: roster initials or names, an
   * organisation's acronym, a group ("LSMP secretariat"), or a capitalised name.
   */
  isOwner(s: string): boolean {
    const t = s.trim();
    if (!t || t.length > 50) return false;
    // ("The Task Group", "The Open Standards Team": a group named with its article.)
    if (THE_CAPITALISED.test(t)) return GROUP.test(t);
    if (ARTICLE.test(t) || STATUS_WORD.test(t)) return false;
    if (this.person(t) || HANDLE.test(t)) return true;
    if (ORGANISATION_ACRONYM.test(t) || looksLikeInitials(undotted(t)) || HYPHENED_INITIALS.test(t)) return true;
    if (GROUP.test(t)) return true;
    if (this.organisations.hasName(t)) return true;
    // ("How to organise our work": a question's word is no owner; "Also to put together a summary": nor an adverb.)
    return /^(?:cllrs?\.?\s+|councillor\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(t) && !/^(?:Action|Item|Minutes|Members|Note|Update|Agreed|How|What|When|Where|Which|Why|Whether|Also|Then|Please|Further|Furthermore|Additionally|Subsequently|Meanwhile|Finally|Otherwise)$/i.test(t);
  }

  /** An owner a bracket can name: roster initials or a roster name, or an organisation's acronym or initials. */
  isNamedOwner(s: string): boolean {
    const t = s.trim();
    return this.isOwner(t) && (this.person(t) !== null || ORGANISATION_ACRONYM.test(t) || looksLikeInitials(t));
  }

  resolve(raw: string): OwnerRef {
    const person = this.person(raw);
    if (person) return { raw, kind: 'person', attendeeId: person.id, name: person.name };
    if (GROUP.test(raw)) return { raw, kind: 'group', attendeeId: null, name: null };
    const organisation = this.organisations.find(raw);
    if (organisation) return { raw, kind: 'organisation', attendeeId: null, name: organisation };
    // Two capitals on a roster that gives initials read as a person's initials it lacks ("KL"), not an organisation.
    if (ORGANISATION_ACRONYM.test(raw) && !(this.rosterInitials && TWO_CAPITALS.test(raw))) return { raw, kind: 'organisation', attendeeId: null, name: null };
    return { raw, kind: 'unknown', attendeeId: null, name: null };
  }
}

/**
 * "[Action NC]", "**RB** reported" where the roster gave the person no initials: the minutes call an owner or a speaker by the
 * initials of their name, which are theirs from then on.
 */
export function adoptInitials(owners: readonly string[], resolver: OwnerResolver): void {
  for (const owner of owners) {
    const plain = undotted(owner);
    if (!looksLikeInitials(plain)) continue;
    const person = resolver.person(owner);
    // "I.R" (the list's stop dropped) is written "I.R." on the roster.
    if (person && !person.initials && plain === initialsOf(person.name)) person.initials = plain === owner || owner.endsWith('.') ? owner : `${owner}.`;
  }
}

/** Each attendee under the handles that spell their name: whole name, initial and surname, first or last name alone, first name and initial. */
function handleSpellings(attendees: readonly Attendee[]): Map<string, Attendee[]> {
  const spellings = new Map<string, Attendee[]>();
  for (const a of attendees) {
    const words = a.name.toLowerCase().normalize('NFKD').replace(/[^a-z\s]/g, '').split(/\s+/).filter(Boolean);
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    for (const spelling of new Set([words.join(''), first.charAt(0) + last, first, last, first + last.charAt(0)])) listIn(spellings, spelling).push(a);
  }
  return spellings;
}

/** "Chair, Jennette Arnold", "AJ/RC", "Cllrs Anderson and Eglington" -> the owners ("TG?": an owner not yet sure, still TG). */
export function splitOwners(s: string): string[] {
  return splitAtOwnerSeparators(s.replace(/^cllrs\.?\s+/i, ''))
    .map((o) => o.trim().replace(/[.:?]$/, ''))
    .filter(Boolean);
}

// "Carl: buy the cake", "Ada, Ben: draft the plan": who, then what.
const OWNER_LABEL = /^([^:]{1,40}):\s+(?=\S)/;
const MARKERS = new Set(['todo', 'to do', 'fixme', 'note', 'nb', 'fyi', 'done', 'tbd', 'tbc', 'update', 'status']);
const OWNER_DASHES = [' - ', ' – ', ' — '];

/** "Ada: squash and merge", "Ada - squash and merge": the owners the roster knows, then a colon or dash, then the task. */
export function leadingOwners(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  // "[Ian Hale, Ada Finch] Compile scope: ...": the owners in square brackets first, as meeting assistants write them;
  // "(TG) to handle the letters": initials or a roster name in round brackets, then the task.
  const square = text.startsWith('[');
  const close = square ? text.indexOf(']') : text.startsWith('(') ? text.indexOf(')') : -1;
  if (close > 1 && close <= 60 && text.charAt(close + 1) === ' ') {
    const bracketed = splitOwners(text.slice(1, close));
    if (bracketed.every((o) => (square ? resolver.isOwner(o) : resolver.isNamedOwner(o)))) return { text: text.slice(close + 1).trim(), owners: bracketed };
  }
  const found = OWNER_LABEL.exec(text);
  // "TODO: book the room": a marker, not who ("NB: order the seals" where NB is a member's initials is who).
  const label = found && (!MARKERS.has(found[1]!.trim().toLowerCase()) || resolver.person(found[1]!.trim())) ? found : null;
  const labelled = label ? splitOwners(label[1]!.trim()) : [];
  if (label && labelled.length > 0 && labelled.every((o) => resolver.isOwner(o))) return { text: text.slice(label[0].length), owners: labelled };
  for (const dash of OWNER_DASHES) {
    const at = text.indexOf(dash);
    if (at <= 0 || at > 40) continue;
    const owners = splitOwners(text.slice(0, at).trim());
    if (owners.length > 0 && owners.every((o) => resolver.isOwner(o))) return { text: text.slice(at + dash.length).trim(), owners };
  }
  return null;
}

const CAPITALS = /^\p{Lu}{2,4}$/u;

/** "DH email Anton about the room", "NB, MK relocate fans": the members' initials the roster knows that open the task, with no colon or dash after them. */
export function leadingInitials(text: string, resolver: OwnerResolver): string[] {
  const owners: string[] = [];
  let rest = text;
  for (let space = rest.indexOf(' '); space > 0; space = rest.indexOf(' ')) {
    const word = rest.slice(0, space).replace(/,$/, '');
    if (!CAPITALS.test(word) || !resolver.person(word)) break;
    owners.push(word);
    rest = rest.slice(space + 1).trimStart();
    if (rest.startsWith('and ') || rest.startsWith('& ')) rest = rest.slice(rest.indexOf(' ') + 1);
  }
  return rest === '' ? [] : owners;
}

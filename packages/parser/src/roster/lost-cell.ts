import { looksLikeInitials, looksLikePersonName, splitPersonName } from '../text/names.js';
import { readsAsBody, readsAsPost } from './describe.js';
import { abbreviates } from './leading-initials.js';

/** A roster line read as a name and the description after it. */
export interface LostCell {
  name: string;
  description: string;
  /** "RB Richard Barnes Deputy Mayor": the initials column before the name, with its tab lost too. */
  initials?: string;
  /** "Chair Richard Barnes Deputy Mayor": the initials column of the chair's row says "Chair". */
  chairColumn?: boolean;
  /** The description opens with an acronym ("Simin Azimi MRAP"): no heading reads so, the row stands alone. */
  certain?: boolean;
}

// "Stephen YoungCleveland Police", "Leonie BurnhamECLC", "Andree O’DonnellAMES": a surname run into the capital
// of the word after it, a capitalised word or an acronym.
const GLUED = /^(\p{Lu}(?:['’]\p{Lu})?\p{Ll}{2,})(\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\p{Lu}+)[,;:]?)$/u;
// Surnames that keep a capital inside them ("MacDonald", "FitzGerald", "VanDyke").
const CAPITAL_INSIDE = new Set(['mac', 'fitz', 'van', 'von', 'della', 'dela', 'des', 'del', 'dos', 'das', 'vander', 'vanden', 'ten', 'ter']);
const ACRONYM_WORD = /^\p{Lu}{2,}s?$/u;

/**
 * "Head of Community Protection (Chair)", "Dorset Police", "HMCS Magistrates Court": a post or a body first.
 * After a space alone, one word must be a post or an acronym ("Manager", "YJB"): "Services" alone more likely ends a phrase.
 */
function opensDescription(text: string, glued: boolean): boolean {
  if (STANDS_FOR.test(text)) return true;
  const first = text.split(/[,(/–—]|\s-\s/)[0]!.trim();
  const words = first.split(' ');
  if (!first) return false;
  if (!glued && words.length === 1) return ACRONYM_WORD.test(first) || readsAsPost(first);
  return readsAsPost(first) || readsAsBody(first) || ACRONYM_WORD.test(words[0]!);
}

// "Shadowing Simon Tanner", "Representing Jo Pike": a description that names whom the person is there for.
const STANDS_FOR = /^(?:shadowing|representing|substituting for|deputising for)\s/i;

/** "Young People’s", "RB Richard": a possessive, or initials before a given name, are no person's name. */
const namesPerson = (name: string) => !/['’]s\b/.test(name) && !ACRONYM_WORD.test(name.slice(0, name.indexOf(' '))) && looksLikePersonName(splitPersonName(name).name);

/**
 * "Geoff LeeChair of the Safer Stockton Partnership": a table row whose tab and space the export lost,
 * the surname run into the description's first word. Read where the description opens with a post or a body.
 */
export function readGluedCell(text: string): LostCell | null {
  const words = text.split(' ');
  const titles = splitPersonName(text).honorific?.split(' ').length ?? 0;
  for (let k = titles + 1; k < Math.min(words.length, titles + 4); k++) {
    const glued = GLUED.exec(words[k]!);
    if (!glued || CAPITAL_INSIDE.has(glued[1]!.toLowerCase())) continue;
    const name = [...words.slice(0, k), glued[1]!].join(' ');
    const description = [glued[2]!, ...words.slice(k + 1)].join(' ');
    return namesPerson(name) && (opensDescription(description, true) || opensUnknownBody(description)) ? { name, description } : null;
  }
  return null;
}

/**
 * "TuckerAnchor, CEO", "OzeerBounce - Director", "SidiropoulosVicPol MLO": no surname keeps a capital after two
 * small letters but those above, so the glue ends the name even where the description's first word is unknown, so
 * long as more follows it (a last word alone may be a surname's lost hyphen, "BarlowPalm") and it names no person
 * ("UghanwaMichael O’Connell and David ...": two people run together).
 */
function opensUnknownBody(description: string): boolean {
  const words = description.split(' ');
  if (words.length < 2 && !/[,;:]$/.test(description)) return false;
  return !namesPerson(words.slice(0, 2).join(' ').replace(/[,;:]$/, ''));
}

/**
 * "Mike Batty Head of Community Protection (Chair)", "Vanessa Read Dorset Clinical Commissioning Group":
 * a table row whose tab the export lost, the name then the description after one space. Read where the
 * description opens with a post or a body; the shortest name (two or three words) that leaves one wins.
 */
export function readLostCell(text: string): LostCell | null {
  const space = text.indexOf(' ');
  const lead = space > 0 ? text.slice(0, space) : '';
  if (looksLikeInitials(lead)) {
    const row = readNameThenDescription(text.slice(space + 1));
    return row && abbreviates(lead, splitPersonName(row.name).name) ? { ...row, initials: lead } : null;
  }
  if (lead.toLowerCase() === 'chair') {
    const row = readNameThenDescription(text.slice(space + 1));
    return row && { ...row, chairColumn: true };
  }
  return readNameThenDescription(text);
}

function readNameThenDescription(text: string): LostCell | null {
  const words = text.split(' ');
  const titles = splitPersonName(text).honorific?.split(' ').length ?? 0;
  for (let k = titles + 2; k <= titles + 3 && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    const description = words.slice(k).join(' ');
    if (namesPerson(name) && opensDescription(description, false)) return withInitialsAfterName({ name, description, certain: ACRONYM_WORD.test(words[k]!.replace(/[,;:]$/, '')) });
  }
  return null;
}

/** "Hugh Harris HH London First": the initials column after the name, its tab lost too, opens the description. */
function withInitialsAfterName(row: LostCell): LostCell {
  const space = row.description.indexOf(' ');
  const first = space > 0 ? row.description.slice(0, space) : '';
  return looksLikeInitials(first) && abbreviates(first, splitPersonName(row.name).name) ? { ...row, description: row.description.slice(space + 1), initials: first } : row;
}

import { collapseSpaces, isSpaceCode } from './clean.js';
/** A full stop that ends a sentence: after a lower-case letter or a bracket, not after a title ("Cllr. Finch"), before a capital. */
// ("Bro. Ann Lee", "Sis. Jo Finch": a trade unionist's title, no sentence's end; nor "Capt. Pete Selwood", "Lt. Col. Ann Reed",
// "Sgt. Jo Hale": a service rank's; nor "Ald. Eve Madden", "Clr. Jo Finch": an alderman's or a councillor's.)
// ("... were also present . Tim Roe was absent": a scan's text may set a space before the stop.)
export const SENTENCE_STOP =
  /(?<=[\p{Ll})])(?<!\b(?:Cllrs?|Cll|Clr|Ald|Mrs?|Ms|M\/s|Dr|Revd?|Prof|St|Fr|Bros?|Sis|Sr|Br|Capt|Lt|Col|Sgt|Maj|Brig|Cdr|Supt|Insp|Det|Hon))\s?\.\s+(?=\p{Lu})/u;

/** A person's name split from the titles and letters written around it. */
export interface PersonName {
  name: string;
  honorific: string | null;
}

// Longest first, so "County Councillor" wins over "Councillor". Stacks ("Cllr Mrs") are read in a loop.
const HONORIFICS = [
  'County Councillor', 'Borough Councillor', 'District Councillor', 'Parish Councillor', 'City Councillor',
  'Town Councillor', 'Unitary Councillor', 'Ward Councillor', 'County Cllr', 'Borough Cllr', 'District Cllr', 'Parish Cllr',
  'City Cllr', 'Town Cllr', 'Unitary Cllr', 'Ward Cllr', 'Cty Councillor', 'Cty Cllr',
  'Detective Chief Superintendent', 'Detective Superintendent', 'Detective Chief Inspector', 'Detective Constable',
  'Chief Superintendent', 'Chief Inspector', 'Chief Constable', 'Deputy Chief Constable', 'Assistant Chief Constable',
  'Deputy Assistant Commissioner', 'Assistant Commissioner',
  'Super Intendent', 'Superintendent', 'Detective Inspector', 'Detective Sergeant', 'Inspector', 'Sergeant', 'Sergt',
  // "Constable Sang Ho Byun", "Cst. Eric Boynton": the rank alone, as New Zealand, Australian and Canadian police list officers.
  'Senior Constable', 'Constable', 'Cst',
  // "Deputy Reeve Mary Smith", "Reeve Tom Hale": the head of an Ontario township's council and their deputy, as its boards list them.
  'Deputy Reeve', 'Reeve',
  // "Senator Ann Lee": a member of an upper house, as Irish joint policing committees list them.
  'Senator',
  // "Council Member Ann Lee", "Councilmember Reed", "Alderwoman Hale": an American council's members, as "Councillor" is.
  // ("Ald. Eileen Madden", "Ald. Madden": an alderman, as Wisconsin and Illinois cities' committees list them.)
  // ("County Councilor Mr Arfon Wyn", "Councilor Ann Lee": the same titles in the American spelling, as some Welsh and
  // American minutes write them.)
  'County Councilor', 'Borough Councilor', 'District Councilor', 'City Councilor', 'Town Councilor', 'Councilor',
  'Council Member', 'Councilmember', 'Councilman', 'Councilwoman', 'Councilperson', 'Alderwoman', 'Alderperson', 'Ald',
  // "Associate Professor Ann Lee", "Assoc. Prof. Jim Macbeth", "A/Prof Ann Lee": a university's grades of professor.
  'Associate Professor', 'Assistant Professor', 'Distinguished Professor', 'Emeritus Professor', 'Adjunct Professor', 'Clinical Professor',
  'Assoc\\. Professor', 'Assoc Professor', 'Assoc\\. Prof', 'Assoc Prof', 'Asst\\. Prof', 'Asst Prof', 'A/Professor', 'A/Prof',
  // "The Hon. K. E. Beazley": a judge's or minister's courtesy title (before "Sir" in "The Hon. Sir Ronald Wilson").
  'The Hon',
  'His Honour Judge', 'Her Honour Judge', 'HH Judge', 'Judge', 'Commander', 'Commissioner', 'Councillor', 'Alderman', 'Professor', 'Reverend', 'Baroness', 'Baron',
  // "The Right Rev’d Dr Kelvin Wright", "The Very Revd Joe Hawes", "Rev'd Eric Kyte", "Ven Jan Clark": the clergy's styles,
  // "Rev'd" with either apostrophe, as church councils, chapters and synods list their members.
  "The Very Reverend", "The Very Rev['’]?d", 'The Very Rev', "Very Rev['’]?d", 'Very Rev',
  "The Right Reverend", "The Right Rev['’]?d", 'The Right Rev', "Right Rev['’]?d",
  "The Most Reverend", "The Most Rev['’]?d", 'The Most Rev', "Most Rev['’]?d",
  "The Rt Rev['’]d", "Rt Rev['’]d", "The Rev['’]d", "Rev['’]d",
  'The Rt Revd', 'The Rt Rev', 'Rt Revd', 'Rt Rev', 'The Revd', 'The Rev', 'The Venerable', 'Venerable', 'The Ven', 'Ven',
  'Archbishop', 'Archdeacon', 'Bishop', 'Monsignor', 'Msgr', 'Mgr', 'Pastor', 'Deaconess', 'Deacon', 'Rabbi', 'Imam', 'Pandit',
  // "Professor the Baroness Watkins": a peer's title with its article, before the title alone.
  'The Baroness', 'The Lord', 'The Lady',
  'Rt Hon', 'The Rt Hon', 'Rt\\. Hon', 'The Rt\\. Hon', 'Cllr', 'CCllr', 'BCllr', 'DCllr', 'Cll', 'Clr', 'Cr', 'Dr', 'Prof', 'Rev', 'Revd', 'Canon', 'Father', 'Fr', 'Sir', 'Dame', 'Lord', 'Lady',
  // "PFCC Stephen Mold", "ACO Paul Bullen": a police (fire) and crime commissioner, their deputy, an assistant chief officer.
  'PFCC', 'DPFCC', 'PCC', 'DPCC', 'ACO', 'CC',
  // "Mayor Pro Tempore Hansen": an American council's acting mayor, the whole title before the name.
  'PCSO', 'PC', 'DCI', 'DI', 'DS', 'ACC', 'DCC', 'Mr', 'Mrs', 'Ms', 'M/s', 'Miss', 'Mx', 'Deputy', 'Mayor Pro Tempore', 'Mayor Pro Tem', 'Mayor',
  // "Wg Cdr Jo Finch", "Brigadier Al Reed", "Surgeon Captain Ann Lee": service ranks, as defence and health data bodies list members.
  'Wing Commander', 'Wg Cdr', 'Squadron Leader', 'Sqn Ldr', 'Group Captain', 'Gp Capt', 'Air Commodore', 'Air Cdre',
  'Lieutenant Commander', 'Lt Cdr', 'Lt Col', 'Surgeon Captain', 'Surgeon Commander', 'Brigadier', 'Captain', 'Cdr',
  'Ch Supt', 'Ch Insp', 'Supt', 'Insp', 'Sgt', 'Det Sgt', 'Det Insp', 'Capt', 'Lt', 'Col', 'Maj', 'Brig',
  // "Chief Supt. Anne Wakefield", "Lt. Colonel Charles Milner" (read as "Lt" then "Colonel").
  'Chief Supt', 'Lieutenant Colonel', 'Colonel',
  // "Cpl Lance Connors", "ENS George Daws": the ranks under those, as emergency planning committees list service members.
  'Lieutenant', 'Major', 'Corporal', 'Cpl', 'Ensign', 'ENS',
  // "Bro. D Joynson", "Sis. M Taylor", "SR. Carol McDonald": trade unionists' titles for one another.
  'Brother', 'Sister', 'Bro', 'Sis', 'Br', 'Sr',
  // "Lion Tina", "Lion First Vice President Joe Gallagher": the title Lions club members give one another in their minutes.
  'Lion',
];
// "D/Chief Superintendent", "T/DCI", "A/Insp": a police rank held as detective, temporarily or acting, the letter and a slash before it.
const HONORIFIC = new RegExp(`^(?:[DTA]/)?(?:${HONORIFICS.map((h) => h.replace(/ /g, '\\s+')).join('|')})[.,]?(?=\\s)`, 'i');
const POST_NOMINALS = new Set(['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'CB', 'AM', 'MP', 'MEP', 'MSP', 'MS', 'MLA', 'QC', 'KC', 'JP', 'DL', 'QPM', 'PhD', 'FRS', 'J.P.', 'J.P', 'OAM']);

/** "MP", "OBE": letters written after a name. */
export const isPostNominal = (s: string): boolean => POST_NOMINALS.has(s);

/**
 * `s.replace(/(?:,?\s+(?:OBE|MBE|...|FRS))+\s*$/, '')` read backwards, letters word by
 * word: the regex retried a long run of white space from every position in it.
 */
export function withoutPostNominals(s: string): string {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let cut = -1;
  for (;;) {
    let start = end;
    while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
    if (start === 0 || start === end || !POST_NOMINALS.has(s.slice(start, end))) break;
    let before = start;
    while (before > 0 && isSpaceCode(s.charCodeAt(before - 1))) before--;
    if (s[before - 1] === ',') before--;
    cut = before;
    end = before;
  }
  return cut === -1 ? s : s.slice(0, cut);
}

// The first letters of the honorifics, in lower case: a name starting otherwise has none.
const HONORIFIC_STARTS = new Set(HONORIFICS.map((h) => h.charAt(0).toLowerCase()));
const mayStartHonorific = (s: string) => HONORIFIC_STARTS.has(s.charAt(0).toLowerCase());

/** "Dr", "Mrs.": an honorific alone, no name after it (a list cut off after the title, as a page's end cuts it). */
export function isHonorificAlone(written: string): boolean {
  const word = written.trim();
  if (word === '' || /\s/.test(word) || !mayStartHonorific(word)) return false;
  const m = HONORIFIC.exec(`${word} `);
  return m !== null && m[0].length === word.length;
}

/** Splits "Cllr Mrs D Clements", "Commander Stephen Watson", "Jane Roe OBE". */
export function splitPersonName(written: string): PersonName {
  let rest = withoutPostNominals(written.trim()).trim();
  // "D Body Esq.": the courtesy title English minutes write after a man's name, his honorific there.
  const esquire = ESQUIRE.exec(rest);
  if (esquire && esquire.index > 0) rest = rest.slice(0, esquire.index);
  const titles: string[] = [];
  for (let m = mayStartHonorific(rest) ? HONORIFIC.exec(rest) : null; m; m = HONORIFIC.exec(rest)) {
    // "Deputy" is an honorific before another title ("Deputy Dr"), or before a name of its own ("Deputy Johnny Brady", a member
    // of the Dáil), never before a post ("Deputy Leader Ann Lee").
    const next = rest.slice(m[0].length).trim();
    if (/^deputy$/i.test(m[0]) && !HONORIFIC.test(next) && !namesDeputy(next)) break;
    // "CC Nick Adderley": the chief constable, in capitals, before a name it does not abbreviate ("CC Clare Cole" is her initials).
    if (/^cc$/i.test(m[0]) && (m[0] !== 'CC' || initialsOf(next).startsWith('C'))) break;
    // "Ven Jan Clark" (the Venerable), but "Ven Balakrishnan"; "Col Jo Finch" (a colonel), but "Col Draper": a given name of
    // its own before a surname alone.
    if (/^(?:ven|col)$/i.test(m[0]) && !/\S\s+\S/.test(next)) break;
    // "Di Maxwell", "Ens Lee": a rank's letters ("DI", "ENS") written in small letters are a given name, not the rank.
    if (isLowerCasedAcronym(m[0])) break;
    if (!next || !/\S\s*\S/.test(next)) break;
    titles.push(m[0].replace(/[.,]$/, ''));
    rest = next;
  }
  if (esquire && esquire.index > 0) titles.push('Esq');
  return { name: collapseSpaces(rest), honorific: titles.length ? titles.join(' ') : null };
}

// The honorifics written as capital letters ("DI", "PC", "ENS"): read as a rank only when written so.
const ACRONYM_HONORIFICS = new Set(HONORIFICS.filter((h) => /^\p{Lu}{2,}$/u.test(h)).map((h) => h.toLowerCase()));

/** "Di" for "DI": a rank's letters, written with small letters. */
function isLowerCasedAcronym(written: string): boolean {
  const bare = written.replace(/^[DTA]\//, '').replace(/[.,]$/, '');
  return ACRONYM_HONORIFICS.has(bare.toLowerCase()) && bare !== bare.toUpperCase();
}

// ", Esq.", " Esq": after the name, once.
const ESQUIRE = /,?\sEsq\.?$/;

// Posts a deputy holds, whose words would otherwise read as a name after "Deputy" ("Deputy Leader Ann Lee").
const DEPUTY_POST = /^(?:leader|chair\w*|head|director|manager|principal|governor|editor|lieutenant|registrar|coroner|speaker|president|warden|clerk|secretary|treasurer|minister|premier|sheriff|general|vice|team|service|group|area|regional|national|county|district|city|borough|town|senior)\b/i;

/** "Johnny Brady" after "Deputy": two or three words that read as a person's name and name no post. */
const namesDeputy = (next: string): boolean => !DEPUTY_POST.test(next) && next.split(' ').length <= 3 && looksLikePersonName(next);

const NOT_NAME_WORDS = new Set(
  (
    'minutes agenda action actions item items meeting meetings apologies present attendance attendees members member ' +
    'draft update updates report reports discussion notes chair board welcome introduction aob any other business date ' +
    'next previous matters arising summary recommendation recommendations appendix contents none public speakers ' +
    'officers secretariat also in attendance the of and for to from with council councillors strategy partnership ' +
    'committee group panel forum team policy london city hall head chief executive officer director manager ' +
    'association trust borough service services agency department office society network federation union ltd limited ' +
    'university college school centre center housing planning transport deputy mayor clerk secretary treasurer court magistrates above below groups ' +
    'representative coordinator co-ordinator adviser advisor consultant assistant councillor authority commission foundation ' +
    'partners public residents people others lead development community shadowing representing attending chairing ' +
    'together churches church members member board staff unit programme project network part section one two three ' +
    'councils police constabulary government ministry hospital institute alliance funders prisons probation tribunal ' +
    'directorate commissioner prosecutor nhs solicitor please quorum quorate inquorate administrator moved seconded proposed ' +
    // The seats of a board's members in the plural ("Trustees; Ann Lee, Tom Reed"): a list's title, never a name.
    'trustees directors commissioners governors ' +
    // The rites a council opens with ("Opening Prayer", "Karakia", "National Anthem"), headed after its lists.
    'opening closing prayer prayers karakia anthem invocation pledge allegiance acknowledgement acknowledgment'
  ).split(' '),
);

// Words of minutes that are common surnames too ("Elizabeth Hall", "Paul Head", "Ross Church", "Ann Court", "Jo Clerk").
const SURNAME_WORDS = new Set(['hall', 'head', 'church', 'court', 'clerk']);
// The words before those nouns that make them a place or a post ("Village Hall", "Parish Church", "Crown Court", "Town Clerk").
const PLACE_OR_POST_BEFORE = new Set(
  (
    'town village county parish district civic memorial guild market drill concert lecture dining assembly sports scout main great old new ' +
    'st saint royal state federal circuit appeal appeals superior municipal juvenile probate family youth crown high supreme coroners combined ' +
    'cathedral abbey methodist baptist catholic anglican united reformed free evangelical pentecostal orthodox lutheran presbyterian ' +
    'episcopal congregational christ interim acting recording senior principal joint temporary administrative admin legal accounts records finance'
  ).split(' '),
);

/** "hall" (in lower case) after "Elizabeth" or "L." is a surname; after "Village" a building, after "Town" a post. */
const isSurnameAfter = (lowerWord: string, before: string): boolean => SURNAME_WORDS.has(lowerWord) && !PLACE_OR_POST_BEFORE.has(before.toLowerCase().replace(/\.$/, ''));

// "II.", "XIV.": a Roman number, two letters or more, and its stop ("V." alone may be an initial).
const ROMAN_NUMBER_WORD = /^(?:I{2,3}|IV|VI{1,3}|IX|X(?:I{1,3}|IV|VI{0,3}|IX|X))\.$/;

const INITIAL_OR_SPACE = /\s+|(?<=(?:^|[\s.])\p{Lu}\.)(?=\p{Lu})/u;

/**
 * Whether text reads as one person's name: two to five name-like words (an
 * initial counts; one lower-case particle such as "van", or two together such as
 * "van der"), no digits, and none of the vocabulary of minutes, except a surname
 * such as "Hall" or "Clerk" last, after no place's or post's word.
 */
export function looksLikePersonName(s: string): boolean {
  if (!s || s.length > 60 || /[\d;:@#=&/]/.test(s)) return false;
  // "P.Markwell", "A.B.Jones": initials typed with no space before the surname are words of their own.
  const spaced = s.split(/\s+/);
  // ("II. Civil War Memorial": a Roman number of two letters or more with its stop numbers an item; no initials are so written.)
  if (ROMAN_NUMBER_WORD.test(spaced[0]!)) return false;
  const words = s.includes('.') ? s.split(INITIAL_OR_SPACE) : spaced;
  if (words.length < 2 || words.length > 5) return false;
  // "A.O.B" is letters with stops, no initials before a surname.
  if (words.length > spaced.length && words[words.length - 1]!.length < 2) return false;
  let lower = 0;
  let lowerAt = -1;
  for (const [k, w] of words.entries()) {
    const lw = w.toLowerCase();
    // (Two words at least: the last has one before it.)
    if (NOT_NAME_WORDS.has(lw) && !(k === words.length - 1 && isSurnameAfter(lw, words[k - 1]!))) return false;
    if (isCapitalisedWord(w) || isElidedParticle(w)) continue;
    if (!isShortLowerWord(w)) return false;
    // One particle, or two together ("Pieter van der Ploeg", "Ana de la Cruz"); never a third.
    if (lower >= 2 || (lower === 1 && !(lowerAt === k - 1 && DOUBLE_PARTICLE.has(`${words[k - 1]} ${w}`)))) return false;
    lower++;
    lowerAt = k;
  }
  // A capitalised word starts with a capital; the others counted do not.
  const last = words[words.length - 1]!;
  return isCapitalisedWord(words[0]!) && (isCapitalisedWord(last) || isElidedParticle(last));
}

// Particles written as two words before a surname.
const DOUBLE_PARTICLE = new Set(['van der', 'van den', 'van de', 'van het', 'von der', 'von dem', 'de la', 'de las', 'de los', 'de le', 'da la', 'van la']);

/**
 * "NoDescriptionResolution": a table's captions run together, a capital after a small letter twice or more. A name's word
 * has one at most ("McDonald", "FitzGerald").
 */
export function runsWordsTogether(w: string): boolean {
  let joins = 0;
  for (let i = 1; i < w.length; i++) if (isAsciiUpper(w.charCodeAt(i)) && isAsciiLower(w.charCodeAt(i - 1)) && ++joins >= 2) return true;
  return false;
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** `/^\p{Lu}[\p{L}'’.-]*$/u`, read without the regex when the word is ASCII. */
function isCapitalisedWord(w: string): boolean {
  if (!isAsciiUpper(w.charCodeAt(0))) return w.charCodeAt(0) >= 128 && /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
    if (!isAsciiUpper(c) && !isAsciiLower(c) && c !== 39 && c !== 46 && c !== 45) return false;
  }
  return true;
}

/** "d’Oliveiro", "l'Estrange": an elided particle before a capitalised name. */
function isElidedParticle(w: string): boolean {
  const c = w.charAt(0);
  return (c === 'd' || c === 'l') && (w.charAt(1) === "'" || w.charAt(1) === '’') && isCapitalisedWord(w.slice(2));
}

/** `/^\p{Ll}{1,4}$/u`, read without the regex when the word is ASCII. */
function isShortLowerWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return /^\p{Ll}{1,4}$/u.test(w);
  if (w.length < 1 || w.length > 4) return false;
  for (let i = 0; i < w.length; i++) if (!isAsciiLower(w.charCodeAt(i))) return false;
  return true;
}

/**
 * A surname standing alone, as minutes write members after a title ("Cllr Vaughan",
 * "Mr Dalton"): one capitalised word that is not the vocabulary of minutes.
 */
export function looksLikeSurname(s: string): boolean {
  // "O'Callaghan", "McLeod", "Smith-Jones": capitalised, with lower case somewhere (all capitals are initials).
  return s.length <= 30 && /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?$/u.test(s) && /\p{Ll}/u.test(s) && !NOT_NAME_WORDS.has(s.toLowerCase());
}

/** "Richard Barnes" -> "RB". */
// "K.Homewood": an initial's stop with no space before the surname parts the two words too.
const INITIAL_STOP = /(?<=(?:^|\s)\p{Lu})\.(?=\p{Lu}\p{Ll})/u;

export function initialsOf(name: string): string {
  return (name.includes('.') ? name.replace(INITIAL_STOP, ' ') : name)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The last word of a name ("Jo van Dyke" -> "Dyke"), as sentences refer to a person. */
export const surnameOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Looks like initials as minutes use them: "RB", "RBe", "RBau", "AWB", "J.S.". */
export function looksLikeInitials(s: string): boolean {
  return INITIALS_SHAPE.test(s) && !/^(?:AOB|PDF|KB|MB|NB|OK|TBC|TBA)$/.test(s);
}

/**
 * Initials' shape alone: capitals, and a lower-case letter or so after them ("McD"); the words that look so ("MB", "OK")
 * included. ("DO’C": an Irish surname's apostrophe kept in its initials, "Diana O’Connor (DO’C)".)
 */
export const INITIALS_SHAPE = /^(?:\p{Lu}{2,4}|\p{Lu}{2,3}['’]\p{Lu}{1,2})\p{Ll}{0,3}$/u;

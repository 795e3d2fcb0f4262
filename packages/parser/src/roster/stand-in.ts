import { looksLikePersonName, looksLikeSurname, splitPersonName } from '../text/names.js';

const OWN_REPRESENTATIVE = ['as their representative', 'as his representative', 'as her representative'];
// "represented by Kay Lund", "substitute: Kay Lund": who stood in for a member who sent apologies.
const STOOD_IN_BY = /^(?:represented|substituted|replaced|deputised|deputized)\s+by\s+(\S.*)$|^(?:substitute|sub|deputy|representative)\s*:\s*(\S.*)$/i;

// "Ms H Horne attended as substitute": the words after the person who stood in.
// "(with Cllr Ivan Tate observing in his absence)": an observer in the member's place.
const IN_ABSENCE = ['attended', 'attending', 'observing'].flatMap((verb) => ['his', 'her', 'their'].map((whose) => `${verb} in ${whose} absence`));
const STOOD_IN_AFTER = ['attended as substitute', 'attended as a substitute', 'attending as substitute', 'attending as a substitute', ...IN_ABSENCE, 'substituted', 'deputised', 'deputized'].map((words) => ` ${words}`);

// "Cllr Jo Finch, for whom Cllr Ray Moss was substitute": a council's record of the member who stood in.
const FOR_WHOM = 'for whom ';
const WHOM_STOOD_IN = [' was substitute', ' was a substitute', ' was the substitute', ' acted as substitute', ...STOOD_IN_AFTER];

/** What a roster description says about representation: the text left, and who stood in, if anyone. */
export interface Representation {
  rest: string;
  /** "Kay Lund" of "(Kay Lund attending as their representative)" or "(represented by Kay Lund)". */
  standIn: string | null;
}

/**
 * Reads "..., attending as their representative" (the person represents the organisation
 * written before it) and the stand-in forms of an apologies entry. A plain suffix search,
 * not a pattern, so a long line costs one pass.
 */
export function readRepresentation(text: string): Representation {
  const lower = text.toLowerCase();
  if (lower.startsWith(FOR_WHOM)) {
    const clause = lower.replace(/[;.]$/, '');
    const stood = WHOM_STOOD_IN.find((s) => clause.endsWith(s));
    const whom = stood ? text.slice(FOR_WHOM.length, clause.length - stood.length).trim() : '';
    if (whom && isPerson(whom)) return { rest: '', standIn: whom };
  }
  // "Ms H Horne attended as substitute", "Mr D Walker, Medical Director attended in his absence".
  const stoodIn = STOOD_IN_AFTER.find((s) => lower.endsWith(s));
  const named = stoodIn ? text.slice(0, text.length - stoodIn.length).trim().replace(/^with\s+/i, '') : '';
  if (named && isPerson(named.split(', ')[0]!)) return { rest: '', standIn: named };
  const suffix = OWN_REPRESENTATIVE.find((s) => lower.endsWith(s));
  if (suffix) {
    let rest = text.slice(0, text.length - suffix.length).trimEnd();
    if (rest.toLowerCase().endsWith('attending')) rest = rest.slice(0, -'attending'.length).trimEnd();
    const separated = rest.endsWith(',');
    rest = separated ? rest.slice(0, -1).trimEnd() : rest;
    // "Jess Moor attending as their representative": a person, named without a comma, stood in.
    if (!separated && isPerson(rest)) return { rest: '', standIn: rest };
    return { rest, standIn: null };
  }
  // The whole text, or its last part: "Larchford Council, represented by Jo Pike".
  const comma = text.lastIndexOf(', ');
  for (const at of comma > 0 ? [0, comma + 2] : [0]) {
    const by = STOOD_IN_BY.exec(text.slice(at).trim());
    const named = by ? (by[1] ?? by[2]!).trim() : '';
    if (named && isPerson(named)) return { rest: at ? text.slice(0, comma).trim() : '', standIn: named };
  }
  return { rest: text, standIn: null };
}

function isPerson(text: string): boolean {
  const { name, honorific } = splitPersonName(text);
  // "represented by Dr. Fedynich": a roll of surnames names the stand-in by title and surname alone.
  return looksLikePersonName(name) || (honorific !== null && looksLikeSurname(name));
}

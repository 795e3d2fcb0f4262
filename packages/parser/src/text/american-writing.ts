// Whether the minutes are written the American way, whose numeric dates put the month first ("9/07/08": 7 September):
// American spellings and offices, and none of the British ones that Commonwealth bodies share with British writers.

// "organized", "recognized"; "Pledge of Allegiance", "Board of Supervisors", "Selectmen", "Councilmember", "Township".
const AMERICAN = /\b(?:organiz|recogniz|authoriz|finaliz|pledge\sof\sallegiance|selectm[ae]n\b|supervisors?\b|councilmembers?\b|alderm[ae]n\b|township\b|county\scommissioners?\b)/gi;
// "organised", "Cllr", "Councillor", "Parish", "colour", "favour", "labour", "£".
const BRITISH = /\b(?:organis|recognis|authoris|finalis|cllr\b|councillors?\b|parish\b|colour|favour|labour)|£/i;
// American words this many times at least: one may be a name or a quotation.
const LEAST_AMERICAN = 2;

/** Whether the text writes American words twice at least and no British one. */
export function writesAmerican(text: string): boolean {
  if (BRITISH.test(text)) return false;
  let found = 0;
  AMERICAN.lastIndex = 0;
  while (AMERICAN.exec(text) !== null) if (++found >= LEAST_AMERICAN) return true;
  return false;
}

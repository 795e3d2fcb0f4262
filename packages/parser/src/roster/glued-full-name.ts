// "Katherine Du Plessis, Dave Raynor, AverilWilkinson, Ian Wilkinson": a converter lost the space inside one name of a
// list of full names, the given name and the surname each still capitalised.
const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
// Surname prefixes a capital follows inside one word ("MacKenzie", "FitzGerald", "VanDyke", "DelGado").
const PREFIXES = new Set(['Mac', 'Van', 'Von', 'Fitz', 'Del', 'Della', 'Des', 'Dal', 'Ver', 'Ten', 'Ter']);
// The list must be of full names: this many other parts written as two words or more.
const LEAST_FULL_NAMES = 2;

/** The part with the lost space put back, where the list's other parts are full names; the part itself otherwise. */
export function withGluedNameParted(part: string, parts: readonly string[]): string {
  const m = GLUED.exec(part.trim());
  if (!m || PREFIXES.has(m[1]!)) return part;
  const full = parts.filter((p) => p.trim().includes(' ')).length;
  return full >= LEAST_FULL_NAMES ? `${m[1]} ${m[2]}` : part;
}

// Marks a run-on roster list carries besides its entries.

// "Cllrs Mill, Reid and Stephenson", "Councillors: Mark Frankland, ...": a plural title for the whole list.
const PLURAL_TITLES: [RegExp, string][] = [
  [/^cllrs\.?(?:\s*[:–—-])?\s+/i, 'Cllr'],
  [/^councillors(?:\s*[:–—-])?\s+/i, 'Councillor'],
  [/^messrs\.?(?:\s*[:–—-])?\s+/i, 'Mr'],
];

/** The title a list opens with for all its members, and the list without it. */
export function readPluralTitle(text: string): { title: string | null; rest: string } {
  for (const [re, title] of PLURAL_TITLES) {
    const m = re.exec(text);
    if (m) return { title, rest: text.slice(m[0].length) };
  }
  return { title: null, rest: text };
}

const CHAIR_PART = /^(?:and\s+)?(?:in the chair|chairing|chair(?:man|woman|person)?)$/i;

/** "Mr Watterson and, in the Chair, Mr Matt Prince": a part that marks the next person as the chair. */
export function isChairPart(part: string): boolean {
  return CHAIR_PART.test(part.trim());
}

/** "Mr Watterson and" before ", in the Chair, ...": the list's last "and" left on the entry before it. */
export function withoutTrailingAnd(part: string): string {
  const trimmed = part.trimEnd();
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(' and')) return trimmed.slice(0, -4).trimEnd();
  if (lower.endsWith(' &')) return trimmed.slice(0, -2).trimEnd();
  return part;
}

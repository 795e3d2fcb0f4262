// "Ratepayer Members: Mr Barker (Ch) Mr Cowling Appointed Members: Cllr Hale Co-opted Members: Members Present: 5":
// a drainage board's attendance table flattened into one line, each kind of member a label before its names (an
// empty kind a bare label) and the members counted at the end. The names of each kind, or null where the line does
// not open with such a label.

// "Ratepayer Members:", "Co-opted Members:", "Appointed Members:", "Officers:", "Others:": one word may say which kind.
const GROUP_LABEL = /(?<!\S)(?:\p{Lu}[\p{L}-]{1,20}\s)?(?:Members|Officers|Others)\s?:(?=\s|$)/gu;
// "Members Present: 5": the count of those present, no name.
const COUNT = /^(?:Members\s+Present\s*:\s*)?\d{1,3}$/;

/** The texts between the labels of a line that opens with a kind of member's label (empty kinds and the count left out). */
export function splitAtMemberGroups(text: string): string[] | null {
  const trimmed = text.trim();
  const labels = [...trimmed.matchAll(GROUP_LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  const parts: string[] = [];
  for (const [k, m] of labels.entries()) {
    const part = trimmed.slice(m.index + m[0].length, labels[k + 1]?.index ?? trimmed.length).trim();
    if (part && !COUNT.test(part)) parts.push(part);
  }
  return parts;
}

// "Employer Side:", "Staff Side:", "Trade Union Side:", "Management Side:": the two sides of a joint consultative or
// negotiating committee, each a label before its people (a side is neither a person nor an organisation).
const SIDE_LABEL = /(?<![^\s.;])(?:employers?['’]?|staff|(?:trade\s)?unions?|management|employees?['’]?|council|authority|official)\sside\s?:\s*/giu;

/** The texts after each side's label of a joint committee's list ("Employer Side: ... Staff Side: ..."), or null where no side is named. */
export function splitAtSides(text: string): string[] | null {
  const labels = [...text.matchAll(SIDE_LABEL)];
  if (labels.length === 0) return null;
  const parts = [text.slice(0, labels[0]!.index)];
  for (const [k, m] of labels.entries()) parts.push(text.slice(m.index + m[0].length, labels[k + 1]?.index ?? text.length));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

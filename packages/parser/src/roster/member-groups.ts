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

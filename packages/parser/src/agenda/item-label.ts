// "Item 2: Finance", "Agenda item 4 – Budget", "Agenda III: Other": the number a heading's label gives.
const ITEM_LABEL = /^(?:agenda\s+item|item|agenda)\s+(\d{1,3}[a-z]?|[ivxl]{1,6})\s*(?::|\.|[-–—]\s)\s*(?=\S)/i;

/** The number and the title after it, when a heading without a number writes "Item 2: Finance"; else null. */
export function readItemLabel(title: string): { number: string; title: string } | null {
  // Every label starts with "a" or "i" (any case): most titles do not.
  const c = title.charCodeAt(0) | 0x20;
  if (c !== 97 && c !== 105) return null;
  const m = ITEM_LABEL.exec(title);
  return m ? { number: m[1]!, title: title.slice(m[0].length).trim() } : null;
}

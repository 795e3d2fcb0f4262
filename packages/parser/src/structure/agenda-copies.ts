import type { ItemSection } from './segment.js';

/**
 * "1. Chair's introduction" ... "7. Other business" listed as the agenda, then "### 3. Appoint minute-taker" over
 * each minute: the agenda's numbered lines that headings number again are copies, no items of their own
 * (those no heading repeats stay: the minutes say nothing more of them).
 */
export function withoutAgendaCopies(items: ItemSection[]): ItemSection[] {
  const firstHeading = items.findIndex((item) => item.line.heading > 0);
  if (firstHeading <= 0) return items;
  const repeated = new Set(items.slice(firstHeading).flatMap((item) => (item.line.heading > 0 && item.heading.number !== null ? [item.heading.number] : [])));
  const copies = items.slice(0, firstHeading).filter((item) => item.heading.number !== null && repeated.has(item.heading.number));
  // Two numbers again at least: one repeat may be a coincidence.
  return copies.length >= 2 ? items.filter((item) => !copies.includes(item)) : items;
}

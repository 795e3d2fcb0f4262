import type { AgendaItem } from '@lsmp/model';

/** A London Enriched service area, as the caller's catalogue names it. */
export interface ServiceAreaRef {
  id: string;
  name: string;
}

/**
 * The service areas one agenda item concerns. Any linker can fill it;
 * `@lsmp/london-enriched`'s `linkMinutes` is one (map its result to this shape).
 */
export interface ItemServiceAreas {
  /** The item's number as in the minutes, or null. */
  itemNumber: string | null;
  /** The item's `id` in the minutes, where known; it wins over the number when both are given. */
  itemId?: string | undefined;
  serviceAreas: readonly ServiceAreaRef[];
}

/**
 * The service areas linked to one agenda item, without repeats, in the order given.
 * An entry matches by `itemId` when it has one, else by `itemNumber`.
 * @param links The links for the document the item belongs to.
 * @param item The agenda item.
 * @returns The areas; empty when none was linked.
 */
export function serviceAreasForItem(links: readonly ItemServiceAreas[] | undefined, item: Pick<AgendaItem, 'id' | 'number'>): ServiceAreaRef[] {
  const found = new Map<string, ServiceAreaRef>();
  for (const link of links ?? []) {
    const matches = link.itemId !== undefined ? link.itemId === item.id : link.itemNumber !== null && link.itemNumber === item.number;
    if (!matches) continue;
    for (const area of link.serviceAreas) if (!found.has(area.id)) found.set(area.id, area);
  }
  return [...found.values()];
}

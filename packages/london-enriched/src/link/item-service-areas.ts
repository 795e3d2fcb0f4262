import type { MinutesLinks } from './types.js';

/** The service areas of one agenda item, in the shape `@lsmp/report` takes for its coverage tables. */
export interface ItemServiceAreaLinks {
  itemNumber: string | null;
  itemId: string;
  serviceAreas: { id: string; name: string }[];
}

/** Each agenda item with the service areas it is linked to (item level, strongest first). */
export function toItemServiceAreas(links: MinutesLinks): ItemServiceAreaLinks[] {
  return links.items.map((item) => ({
    itemNumber: item.number,
    itemId: item.id,
    serviceAreas: item.links.filter((link) => link.kind === 'service-area').map((link) => ({ id: link.id, name: link.name })),
  }));
}

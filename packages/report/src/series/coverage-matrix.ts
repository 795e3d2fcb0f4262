import type { ItemServiceAreas, ServiceAreaRef } from '../shared/service-areas.js';
import type { OrderedSeries } from './meetings.js';

// The per-item link shape is shared with the one-meeting reports.
export type { ItemServiceAreas, ServiceAreaRef };

/**
 * Service-area links for a series: one entry per document of the list given to
 * `buildSeries` (same order), `undefined` where a document was not linked. Any
 * linker can fill it; `@lsmp/london-enriched`'s `linkMinutes` is one.
 */
export type SeriesServiceAreaLinks = ReadonlyArray<readonly ItemServiceAreas[] | undefined>;

export interface CoverageItem {
  itemNumber: string | null;
  itemId: string | null;
  /** The item's title in the minutes, or null when the item was not found there. */
  title: string | null;
}

export interface CoverageCell {
  meetingId: string;
  items: CoverageItem[];
}

export interface CoverageRow {
  serviceArea: ServiceAreaRef;
  /** One cell per meeting, in series order. */
  cells: CoverageCell[];
  /** Items concerning the area over the whole series. */
  total: number;
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  /** Meetings for which links were given (a meeting without links is not "no coverage"). */
  linkedMeetings: string[];
}

/**
 * Service areas against meetings. Rows follow `serviceAreas` when given (so areas
 * no meeting touched still show), then any other linked area in first-seen order.
 */
export function buildCoverageMatrix(
  series: OrderedSeries,
  links: SeriesServiceAreaLinks,
  serviceAreas: readonly ServiceAreaRef[] = [],
): CoverageMatrix {
  const rows = new Map<string, CoverageRow>();
  const addRow = (area: ServiceAreaRef) => {
    if (!rows.has(area.id)) rows.set(area.id, { serviceArea: { id: area.id, name: area.name }, cells: series.meetings.map((m) => ({ meetingId: m.id, items: [] })), total: 0 });
    return rows.get(area.id)!;
  };
  serviceAreas.forEach(addRow);
  const linkedMeetings: string[] = [];
  series.meetings.forEach((meeting, index) => {
    const meetingLinks = links[meeting.inputIndex];
    if (!meetingLinks) return;
    linkedMeetings.push(meeting.id);
    const items = series.minutes[index]!.items;
    for (const link of meetingLinks) {
      const item = items.find((i) => (link.itemId ? i.id === link.itemId : i.number === link.itemNumber));
      const coverageItem = { itemNumber: item?.number ?? link.itemNumber, itemId: item?.id ?? link.itemId ?? null, title: item?.title ?? null };
      for (const area of link.serviceAreas) {
        const row = addRow(area);
        const cell = row.cells[index]!;
        if (cell.items.some((i) => i.itemId === coverageItem.itemId && i.itemNumber === coverageItem.itemNumber)) continue;
        cell.items.push(coverageItem);
        row.total += 1;
      }
    }
  });
  return { rows: [...rows.values()], linkedMeetings };
}

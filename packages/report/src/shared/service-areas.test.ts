import { describe, expect, it } from 'vitest';
import { serviceAreasForItem } from './service-areas.js';

const housing = { id: 'housing', name: 'Housing' };
const health = { id: 'health', name: 'Health' };

describe('serviceAreasForItem', () => {
  it('matches by id first, else by number, and drops repeats', () => {
    const links = [
      { itemNumber: '3', itemId: 'i2', serviceAreas: [housing] },
      { itemNumber: '3', serviceAreas: [health, housing] },
      { itemNumber: null, serviceAreas: [health] },
    ];
    expect(serviceAreasForItem(links, { id: 'i2', number: '3' })).toEqual([housing, health]);
    expect(serviceAreasForItem(links, { id: 'i9', number: '3' })).toEqual([health, housing]);
    expect(serviceAreasForItem(links, { id: 'i5', number: null })).toEqual([]);
    expect(serviceAreasForItem(undefined, { id: 'i2', number: '3' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { scanLines } from '../scan/scan-lines.js';
import { findBoldInitials } from './bold-initials.js';

describe('findBoldInitials', () => {
  it('finds bold initials before a lower-case word, with offsets in the whole text (not labels such as NB)', () => {
    const text = 'Intro\n**AF** opened the item. **QZ** reported that **NB** the **Council** agreed.';
    const found = findBoldInitials(scanLines(text).slice(1));
    expect(found.map((b) => [b.initials, text.slice(b.start, b.end)])).toEqual([
      ['AF', 'AF'],
      ['QZ', 'QZ'],
    ]);
  });

  it('skips bold words that are not initials or stand before a capital', () => {
    expect(findBoldInitials(scanLines('**Action** taken. **AF** The end. **ABCDEFG** said'))).toEqual([]);
  });
});

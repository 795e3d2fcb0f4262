import { describe, expect, it } from 'vitest';
import { readItemLabel } from './item-label.js';

describe('readItemLabel', () => {
  it('reads the number an item label gives, in figures or roman numerals', () => {
    expect(readItemLabel('Item 2: Finance')).toEqual({ number: '2', title: 'Finance' });
    expect(readItemLabel('Agenda item 4 – Budget')).toEqual({ number: '4', title: 'Budget' });
    expect(readItemLabel('AGENDA III: Events')).toEqual({ number: 'III', title: 'Events' });
  });

  it('reads no number from a title that only starts with the word', () => {
    expect(readItemLabel('Agenda')).toBeNull();
    expect(readItemLabel('Items for information')).toBeNull();
    expect(readItemLabel('Agenda for the next meeting')).toBeNull();
    expect(readItemLabel('Apologies')).toBeNull();
  });
});

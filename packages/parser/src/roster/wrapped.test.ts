import { describe, expect, it } from 'vitest';
import { endsMidPhrase } from './wrapped.js';

describe('endsMidPhrase', () => {
  it('is true where a cell was cut by the page width', () => {
    for (const text of ['Manager in the Office of the', 'Head of Housing and', 'Larchford Council,', 'Director of Policy &', 'Vale Tenants (']) {
      expect(endsMidPhrase(text), text).toBe(true);
    }
  });

  it('is false for a finished description', () => {
    for (const text of ['Larchford Borough Council', 'Head of Planning', 'Chair', 'Office', '']) expect(endsMidPhrase(text), text).toBe(false);
  });
});

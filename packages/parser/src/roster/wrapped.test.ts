import { describe, expect, it } from 'vitest';
import { endsMidName, endsMidPhrase } from './wrapped.js';

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

describe('endsMidName', () => {
  it('is true for a list cut after an initial, a title or inside a bracket', () => {
    for (const text of ['Cllr A Okafor (Chair), Cllr Mrs D', 'T Pawlak, R', 'R Santos, Cllr', 'Mrs C Hardy (Clerk), 6 members of the public.   PCSO', 'Mr T Pawlak (Officer, Vale', 'Ada Finch (AF), Sam Poe (SP), Daniel']) {
      expect(endsMidName(text), text).toBe(true);
    }
  });

  it('is false for a finished list, and for one name ending in an initial', () => {
    for (const text of ['Cllr A Okafor (Chair), Cllr D Lund', 'Ann L', 'Sam Poe (GLA)', 'Mr T Pawlak', 'Sam Poe (SP), GLA', '']) expect(endsMidName(text), text).toBe(false);
  });
});

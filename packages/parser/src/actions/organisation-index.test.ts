import { describe, expect, it } from 'vitest';
import { OrganisationIndex } from './organisation-index.js';

describe('OrganisationIndex', () => {
  const index = new OrganisationIndex(['Harbour Trust', 'Greater Riverside Authority (GRA)', 'Port Users Group', 'harbour trust (North)']);

  it('finds an organisation by its name in any case, an acronym in its brackets, or its initials', () => {
    expect(index.find('HARBOUR TRUST')).toBe('Harbour Trust');
    expect(index.find('GRA')).toBe('Greater Riverside Authority (GRA)');
    expect(index.find('PUG')).toBe('Port Users Group');
    expect(index.find('Pilots')).toBeUndefined();
  });

  it('answers with the first organisation on the roster that a key fits, whichever way it fits', () => {
    // "North" is a bracket of the fourth; "HT" the initials of the first.
    expect(index.find('North')).toBe('harbour trust (North)');
    expect(index.find('HT')).toBe('Harbour Trust');
    expect(new OrganisationIndex(['Tidal Office', 'Museum (TO)']).find('TO')).toBe('Tidal Office');
    expect(new OrganisationIndex(['Museum (TO)', 'Tidal Office']).find('TO')).toBe('Museum (TO)');
  });

  it('reads a key holding brackets against the whole name', () => {
    expect(new OrganisationIndex(['Council (Parks) (Leisure)']).find('Parks) (Leisure')).toBe('Council (Parks) (Leisure)');
  });

  it('tells whether a name is an organisation of the roster', () => {
    expect(index.hasName('port users group')).toBe(true);
    expect(index.hasName('GRA')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { londonEnriched } from '../data/london-enriched.generated.js';
import { findAction, findActionsByDeliveryPartner, findActionsByLinkBody, findActionsByServiceArea, findServiceArea } from './find.js';
import { searchCatalogue } from './search.js';

const ids = (actions: { id: string }[]) => actions.map((action) => action.id);

describe('catalogue queries', () => {
  it('finds an action by its plan number', () => {
    expect(findAction(londonEnriched, '8.3.4')?.title).toBe('Improve protection for trafficked children and young people.');
    expect(findAction(londonEnriched, '9.9.9')).toBeUndefined();
  });

  it('finds service areas by id or by name in any case', () => {
    expect(findServiceArea(londonEnriched, 'community-safety')?.name).toBe('community safety');
    expect(findServiceArea(londonEnriched, 'English Language Learning')?.id).toBe('english-language-learning');
    expect(findActionsByServiceArea(londonEnriched, 'Children and Young People')).toHaveLength(1);
    expect(ids(findActionsByServiceArea(londonEnriched, 'community-safety'))).toEqual(['7.3.1', '7.2.2', '7.3.3', '7.3.4', '7.3.5']);
    expect(findActionsByServiceArea(londonEnriched, 'transport')).toEqual([]);
  });

  it('finds actions by delivery partner as whole words', () => {
    // 8.3.4 names the "Metropolitan Police Service" in full, not "MPS".
    expect(ids(findActionsByDeliveryPartner(londonEnriched, 'MPS'))).toEqual(['7.3.1', '7.3.3', '7.3.5']);
    expect(ids(findActionsByDeliveryPartner(londonEnriched, 'nspcc'))).toEqual(['8.3.4']);
    expect(ids(findActionsByDeliveryPartner(londonEnriched, 'Council'))).toEqual(['7.3.1', '7.2.2', '7.3.3', '8.3.4']);
    expect(ids(findActionsByDeliveryPartner(londonEnriched, 'Refugee Council', { exact: true }))).toEqual(['7.3.1', '7.2.2', '7.3.3', '8.3.4']);
    expect(ids(findActionsByDeliveryPartner(londonEnriched, 'GLA', { exact: true }))).toEqual([]);
  });

  it('finds the actions a link body oversees', () => {
    expect(ids(findActionsByLinkBody(londonEnriched, 'Community Safety Link Body'))).toEqual(['7.3.1', '7.2.2', '7.3.3', '7.3.4', '7.3.5']);
    expect(findActionsByLinkBody(londonEnriched, 'Health Link Body')).toEqual([]);
  });

  it('searches titles, key tasks and outcomes, title matches first', () => {
    expect(ids(searchCatalogue(londonEnriched, 'trafficking toolkit').map((hit) => hit.action))).toEqual(['8.3.4']);
    const pledge = searchCatalogue(londonEnriched, 'Police Pledge');
    expect(pledge.map((hit) => [hit.action.id, hit.matches.map((match) => match.field)])).toEqual([['7.3.1', ['title', 'keyTask']]]);
    expect(ids(searchCatalogue(londonEnriched, 'domestic violence').map((hit) => hit.action))).toEqual(['7.3.3']);
    expect(searchCatalogue(londonEnriched, 'assess cohesion')[0]?.matches[0]?.text).toMatch(/^1\.1 assess/);
    expect(searchCatalogue(londonEnriched, '  ')).toEqual([]);
  });
});

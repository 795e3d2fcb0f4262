import type { Catalogue, LinkBody, ProposedAction, ServiceArea } from '../schema/catalogue.js';
import { containsPhrase, normalise } from './normalise.js';

/** The proposed action numbered `id` ("7.3.1"), or undefined. */
export function findAction(catalogue: Catalogue, id: string): ProposedAction | undefined {
  return catalogue.actions.find((action) => action.id === id.trim());
}

/** The service area with this id ("community-safety") or name ("Community safety"), or undefined. */
export function findServiceArea(catalogue: Catalogue, idOrName: string): ServiceArea | undefined {
  const wanted = normalise(idOrName.replace(/-/g, ' '));
  return catalogue.serviceAreas.find((area) => area.id === idOrName || normalise(area.name) === wanted || normalise(area.id.replace(/-/g, ' ')) === wanted);
}

/** The link body with this id or name ("Community Safety Link Body"), or undefined. */
export function findLinkBody(catalogue: Catalogue, idOrName: string): LinkBody | undefined {
  const wanted = normalise(idOrName);
  return catalogue.linkBodies.find((body) => body.id === idOrName || normalise(body.name) === wanted);
}

/** The actions under a service area, given by id or name; empty for an unknown area. */
export function findActionsByServiceArea(catalogue: Catalogue, idOrName: string): ProposedAction[] {
  const area = findServiceArea(catalogue, idOrName);
  return area ? catalogue.actions.filter((action) => action.serviceArea === area.id) : [];
}

/**
 * The actions a partner delivers: those with a delivery partner that contains `partner`
 * as whole words, ignoring case ("MPS" finds "MPS"; "Refugee Council" finds "Refugee Council").
 * With `{ exact: true }` the whole entry must match.
 */
export function findActionsByDeliveryPartner(catalogue: Catalogue, partner: string, options: { exact?: boolean } = {}): ProposedAction[] {
  const matches = (entry: string) => (options.exact ? normalise(entry) === normalise(partner) : containsPhrase(entry, partner));
  return catalogue.actions.filter((action) => (action.deliveryPartners ?? []).some(matches));
}

/** The actions of the service area a link body oversees; empty for an unknown link body. */
export function findActionsByLinkBody(catalogue: Catalogue, idOrName: string): ProposedAction[] {
  const body = findLinkBody(catalogue, idOrName);
  return body ? catalogue.actions.filter((action) => action.serviceArea === body.serviceArea) : [];
}

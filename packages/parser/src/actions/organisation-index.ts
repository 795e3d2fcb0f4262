import { initialsOf } from '../text/names.js';

const BRACKETED = /\(([^()]*)\)/g;

/**
 * The roster's organisations by the ways an owner can name one: the name in any case, what one
 * of its brackets holds ("(GLA)"), or its initials. Looked up by key, so resolving every owner of a
 * long document costs one pass over the roster, not one per owner.
 */
export class OrganisationIndex {
  private readonly byName = new Map<string, number>();
  private readonly byBracket = new Map<string, number>();
  private readonly byInitials = new Map<string, number>();

  constructor(private readonly organisations: readonly string[]) {
    organisations.forEach((organisation, index) => {
      keepFirst(this.byName, organisation.toLowerCase(), index);
      for (const match of organisation.matchAll(BRACKETED)) keepFirst(this.byBracket, match[1]!, index);
      keepFirst(this.byInitials, initialsOf(organisation), index);
    });
  }

  /** Whether an organisation has this name, in any case. */
  hasName(s: string): boolean {
    return this.byName.has(s.toLowerCase());
  }

  /** The first organisation on the roster named `raw`, holding it in brackets, or with it as initials. */
  find(raw: string): string | undefined {
    // A bracket inside `raw` can span brackets of the name: only a scan answers for it.
    if (raw.includes('(') || raw.includes(')')) return this.organisations.find((o) => o.toLowerCase() === raw.toLowerCase() || o.includes(`(${raw})`) || initialsOf(o) === raw);
    const first = Math.min(this.byName.get(raw.toLowerCase()) ?? Infinity, this.byBracket.get(raw) ?? Infinity, this.byInitials.get(raw) ?? Infinity);
    return this.organisations[first];
  }
}

function keepFirst(map: Map<string, number>, key: string, index: number): void {
  if (!map.has(key)) map.set(key, index);
}

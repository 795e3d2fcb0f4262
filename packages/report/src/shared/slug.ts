/**
 * A stable identifier fragment for a name: lower case, accents removed, runs of
 * other characters as single hyphens ("Tomás Lindqvist" → "tomas-lindqvist").
 * @param name Any text.
 * @returns The slug, or "unnamed" when nothing is left.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

/**
 * Hands out slugs that are unique within one export: a second "Alex Smith" who is a
 * different entity becomes "alex-smith-2".
 */
export class SlugAllocator {
  readonly #taken = new Set<string>();

  /** A slug for `name` not handed out before. */
  allocate(name: string): string {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; this.#taken.has(slug); n += 1) slug = `${base}-${n}`;
    this.#taken.add(slug);
    return slug;
  }
}

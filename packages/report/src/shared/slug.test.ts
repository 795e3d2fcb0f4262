import { describe, expect, it } from 'vitest';
import { SlugAllocator, slugify } from './slug.js';

describe('slugify', () => {
  it('folds accents, case and punctuation', () => {
    expect(slugify('Tomás Lindqvist')).toBe('tomas-lindqvist');
    expect(slugify(`"=Equal Voices" | Residents' Forum`)).toBe('equal-voices-residents-forum');
    expect(slugify('—')).toBe('unnamed');
  });

  it('hands out unique slugs', () => {
    const slugs = new SlugAllocator();
    expect([slugs.allocate('A B'), slugs.allocate('a-b'), slugs.allocate('A  B')]).toEqual(['a-b', 'a-b-2', 'a-b-3']);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutPublicCount } from './public-count.js';

describe('withoutPublicCount', () => {
  it('drops a count of the public written after a person', () => {
    expect(withoutPublicCount('District Councillor Ann Hale 2 members of the public')).toBe('District Councillor Ann Hale');
    expect(withoutPublicCount('Mrs. Pike together with seven members of the public.')).toBe('Mrs. Pike');
    expect(withoutPublicCount('Cllr Bo Finch, one member of the public')).toBe('Cllr Bo Finch');
    expect(withoutPublicCount('Mrs J Hale (Clerk) There were 0 members of the public.')).toBe('Mrs J Hale (Clerk)');
  });

  it('keeps text with no such count', () => {
    expect(withoutPublicCount('Cllr Bo Finch')).toBe('Cllr Bo Finch');
    expect(withoutPublicCount('Speaking for members of the public')).toBe('Speaking for members of the public');
  });
});

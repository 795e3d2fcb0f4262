import { describe, expect, it } from 'vitest';
import { readGivenNameAmongBullets } from './first-names.js';

describe('readGivenNameAmongBullets', () => {
  const between = (text: string) => readGivenNameAmongBullets(text, '* Ada Finch (@afinch)', '* Hugo Sands')?.name ?? null;

  it('reads a given name alone between bullets of full names', () => {
    expect(between('* Tobenna')).toBe('Tobenna');
  });

  it('reads no post, chair word or list label as a name', () => {
    for (const word of ['Chairman', 'Clerk', 'Secretary', 'Observers', 'Visitors', 'Absent']) expect(between(`* ${word}`)).toBeNull();
  });

  it('needs entries straight above and below, and a bullet', () => {
    expect(readGivenNameAmongBullets('* Tobenna', undefined, '* Hugo Sands')).toBeNull();
    expect(readGivenNameAmongBullets('* Tobenna', '* Ada Finch', 'Some text follows.')).toBeNull();
    expect(readGivenNameAmongBullets('Tobenna', '* Ada Finch', '* Hugo Sands')).toBeNull();
  });
});

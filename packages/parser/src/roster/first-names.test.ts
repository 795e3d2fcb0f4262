import { describe, expect, it } from 'vitest';
import { readGivenNameAmongEntries } from './first-names.js';

describe('readGivenNameAmongEntries', () => {
  const between = (text: string) => readGivenNameAmongEntries(text, '* Ada Finch (@afinch)', '* Hugo Sands')?.name ?? null;

  it('reads a given name alone between bullets of full names', () => {
    expect(between('* Tobenna')).toBe('Tobenna');
  });

  it('reads no post, chair word or list label as a name', () => {
    for (const word of ['Chairman', 'Clerk', 'Secretary', 'Observers', 'Visitors', 'Absent']) expect(between(`* ${word}`)).toBeNull();
  });

  it('needs entries straight above and below, and a bullet', () => {
    expect(readGivenNameAmongEntries('* Tobenna', undefined, '* Hugo Sands')).toBeNull();
    expect(readGivenNameAmongEntries('* Tobenna', '* Ada Finch', 'Some text follows.')).toBeNull();
    expect(readGivenNameAmongEntries('Tobenna', '* Ada Finch', '* Hugo Sands')).toBeNull();
  });
});

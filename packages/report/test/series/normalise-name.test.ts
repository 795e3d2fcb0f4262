import { describe, expect, it } from 'vitest';
import { organisationKey, personKey } from '../../src/series/normalise-name.js';

describe('personKey', () => {
  it('joins a name written with different honorifics and case', () => {
    const keys = ['Cll Anjana Patel', 'Cllr Anjana Patel', 'CLLR ANJANA PATEL', 'Councillor Anjana Patel', 'Anjana Patel'].map(personKey);
    expect(new Set(keys)).toEqual(new Set(['anjana patel']));
  });

  it('ignores accents, punctuation, spacing and letters after the name', () => {
    expect(personKey('Dr  Zoë O’Neill-Brown, OBE')).toBe(personKey('Zoe ONeill Brown'));
    expect(personKey('Laurie Heselden,')).toBe('laurie heselden');
  });

  it('drops ranks written as several words', () => {
    expect(personKey('Super Intendent Stuart Dark')).toBe('stuart dark');
    expect(personKey('Commander Stephen Watson')).toBe('stephen watson');
  });

  it('keeps different people apart', () => {
    expect(personKey('Anjana Patel')).not.toBe(personKey('Anjali Patel'));
    expect(personKey('Simon Tanner')).not.toBe(personKey('Sindi Tepzda'));
  });

  it('keeps a one-word name even when it looks like a title', () => {
    expect(personKey('Major')).toBe('major');
    expect(personKey('Forogh')).toBe('forogh');
  });
});

describe('organisationKey', () => {
  it('joins an organisation written with "The", "&" or other case', () => {
    expect(organisationKey('The Refugee Council')).toBe(organisationKey('Refugee council'));
    expect(organisationKey('Learning & Work Institute')).toBe(organisationKey('Learning and Work Institute'));
  });

  it('joins a name written with its acronym in brackets, either way round, to the acronym', () => {
    expect(organisationKey('Migrant & Refugee Advisory Panel (MRAP)')).toBe(organisationKey('MRAP'));
    expect(organisationKey('SERTUC (South East Regional TUC)')).toBe(organisationKey('SERTUC'));
    // Brackets that are not an acronym stay part of the name.
    expect(organisationKey('Riverside College (Adult Learning)')).toBe('riverside college adult learning');
  });
});

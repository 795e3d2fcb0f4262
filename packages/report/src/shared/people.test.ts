import { describe, expect, it } from 'vitest';
import { attendeeDisplayName, nameWithInitials } from './people.js';

describe('people', () => {
  it('puts the honorific before the name', () => {
    expect(attendeeDisplayName({ honorific: 'Cllr', name: 'Ada Vale' })).toBe('Cllr Ada Vale');
    expect(attendeeDisplayName({ honorific: null, name: 'Ada Vale' })).toBe('Ada Vale');
  });

  it('keeps initials beside a resolved name', () => {
    expect(nameWithInitials('Ada Vale', 'AV')).toBe('Ada Vale (AV)');
    expect(nameWithInitials(null, 'AV')).toBe('AV');
    expect(nameWithInitials('GLA', 'GLA')).toBe('GLA');
    expect(nameWithInitials('Forogh Rahmani', 'Forogh')).toBe('Forogh Rahmani');
    expect(nameWithInitials('Ada Vale', 'ADA')).toBe('Ada Vale (ADA)');
  });
});

import { describe, expect, it } from 'vitest';
import { readRepresentation } from './stand-in.js';

describe('readRepresentation', () => {
  it('keeps the organisation a person represents', () => {
    expect(readRepresentation('Wealden Water, attending as their representative')).toEqual({ rest: 'Wealden Water', standIn: null });
    expect(readRepresentation('Vale Tenants, as her representative')).toEqual({ rest: 'Vale Tenants', standIn: null });
  });

  it('reads a person named before "attending as their representative" as a stand-in', () => {
    expect(readRepresentation('Jess Moor attending as their representative')).toEqual({ rest: '', standIn: 'Jess Moor' });
  });

  it('reads "represented by", "substitute:" and a last part after a comma', () => {
    expect(readRepresentation('represented by Cllr Kay Lund')).toEqual({ rest: '', standIn: 'Cllr Kay Lund' });
    expect(readRepresentation('Substitute: Kay Lund')).toEqual({ rest: '', standIn: 'Kay Lund' });
    expect(readRepresentation('Larchford Council, represented by Kay Lund')).toEqual({ rest: 'Larchford Council', standIn: 'Kay Lund' });
  });

  it('reads a person named before "attended as substitute" or "attended in his absence" as a stand-in', () => {
    expect(readRepresentation('Ms H Horn attended as substitute')).toEqual({ rest: '', standIn: 'Ms H Horn' });
    expect(readRepresentation('Mr D Webb, Medical Director attended in his absence')).toEqual({ rest: '', standIn: 'Mr D Webb, Medical Director' });
  });

  it('leaves text that names no person as it was', () => {
    expect(readRepresentation('represented by the youth forum')).toEqual({ rest: 'represented by the youth forum', standIn: null });
    expect(readRepresentation('Head of Substitute Services')).toEqual({ rest: 'Head of Substitute Services', standIn: null });
  });
});

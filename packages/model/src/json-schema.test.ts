import { describe, expect, it } from 'vitest';
import { toJsonSchema } from './json-schema.js';
import { MinutesSchema } from './schemas/minutes.js';

describe('toJsonSchema', () => {
  it('emits one schema per registered id, with Minutes referring to its parts', () => {
    const schemas = toJsonSchema();
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Minutes', 'Attendee', 'Action', 'AgendaItem', 'Paragraph', 'Diagnostic', 'Position']),
    );
    const minutes = schemas.Minutes as { properties: Record<string, unknown>; required: string[] };
    expect(minutes.required).toEqual(expect.arrayContaining(['schemaVersion', 'title', 'date', 'attendees', 'items', 'actions']));
    expect(JSON.stringify(minutes.properties.attendees)).toContain('Attendee');
  });
});

describe('MinutesSchema', () => {
  const empty = {
    schemaVersion: '1.0.0', kind: 'minutes', title: null, body: null, date: '2011-09-28', start: '10:00', end: null,
    venue: null, status: null, attendees: [], items: [], actions: [], decisions: [], recommendations: [],
    references: [], dates: [], nextMeeting: null, complete: true, diagnostics: [],
  };

  it('accepts a minimal document', () => {
    expect(MinutesSchema.safeParse(empty).success).toBe(true);
  });

  it('rejects a date that is not ISO and an unknown attendance list', () => {
    expect(MinutesSchema.safeParse({ ...empty, date: '28 Sept 2011' }).success).toBe(false);
    const attendee = {
      id: 'a1', name: 'X', honorific: null, initials: null, organisation: null, role: null, attendance: 'lurking',
      chair: false, substituteFor: null, shadowing: null, partial: false, list: null,
    };
    expect(MinutesSchema.safeParse({ ...empty, attendees: [attendee] }).success).toBe(false);
    expect(MinutesSchema.safeParse({ ...empty, attendees: [{ ...attendee, attendance: 'apologies' }] }).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/series/build-series.js';
import { attendee, minutes } from './build-minutes.js';
import { fictionalSeries } from './fictional-series.js';

describe('buildAttendanceRegister on the fictional series', () => {
  const { attendance, meetings } = buildSeries(fictionalSeries);
  const person = (key: string) => attendance.people.find((p) => p.key === key)!;

  it('has one row per person, joining spellings across years', () => {
    expect(attendance.people.map((p) => p.key)).toEqual(['ade mensah', 'dana okoro', 'gil hartigan', 'rosa lindqvist', 'tom reyes']);
    const rosa = person('rosa lindqvist');
    expect(rosa.spellings).toEqual(['Cll Rosa Lindqvist', 'Cllr Rosa Lindqvist', 'CLLR ROSA LINDQVIST']);
    // The capitals of the latest roster are a heading style; the mixed-case spelling is shown.
    expect(rosa.name).toBe('Rosa Lindqvist');
    expect(rosa.honorific).toBe('Cllr');
  });

  it('records each meeting as present, substitute, apologies, absent or not listed', () => {
    expect(meetings.map((m) => m.date)).toEqual(['2023-03-15', '2023-06-21', '2023-10-04']);
    expect(person('rosa lindqvist').cells.map((c) => [c.status, c.chair])).toEqual([
      ['present', true],
      ['present', true],
      ['apologies', false],
    ]);
    expect(person('tom reyes').cells.map((c) => c.status)).toEqual(['not-listed', 'substitute', 'not-listed']);
    expect(person('tom reyes').cells[1]!.substituteFor).toBe('Ade Mensah');
    expect(person('dana okoro').cells.map((c) => c.status)).toEqual(['present', 'not-listed', 'absent']);
    expect(person('gil hartigan').counts).toEqual({ present: 2, substitute: 0, apologies: 0, absent: 0, 'not-listed': 1 });
  });

  it('counts people per organisation and meeting, joining organisation spellings', () => {
    const rows = attendance.organisations.map((o) => [o.name, o.cells.map((c) => [c.present, c.substitute, c.apologies, c.absent]), o.meetingsRepresented]);
    expect(rows).toEqual([
      ['Harbourside Council', [[2, 0, 0, 0], [2, 0, 0, 0], [0, 0, 1, 0]], 2],
      ['City Health Partnership', [[0, 0, 1, 0], [0, 1, 1, 0], [1, 0, 0, 0]], 2],
      ['Refugee Welcome Harbourside', [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1]], 1],
    ]);
  });
});

describe('buildAttendanceRegister edge cases', () => {
  it('shows the most telling list when a person is in two lists of one meeting', () => {
    const meeting = minutes({
      date: '2021-05-05',
      attendees: [
        attendee('a1', 'Ann Lee', { attendance: 'apologies', organisation: 'Northside Trust' }),
        attendee('a2', 'Ann Lee', { substituteFor: 'Bo Chan', organisation: 'Northside Trust' }),
      ],
    });
    const [ann] = buildSeries([meeting]).attendance.people;
    expect(ann!.cells[0]).toMatchObject({ status: 'substitute', substituteFor: 'Bo Chan' });
  });

  it('leaves out of the organisation counts people with no organisation, and skips empty names', () => {
    const meeting = minutes({ date: '2021-05-05', attendees: [attendee('a1', 'Ann Lee'), attendee('a2', '  ')] });
    const { people, organisations } = buildSeries([meeting]).attendance;
    expect(people.map((p) => p.name)).toEqual(['Ann Lee']);
    expect(organisations).toEqual([]);
  });
});

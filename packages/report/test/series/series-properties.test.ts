import type { Minutes } from '@lsmp/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/series/build-series.js';
import { personKey } from '../../src/series/normalise-name.js';
import { renderSeries, SERIES_FORMATS } from '../../src/series/render-series.js';
import { action, attendee, item, minutes, paragraph } from './build-minutes.js';

const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
const honorific = fc.constantFrom('Cll', 'Cllr', 'CLLR', 'Councillor', 'Dr', 'Dr.', 'Mr', 'Ms', 'Professor', 'Commander');
const text = fc.string({ maxLength: 60 });

describe('series properties', () => {
  it('an honorific never changes who a person is', () => {
    fc.assert(
      fc.property(honorific, word, word, (title, first, last) => {
        expect(personKey(`${title} ${first} ${last}`)).toBe(personKey(`${first} ${last}`));
        expect(personKey(`${first} ${last}`.toUpperCase())).toBe(personKey(`${first} ${last}`));
      }),
    );
  });

  it('never throws, and every action is tracked once, whatever the minutes say', () => {
    const meeting = fc.record({
      date: fc.option(fc.constantFrom('2020-01-01', '2020-04-01', '2020-07-01', '2021-01-01'), { nil: null }),
      names: fc.array(text, { maxLength: 4 }),
      actions: fc.array(fc.record({ text, status: fc.option(text, { nil: null }), origin: fc.constantFrom('new', 'matters-arising', 'outstanding' as const), number: fc.option(fc.constantFrom('1', '2', '3'), { nil: null }) }), { maxLength: 4 }),
      paragraphs: fc.array(text, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 4 }), (meetings) => {
        const list: Minutes[] = meetings.map((m, i) =>
          minutes({
            date: m.date,
            attendees: m.names.map((name, j) => attendee(`a${j}`, name)),
            items: [item('2', 'Matters arising', m.paragraphs)],
            actions: m.actions.map((a, j) => action(`x${i}-${j}`, a.text, { status: a.status, origin: a.origin, number: a.number })),
          }),
        );
        const report = buildSeries(list);
        const recorded = list.reduce((sum, m) => sum + m.actions.length, 0);
        // Each record starts an action or joins one: never more tracked actions than records.
        expect(report.actions.actions.length).toBeLessThanOrEqual(recorded);
        expect(report.actions.actions.filter((a) => a.raisedAt !== null).length).toBe(list.reduce((sum, m) => sum + m.actions.filter((a) => a.origin === 'new').length, 0));
        for (const format of SERIES_FORMATS) expect(typeof renderSeries(list, { format })).toBe('string');
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out what is not parsed minutes, with a reason', () => {
    const junk = [null, 42, { minutes: minutes({}) }, minutes({ date: '2020-01-01', items: [item('1', 'x', ['y'])], attendees: [attendee('a1', 'Ann Lee')] })];
    const report = buildSeries(junk as unknown as Minutes[]);
    expect(report.meetings).toHaveLength(1);
    expect(report.skipped.map((s) => [s.inputIndex, s.reason])).toEqual([
      [0, 'not parsed minutes (no attendees, items and actions lists)'],
      [1, 'not parsed minutes (no attendees, items and actions lists)'],
      [2, 'not parsed minutes (no attendees, items and actions lists)'],
    ]);
    expect(() => buildSeries('minutes' as unknown as Minutes[])).toThrow(/Expected a list of parsed minutes/);
  });

  it('keeps paragraph text as written in the evidence', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Circulate the housing mapping report to members', { number: '1' })] });
    const second = minutes({ date: '2020-04-01', items: [{ ...item('2', 'Matters arising'), paragraphs: [paragraph('Action 1: the housing mapping report was circulated <b>today</b>.')] }] });
    expect(buildSeries([first, second]).actions.actions[0]!.evidence).toBe('Action 1: the housing mapping report was circulated <b>today</b>.');
  });
});

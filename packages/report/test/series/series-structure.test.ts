import type { Minutes } from '@lsmp/model';
import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/series/build-series.js';
import { item, minutes, nextMeeting } from './build-minutes.js';
import { fictionalSeries } from './fictional-series.js';

describe('orderSeries', () => {
  it('orders by date, undated last, and leaves out documents that are not minutes', () => {
    const report = buildSeries([
      minutes({ title: 'undated' }),
      minutes({ title: 'later', date: '2022-02-02' }),
      minutes({ title: 'a report', kind: 'other' }),
      minutes({ title: 'earlier', date: '2021-01-01' }),
    ]);
    expect(report.meetings.map((m) => [m.id, m.title, m.label, m.inputIndex])).toEqual([
      ['m1', 'earlier', '1 Jan 2021', 3],
      ['m2', 'later', '2 Feb 2022', 1],
      ['m3', 'undated', 'Meeting 3', 0],
    ]);
    expect(report.skipped).toEqual([{ inputIndex: 2, title: 'a report', reason: 'not minutes of a meeting' }]);
  });

  it('gives the same report whatever order the minutes come in', () => {
    // Only where each document sat in the input list differs.
    const withoutInputIndex = (list: Minutes[]) => {
      const report = buildSeries(list);
      return { ...report, meetings: report.meetings.map(({ inputIndex: _, ...meeting }) => meeting) };
    };
    expect(withoutInputIndex([...fictionalSeries].reverse())).toEqual(withoutInputIndex(fictionalSeries));
  });

  it('survives a JSON round trip (plain data)', () => {
    const report = buildSeries(fictionalSeries);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('handles an empty list', () => {
    const report = buildSeries([]);
    expect(report.meetings).toEqual([]);
    expect(report.actions.actions).toEqual([]);
    expect(report.title).toBe('A series of meetings');
  });
});

describe('buildTimeline', () => {
  it('tells a meeting held as announced from one moved, and keeps the rescheduling note', () => {
    const { timeline } = buildSeries(fictionalSeries);
    expect(timeline.entries.map((e) => [e.meetingId, e.nextMeeting?.date ?? null, e.nextMeeting?.outcome ?? null, e.nextMeeting?.heldAs ?? null])).toEqual([
      ['m1', '2023-06-14', 'held-on-another-date', 'm2'],
      ['m2', '2023-10-04', 'held-as-announced', 'm3'],
      ['m3', null, null, null],
    ]);
    expect(timeline.entries[1]!.nextMeeting).toMatchObject({ originalDate: '2023-09-27', note: expect.stringMatching(/^Moved a week later/) });
    expect(timeline.rescheduled).toBe(2);
  });

  it('does not take a meeting years later for the announced one', () => {
    const series: Minutes[] = [
      minutes({ date: '2009-09-24', nextMeeting: nextMeeting('2009-12-15') }),
      minutes({ date: '2011-09-28', nextMeeting: nextMeeting('2011-12-07') }),
    ];
    const { timeline } = buildSeries(series);
    expect(timeline.entries.map((e) => e.nextMeeting?.outcome)).toEqual(['not-in-series', 'after-series']);
    expect(timeline.rescheduled).toBe(0);
  });
});

describe('buildCoverageMatrix', () => {
  const first = minutes({ date: '2023-01-01', items: [item('1', 'Welcome'), item('2', 'Housing for new arrivals'), item('3', 'ESOL')] });
  const second = minutes({ date: '2023-04-01', items: [item('4', 'Jobs and skills')] });
  const third = minutes({ date: '2023-07-01' });
  const housing = { id: 'housing', name: 'Housing' };
  const english = { id: 'english', name: 'English language' };
  const health = { id: 'health', name: 'Health' };

  it('puts service areas against meetings, linking to the items, with catalogue rows first', () => {
    const report = buildSeries([second, first, third], {
      serviceAreas: [health, housing],
      // Links follow the input order: second, first, third (not linked).
      serviceAreaLinks: [
        [{ itemNumber: '4', serviceAreas: [english] }],
        [
          { itemNumber: '2', serviceAreas: [housing] },
          { itemNumber: '3', serviceAreas: [english, housing] },
          { itemNumber: '99', serviceAreas: [housing] },
        ],
        undefined,
      ],
    });
    const coverage = report.coverage!;
    expect(coverage.linkedMeetings).toEqual(['m1', 'm2']);
    expect(coverage.rows.map((r) => [r.serviceArea.id, r.cells.map((c) => c.items.map((i) => i.itemNumber)), r.total])).toEqual([
      ['health', [[], [], []], 0],
      ['housing', [['2', '3', '99'], [], []], 3],
      ['english', [['3'], ['4'], []], 2],
    ]);
    expect(coverage.rows[1]!.cells[0]!.items).toEqual([
      { itemNumber: '2', itemId: 'i2', title: 'Housing for new arrivals' },
      { itemNumber: '3', itemId: 'i3', title: 'ESOL' },
      // An item the minutes do not have is kept, without a title.
      { itemNumber: '99', itemId: null, title: null },
    ]);
  });

  it('is null when no links are given', () => {
    expect(buildSeries([first]).coverage).toBeNull();
  });
});

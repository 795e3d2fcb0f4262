import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/series/build-series.js';
import type { Position } from '@lsmp/model';
import { action, attendee, item, minutes, paragraph } from './build-minutes.js';
import { fictionalSeries } from './fictional-series.js';

describe('trackActions on the fictional series', () => {
  const { actions } = buildSeries(fictionalSeries);
  const byText = (start: string) => actions.actions.find((a) => a.text.startsWith(start))!;

  it('follows each action from the meeting that raised it', () => {
    expect(actions.actions.map((a) => [a.id, a.raisedAt, a.status, a.atRisk])).toEqual([
      ['m1-x1', 'm1', 'done', false],
      ['m1-x2', 'm1', 'reported-on', true],
      ['m1-x3', 'm1', 'dropped', false],
      ['m2-x2', 'm2', 'done', false],
    ]);
    expect(actions.counts).toEqual({ open: 0, 'reported-on': 1, done: 2, dropped: 1 });
    expect(actions.atRisk).toBe(1);
  });

  it('matches a numbered matters-arising report to the previous meeting, with its evidence', () => {
    const housing = byText('Circulate the housing');
    expect(housing.evidence).toBe('The report was circulated to members on 2 May.');
    expect(housing.evidenceMeetingId).toBe('m2');
    expect(housing.history.map((e) => [e.meetingId, e.kind, e.matchedBy])).toEqual([
      ['m1', 'raised', 'same-record'],
      ['m2', 'reported', 'action-number'],
    ]);
  });

  it('matches a matters-arising paragraph by its words and flags the silence after it', () => {
    const roundtable = byText('Arrange a roundtable');
    expect(roundtable.history.map((e) => [e.meetingId, e.kind, e.matchedBy])).toEqual([
      ['m1', 'raised', 'same-record'],
      ['m2', 'reported', 'similar-paragraph'],
      ['m3', 'not-mentioned', null],
    ]);
    expect(roundtable.history[1]!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('reads an outstanding action that was dropped, after a meeting that passed it over', () => {
    const volunteers = byText('Share the volunteer');
    expect(volunteers.history.map((e) => e.kind)).toEqual(['raised', 'not-mentioned', 'outstanding']);
    expect(volunteers.evidence).toMatch(/^No longer needed/);
  });

  it('matches a paragraph that names an action number to the previous meeting only', () => {
    const profile = byText('Publish the annual');
    expect(profile.history.at(-1)).toMatchObject({ meetingId: 'm3', matchedBy: 'numbered-paragraph', implies: 'done' });
    // Action 1 of the first meeting (housing) was not touched by that paragraph.
    expect(byText('Circulate the housing').history).toHaveLength(2);
  });

  it('resolves owners to names and organisations through the roster', () => {
    expect(byText('Circulate the housing').owners).toEqual([{ raw: 'GH', name: 'Gil Hartigan', organisation: 'Harbourside Council' }]);
    expect(byText('Publish the annual').owners).toEqual([{ raw: 'Secretariat', name: null, organisation: null }]);
  });
});

describe('trackActions edge cases', () => {
  it('keeps an action first seen under matters arising as raised before the series', () => {
    const only = minutes({
      date: '2020-01-01',
      items: [item('2', 'Matters arising')],
      actions: [action('x1', 'Write to the minister about ESOL funding', { number: '4', origin: 'matters-arising', status: 'Letter sent.' })],
    });
    const [tracked] = buildSeries([only]).actions.actions;
    expect(tracked).toMatchObject({ raisedAt: null, firstSeenAt: 'm1', status: 'done', evidence: 'Letter sent.' });
  });

  it('reads an end from the words of a record that has no separate progress text', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Share the GP registration guidance with members once issued', { number: '1' }), action('x2', 'Write the leaflet', { number: '2' })] });
    const second = minutes({
      date: '2020-04-01',
      actions: [
        action('y1', 'the guidance was issued to all practices in June and circulated to members. Complete.', { number: '1', origin: 'matters-arising' }),
        action('y2', 'Write the leaflet', { number: '2', origin: 'matters-arising' }),
      ],
    });
    const tracked = buildSeries([first, second]).actions.actions;
    expect(tracked.map((a) => [a.id, a.status])).toEqual([
      ['m1-x1', 'done'],
      // A restated action is a review, not progress to an end.
      ['m1-x2', 'reported-on'],
    ]);
  });

  it('accepts a same-numbered report by the same owner even when no word is shared', () => {
    const lena = { raw: 'LM', kind: 'person' as const, attendeeId: 'a1', name: 'Lena Moravec' };
    const first = minutes({
      date: '2020-01-01',
      attendees: [attendee('a1', 'Lena Moravec', { initials: 'LM' })],
      actions: [action('x1', 'Lena Moravec to set up a pilot of daytime ESOL classes with a crèche', { number: '1', ownerRefs: [{ ...lena, raw: 'Lena Moravec' }] })],
    });
    const report = action('y1', "starts in September at two children's centres.", { number: '1', origin: 'matters-arising', ownerRefs: [lena] });
    const second = minutes({ date: '2020-04-01', attendees: [attendee('a1', 'Lena Moravec', { initials: 'LM' })], actions: [report] });
    const tracked = buildSeries([first, second]).actions.actions;
    expect(tracked).toHaveLength(1);
    expect(tracked[0]!.history.at(-1)).toMatchObject({ matchedBy: 'action-number', implies: 'reported-on' });
    // Another owner with the same number and other words is another action.
    const other = action('y1', "starts in September at two children's centres.", { number: '1', origin: 'matters-arising', owners: ['Zed Quill'] });
    expect(buildSeries([first, minutes({ date: '2020-04-01', actions: [other] })]).actions.actions).toHaveLength(2);
  });

  it('accepts a same-numbered report that shares a word with the action', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Lena Moravec to set up a pilot of daytime ESOL classes with a crèche', { number: '1' })] });
    const second = minutes({ date: '2020-04-01', actions: [action('y1', "the pilot starts in September at two children's centres.", { number: '1', origin: 'matters-arising' })] });
    const tracked = buildSeries([first, second]).actions.actions;
    expect(tracked).toHaveLength(1);
    expect(tracked[0]!.history.at(-1)).toMatchObject({ matchedBy: 'action-number', implies: 'reported-on' });
  });

  it('does not take a short topic label for a bare progress report', () => {
    const january = minutes({ date: '2020-01-01', actions: [action('x1', 'BT to bring figures on move-on accommodation to the next meeting', { number: '1' })] });
    const april = minutes({ date: '2020-04-01', actions: [action('x1', 'Share the GP registration guidance with members', { number: '1' })] });
    const july = minutes({ date: '2020-07-01', actions: [action('y1', 'move-on figures', { number: '1', origin: 'matters-arising', status: 'BT presented the figures.' })] });
    const tracked = buildSeries([january, april, july]).actions.actions;
    // Not April's action 1 (same number, other work) but January's, by its words.
    expect(tracked.map((a) => [a.id, a.history.map((e) => e.matchedBy ?? e.kind)])).toEqual([
      ['m1-x1', ['same-record', 'not-mentioned', 'similar-action']],
      ['m2-x1', ['same-record', 'not-mentioned']],
    ]);
  });

  it('does not match a same-numbered action whose words disagree', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Book a venue for the spring conference', { number: '1' })] });
    const second = minutes({
      date: '2020-04-01',
      actions: [action('x1', 'Write to the minister about ESOL funding cuts', { number: '1', origin: 'matters-arising', status: 'Letter sent.' })],
    });
    const tracked = buildSeries([first, second]).actions.actions;
    expect(tracked).toHaveLength(2);
    expect(tracked[0]).toMatchObject({ status: 'open', atRisk: true });
    expect(tracked[1]).toMatchObject({ raisedAt: null, status: 'done' });
  });

  it('accepts a same-numbered report too short to compare ("Action 2: done")', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Book a venue for the spring conference', { number: '2' })] });
    const second = minutes({ date: '2020-04-01', actions: [action('x1', '', { number: '2', origin: 'matters-arising', status: 'Done' })] });
    const tracked = buildSeries([first, second]).actions.actions;
    expect(tracked).toHaveLength(1);
    expect(tracked[0]).toMatchObject({ status: 'done', evidence: 'Done' });
  });

  it('does not read a paragraph outside matters arising as a report', () => {
    const first = minutes({ date: '2020-01-01', actions: [action('x1', 'Circulate the housing mapping report to members')] });
    const second = minutes({ date: '2020-04-01', items: [item('3', 'Housing', ['The housing mapping report was circulated to members.'])] });
    expect(buildSeries([first, second]).actions.actions[0]).toMatchObject({ status: 'open', atRisk: true });
  });

  it('is not at risk when raised at the last meeting', () => {
    const only = minutes({ date: '2020-01-01', actions: [action('x1', 'Circulate the report')] });
    expect(buildSeries([only]).actions.actions[0]).toMatchObject({ status: 'open', atRisk: false });
  });
});

describe('trackActions: the paragraph after a matters-arising record', () => {
  const at = (start: number, end: number): Position => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
  const first = minutes({ date: '2020-01-01', actions: [action('x1', 'CW to raise ESOL waiting lists with the Cabinet Member for Skills', { number: '3' })] });
  const matters = item('2', 'Minutes of the last meeting and matters arising');
  matters.paragraphs = [
    { ...paragraph('The minutes were agreed.'), position: at(0, 20) },
    { ...paragraph('GH reported that Cllr Wendt has written to the Cabinet Member and a reply is expected.'), position: at(120, 200) },
    { ...paragraph('Members thanked the secretariat.'), position: at(260, 290) },
  ];
  const outstanding = action('x1', 'Raise ESOL waiting lists with the Cabinet Member for Skills', { origin: 'outstanding', itemNumber: '2', position: at(30, 110) });

  it('is read as the report on that action, even with no words in common', () => {
    const second = minutes({ date: '2020-04-01', items: [matters], actions: [outstanding] });
    const [tracked] = buildSeries([first, second]).actions.actions;
    expect(tracked!.history.map((e) => [e.kind, e.matchedBy])).toEqual([
      ['raised', 'same-record'],
      ['outstanding', 'similar-action'],
      ['reported', 'following-paragraph'],
    ]);
    expect(tracked).toMatchObject({ status: 'reported-on', evidence: expect.stringMatching(/^GH reported/), atRisk: false });
  });

  it('is read at the first meeting of the series too', () => {
    const only = minutes({ date: '2020-04-01', items: [matters], actions: [outstanding] });
    const [tracked] = buildSeries([only]).actions.actions;
    expect(tracked).toMatchObject({ raisedAt: null, firstSeenAt: 'm1', status: 'reported-on' });
    expect(tracked!.history.map((e) => e.matchedBy)).toEqual(['same-record', 'following-paragraph']);
  });

  it('is not taken when another action comes between', () => {
    const between = action('x2', 'Book the hall for the summer event', { itemNumber: '2', position: at(112, 118) });
    const second = minutes({ date: '2020-04-01', items: [matters], actions: [outstanding, between] });
    const [tracked] = buildSeries([first, second]).actions.actions;
    expect(tracked!.history.map((e) => e.kind)).toEqual(['raised', 'outstanding']);
    expect(tracked!.status).toBe('open');
  });
});

import { describe, expect, it } from 'vitest';
import { referencedMeeting } from '../../src/series/referenced-meeting.js';

const meetings = [
  { id: 'm1', inputIndex: 0, date: '2023-01-17', title: null, label: '17 Jan 2023' },
  { id: 'm2', inputIndex: 1, date: '2024-01-17', title: null, label: '17 Jan 2024' },
  { id: 'm3', inputIndex: 2, date: '2024-04-17', title: null, label: '17 Apr 2024' },
];

describe('referencedMeeting', () => {
  it('is the meeting just before when the report names none', () => {
    expect(referencedMeeting('Action 2 (KL, employer roundtable) – arranged.', meetings)).toBe('m3');
  });

  it('is the latest meeting in the month the report names', () => {
    expect(referencedMeeting('Action 1 from the January meeting (BT, move-on figures)', meetings)).toBe('m2');
    expect(referencedMeeting('Outstanding action from Jan 2023 meeting: explore', meetings)).toBe('m1');
  });

  it('is null when the named meeting is not in the series', () => {
    expect(referencedMeeting('Outstanding action from March meeting', meetings)).toBeNull();
    expect(referencedMeeting('anything', [])).toBeNull();
  });
});

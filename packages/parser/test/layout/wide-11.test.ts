// Minutes of many kinds of body, read for what their header lines do not say (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

describe('the start of the meeting', () => {
  it('is not the day and month of a date written with stops ("from 22.10.2025")', () => {
    const m = minutes(['# Scribe Minutes from 14.11.2025', '', ...ROSTER]);
    expect(m.date).toBe('2025-11-14');
    expect(m.start).toBeNull();
  });

  it('is not a range of rule or paragraph numbers ("procedure rules 4.47 to 4.54")', () => {
    const m = minutes([
      'Venue: Lecture Theatre, Brook House. View directions',
      '',
      'No. | Item |',
      '---|---|',
      '1 | Questions from the Public To receive questions in accordance with procedure rules 4.47 to 4.54. Minutes: There were no questions. |',
    ]);
    expect(m.start).toBeNull();
    expect(m.end).toBeNull();
    expect(minutes(['Minutes of the Brook Board, 4 May 2010, 2.15 to 4.30', '', ...ROSTER]).start).toBe('02:15');
  });

  it('is not the time the meeting closed, nor the time the group usually meets', () => {
    const closed = minutes(['Minutes of a meeting for business held on 6 May 2016 in the Garden Room', 'Our meeting closed with worship at 11.50.', '', ...ROSTER]);
    expect(closed.start).toBeNull();
    const usual = minutes(['Brook Ladies Guild', 'We meet on the 2nd Tuesday of the month at 2.30pm in the Brook Hall.', '', ...ROSTER]);
    expect(usual.start).toBeNull();
    expect(minutes(['Minutes of the Brook Guild held on 4 May 2010 at 2.30pm', '', ...ROSTER]).start).toBe('14:30');
  });
});

describe('the date of the meeting', () => {
  it('is not the next meeting\'s, a word naming its kind between "next" and "meeting"', () => {
    const m = minutes([
      'Highlights of the March 2014 Brook Chamber Minutes',
      'from President, Ann Hale',
      'President’s Report',
      'Ann Hale reported on the minutes of the Executive Meeting.',
      'Treasurer’s Report',
      'Ben Rowe reported on the financial reports.',
      'Next board meeting – April 9, 2014 – 4:00 PM – Chamber office',
    ]);
    expect(m.date).toBeNull();
    expect(m.nextMeeting?.date).toBe('2014-04-09');
  });
});

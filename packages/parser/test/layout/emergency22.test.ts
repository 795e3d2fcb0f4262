// Emergency services' boards: fire districts and authorities, ambulance and 911 boards, police panels and
// oversight boards (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.organisation, a.chair]);

describe('an ambulance district writes its roll as the opening paragraph', () => {
  const lines = [
    'The Board of Directors of the Glenrock County Ambulance District met at 6:00 p.m. on Tuesday, March 5, 2019 at the district office in Pelham, Ohio. Board members attending were Chairman Ada Frost, Vice Chairman Tim Cole, Secretary Rae Lund, Ben Hart, and Sue Park. Otto Vance was not present at the meeting. Also attending were EMS Chief Dan Reyes, Finance Director Amy Holt, and Lee Marsh from the Pelham Courier.',
    '',
    'The meeting was called to order at 6:02 p.m. by Chairman Ada Frost.',
    '',
    'The Chief presented his report.',
  ];

  it('reads "Board members attending were", "was not present at the meeting" and "Also attending were"', () => {
    expect(roll(lines)).toEqual([
      ['present', 'Tim Cole', 'Vice Chairman', null, false],
      ['present', 'Rae Lund', 'Secretary', null, false],
      ['present', 'Ben Hart', null, null, false],
      ['present', 'Sue Park', null, null, false],
      ['apologies', 'Otto Vance', null, null, false],
      ['in-attendance', 'Dan Reyes', 'EMS Chief', null, false],
      ['in-attendance', 'Amy Holt', 'Finance Director', null, false],
      ['in-attendance', 'Lee Marsh', null, 'Pelham Courier', false],
      ['present', 'Ada Frost', null, null, true],
    ]);
  });
});

describe('a 911 board names its chair in the call to order and its members after "Board members"', () => {
  const lines = [
    'Glenrock County 911 Board Meeting March 5, 2019',
    '',
    'The Glenrock County 911 Board of Directors met on Tuesday, March 5, 2019, at the Glenrock 911 Center.',
    'Chairman Roy Dunn called the meeting to order at 7:00 PM. Board members Kay Lyle, Ned Pratt, and Sheriff Hal Boone were present. Also, in attendance were: Attorney Jo Marsh and 911 Director Al Fenn.',
    'Public Forum: No one spoke.',
  ];

  it('reads the members after "Board members" (the clock in capitals ends the sentence before), and "Also, in attendance were:"', () => {
    // (The chair who called the meeting to order is read as such too, by water22's rule.)
    expect(roll(lines)).toEqual([
      ['present', 'Roy Dunn', null, null, true],
      ['present', 'Kay Lyle', null, null, false],
      ['present', 'Ned Pratt', null, null, false],
      ['present', 'Hal Boone', 'Sheriff', null, false],
      ['in-attendance', 'Jo Marsh', 'Attorney', null, false],
      ['in-attendance', 'Al Fenn', '911 Director', null, false],
    ]);
  });
});

describe('an ambulance board calls the roll one member a line, the post after the name', () => {
  const lines = [
    'Board meeting minutes',
    'Location: Pelham Ambulance Facility',
    'Meeting called to order at 6:33',
    'Roll call',
    'Ada Frost, Chairman',
    'Tim Cole Vice Chairman',
    'Ben Hart',
    'Agenda Approval:',
    'A motion was made by Hart to approve the agenda, 3 ayes, 0 nays, motion carried.',
  ];

  it('reads "Tim Cole Vice Chairman" as the vice chairman, not as a chair named "Tim Cole Vice"', () => {
    expect(roll(lines)).toEqual([
      ['present', 'Ada Frost', null, null, true],
      ['present', 'Tim Cole', 'Vice Chairman', null, false],
      ['present', 'Ben Hart', null, null, false],
    ]);
  });
});

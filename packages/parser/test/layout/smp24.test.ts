// Strategic migration partnerships, refugee and asylum forums and integration boards (session 24).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance]);

describe('a government page whose three lists under "Attendees and apologies" lost their captions', () => {
  const lines = [
    'Harbour Welcome Core Group minutes: June 2023',
    '',
    'Minutes from the meeting of the group on 6 June 2023.',
    '',
    'Attendees and apologies',
    '',
    '  • Ada Finch, Northbridge College (Chair)',
    '  • Ben Rowe, Welcome Trust (online)',
    '  • Cara Lund, Harbour Council (Minutes)',
    '',
    '',
    '  • Dev Osei (item 2 – housing update)',
    '',
    '',
    '  • Eli Marsh, Health Board',
    '  • Fay Quinn, Harbour Police',
    '',
    'Items and actions',
    '',
    'Housing update',
    '',
    'Dev Osei set out the new lettings policy and the number of homes offered since the spring.',
  ];

  it('reads the middle block as those attending for an item and the last as the apologies', () => {
    expect(roll(lines)).toEqual([
      ['Ada Finch', 'present'],
      ['Ben Rowe', 'present'],
      ['Cara Lund', 'secretariat'],
      ['Dev Osei', 'in-attendance'],
      ['Eli Marsh', 'apologies'],
      ['Fay Quinn', 'apologies'],
    ]);
  });

  it('reads the one topic under "Items and actions" of a page cut short', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([[null, 'Housing update']]);
  });

  it('still reads no lone short line as a topic without the caption', () => {
    expect(minutes(lines.filter((l) => l !== 'Items and actions')).items.map((i) => i.title)).toEqual([]);
  });
});

describe('an integration task force lists its members under the body\'s name', () => {
  const lines = [
    'Newcomer Welcome Task Force Meeting',
    'March 3, 2016',
    'MINUTES',
    'Attendance:',
    'Task Force Members: Ada Finch, Ben Rowe (in place of Cara Lund), Dev Osei, Gus Poirier-',
    'Hale, Eli Marsh, Fay Quinn and Ivy Stone',
    'City Staff: Jo Reyes, Kim Shaw',
    'Absent: Lou Park, Max Tate',
    '1. Welcome and Approval of Minutes',
    'Ms. Finch (Chair) called the meeting to order at 3:05 p.m. and the minutes were approved.',
  ];
  const read = () => minutes(lines).attendees;

  it('reads "Task Force Members" as the list of members, no organisation of theirs', () => {
    expect(read().filter((a) => a.attendance === 'present').map((a) => a.organisation)).toEqual(Array(7).fill(null));
  });

  it('reads "(in place of Cara Lund)" alone in the brackets as the member stood in for', () => {
    expect(read().find((a) => a.name === 'Ben Rowe')?.substituteFor).toBe('Cara Lund');
  });

  it('joins a double surname the page width cut at its hyphen', () => {
    expect(read().map((a) => a.name)).toContain('Gus Poirier-Hale');
  });

  it('still reads a dash before a post at a line\'s end as no hyphen', () => {
    const list = ['Partnership Meeting', '', 'Present: Ada Finch, Ben Rowe -', 'Chair, Dev Osei', '', '1. Welcome', 'Text of the item follows here.'];
    expect(minutes(list).attendees.map((a) => a.name)).not.toContain('Ben Rowe-Chair');
  });
});

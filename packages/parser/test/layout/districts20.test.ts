// Special-purpose districts' and boards' minutes: drainage boards, water and sewer districts, cemetery boards, harbour
// trusts, mosquito and weed districts, hospital districts, library boards (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a hospital district\'s "Agenda Item #N:" headings over indented minutes', () => {
  const lines = [
    'MINUTES OF A REGULAR MEETING OF',
    'THE BOARD OF MANAGERS OF',
    'THE ELM VALLEY HOSPITAL DISTRICT',
    'March 22, 2017',
    '',
    'Agenda Item #1:  Call meeting to order.',
    '                Chairman Pike called the meeting to order at 6:00 PM.',
    '',
    'Agenda Item #2: Consider approving the minutes for the Regular Meeting held February 22, 2017 and the Special Meeting held March 8, 2017.',
    '                Mrs. Lowe made a motion to approve the minutes as presented.  The motion passed by unanimous vote.',
    '',
    'Agenda Item #3:  Comments from the public. If you wish to address the Board of Managers, please register before the meeting.',
    '                None were made at this time.',
    '',
    'Agenda Item #4: Consider approving the minutes for the Special Meeting held March 8, 2017.',
    '                Mr. Dale made a motion to approve the minutes.  The motion carried.',
  ];

  it('reads each label\'s number, its long entry whole and a note after the first sentence as text', () => {
    expect(items(lines)).toEqual([
      ['1', 'Call meeting to order.'],
      ['2', 'Consider approving the minutes for the Regular Meeting held February 22, 2017 and the Special Meeting held March 8, 2017.'],
      ['3', 'Comments from the public'],
      ['4', 'Consider approving the minutes for the Special Meeting held March 8, 2017.'],
    ]);
  });

  it('leaves a page\'s "Item #1" name for its attachment, with no colon after the number, as a title', () => {
    const page = ['Item #1 Draft Meeting Minutes May 3, 2019 — original pdf', '', 'Present: Ann Hale, Tom Reed', '', 'The minutes were approved.'];
    expect(minutes(page).items).toEqual([]);
    expect(minutes(page).title).toBe('Item #1 Draft Meeting Minutes May 3, 2019 — original pdf');
  });
});

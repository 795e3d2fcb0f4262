// Topics labelled in capitals run into their text, as PDFs of boards' and districts' minutes flatten them (session 22).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

// A whole document on one line, its labels in capitals running into their text.
const flattened = [
  'Page 1',
  [
    'ALDERBROOK QUARRY LIAISON COMMITTEE MINUTES March 9, 2020 6:00 PM Fenwick Town Hall, Room 2, 410 Mill Road',
    'CALL TO ORDER Chairman Pell called the meeting to order at 6:02 PM.',
    'ROLL CALL Present: Orla Pell, Dev Marsh, Tamsin Ruiz and Hugo Lind Absent: Nell Carter',
    'STATEMENT OF PUBLIC NOTICE The meeting was posted as the open meeting law requires.',
    'APPROVAL OF MINUTES Mr. Marsh moved to approve the minutes of the January 13, 2020 meeting. Ms. Ruiz seconded and the motion carried.',
    'OPERATOR REPORT Mr. Lind reported that the north bench was graded in February and that dust readings stayed within the permit.',
    'The haul road will be resurfaced in the spring once the ground has dried out, and the crossing signs will be renewed.',
    'PUBLIC COMMENT No one spoke from the floor. Mr. Marsh moved to adjourn at 7:15 PM. Ms. Ruiz seconded and the motion carried.',
    'Respectfully submitted, Wren Abbott, Recording Secretary. These minutes are draft until the committee approves them at its next meeting,',
    'which is to be held at the same place on the second Monday of May. Copies are kept at the clerk’s office for anyone to read.',
  ].join(' '),
];

describe('a flattened page whose topics are labelled in capitals', () => {
  // ("CALL TO ORDER" above the roster is still read with the header: a known gap.)
  it('reads each label in capitals after the roster as a topic, its text under it', () => {
    expect(titles(flattened)).toEqual(['STATEMENT OF PUBLIC NOTICE', 'APPROVAL OF MINUTES', 'OPERATOR REPORT', 'PUBLIC COMMENT']);
    const report = minutes(flattened).items.find((i) => i.title === 'OPERATOR REPORT');
    expect(report?.paragraphs.map((p) => p.text).join(' ')).toMatch(/^Mr\. Lind reported .* will be renewed\.$/);
  });

  it('keeps the roster label with its names, so that those present and absent are read', () => {
    expect(minutes(flattened).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Orla Pell'],
      ['present', 'Dev Marsh'],
      ['present', 'Tamsin Ruiz'],
      ['present', 'Hugo Lind'],
      ['apologies', 'Nell Carter'],
    ]);
  });

  it('still reads who was there from the sentences under the first label', () => {
    const prose = [
      [
        'BRACKEN HOUSING AUTHORITY MINUTES MAY 2, 1989 CALL TO ORDER: Vice-Chairman Dale called the meeting to order at 7:30 p.m.',
        'Members present: Dale, Ortiz and Penn. Chairman Wick was absent. Also present was Ruth Ames, Director.',
        'APPROVAL OF MINUTES: Motion by Ortiz, seconded by Penn to approve the April 4, 1989, minutes as written. All voted in favor and the motion carried.',
        'SALE OF THE ELM STREET LOT: Ames explained that two offers had been received for the lot and that the higher one was from a local builder.',
        'Motion by Penn, seconded by Ortiz to accept the higher offer. All voted in favor and the motion carried.',
        'PARK BENCH DONATIONS: Ames reported that the service club would pay for four benches along the river path this summer.',
        'ADJOURNMENT: Motion by Ortiz, seconded by Penn to adjourn the meeting. All voted in favor and the meeting adjourned at 8:40 p.m.',
        'Submitted by Ruth Ames, Director, for the members of the authority, who will approve these minutes when they next meet in June at the same place.',
      ].join(' '),
    ];
    expect(titles(prose)).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES', 'SALE OF THE ELM STREET LOT', 'PARK BENCH DONATIONS', 'ADJOURNMENT']);
    expect(minutes(prose).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Dale'],
      ['present', 'Ortiz'],
      ['present', 'Penn'],
      ['apologies', 'Wick'],
    ]);
  });

  it('leaves a long line with a heading in capitals once and acronyms in its text as it was', () => {
    const one = [
      [
        'GLENROSE WATER BOARD MINUTES June 3, 2021. The board met at the depot. The GIS team showed the new map of the mains and the SCADA alarms.',
        'Ms. Lowe asked when the survey of the east reservoir would be finished and was told it would be by the end of the summer if the weather held.',
        'The board agreed to hold the next meeting at the depot as well, and thanked the staff for the tour of the pumping station and the new office.',
        'Members noted that the annual report would be printed in July and sent to every household in the district with the water bills for the quarter.',
        'The chair closed the meeting at 8 pm after thanking everyone who had come, and the clerk read out the dates of the summer meetings to the room.',
        'A resident asked about the hose ban and was told there was none planned this year, since the reservoirs were full after the wet spring.',
        'The treasurer said that the accounts would be audited in September by the same firm as last year, and that the fee had not changed at all.',
      ].join(' '),
    ];
    expect(titles(one)).toEqual([]);
  });
});

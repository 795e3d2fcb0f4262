// Strategic migration partnerships', refugee forums' and integration boards' minutes (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation ?? a.role ?? null]);

describe('a roster table whose tab between name and organisation the export lost', () => {
  const lines = [
    'Minutes',
    '',
    'Friday, March 4th 2016',
    '',
    '1. Present',
    '',
    'Alma FerrisRVN, Manager North Office',
    'Ben O’HaraAMES Settlement, Case Worker',
    'Cora TamHillside Faith network',
    '',
    'Apologies',
    '',
    'Dev PatelBrightwater, Director',
    'Edna Lyle Eastern Health, Nurse',
    '',
    '2. Minutes of the last meeting',
    '',
    'Agreed.',
  ];

  it('ends the surname where an acronym or a capitalised word runs into it', () => {
    expect(people(lines).slice(0, 3)).toEqual([
      ['present', 'Alma Ferris', 'RVN, Manager North Office'],
      ['present', 'Ben O’Hara', 'AMES Settlement, Case Worker'],
      ['present', 'Cora Tam', 'Hillside Faith network'],
    ]);
  });

  it('ends it there though the organisation’s first word is unknown, when more follows', () => {
    expect(people(lines)[3]).toEqual(['apologies', 'Dev Patel', 'Brightwater, Director']);
  });

  it('keeps a surname with a capital inside it, and a last word alone, whole', () => {
    const row = (text: string) => people(['Minutes', '', 'Present:', '', text, 'Cora TamHillside Faith network', '', '1. Welcome', '', 'Text.'])[0]![1];
    expect(row('Mark DesRoches')).toBe('Mark DesRoches');
    expect(row('Ann VanderMeer')).toBe('Ann VanderMeer');
    expect(row('Rita LyleStone')).toBe('Rita LyleStone');
  });
});

describe('a date whose spaces the export lost', () => {
  it('reads "March4th2016" with the ordinal between day and year', () => {
    expect(minutes(['Minutes', '', 'Friday, March4th2016', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', '', 'Text.']).date).toBe('2016-03-04');
  });
});

describe('a header table flattened into one run of fields', () => {
  it('ends the place where the next field’s label runs on after it', () => {
    const lines = ['Partnership Council Meeting', 'Date: May 3, 2015 Location: 12 Mill St, Brookton Time: 12:00pm 2:00pm', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', '', 'Text.'];
    expect(minutes(lines).venue).toBe('12 Mill St, Brookton');
  });

  it('gives no place where the next field follows the label straight away', () => {
    const lines = ['Settle Group Meeting Minutes Date: June 1, 2014 Location: Time: 1:00-3:00pm', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', '', 'Text.'];
    expect(minutes(lines).venue).toBeNull();
  });

  it('leaves out the times a field labelled for both time and place gives first', () => {
    const lines = ['MEETING DATE: 5/3/2015 MEETING TIME LOCATION: 9:30 a.m. to 11:30 a.m. Brookton Library Elm Branch 4 Oak Ave., Brookton', '', 'ATTENDANCE: A. Finch (Brookton Library); B. Rowe (City of Brookton)', '', 'Text.'];
    expect(minutes(lines).venue).toBe('Brookton Library Elm Branch 4 Oak Ave., Brookton');
  });
});

describe('a heading block flattened onto one line: title, day and date, place', () => {
  const lines = [
    'Councils Taskforce on Refugee Welcome Minutes – Executive Meeting No. 3 Tuesday 4 June 2019 Elmford Civic Centre, 12 Mill Rd, Elmford',
    '',
    'Chairperson: Cr Ada Finch (Elmford) Attendees: Ben Rowe (Elmford), Cara Lind (Brookton)',
    '',
    'Text.',
  ];

  it('ends the title before the day and date', () => {
    expect(minutes(lines).title).toBe('Councils Taskforce on Refugee Welcome Minutes – Executive Meeting No. 3');
  });

  it('takes the place after the date as the venue', () => {
    expect(minutes(lines).venue).toBe('Elmford Civic Centre, 12 Mill Rd, Elmford');
  });

  it('keeps a title whose date a word links to it whole', () => {
    const held = ['Minutes of the meeting held on Tuesday 4 June 2019 Elmford Civic Centre, 12 Mill Rd, Elmford', '', 'Present: Ada Finch, Ben Rowe', '', 'Text.'];
    expect(minutes(held).title).toContain('held on Tuesday 4 June 2019');
  });
});

describe('a run-on list of people with their organisations in brackets, its separators lost', () => {
  const lines = [
    'Notes of Decisions Taken and Actions Required',
    'Councils Refugee Task Group',
    '5 May 2009, Elm House',
    'Present:',
    'Chair: / Cllr Gil Ward',
    'Members: / Cllr Ada Finch (North),Bea.Rowe (London) Cara Lind (South), Dan Moss (LGA)Eve Hart (LGA)',
    'Apologies: / Cllr Fay Lowe (East)',
    '1. Actions from the last meeting',
    '- Text.',
  ];

  it('reads a stop between given name and surname as the space', () => {
    expect(people(lines).map((p) => p[1])).toContain('Bea Rowe');
  });

  it('parts two entries where the next name runs into the bracket before it', () => {
    expect(people(lines).slice(-3, -1).map((p) => [p[1], p[2]])).toEqual([
      ['Dan Moss', 'LGA'],
      ['Eve Hart', 'LGA'],
    ]);
  });

  it('keeps a post glued after the bracket with its person', () => {
    const posts = ['Committee Meeting', '', 'Present:', 'Jo Lee-Hart (JL-H)Ladies Liaison', 'Sam Cole (SC) Events', '', '1. Welcome', '', 'Text.'];
    expect(people(posts).map((p) => p[1])).toEqual(['Jo Lee-Hart', 'Sam Cole']);
  });
});

describe('people the minutes call by initials never written beside their names', () => {
  const lines = [
    'Refugee Welcome Core Group minutes: May 2021',
    '',
    'Attendees and apologies',
    '',
    '- Ada Finch, City College (Chair)',
    '- Ben Rowe, Welcome Trust',
    '- Mia Shaw, Health Trust',
    '',
    'Items and actions',
    '',
    'Welcome',
    '',
    'AF welcomed members. BR and AF will meet the college. Staff use MS Teams; the JS security guide was shared at 2 MS sessions.',
  ];
  const initials = () => minutes(lines).attendees.map((a) => a.initials ?? null);

  it('gives each the initials the text calls them by as they act', () => {
    expect(initials().slice(0, 2)).toEqual(['AF', 'BR']);
  });

  it('gives none from capitals before a noun, or after a figure', () => {
    expect(initials()[2]).toBeNull();
  });
});

describe('witnesses listed in the item they gave evidence to', () => {
  const lines = [
    'Committee for Communities',
    '',
    'Minutes of Proceedings',
    '',
    'Present:',
    'Ms Ada Finch MLA (Chairperson)',
    'Mr Ben Rowe MLA',
    '',
    '1. Refugee Support Strategy – Oral Briefing',
    '',
    'Members received evidence from:',
    '',
    '  • Ms Cara Lind, Director, Welcome North',
    '  • Dr Dan Moss Policy Officer, Harbour Trust',
    '',
    'The oral evidence was followed by a question and answer session.',
    '',
    '2. Correspondence',
    '',
    'Points raised:',
    '  • Ms Lind to write to the Department',
  ];

  it('adds each as a speaker with their description', () => {
    expect(people(lines).filter((p) => p[0] === 'speaker').map((p) => p[1])).toEqual(['Cara Lind', 'Dan Moss']);
  });

  it('adds none from bullets under any other sentence', () => {
    expect(people(lines)).toHaveLength(4);
  });
});

describe('a web page of headings over paragraphs whose export dropped every blank line', () => {
  const lines = [
    'Refugee Welcome Core Group minutes: May 2021',
    'Minutes from the meeting of the group on 12 May 2021.',
    'Attendees and apologies',
    '- Ada Finch, City College (Chair)',
    '- Ben Rowe, Welcome Trust',
    'Items and actions',
    'Welcome',
    'AF welcomed members to the meeting and thanked them for their written updates.',
    'Minutes and action points from the meeting on 3 March 2021',
    'Members approved the minutes of the previous meeting on 3 March without change.',
    'Housing update',
    '- BR noted that the new lettings policy had been agreed.',
  ];

  it('reads the short lines between the paragraphs as the topics, in sentence case too', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Welcome', 'Minutes and action points from the meeting on 3 March 2021', 'Housing update']);
  });

  it('reads none where no caption says the page is one of items', () => {
    expect(minutes(lines.filter((l) => l !== 'Items and actions')).items.map((i) => i.title)).not.toContain('Minutes and action points from the meeting on 3 March 2021');
  });
});

describe('a surname that is also a word of minutes, after an initial', () => {
  it('reads "G. Hall (Library Cooperative)" as a person, as after a title', () => {
    const lines = ['Partnership Meeting', '', 'ATTENDANCE: A. Finch (City of Brookton); G. Hall (Library Cooperative); B. Rowe (Brookton Police)', '', 'Text.'];
    expect(people(lines).map((p) => p[1])).toEqual(['A. Finch', 'G. Hall', 'B. Rowe']);
  });
});

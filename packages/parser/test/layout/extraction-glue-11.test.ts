// Words and labels that a converter ran together or spaced apart (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const OPENING = ['Minutes of the Brook Finance Committee held on 4 May 2022', '', 'Present: Cllr A Hale (Chair), Cllr B Rowe, Cllr C Lind'];
const ITEMS = ['Apologies: Cllr D Moss', '', '1. Minutes', 'The minutes were approved.', '2. Budget', 'Noted.'];

describe('a list label whose words lost the space between them', () => {
  it('"AlsoPresent:" and "InAttendance:" head the list of those in attendance', () => {
    for (const label of ['AlsoPresent:', 'InAttendance:', 'Also,Present:']) {
      const clerk = minutes([...OPENING, `${label} J Vale (Clerk)`, ...ITEMS]).attendees.find((a) => a.name === 'J Vale');
      expect(clerk?.attendance, label).toBe('in-attendance');
    }
  });
});

describe('an action label with a space before its colon', () => {
  it('"Action : Clerk to ..." in the middle of a paragraph is an action with its owner', () => {
    const m = minutes([...OPENING, ...ITEMS.slice(0, 3), 'The minutes were approved. Action : Clerk to publish them on the website.']);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([['Clerk to publish them on the website.', ['Clerk']]]);
  });

  it('"Action : Clerk" after the sentence that states the task names its owner', () => {
    const m = minutes([...OPENING, ...ITEMS.slice(0, 3), 'The website is to be updated with the new minutes. Action : Clerk']);
    expect(m.actions.map((a) => a.owners)).toEqual([['Clerk']]);
  });
});

describe('a list whose rows ran together', () => {
  it('"Cllr A – Body Cllr B – Body" is one person with their body after each dash', () => {
    const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.organisation, a.attendance]);
    const row = 'Cllr Ann Hale – Brook Council Cllr Tom Finch – Borough of Lea Cllr Jo Reed – Ash & Elm Council';
    const expected = [
      ['Cllr', 'Ann Hale', 'Brook Council', 'present'],
      ['Cllr', 'Tom Finch', 'Borough of Lea', 'present'],
      ['Cllr', 'Jo Reed', 'Ash & Elm Council', 'present'],
    ];
    expect(people(['Minutes of the Brook Joint Committee held on 4 May 2022', '', 'Present:', row, '', '1. Apologies', 'None.'])).toEqual(expected);
    expect(people(['Minutes of the Brook Joint Committee held on 4 May 2022', '', `Present: ${row}`, '', '1. Apologies', 'None.'])).toEqual(expected);
  });

  it('a person whose body is not given after a dash keeps the list as it was read', () => {
    const m = minutes(['Minutes of the Brook Joint Committee held on 4 May 2022', '', 'Present:', 'Cllr Ann Hale – Brook Council', 'Cllr Tom Finch', '', '1. Apologies', 'None.']);
    expect(m.attendees.map((a) => [a.name, a.organisation])).toEqual([['Ann Hale', 'Brook Council'], ['Tom Finch', null]]);
  });
});

describe('a time range glued to the words around it', () => {
  it('"FROM1.30 PM TO 4.30 PMAT THE HALL" gives the start and the end', () => {
    const m = minutes(['MINUTES OF THE BROOK FORUM HELD ON 4 MAY 2012 FROM1.30 PM TO 4.30 PMAT THE TOWN HALL', '', 'Present: Ann Hale (Chair), Ben Rowe', '', '1. Welcome', 'Noted.']);
    expect([m.date, m.start, m.end]).toEqual(['2012-05-04', '13:30', '16:30']);
  });

  it('figures glued to a word other than "from" start no range ("ROOM12-14")', () => {
    const m = minutes(['MINUTES OF THE BROOK FORUM HELD ON 4 MAY 2012 IN ROOM12-14', '', 'Present: Ann Hale (Chair), Ben Rowe', '', '1. Welcome', 'Noted.']);
    expect([m.start, m.end]).toEqual([null, null]);
  });
});

describe('an item label against its title', () => {
  it('"Item 1:Apologies for Absence." heads item 1, its minute number on the line below', () => {
    const m = minutes([...OPENING, 'In Attendance: Jo Vale (Clerk).', 'Item 1:Apologies for Absence.', '22/5 Councillor D Moss.', 'Item 2:Declarations of Interest.', '22/6 None.', 'Agenda Item 3:Planning.', '22/7 No applications were received.']);
    // (A title's closing stop is kept or not as its numbering's other layouts do.)
    expect(m.items.map((i) => `${i.number} ${i.title.replace(/\.$/, '')}`)).toEqual(['1 Apologies for Absence', '2 Declarations of Interest', '3 Planning']);
  });
});

describe('a labelled item\'s title closed by its full stop', () => {
  it('keeps its last word: "Item 3: Planning Matters." is no title "Planning" over the text "Matters."', () => {
    const m = minutes([...OPENING, 'Item 1: Apologies for Absence.', 'None.', 'Item 2: Planning Matters.', 'No applications were received.', 'Item 3: Minutes Approved.']);
    expect(m.items.map((i) => i.title.replace(/\.$/, ''))).toEqual(['Apologies for Absence', 'Planning Matters', 'Minutes']);
  });
});

describe('a heading run into its text', () => {
  it('ends where the text opens with its first words again, in the plural', () => {
    const m = minutes([...OPENING, '', '1. Welcome', 'The Chair welcomed members.', '2. Application for leave of absence Applications for leave of absence were received from Cllr D Moss.', '3. Finance', 'Noted.']);
    expect(m.items.map((i) => i.title)).toEqual(['Welcome', 'Application for leave of absence', 'Finance']);
  });
});

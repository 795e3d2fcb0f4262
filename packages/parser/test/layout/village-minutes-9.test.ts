// Parish council and town board minutes (session 9): rosters written as sentences, lists whose separators
// slipped (a bracket after its comma, a colon for a comma, a name without a title among titled ones), apologies
// said in sentences, and labelled paragraphs among plain headings. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance, a.role, a.organisation, a.chair]);
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

const HEADER = 'Minutes of Brindley Parish Council Meeting held in the Village Hall at 7.30pm on Wednesday 6 March 2019';

describe('roster lines whose separators slipped', () => {
  it('gives a bracket written after its comma to the person before the comma', () => {
    const lines = [HEADER, '', 'Those Attending: Cllr D Lowe, (Chairman) Cllr Mrs A Rowe, Cllr B Finch, Mrs C Hale (Clerk)', '', '1. Planning', '', 'None.'];
    expect(who(lines)).toEqual([
      ['Cllr', 'D Lowe', 'present', null, null, true],
      ['Cllr Mrs', 'A Rowe', 'present', null, null, false],
      ['Cllr', 'B Finch', 'present', null, null, false],
      ['Mrs', 'C Hale', 'present', 'Clerk', null, false],
    ]);
  });

  it('reads a colon after the chair\'s post as the comma before the next person', () => {
    const lines = [HEADER, '', 'Present: R. Lowe - Chairman: T. Finch, B. Rowe and Mrs. Hale', '', '1. Minutes: agreed.'];
    expect(who(lines).map(([, name, , , , chair]) => [name, chair])).toEqual([
      ['R. Lowe', true],
      ['T. Finch', false],
      ['B. Rowe', false],
      ['Hale', false],
    ]);
  });

  it('parts a name without a title from the titled name before it in a list without commas', () => {
    const lines = [HEADER, '', 'Present: Cllr Ann Lowe (Vice Chair) Cllr Tom Finch Cllr Rita Moss Jane Hale (Parish Clerk)', '', '1. Planning', '', 'None.'];
    expect(who(lines).map(([, name, , role]) => [name, role])).toEqual([
      ['Ann Lowe', 'Vice Chair'],
      ['Tom Finch', null],
      ['Rita Moss', null],
      ['Jane Hale', 'Parish Clerk'],
    ]);
  });

  it('reads a list without commas whose posts follow the names, the clerk last without a title', () => {
    const lines = [HEADER, '', 'Attendance: Cllr Ann Lowe Chair Cllr Tom Finch Cllr Rita Moss Jane Hale Parish Clerk and Financial Officer', '', '1. Planning', '', 'None.'];
    expect(who(lines).map(([honorific, name, , role, , chair]) => [honorific, name, role, chair])).toEqual([
      ['Cllr', 'Ann Lowe', null, true],
      ['Cllr', 'Tom Finch', null, false],
      ['Cllr', 'Rita Moss', null, false],
      [null, 'Jane Hale', 'Parish Clerk and Financial Officer', false],
    ]);
  });

  it('reads the people a sentence says were also present as in attendance', () => {
    const lines = [HEADER, '', 'Those Attending: Cllr D Lowe, Cllr B Finch and 4 members of the public. PCSO Amy Rowe and Sgt T Hale were also present.', '', '1. Planning', '', 'None.'];
    expect(who(lines).map(([honorific, name, attendance]) => [honorific, name, attendance])).toEqual([
      ['Cllr', 'D Lowe', 'present'],
      ['Cllr', 'B Finch', 'present'],
      ['PCSO', 'Amy Rowe', 'in-attendance'],
      ['Sgt', 'T Hale', 'in-attendance'],
    ]);
  });

  it('reads a post written before a name without a title as the role', () => {
    const lines = [HEADER, '', 'Present: Cllr D Lowe, Cllr B Finch', '', 'Also present: Town Administrator Gary Hale', '', '1. Planning', '', 'None.'];
    expect(who(lines)[2]).toEqual([null, 'Gary Hale', 'in-attendance', 'Town Administrator', null, false]);
  });
});

describe('apologies said in sentences', () => {
  it('reads apologies "also received" in a paragraph after the first, with the body after the name', () => {
    const lines = [
      HEADER, '', 'Present: Cllr D Lowe, Cllr B Finch', '',
      '12/19 Apologies for Absence. Apologies were accepted for Cllr Ann Rowe (personal reasons).', '',
      'Apologies were also received from Cllr Tom Hale, Norfolk County Council.', '',
      '13/19 Planning', '', 'None.',
    ];
    expect(who(lines).slice(2).map(([, name, attendance, , organisation]) => [name, attendance, organisation])).toEqual([
      ['Ann Rowe', 'apologies', null],
      ['Tom Hale', 'apologies', 'Norfolk County Council'],
    ]);
  });

  it('reads the last name of an apologies list wrapped onto a line that opens with "&"', () => {
    const lines = [
      HEADER, '', 'Present: Cllr D Lowe, Cllr B Finch', '',
      '1. Apologies for Absence accepted from: Mr Ray Lowe - Borough Councillor', '', '& Mr Dan Rowe - County Councillor', '',
      '2. Planning', '', 'None.',
    ];
    expect(who(lines).slice(2).map(([, name, attendance, role]) => [name, attendance, role])).toEqual([
      ['Ray Lowe', 'apologies', 'Borough Councillor'],
      ['Dan Rowe', 'apologies', 'County Councillor'],
    ]);
  });

  it('reads "was absent" under the apologies item as an apology, and not under another item', () => {
    const lines = [
      HEADER, '', 'Present: Cllr D Lowe, Cllr B Finch', '',
      '1. Apologies', '', 'Cllr Ivan Rowe was absent. Cllrs Moss and Hale were absent.', '',
      '2. Borough Council report', '', 'Cllr Pat Gray was absent.',
    ];
    expect(who(lines).slice(2).map(([, name, attendance]) => [name, attendance])).toEqual([
      ['Ivan Rowe', 'apologies'],
      ['Moss', 'apologies'],
      ['Hale', 'apologies'],
    ]);
  });
});

describe('rosters written as sentences', () => {
  it('reads who was present, who also attended and who chaired from the opening sentences', () => {
    const lines = [
      'Board of Selectmen', 'Town Hall', 'March 6, 2019', 'Minutes',
      'The meeting was called to order at 7:00 p.m. by Chairman Ed Lowe. Selectmen present included Ann Finch, Bo Rowe and Cy Hale. Town Administrator Val Moss also attended.',
      'On a motion by Finch, seconded by Rowe, the Board voted to adjourn at 8:10 p.m.',
    ];
    expect(who(lines)).toEqual([
      [null, 'Ed Lowe', 'present', null, null, true],
      [null, 'Ann Finch', 'present', null, null, false],
      [null, 'Bo Rowe', 'present', null, null, false],
      [null, 'Cy Hale', 'present', null, null, false],
      [null, 'Val Moss', 'in-attendance', 'Town Administrator', null, false],
    ]);
  });

  it('gives posts written in lower case to the names after them, and guests to those in attendance', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Chair Al Dunn called the monthly meeting to order at 6:30 pm.  Board members present were supervisors Al Dunn and Jo Reed, treasurer Kim Bay, and clerk Lee Moss.  Also present were guests Sam Cole and Pat Ray.',
      '', '## ROADS', 'The grader was repaired.',
    ];
    expect(who(lines)).toEqual([
      [null, 'Al Dunn', 'present', 'supervisor', null, true],
      [null, 'Jo Reed', 'present', 'supervisor', null, false],
      [null, 'Kim Bay', 'present', 'treasurer', null, false],
      [null, 'Lee Moss', 'present', 'clerk', null, false],
      [null, 'Sam Cole', 'in-attendance', null, null, false],
      [null, 'Pat Ray', 'in-attendance', null, null, false],
    ]);
  });
});

describe('a newsletter\'s report of a meeting', () => {
  it('names the body the report is of', () => {
    expect(minutes(['Report on the January meeting of Brindley Parish Council', '', 'The meeting was attended by six councillors.']).body).toBe('Brindley Parish Council');
    expect(minutes(['Report from Brindley Parish Council meeting held on January 13th 2009.', '', 'Six councillors attended.']).body).toBe('Brindley Parish Council');
  });
});

describe('labelled paragraphs among plain headings', () => {
  it('ends the roster at a label that opens a sentence, and reads such labels as topics beside the plain headings', () => {
    const lines = [
      HEADER, '', 'Those Attending: Cllr D Lowe (Chairman), Cllr B Finch', '', 'Apologies: Cllr Ann Rowe', '',
      'Minutes of the last Meeting: Cllr Finch proposed acceptance, seconded by Cllr Lowe', '',
      'Police Matters: The Chairman welcomed PCSO Gray to the meeting and thanked her for the report.', '',
      'Matters Arising:', '', 'The bench has been mended.', '',
      'Bottle Bank:', '', 'The bins are emptied weekly now.',
    ];
    expect(titles(lines)).toEqual(['Minutes of the last Meeting', 'Police Matters', 'Matters Arising', 'Bottle Bank']);
    expect(who(lines).map(([, name]) => name)).toEqual(['D Lowe', 'B Finch', 'Ann Rowe']);
  });

  it("reads an action's label among them as the action, not a topic", () => {
    const lines = [
      HEADER, '', 'Those Attending: Cllr D Lowe (Chairman), Cllr B Finch', '',
      'Matters Arising:', '', 'The bench has been mended.', '',
      'Outstanding action from March meeting: explore getting the footpath on the county council agenda in November (Clerk)', '',
      'Bottle Bank:', '', 'The bins are emptied weekly now.',
    ];
    expect(titles(lines)).toEqual(['Matters Arising', 'Bottle Bank']);
    expect(minutes(lines).actions.map((a) => a.text)).toEqual(['explore getting the footpath on the county council agenda in November']);
  });
});

describe('a town board\'s page header and closing sentence', () => {
  const page = [
    'Board of Selectmen, May 6, 2019', '', 'Meeting date:', 'Monday, May 6, 2019', '', 'ELMDALE BOARD OF SELECTMEN', '', 'MEETING MINUTES', '', 'MAY 6, 2019', '',
    'Present: Chairman Ed Lowe, Ann Finch, Bo Rowe', '',
    'Others Present:            Cy Hale, Assistant Town Manager', '',
    'Absent:                        Val Moss, Town Manager', '',
    'Chairman Lowe called the meeting to order at 6:30PM.  The Board stood to recite the Pledge of Allegiance.', '',
    'Mr. Hale entered the meeting at 6:32PM.', '',
    'On a motion by Finch, seconded by Rowe, the Board voted unanimously to adjourn at 8:40 p.m.',
  ];

  it('reads no field label, caption or narrating sentence as the title, and the line above the caption as the body', () => {
    const m = minutes(page);
    expect(m.title).not.toBe('Meeting date:');
    expect(m.title).not.toBe('MEETING MINUTES');
    expect(m.body).toBe('ELMDALE BOARD OF SELECTMEN');
    // (The board's name alone at the top is the title, as it is the body; the narrating sentence is neither.)
    expect(minutes(['Board of Selectmen', 'March 6, 2019', 'Lowe reconvened the meeting in open session at 8:24 p.m.']).title ?? '').not.toMatch(/reconvened/);
  });

  it('gives a post of three words after a comma to the person before it, and ends the lists at a sentence', () => {
    expect(who(page).map(([, name, attendance, role]) => [name, attendance, role])).toEqual([
      ['Ed Lowe', 'present', null],
      ['Ann Finch', 'present', null],
      ['Bo Rowe', 'present', null],
      ['Cy Hale', 'in-attendance', 'Assistant Town Manager'],
      ['Val Moss', 'apologies', 'Town Manager'],
    ]);
    expect(parseLines(page).diagnostics.map((d) => d.message).join(' ')).not.toContain('Unrecognised roster line "Mr. Hale');
  });

  it('reads the end from the vote to adjourn', () => {
    expect(minutes(page).end).toBe('20:40');
  });
});

describe('a draft stamp that names the next meeting', () => {
  it('dates the meeting from a header that says the draft awaits approval at the next meeting, and invents no next meeting', () => {
    const m = minutes([
      'BRINDLEY PARISH COUNCIL Draft Minutes Subject to the Approval at the next Meeting Ordinary Meeting of the Parish Council Wednesday 6 March 2019 at 7.00 pm Brindley Village Hall',
      '', 'Attendance: Cllr Ann Lowe, Cllr Tom Finch', '', '12/19 Planning', '', 'None.',
    ]);
    expect(m.date).toBe('2019-03-06');
    expect(m.nextMeeting).toBeNull();
  });
});

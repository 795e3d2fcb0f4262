// Minutes of American local government: councils, county and township boards, school boards, housing authorities,
// utility districts (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.honorific, a.role]);

describe('a housing authority board whose roll call is an item, written as sentences', () => {
  const lines = [
    'Board of Commissioners Regular Session',
    'Thursday, March 9th, 2023, 5 PM',
    'I. Call to Order',
    'The Harbor Housing Authority Board of Commissioners Regular Session was called to',
    'order on Thursday, March 9th, 2023 at 5 pm.',
    'II. Roll Call',
    'All commissioners were present. Also present were Executive Director Quill, members',
    'of staff, and members of the public.',
    'III. Approval of the Agenda',
    'The agenda was approved as presented unanimously.',
    'IV. Adjournment',
  ];

  it('is minutes, and reads who was there from the roll call item', () => {
    const m = minutes(lines);
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => i.number)).toEqual(['I', 'II', 'III', 'IV']);
    expect(people(lines)).toEqual([['in-attendance', 'Quill', null, 'Executive Director']]);
  });
});

describe('a roll call sentence naming the members, those beside them, and who missed it', () => {
  const lines = [
    'Meeting Minutes BOARD OF COMMISSIONERS REGULAR SESSION – MAY 4, 2023, 5:00 PM',
    'I. Call to Order',
    'The session was called to order at 5 pm.',
    'II. Roll Call',
    'Commissioners Alder, Birch, and Cedar were present as well as Executive Director Quill. Commissioner Dunn was absent from roll call.',
    'III. Reports',
    'The Director reviewed the budget.',
  ];

  it('reads the members present, the director in attendance and the absent member', () => {
    expect(people(lines)).toEqual([
      ['present', 'Alder', 'Commissioner', null],
      ['present', 'Birch', 'Commissioner', null],
      ['present', 'Cedar', 'Commissioner', null],
      ['in-attendance', 'Quill', null, 'Executive Director'],
      ['apologies', 'Dunn', 'Commissioner', null],
    ]);
  });
});

describe("a township board's synopsis naming the members present around a clause", () => {
  const lines = [
    'Synopsis of Regular Meeting Minutes',
    'June 10, 2019',
    '',
    'Supervisor Hale opened the meeting at 7:00 PM. Board members present, in addition to the supervisor, were Ada Finch, Clerk, Ben Rowe, Treasurer, and Cara Lind, Trustee. Dev Moss, a Trustee, was absent.',
    '',
    'The Consent Agenda was approved.',
  ];

  it('reads each name with the post after it', () => {
    expect(people(lines)).toEqual([
      // (The supervisor who opened the meeting chaired it: the clock in capitals ends that sentence.)
      ['present', 'Hale', null, 'Supervisor'],
      ['present', 'Ada Finch', null, 'Clerk'],
      ['present', 'Ben Rowe', null, 'Treasurer'],
      ['present', 'Cara Lind', null, 'Trustee'],
      ['apologies', 'Dev Moss', null, 'Trustee'],
    ]);
  });
});

describe("a village board's officials listed one to a line under a sentence that opens the list", () => {
  const lines = [
    'Board of Trustee Minutes - May 7, 2007',
    'Regular Meeting of the Board of Trustees of the Village of Elm Ridge was held on Monday, May 7, 2007.',
    '',
    'The following officials were present:',
    '',
    'Mayor Lund',
    'Trustee Marsh',
    'Trustee Oakes',
    'Manager Pryor',
    'Attorney Quist',
    '',
    '1. CALL TO ORDER',
    'Mayor Lund called the meeting to order at 8:00 p.m.',
  ];

  it('reads each official, the post before the surname', () => {
    expect(people(lines).map(([attendance, name, honorific, role]) => [attendance, name, role ?? honorific])).toEqual([
      ['present', 'Lund', 'Mayor'],
      ['present', 'Marsh', 'Trustee'],
      ['present', 'Oakes', 'Trustee'],
      ['present', 'Pryor', 'Manager'],
      ['present', 'Quist', 'Attorney'],
    ]);
  });

  it('does not read an area after a post as a person', () => {
    const area = ['Council Minutes', 'Present:', 'Cr Ada Finch', 'Manager Engineering', '', '1. Apologies', 'None.'];
    expect(people(area).map((p) => p[1])).toEqual(['Ada Finch']);
  });
});

describe("a school board's headings that end with the agenda's code", () => {
  const lines = [
    'Board of Education Minutes',
    'March 3, 2020',
    '',
    'Roll Call',
    'Present:',
    'Ada Finch, president',
    'Ben Rowe, clerk',
    '',
    'Minutes Approved (D)',
    'It was moved by Mr. Rowe, seconded by Ms. Finch, that the minutes be approved.',
    '',
    'Visitor Comments (F)',
    'There were no comments.',
    '',
    'Consent Calendar Approved (G-1/G-3)',
    'It was moved and seconded that items G-1 through G-3 be approved.',
    '',
    'Personnel (G-1)',
    'Appointments approved as submitted.',
    '',
    'Adjournment (M)',
    'At 7:35 p.m. the meeting was adjourned.',
  ];

  it('numbers each item by its code', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['D', 'Minutes Approved'],
      ['F', 'Visitor Comments'],
      ['G-1/G-3', 'Consent Calendar Approved'],
      ['G-1', 'Personnel'],
      ['M', 'Adjournment'],
    ]);
  });

  it('leaves numbered items that end with a letter in brackets alone', () => {
    const numbered = ['Board Minutes', 'March 3, 2020', '', 'Present: Ada Finch, Ben Rowe', '', '1. Schedule (A)', 'Noted.', '2. Schedule (B)', 'Noted.', '3. Schedule (C)', 'Filed.'];
    expect(minutes(numbered).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Schedule (A)'],
      ['2', 'Schedule (B)'],
      ['3', 'Schedule (C)'],
    ]);
  });
});

describe("a repository page copied without its crumb, the file's dated name glued to the minutes", () => {
  const lines = [
    'Water Board Mins 03-14-1990Minutes Minutes of the Regular Meeting of the Elm Ridge Water Board March 14, 1990 Call to Order The meeting was called to order by the Chairman, Ada Finch. Roll Call Ben Rowe was absent.',
  ];

  it("leaves the file's name out of the title", () => {
    const m = minutes(lines);
    expect(m.title?.startsWith('Minutes')).toBe(true);
    expect(m.date).toBe('1990-03-14');
  });

  it('keeps a name whose date the text does not state again', () => {
    const undated = ['06-22-2001 Regular MeetingREGULAR MEETING OF THE ELM COUNTY BOARD HELD THE TWENTY-SECOND DAY OF JUNE', 'PRESENT: Ada Finch, Chairman'];
    expect(minutes(undated).date).toBe('2001-06-22');
  });
});

describe("a district board's Roman-numbered items with numbered lists under them", () => {
  const lines = [
    'Regular Board Meeting',
    'April 9, 2018',
    '',
    'Present: Ada Finch, Ben Rowe',
    '',
    'I. Call to Order',
    'President Finch called the meeting to order at 6:31 p.m.',
    '',
    'II. Consent Calendar',
    '1. Approval of Minutes',
    '2. Approval of Warrants',
    '3. Treasurer Report for March',
    'Director Rowe moved to approve the consent calendar.',
    '',
    'III. Old Business',
    '1. Update on the parts contract (verbal)',
    '   - Noted.',
    '',
    'IV. New Business',
    '1. Contract for the booster station',
    '   - Approved.',
    '',
    'V. Adjournment',
  ];

  it('reads the Roman items only, each after the list under the one before', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Call to Order'],
      ['II', 'Consent Calendar'],
      ['III', 'Old Business'],
      ['IV', 'New Business'],
      ['V', 'Adjournment'],
    ]);
  });
});

describe("an OCR'd page's date with a space before its comma", () => {
  it('reads the date', () => {
    const lines = ['TOWN OF ELM TOWN BOARD MINUTES MARCH 13 , 2006', 'PRESENT : Supervisor Ada Finch', '', 'Supervisor Finch called the meeting to order.'];
    expect(minutes(lines).date).toBe('2006-03-13');
  });
});

describe("a council's acting mayor in the roll", () => {
  it('keeps the whole title off the name', () => {
    const lines = ['ELM CITY COUNCIL REGULAR MEETING', 'WEDNESDAY, SEPTEMBER 3, 2008', '', 'Present: Mayor Pro Tempore Hale, Council Member Irons, and Mayor Jarvis', 'Absent: None', '', 'A. Call to Order', 'The meeting was called to order at 7:08 p.m.'];
    expect(people(lines).map((p) => [p[1], p[2]])).toEqual([
      ['Hale', 'Mayor Pro Tempore'],
      ['Irons', 'Council Member'],
      ['Jarvis', 'Mayor'],
    ]);
  });
});

describe('a meeting said to convene', () => {
  it('starts when it convened, chaired by who convened it', () => {
    const lines = ['Regular Meeting - Board of Education', 'Elm Valley Schools', 'May 26, 2015 5:00PM', '', 'I. OPEN SESSION/ROLL CALL', 'President Lowe convened the meeting to Open Session at 5:05 PM.', '', 'Trustees present were:', 'Ada Lowe', 'Ben Marsh', 'II. PUBLIC COMMENT', 'None.'];
    const m = minutes(lines);
    expect(m.start).toBe('17:05');
    expect(m.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ada Lowe']);
  });

  it('reads the time of a meeting that convened', () => {
    const lines = ['ZONING BOARD OF APPEALS', 'BUSINESS MINUTES OF', 'October 18, 2006', 'Present: Ada Lowe, Ben Marsh', 'The duly posted meeting convened at 7:45 p.m. in room 105C at the Town Hall.'];
    expect(minutes(lines).start).toBe('19:45');
  });
});

describe("a repository crumb whose file name holds a dash and ends with its extension", () => {
  it("leaves the whole file name out of the title", () => {
    const lines = ['Loading...', 'HomeMy WebLinkAbout17-Minutes - March 4, 2009.pdfMINUTES ELM CITY COUNCIL MARCH 4, 2009 The City Council of the City of Elm met in a Joint Meeting at 6:00 p.m. Mayor Lowe called the Regular City Council meeting to order at 7:00 p.m. ROLL CALL PRESENT: Councilmembers Ada Finch, Ben Rowe'];
    expect(minutes(lines).title?.startsWith('MINUTES ELM CITY COUNCIL MARCH 4, 2009')).toBe(true);
  });
});

describe("a township synopsis that names the chair by post as the one who opened the meeting", () => {
  it('reads the chair with the post', () => {
    const lines = ['Synopsis of Regular Meeting Minutes', 'June 10, 2019', '', 'Supervisor Hale opened the meeting at 7:00 PM with the Pledge of Allegiance. Board members present, in addition to the supervisor, were Ada Finch, Clerk, and Ben Rowe, Trustee.', '', 'The Consent Agenda was approved.'];
    expect(people(lines)[0]).toEqual(['present', 'Hale', null, 'Supervisor']);
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Hale']);
  });
});
